// The template library by step and language: built-ins, the user's edits of them and their own,
// with the editor for the one chosen.
import { useId, useState } from 'react';
import type { TemplateItem } from '../../ledger/handlers/templates';
import { LADDER_STEPS, SIDE_TRACKS, type TemplateLocale, type TemplatePurpose } from '../../ledger/schema';
import { useUi } from '../context';
import { errorText, stepText } from '../format';
import { TemplateEditor, type TemplateDraft } from './TemplateEditor';
import { useWorkspace } from './services';
import { useLedgerQuery } from './use-ledger-query';

type Selection = { kind: 'existing'; id: string } | { kind: 'new' } | null;

const ORIGIN_TAGS = { builtin: 'picker.builtin', edited: 'picker.edited', custom: 'picker.custom' } as const;

export function TemplatesView() {
  const { t, locale } = useUi('TemplatesView');
  const { client, revision } = useWorkspace('TemplatesView');
  const id = useId();
  const [purpose, setPurpose] = useState<'' | TemplatePurpose>('');
  const [language, setLanguage] = useState<'' | TemplateLocale>(locale.toLowerCase().startsWith('es') ? 'es' : 'en');
  const [selection, setSelection] = useState<Selection>(null);
  const [saves, setSaves] = useState(0);
  const [notice, setNotice] = useState('');
  const list = useLedgerQuery(
    () => client.send('templates-list', { ...(purpose ? { purpose } : {}), ...(language ? { locale: language } : {}) }),
    [client, purpose, language, revision, saves],
  );
  const items = list.value ?? [];
  const selected = selection?.kind === 'existing' ? items.find((item) => item.template.id === selection.id) : undefined;

  const after = (next: Selection, said: string) => {
    setSaves((n) => n + 1);
    setSelection(next);
    setNotice(said);
  };

  const save = (item: TemplateItem | undefined) => async (draft: TemplateDraft) => {
    if (!item) {
      const result = await client.send('template-create', draft);
      if (result.ok) after({ kind: 'existing', id: result.value.id }, t('ws.templates.saved'));
      return result;
    }
    const patch = item.origin === 'custom' ? draft : { name: draft.name, subject: draft.subject, body: draft.body };
    const result = await client.send('template-update', { id: item.template.id, patch });
    if (result.ok) after({ kind: 'existing', id: result.value.id }, t('ws.templates.saved'));
    return result;
  };

  const purposes: TemplatePurpose[] = [...LADDER_STEPS, ...SIDE_TRACKS];
  return (
    <section className="cobro-view" aria-labelledby={`${id}-title`}>
      <div className="cobro-view-head">
        <h2 id={`${id}-title`} tabIndex={-1} data-view-title>
          {t('workspace.templates')}
        </h2>
        <button type="button" className="cobro-primary" onClick={() => setSelection({ kind: 'new' })}>
          {t('ws.templates.new')}
        </button>
      </div>
      <div className="cobro-templates">
        <div className="cobro-templates-list">
          <div className="cobro-row">
            <div className="cobro-field">
              <label htmlFor={`${id}-step`}>{t('picker.filterStep')}</label>
              <select id={`${id}-step`} value={purpose} onChange={(event) => setPurpose(event.target.value as TemplatePurpose | '')}>
                <option value="">{t('picker.allSteps')}</option>
                {purposes.map((value) => (
                  <option key={value} value={value}>
                    {stepText(t, value)}
                  </option>
                ))}
              </select>
            </div>
            <div className="cobro-field">
              <label htmlFor={`${id}-language`}>{t('picker.filterLanguage')}</label>
              <select id={`${id}-language`} value={language} onChange={(event) => setLanguage(event.target.value as TemplateLocale | '')}>
                <option value="">{t('picker.allLanguages')}</option>
                <option value="es">{t('common.language.es')}</option>
                <option value="en">{t('common.language.en')}</option>
              </select>
            </div>
          </div>
          {list.phase === 'failed' ? (
            <p role="alert" className="cobro-form-error">
              {errorText(t, list.error)}
            </p>
          ) : null}
          <ul className="cobro-plain-list" aria-label={t('picker.list')}>
            {items.map((item) => {
              const current = selection?.kind === 'existing' && selection.id === item.template.id;
              return (
                <li key={item.template.id}>
                  <button
                    type="button"
                    className="cobro-row-button"
                    aria-current={current ? 'true' : undefined}
                    onClick={() => {
                      setNotice('');
                      setSelection({ kind: 'existing', id: item.template.id });
                    }}
                  >
                    <span className="cobro-row-main">
                      <span className="cobro-row-name">{item.template.name}</span>
                      <span className="cobro-tag">{t(ORIGIN_TAGS[item.origin])}</span>
                    </span>
                    <span className="cobro-row-detail">
                      {stepText(t, item.template.purpose)} · {t(`common.language.${item.template.locale}`)}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
          {list.phase === 'ready' && items.length === 0 ? <p className="cobro-muted">{t('picker.noTemplates')}</p> : null}
        </div>
        <div className="cobro-templates-editor">
          <p className="cobro-saved" role="status">
            {notice}
          </p>
          {selection?.kind === 'new' ? (
            <TemplateEditor key="new" initial={{ purpose: purpose || 'overdue', locale: language || 'es' }} onSave={save(undefined)} />
          ) : selected ? (
            <TemplateEditor
              key={selected.template.id}
              item={selected}
              initial={{ purpose: selected.template.purpose, locale: selected.template.locale }}
              onSave={save(selected)}
              {...(selected.origin === 'edited'
                ? {
                    onRestore: async () => {
                      const result = await client.send('template-delete', { id: selected.template.id });
                      if (result.ok) after({ kind: 'existing', id: selected.template.builtinId ?? selected.template.id }, t('ws.templates.restored'));
                      return result;
                    },
                  }
                : {})}
              {...(selected.origin === 'custom'
                ? {
                    onDelete: async () => {
                      const result = await client.send('template-delete', { id: selected.template.id });
                      if (result.ok) after(null, t('ws.templates.deleted'));
                      return result;
                    },
                  }
                : {})}
            />
          ) : (
            <p className="cobro-muted">{t('ws.templates.pick')}</p>
          )}
        </div>
      </div>
    </section>
  );
}
