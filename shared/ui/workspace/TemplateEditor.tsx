// Editing one template: name, step, language, subject and message, a live preview for a chosen
// debtor or a sample one, and the tone check's findings under the text as it is typed.
// Built-ins are edited as the user's own copy and can be restored. The text is shown in the
// friendly form (templates/friendly.ts): fields such as ⟦Contact person⟧ inserted from a menu,
// plurals as ready-made phrases; the ICU source only under Advanced. What is saved is ICU.
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { HandlerOutput, Result } from '../../ledger/api';
import type { TemplateItem } from '../../ledger/handlers/templates';
import { LADDER_STEPS, SIDE_TRACKS, type Debtor, type TemplateLocale, type TemplatePurpose } from '../../ledger/schema';
import type { TemplateError } from '../../templates/render';
import {
  fieldAtCaret,
  fieldToken,
  friendlyTemplate,
  fromFriendly,
  INSERTABLE_VARIABLES,
  TEMPLATE_PHRASES,
  variableLabel,
  type FriendlyTemplate,
  type TemplatePhrase,
} from '../../templates/friendly';
import { isTemplateVariable, TEMPLATE_VARIABLES, type TemplateVariableName } from '../../templates/variables';
import type { Translate } from '../../i18n/translate';
import { DebtorSearch } from '../DebtorSearch';
import { FormButtons } from '../form-buttons';
import { useUi } from '../context';
import { SelectField, TextField } from '../fields';
import { errorText, issueText, stepText } from '../format';
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

type Field = 'subject' | 'body';
type Sources = Record<Field, string>;
type Conversion = { ok: true; subject: string; body: string } | { ok: false; message: string };

const DESCRIPTIONS = new Map(TEMPLATE_VARIABLES.map((variable) => [variable.name, variable.description]));

/** What goes into the text for a menu choice: a ⟦field⟧ in the friendly form, its ICU under Advanced. */
type Choice = { kind: 'variable'; name: TemplateVariableName } | { kind: 'phrase'; phrase: TemplatePhrase };

export function TemplateEditor({ item, initial, onSave, onRestore, onDelete }: TemplateEditorProps) {
  const { t, locale: uiLocale } = useUi('TemplateEditor');
  const { client } = useWorkspace('TemplateEditor');
  const id = useId();
  const language = uiLocale.toLowerCase().startsWith('es') ? 'es' : 'en';
  const fields = { subject: useRef<HTMLInputElement>(null), body: useRef<HTMLTextAreaElement>(null) };
  const menuButton = useRef<HTMLButtonElement>(null);
  const menuArea = useRef<HTMLDivElement>(null);
  const lastField = useRef<Field>('body');
  const template = item?.template;
  const fixedKind = item !== undefined && item.origin !== 'custom';
  const [draft, setDraft] = useState<Omit<TemplateDraft, 'subject' | 'body'>>(() => ({
    name: template?.name ?? '',
    purpose: template?.purpose ?? initial.purpose,
    locale: template?.locale ?? initial.locale,
  }));
  // The ICU as saved, edited directly under Advanced.
  const [source, setSource] = useState<Sources>(() => ({ subject: template?.subject ?? '', body: template?.body ?? '' }));
  // Null: the template cannot be shown in the friendly form without changing it, so it opens as source.
  const [friendly, setFriendly] = useState<FriendlyTemplate | null>(() =>
    friendlyTemplate(template?.subject ?? '', template?.body ?? '', template?.locale ?? initial.locale, language),
  );
  const [advanced, setAdvanced] = useState(() => friendly === null);
  const [modeNote, setModeNote] = useState<string | null>(() => (friendly === null ? t('editor.sourceOnly') : null));
  const [menuOpen, setMenuOpen] = useState(false);
  const [previewDebtor, setPreviewDebtor] = useState<Debtor | null>(null);
  const [choosing, setChoosing] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ticket = useRef(0);

  const set = <K extends keyof typeof draft>(field: K) => (value: (typeof draft)[K]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setError(null);
  };

  // The friendly text read back into ICU in the template's language (a language change rewrites the phrases).
  const conversion: Conversion = (() => {
    if (advanced || friendly === null) return { ok: true, ...source };
    const subject = fromFriendly(friendly.subject, draft.locale, language, friendly.kept);
    const body = fromFriendly(friendly.body, draft.locale, language, friendly.kept);
    for (const result of [subject, body]) {
      if (!result.ok) {
        return { ok: false, message: result.problem === 'unknown-field' ? t('editor.unknownField', { label: result.label }) : t('editor.brokenField', { text: result.label }) };
      }
    }
    return subject.ok && body.ok ? { ok: true, subject: subject.source, body: body.source } : { ok: false, message: '' };
  })();
  const icuSubject = conversion.ok ? conversion.subject : null;
  const icuBody = conversion.ok ? conversion.body : null;

  // The preview follows the typing once it pauses; an older answer never replaces a newer one.
  useEffect(() => {
    if (icuSubject === null || icuBody === null) return;
    const mine = ++ticket.current;
    const timer = setTimeout(() => {
      void client
        .send('template-preview', {
          purpose: draft.purpose,
          locale: draft.locale,
          subject: icuSubject,
          body: icuBody,
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
  }, [client, draft.purpose, draft.locale, icuSubject, icuBody, previewDebtor, uiLocale, t]);

  // The menu keeps the focus in the text (so the cursor stays put): Escape anywhere, or a click
  // outside the menu, closes it.
  useEffect(() => {
    if (!menuOpen) return;
    const doc = menuArea.current?.ownerDocument;
    if (!doc) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      setMenuOpen(false);
      if (menuArea.current?.contains(doc.activeElement)) menuButton.current?.focus();
    };
    const onPointer = (event: MouseEvent) => {
      if (!menuArea.current?.contains(event.target as Node)) setMenuOpen(false);
    };
    doc.addEventListener('keydown', onKey);
    doc.addEventListener('mousedown', onPointer);
    return () => {
      doc.removeEventListener('keydown', onKey);
      doc.removeEventListener('mousedown', onPointer);
    };
  }, [menuOpen]);

  const textOf = (field: Field) => (advanced || friendly === null ? source[field] : friendly[field]);
  const setText = (field: Field, value: string) => {
    if (advanced || friendly === null) setSource((current) => ({ ...current, [field]: value }));
    else setFriendly((current) => (current ? { ...current, [field]: value } : current));
    setError(null);
  };

  const insert = (choice: Choice) => {
    const field = lastField.current;
    const element = fields[field].current;
    const text = textOf(field);
    const token = advanced
      ? choice.kind === 'variable'
        ? `{${choice.name}}`
        : choice.phrase.source[draft.locale]
      : fieldToken(choice.kind === 'variable' ? variableLabel(choice.name, language) : choice.phrase.label[language]);
    const start = element?.selectionStart ?? text.length;
    const end = element?.selectionEnd ?? text.length;
    setText(field, text.slice(0, start) + token + text.slice(end));
    setMenuOpen(false);
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  // A field is one piece: Backspace after it or Delete before it removes all of it.
  const removeWholeField = (field: Field) => (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (advanced || (event.key !== 'Backspace' && event.key !== 'Delete')) return;
    const element = event.currentTarget;
    if (element.selectionStart !== element.selectionEnd || element.selectionStart === null) return;
    const span = fieldAtCaret(element.value, element.selectionStart, event.key === 'Backspace' ? 'before' : 'after');
    if (!span) return;
    event.preventDefault();
    setText(field, element.value.slice(0, span.start) + element.value.slice(span.end));
    requestAnimationFrame(() => element.setSelectionRange(span.start, span.start));
  };

  const toggleAdvanced = (on: boolean) => {
    setModeNote(null);
    if (on) {
      if (!conversion.ok) {
        setModeNote(conversion.message);
        return;
      }
      setSource({ subject: conversion.subject, body: conversion.body });
      setAdvanced(true);
      return;
    }
    const back = friendlyTemplate(source.subject, source.body, draft.locale, language);
    if (back === null) {
      setModeNote(t('editor.cannotLeaveAdvanced'));
      return;
    }
    setFriendly(back);
    setAdvanced(false);
  };

  // Success is announced by the list around the editor, which may replace this editor.
  const run = async (call: () => Promise<Result<unknown>>) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const result = await call();
      setError(result.ok ? null : result.error.issues?.[0] ? issueText(t, result.error.issues[0]) : errorText(t, result.error));
    } catch {
      setError(t('common.somethingWentWrong'));
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!conversion.ok) {
      setError(conversion.message);
      return;
    }
    if (draft.name.trim() === '' || conversion.body.trim() === '') {
      setError(t('ws.templates.needNameAndBody'));
      return;
    }
    void run(() => onSave({ ...draft, name: draft.name.trim(), subject: conversion.subject, body: conversion.body }));
  };

  // Findings name variables as {deadline}; in the friendly form they are called what the text calls them.
  const findingText = (text: string) =>
    advanced ? text : text.replace(/\{(\w+)\}/g, (whole, name: string) => (isTemplateVariable(name) ? fieldToken(variableLabel(name, language)) : whole));

  const purposes: TemplatePurpose[] = [...LADDER_STEPS, ...SIDE_TRACKS];
  const findings = preview?.findings ?? [];
  const bodyHelp = [`${id}-findings`, advanced ? '' : `${id}-hint`].filter(Boolean).join(' ');

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

      <div className="cobro-editor-toolbar">
        <div className="cobro-insert" ref={menuArea}>
          <button
            type="button"
            ref={menuButton}
            aria-expanded={menuOpen}
            aria-controls={`${id}-menu`}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => setMenuOpen((open) => !open)}
          >
            {t('editor.insertField')} ▾
          </button>
          {menuOpen ? (
            <div id={`${id}-menu`} className="cobro-insert-menu" data-cobro="insert-menu">
              <h4 id={`${id}-phrases`}>{t('editor.phrases')}</h4>
              <ul className="cobro-plain-list" aria-labelledby={`${id}-phrases`}>
                {TEMPLATE_PHRASES.map((phrase) => (
                  <li key={phrase.id}>
                    <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={() => insert({ kind: 'phrase', phrase })}>
                      {phrase.label[language]}
                    </button>
                  </li>
                ))}
              </ul>
              <h4 id={`${id}-details`}>{t('editor.details')}</h4>
              <ul className="cobro-plain-list" aria-labelledby={`${id}-details`}>
                {INSERTABLE_VARIABLES.map((name) => (
                  <li key={name}>
                    <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={() => insert({ kind: 'variable', name })}>
                      {variableLabel(name, language)}
                    </button>{' '}
                    <span className="cobro-muted">{DESCRIPTIONS.get(name)?.[language]}</span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
        <label className="cobro-check">
          <input type="checkbox" checked={advanced} onChange={(event) => toggleAdvanced(event.target.checked)} /> {t('editor.advanced')}
        </label>
      </div>
      {modeNote ? <p className="cobro-notice" role="status">{modeNote}</p> : null}

      <div className="cobro-field cobro-subject-field">
        <label htmlFor={`${id}-subject`}>{t('editor.subject')}</label>
        <input
          id={`${id}-subject`}
          ref={fields.subject}
          type="text"
          autoComplete="off"
          spellCheck={!advanced}
          className={advanced ? 'cobro-source' : undefined}
          value={textOf('subject')}
          maxLength={500}
          onFocus={() => (lastField.current = 'subject')}
          onKeyDown={removeWholeField('subject')}
          onChange={(event) => setText('subject', event.target.value)}
        />
      </div>
      <div className="cobro-field">
        <label htmlFor={`${id}-body`}>{t('editor.body')}</label>
        <textarea
          id={`${id}-body`}
          ref={fields.body}
          rows={14}
          className={advanced ? 'cobro-source' : undefined}
          value={textOf('body')}
          maxLength={20000}
          aria-describedby={bodyHelp}
          onFocus={() => (lastField.current = 'body')}
          onKeyDown={removeWholeField('body')}
          onChange={(event) => setText('body', event.target.value)}
        />
      </div>
      {advanced ? null : (
        <p id={`${id}-hint`} className="cobro-muted cobro-editor-hint">
          {t('editor.friendlyHint')}
        </p>
      )}
      <section id={`${id}-findings`} aria-labelledby={`${id}-tone`} className="cobro-findings" aria-live="polite">
        <h4 id={`${id}-tone`}>{t('tone.title')}</h4>
        {!conversion.ok ? (
          <p className="cobro-form-error">{conversion.message}</p>
        ) : findings.length === 0 ? (
          <p className="cobro-policy-ok">{t('tone.allGood')}</p>
        ) : (
          <ul className="cobro-plain-list">
            {findings.map((finding, index) => (
              <li key={`${finding.code}-${index}`} className={`cobro-finding cobro-finding-${finding.severity}`} data-code={finding.code}>
                <strong>{t(`severity.${finding.severity}`)}:</strong> {findingText(t(finding.messageKey, finding.values))}
              </li>
            ))}
          </ul>
        )}
      </section>
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
