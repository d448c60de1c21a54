// Editing one template: name, step, language, subject and message, the variables it may use
// (inserted at the cursor), a live preview for a chosen debtor or a sample one, and the tone
// check's findings beside the text as it is typed. Built-ins are edited as the user's own copy
// and can be restored.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { HandlerOutput, Result } from '../../ledger/api';
import type { TemplateItem } from '../../ledger/handlers/templates';
import { LADDER_STEPS, SIDE_TRACKS, type Debtor, type TemplateLocale, type TemplatePurpose } from '../../ledger/schema';
import type { TemplateError } from '../../templates/render';
import { TEMPLATE_VARIABLES } from '../../templates/variables';
import type { Translate } from '../../i18n/translate';
import { DebtorSearch } from '../DebtorSearch';
import { FormButtons } from '../form-buttons';
import { useUi } from '../context';
import { SelectField, TextField } from '../fields';
import { errorText, stepText } from '../format';
import { useWorkspace } from './services';

export const PREVIEW_PAUSE_MS = 300;

export interface TemplateDraft {
  name: string;
  purpose: TemplatePurpose;
  locale: TemplateLocale;
  subject: string;
  body: string;
}

export interface TemplateEditorProps {
  /** Absent: a new template. */
  item?: TemplateItem;
  /** Defaults for a new template. */
  initial: Pick<TemplateDraft, 'purpose' | 'locale'>;
  onSave(draft: TemplateDraft): Promise<Result<unknown>>;
  /** For an edited built-in: drops the edit. */
  onRestore?(): Promise<Result<unknown>>;
  /** For the user's own template. */
  onDelete?(): Promise<Result<unknown>>;
}

type Preview = HandlerOutput<'template-preview'>;

export function templateProblem(t: Translate, error: TemplateError): string {
  switch (error.code) {
    case 'unknown-variable':
      return t('templateError.unknown-variable', { variable: error.variable ?? '?' });
    case 'missing-value':
      return t('templateError.missing-value', { variable: error.variable ?? '?' });
    case 'syntax':
      return t('templateError.syntax', { position: error.where ? error.where.start + 1 : '?' });
  }
}

export function TemplateEditor({ item, initial, onSave, onRestore, onDelete }: TemplateEditorProps) {
  const { t, locale: uiLocale } = useUi('TemplateEditor');
  const { client } = useWorkspace('TemplateEditor');
  const id = useId();
  const body = useRef<HTMLTextAreaElement>(null);
  const template = item?.template;
  const fixedKind = item !== undefined && item.origin !== 'custom';
  const [draft, setDraft] = useState<TemplateDraft>(() => ({
    name: template?.name ?? '',
    purpose: template?.purpose ?? initial.purpose,
    locale: template?.locale ?? initial.locale,
    subject: template?.subject ?? '',
    body: template?.body ?? '',
  }));
  const [previewDebtor, setPreviewDebtor] = useState<Debtor | null>(null);
  const [choosing, setChoosing] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ticket = useRef(0);

  const set = <K extends keyof TemplateDraft>(field: K) => (value: TemplateDraft[K]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setError(null);
  };

  // The preview follows the typing once it pauses; an older answer never replaces a newer one.
  useEffect(() => {
    const mine = ++ticket.current;
    const timer = setTimeout(() => {
      void client
        .send('template-preview', {
          purpose: draft.purpose,
          locale: draft.locale,
          subject: draft.subject,
          body: draft.body,
          uiLocale,
          ...(previewDebtor ? { debtorId: previewDebtor.id } : {}),
        })
        .then((result) => {
          if (mine !== ticket.current) return;
          if (result.ok) {
            setPreview(result.value);
            setPreviewError(null);
          } else setPreviewError(errorText(t, result.error));
        });
    }, PREVIEW_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [client, draft.purpose, draft.locale, draft.subject, draft.body, previewDebtor, uiLocale, t]);

  const insertVariable = (name: string) => {
    const element = body.current;
    const token = `{${name}}`;
    const start = element?.selectionStart ?? draft.body.length;
    const end = element?.selectionEnd ?? draft.body.length;
    const next = draft.body.slice(0, start) + token + draft.body.slice(end);
    set('body')(next);
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  // Success is announced by the list around the editor, which may replace this editor.
  const run = async (call: () => Promise<Result<unknown>>) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const result = await call();
      setError(result.ok ? null : (result.error.issues?.[0]?.message ?? errorText(t, result.error)));
    } catch {
      setError(t('common.somethingWentWrong'));
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.name.trim() === '' || draft.body.trim() === '') {
      setError(t('ws.templates.needNameAndBody'));
      return;
    }
    void run(() => onSave({ ...draft, name: draft.name.trim() }));
  };

  const purposes: TemplatePurpose[] = [...LADDER_STEPS, ...SIDE_TRACKS];
  const findings = preview?.findings ?? [];
  const language = uiLocale.toLowerCase().startsWith('es') ? 'es' : 'en';

  return (
    <form className="cobro-template-editor" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{item ? t('ws.templates.editing', { name: template?.name ?? '' }) : t('ws.templates.newTitle')}</h3>
      {item ? <p className="cobro-muted">{t(`ws.templates.origin.${item.origin}`)}</p> : null}
      <div className="cobro-row">
        <TextField label={t('common.name')} value={draft.name} onChange={set('name')} maxLength={200} required />
        {fixedKind ? (
          <p className="cobro-field">
            <span className="cobro-muted">{t('picker.filterStep')}</span> {stepText(t, draft.purpose)} · {t(`common.language.${draft.locale}`)}
          </p>
        ) : (
          <>
            <SelectField label={t('picker.filterStep')} value={draft.purpose} onChange={(value) => set('purpose')(value as TemplatePurpose)} options={purposes.map((purpose) => ({ value: purpose, label: stepText(t, purpose) }))} />
            <SelectField
              label={t('picker.filterLanguage')}
              value={draft.locale}
              onChange={(value) => set('locale')(value as TemplateLocale)}
              options={(['es', 'en'] as const).map((code) => ({ value: code, label: t(`common.language.${code}`) }))}
            />
          </>
        )}
      </div>
      <TextField label={t('editor.subject')} value={draft.subject} onChange={set('subject')} maxLength={500} />
      <div className="cobro-field">
        <label htmlFor={`${id}-body`}>{t('editor.body')}</label>
        <textarea
          id={`${id}-body`}
          ref={body}
          rows={12}
          value={draft.body}
          maxLength={20000}
          aria-describedby={`${id}-findings`}
          onChange={(event) => set('body')(event.target.value)}
        />
      </div>
      <section id={`${id}-findings`} aria-labelledby={`${id}-tone`} className="cobro-findings" aria-live="polite">
        <h4 id={`${id}-tone`}>{t('tone.title')}</h4>
        {findings.length === 0 ? (
          <p className="cobro-policy-ok">{t('tone.allGood')}</p>
        ) : (
          <ul className="cobro-plain-list">
            {findings.map((finding, index) => (
              <li key={`${finding.code}-${index}`} className={`cobro-finding cobro-finding-${finding.severity}`} data-code={finding.code}>
                <strong>{t(`severity.${finding.severity}`)}:</strong> {t(finding.messageKey, finding.values)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <details className="cobro-variables">
        <summary>{t('editor.variables')}</summary>
        <ul className="cobro-plain-list">
          {TEMPLATE_VARIABLES.map((variable) => (
            <li key={variable.name}>
              <button type="button" onClick={() => insertVariable(variable.name)} aria-label={t('editor.insertVariable', { name: variable.name })}>
                {`{${variable.name}}`}
              </button>{' '}
              <span className="cobro-muted">{variable.description[language]}</span>
            </li>
          ))}
        </ul>
      </details>
      <FormButtons error={error} busy={busy}>
        {onRestore ? (
          <button type="button" disabled={busy} onClick={() => void run(onRestore)}>
            {t('editor.restoreBuiltin')}
          </button>
        ) : null}
        {onDelete ? (
          <button type="button" className="cobro-danger" disabled={busy} onClick={() => void run(onDelete)}>
            {t('common.delete')}
          </button>
        ) : null}
      </FormButtons>

      <section aria-labelledby={`${id}-preview`} className="cobro-preview" data-cobro="template-preview">
        <h4 id={`${id}-preview`}>{t('editor.livePreview')}</h4>
        <p>
          {previewDebtor ? t('ws.templates.previewFor', { name: previewDebtor.name }) : t('ws.templates.previewSample')}{' '}
          <button type="button" onClick={() => setChoosing((open) => !open)} aria-expanded={choosing}>
            {t('ws.templates.chooseDebtor')}
          </button>
          {previewDebtor ? (
            <button type="button" onClick={() => setPreviewDebtor(null)}>
              {t('ws.templates.useSample')}
            </button>
          ) : null}
        </p>
        {choosing ? (
          <DebtorSearch
            onSearch={async (query) => {
              const result = await client.send('debtor-search', { query, limit: 20 });
              if (!result.ok) throw new Error(result.error.message);
              return result.value;
            }}
            onPick={(debtor) => {
              setPreviewDebtor(debtor);
              setChoosing(false);
            }}
          />
        ) : null}
        {previewError ? <p className="cobro-form-error">{previewError}</p> : null}
        {preview && !preview.ok ? <p className="cobro-form-error">{templateProblem(t, preview.error)}</p> : null}
        {preview && preview.ok ? (
          <>
            <p className="cobro-preview-subject">{preview.subject}</p>
            <div className="cobro-preview-text" tabIndex={0} role="group" aria-label={t('editor.livePreview')}>
              {preview.text}
            </div>
          </>
        ) : null}
      </section>
    </form>
  );
}
