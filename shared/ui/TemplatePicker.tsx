// Choosing a template for a reply: the debtor's next step in their language first and marked,
// the rest filtered by step and language, a preview of the filled-in text, and the contact
// policy's "not now" said plainly without blocking the insert. Until the business profile can
// sign a message and say how to pay (setupMissing), it still previews but offers the setup
// instead of Insert.
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { PolicyDecision } from '../collection/status';
import type { HandlerOutput } from '../ledger/api';
import type { Debtor, Settings, TemplateLocale, TemplatePurpose } from '../ledger/schema';
import { setupMissing } from '../ledger/setup';
import type { Translate } from '../i18n/translate';
import type { TemplateError } from '../templates/render';
import { TEMPLATE_VARIABLES } from '../templates/variables';
import { useUi } from './context';
import { SelectField } from './fields';
import { policyText, stepText } from './format';
import { missingText } from './setup-text';
import { useDialog } from './use-dialog';

export type TemplatePickerItem = HandlerOutput<'templates-for-debtor'>['items'][number];

export interface TemplatePickerProps {
  debtor: Debtor;
  items: TemplatePickerItem[];
  /** The purpose of the debtor's next action, if any. */
  recommended: TemplatePurpose | null;
  policy: PolicyDecision;
  /** The business profile as stored (settings-get): Insert waits until setupMissing() finds nothing. */
  settings: Pick<Settings, 'business' | 'senderName' | 'paymentMethods'>;
  onInsert(item: TemplatePickerItem): void;
  /** Opens the first-run setup (the host decides where: the workspace, a view of its own). */
  onOpenSetup(): void;
  onClose(): void;
}

const LANGUAGES: readonly TemplateLocale[] = ['es', 'en'];

function debtorLanguage(locale: string): TemplateLocale {
  return locale.trim().toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** A variable as the user reads it: its description's first words, never its code name. */
function variableLabel(name: string | undefined, locale: string): string {
  const variable = TEMPLATE_VARIABLES.find((candidate) => candidate.name === name);
  if (!variable) return name ?? '?';
  const text = variable.description[debtorLanguage(locale)];
  return text.split(/[:.(;]/)[0]!.trim();
}

function renderProblem(t: Translate, locale: string, error: TemplateError): string {
  switch (error.code) {
    case 'unknown-variable':
      return t('templateError.unknown-variable', { variable: error.variable ?? '?' });
    case 'missing-value':
      return t('templateError.missing-value', { variable: variableLabel(error.variable, locale) });
    case 'syntax':
      return t('templateError.syntax', { position: error.where ? error.where.start + 1 : '?' });
  }
}

/** Offered: it can be filled truthfully for this debtor now and skips no step of the ladder. */
function offered(item: TemplatePickerItem): item is TemplatePickerItem & { rendered: { ok: true } } {
  return item.rendered.ok && item.offer.ok;
}

/** Why a template is not offered, in the user's words. */
function notOfferedText(t: Translate, locale: string, item: TemplatePickerItem): string {
  if (!item.rendered.ok) return renderProblem(t, locale, item.rendered.error);
  const offer = item.offer;
  if (offer.ok) return '';
  switch (offer.reason) {
    case 'skips-ladder':
      return t('picker.unfit.skips-ladder', { step: stepText(t, offer.first) });
    default:
      return t(`picker.unfit.${offer.reason}`);
  }
}

const ORIGIN_KEYS = { builtin: 'picker.builtin', edited: 'picker.edited', custom: 'picker.custom' } as const;

export function TemplatePicker({ debtor, items, recommended, policy, settings, onInsert, onOpenSetup, onClose }: TemplatePickerProps) {
  const { t, locale } = useUi('TemplatePicker');
  const id = useId();
  const titleId = `${id}-title`;
  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;
  // Looked up through refs, not document.getElementById: the picker may live in a shadow root.
  const dialog = useDialog<HTMLElement>(onClose, (element) => element.querySelector<HTMLElement>('[role="listbox"]'));
  const optionElements = useRef(new Map<number, HTMLElement>());

  const language = debtorLanguage(debtor.locale);
  const [stepFilter, setStepFilter] = useState<string>('');
  const [languageFilter, setLanguageFilter] = useState<string>(language);

  const matchesRecommendation = (item: TemplatePickerItem) =>
    recommended !== null && item.template.purpose === recommended && item.template.locale === language;
  const recommendedItem = items.find((item) => matchesRecommendation(item) && offered(item));
  const visible = [
    ...(recommendedItem ? [recommendedItem] : []),
    ...items.filter(
      (item) =>
        item !== recommendedItem &&
        (stepFilter === '' || item.template.purpose === stepFilter) &&
        (languageFilter === '' || item.template.locale === languageFilter),
    ),
  ];
  const enabled = (item: TemplatePickerItem | undefined) => item !== undefined && offered(item);

  const [selectedId, setSelectedId] = useState<string | null>(
    () => (recommendedItem ?? items.find(offered))?.template.id ?? null,
  );
  let selectedIndex = visible.findIndex((item) => item.template.id === selectedId && enabled(item));
  if (selectedIndex === -1) selectedIndex = visible.findIndex(enabled);
  const selected = selectedIndex === -1 ? undefined : visible[selectedIndex];

  const steps = [...new Set(items.map((item) => item.template.purpose))];

  const moveTo = (index: number) => {
    const item = visible[index];
    if (!item) return;
    setSelectedId(item.template.id);
    optionElements.current.get(index)?.scrollIntoView?.({ block: 'nearest' });
  };
  const step = (from: number, direction: 1 | -1) => {
    for (let index = from + direction; index >= 0 && index < visible.length; index += direction) {
      if (enabled(visible[index])) return moveTo(index);
    }
  };
  const missing = setupMissing(settings);
  const insert = () => {
    if (missing.length === 0 && selected && offered(selected)) onInsert(selected);
  };
  const onListKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        step(selectedIndex, 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        step(selectedIndex === -1 ? visible.length : selectedIndex, -1);
        break;
      case 'Home':
        event.preventDefault();
        step(-1, 1);
        break;
      case 'End':
        event.preventDefault();
        step(visible.length, -1);
        break;
      case 'Enter':
        event.preventDefault();
        insert();
        break;
    }
  };

  return (
    <div className="cobro">
      <section
        ref={dialog.ref}
        role="dialog"
        aria-labelledby={titleId}
        tabIndex={-1}
        className="cobro-dialog cobro-picker"
        data-cobro="template-picker"
        data-debtor-id={debtor.id}
        onKeyDown={dialog.onKeyDown}
      >
        <button type="button" className="cobro-close" aria-label={t('common.close')} onClick={() => onClose()}>
          <span aria-hidden="true">×</span>
        </button>
        <h2 id={titleId}>{t('picker.title')}</h2>
        <p className="cobro-muted">{t('picker.suggested', { name: debtor.name })}</p>
        {policy.allowed ? null : (
          <p className="cobro-notice" role="note">
            {policyText(t, policy, { timeZone: debtor.timeZone, uiLocale: locale })}
          </p>
        )}
        <div className="cobro-row">
          <SelectField
            label={t('picker.filterStep')}
            value={stepFilter}
            options={[{ value: '', label: t('picker.allSteps') }, ...steps.map((purpose) => ({ value: purpose, label: stepText(t, purpose) }))]}
            onChange={setStepFilter}
          />
          <SelectField
            label={t('picker.filterLanguage')}
            value={languageFilter}
            options={[
              { value: '', label: t('picker.allLanguages') },
              ...LANGUAGES.map((code) => ({ value: code, label: t(`common.language.${code}` as const) })),
            ]}
            onChange={setLanguageFilter}
          />
        </div>
        <div className="cobro-picker-body">
          {visible.length === 0 ? (
            <p className="cobro-muted">{t('picker.noTemplates')}</p>
          ) : (
            <ul
              id={listId}
              role="listbox"
              tabIndex={0}
              aria-label={t('picker.list')}
              aria-activedescendant={selectedIndex === -1 ? undefined : optionId(selectedIndex)}
              className="cobro-options"
              onKeyDown={onListKeyDown}
            >
              {visible.map((item, index) => {
                const isRecommended = item === recommendedItem;
                return (
                  <li
                    key={item.template.id}
                    id={optionId(index)}
                    ref={(element) => {
                      if (element) optionElements.current.set(index, element);
                      else optionElements.current.delete(index);
                    }}
                    role="option"
                    aria-selected={index === selectedIndex}
                    aria-disabled={offered(item) ? undefined : true}
                    className={[
                      'cobro-option',
                      index === selectedIndex ? 'cobro-option-selected' : '',
                      isRecommended ? 'cobro-option-recommended' : '',
                    ]
                      .filter(Boolean)
                      .join(' ')}
                    data-template-id={item.template.id}
                    onClick={() => {
                      if (offered(item)) setSelectedId(item.template.id);
                    }}
                  >
                    <span className="cobro-option-name">{item.template.name}</span>
                    <span className="cobro-option-meta">
                      {isRecommended ? <span className="cobro-tag cobro-tag-strong">{t('picker.recommended')}</span> : null}
                      <span>{stepText(t, item.template.purpose)}</span>
                      <span>{item.template.locale.toUpperCase()}</span>
                      <span>{t(ORIGIN_KEYS[item.origin])}</span>
                    </span>
                    {offered(item) ? null : <span className="cobro-option-problem">{notOfferedText(t, locale, item)}</span>}
                  </li>
                );
              })}
            </ul>
          )}
          <div className="cobro-preview">
            <h3 id={`${id}-preview`}>{t('picker.preview')}</h3>
            {selected && selected.rendered.ok ? (
              <>
                <p className="cobro-preview-subject">
                  <span className="cobro-muted">{t('editor.subject')}: </span>
                  {selected.rendered.subject}
                </p>
                {/* It scrolls on its own, so it must be reachable by keyboard to be read. */}
                <div className="cobro-preview-text" role="region" tabIndex={0} aria-labelledby={`${id}-preview`}>
                  {selected.rendered.text}
                </div>
              </>
            ) : (
              <p className="cobro-muted">{t('picker.noTemplates')}</p>
            )}
          </div>
        </div>
        {missing.length > 0 ? (
          <p className="cobro-notice" data-cobro="setup-needed">
            {t('setup.pickerBlocked', { missing: missingText(t, locale, missing) })}
          </p>
        ) : null}
        <div className="cobro-buttons">
          {missing.length > 0 ? (
            <button type="button" className="cobro-primary" onClick={() => onOpenSetup()}>
              {t('setup.open')}
            </button>
          ) : (
            <button type="button" className="cobro-primary" disabled={!selected} onClick={insert}>
              {t('picker.insert')}
            </button>
          )}
          <button type="button" onClick={() => onClose()}>
            {t('common.cancel')}
          </button>
        </div>
      </section>
    </div>
  );
}
