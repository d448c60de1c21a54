// Settings: the business that signs the messages, how customers can pay, the defaults for new
// debtors, when each step of the ladder comes, how often and when debtors may be contacted,
// and the late-payment interest. Saved as one change; the ledger checks the whole.
import { useEffect, useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import type { MessageKey } from '../../i18n';
import { resolvePolicy } from '../../collection/policy';
import type { HandlerIssue } from '../../ledger/api';
import { LADDER_STEPS, PaymentMethod, PolicyPreset, type ContactPolicy, type LadderStep, type Settings } from '../../ledger/schema';
import { MoneyParseError, parseAmount, toDecimalString } from '../../money';
import { useUi } from '../context';
import { SearchField } from '../fields';
import { currencyOptions, languageOptions, timeZoneOptions } from '../place-options';
import { issueText, stepText } from '../format';
import { ibanErrorText } from '../setup-text';
import { routeHref } from './routes';
import { autoLanguageLabel } from '../SetupForm';
import { useWorkspace } from './services';
import { PUBLISHED_RATES } from '../../claim/ecb-rates';
import { QueryPending } from './QueryPending';
import { useLedgerQuery } from './use-ledger-query';

const METHOD_KINDS = PaymentMethod.shape.kind.options;
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0] as const;
const MAX_METHODS = 10;

interface PolicyForm {
  preset: ContactPolicy['preset'];
  startHour: string;
  endHour: string;
  weekdays: number[];
  maxContacts: string;
  windowDays: string;
}

interface Form {
  business: Settings['business'];
  signature: string;
  paymentMethods: Settings['paymentMethods'];
  defaultCurrency: string;
  defaultLocale: string;
  defaultTimeZone: string;
  uiLanguage: Settings['uiLanguage'];
  ladderDays: Record<LadderStep, string>;
  resendIntervalDays: string;
  minContactGapDays: string;
  installmentReminderDays: string;
  policy: PolicyForm;
  ecbRate: string;
  claimSpanishLatePaymentCosts: boolean;
  /** The user's own statutory rates, as typed: half-year ("2026-H2") and percent ("10.40"). */
  interestRates: { half: string; percent: string }[];
}

function policyForm(policy: ContactPolicy): PolicyForm {
  const resolved = resolvePolicy(policy);
  return {
    preset: policy.preset,
    startHour: String(resolved.startHour),
    endHour: String(resolved.endHour),
    weekdays: resolved.weekdays,
    maxContacts: resolved.maxContacts === null ? '' : String(resolved.maxContacts),
    windowDays: String(resolved.windowDays),
  };
}

export function formOf(settings: Settings): Form {
  return {
    business: { ...settings.business },
    signature: settings.signature,
    paymentMethods: settings.paymentMethods.map((method) => ({ ...method })),
    defaultCurrency: settings.defaultCurrency,
    defaultLocale: settings.defaultLocale,
    defaultTimeZone: settings.defaultTimeZone,
    uiLanguage: settings.uiLanguage,
    ladderDays: Object.fromEntries(LADDER_STEPS.map((step) => [step, String(settings.ladderDays[step])])) as Record<LadderStep, string>,
    resendIntervalDays: String(settings.resendIntervalDays),
    minContactGapDays: String(settings.minContactGapDays),
    installmentReminderDays: String(settings.installmentReminderDays),
    policy: policyForm(settings.contactPolicy),
    ecbRate: toDecimalString(settings.ecbRateBasisPoints, 'EUR'),
    claimSpanishLatePaymentCosts: settings.claimSpanishLatePaymentCosts,
    interestRates: settings.interestRates.map((rate) => ({ ...rate })),
  };
}

/** "2026-H2" for the half-year a day falls in. */
export function halfOfDay(date: Date): string {
  return `${date.getFullYear()}-H${date.getMonth() < 6 ? 1 : 2}`;
}

/** Whole numbers as typed; anything else is left for the ledger to refuse by name. */
function integer(text: string): number {
  const trimmed = text.trim();
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** "2,15" or "2.15" (percent) → 215 basis points; NaN when it is not a number with at most two decimals. */
export function basisPoints(text: string): number {
  const trimmed = text.trim().replace('%', '');
  const negative = trimmed.startsWith('-');
  try {
    const value = parseAmount(negative ? trimmed.slice(1) : trimmed, 'EUR');
    return negative ? -value : value;
  } catch (error) {
    if (error instanceof MoneyParseError) return Number.NaN;
    throw error;
  }
}

/** The patch settings-set receives: the whole form, with every policy field stated. */
export function patchOf(form: Form): Record<string, unknown> {
  const policy = form.policy;
  return {
    business: form.business,
    signature: form.signature,
    paymentMethods: form.paymentMethods,
    defaultCurrency: form.defaultCurrency,
    defaultLocale: form.defaultLocale,
    defaultTimeZone: form.defaultTimeZone,
    uiLanguage: form.uiLanguage,
    ladderDays: Object.fromEntries(LADDER_STEPS.map((step) => [step, integer(form.ladderDays[step])])),
    resendIntervalDays: integer(form.resendIntervalDays),
    minContactGapDays: integer(form.minContactGapDays),
    installmentReminderDays: integer(form.installmentReminderDays),
    contactPolicy: {
      preset: policy.preset,
      startHour: integer(policy.startHour),
      endHour: integer(policy.endHour),
      weekdays: policy.weekdays,
      maxContacts: policy.maxContacts.trim() === '' ? null : integer(policy.maxContacts),
      windowDays: integer(policy.windowDays),
    },
    ecbRateBasisPoints: basisPoints(form.ecbRate),
    claimSpanishLatePaymentCosts: form.claimSpanishLatePaymentCosts,
    // A comma is how many people type a decimal; the ledger stores the point.
    interestRates: form.interestRates.map((rate) => ({ half: rate.half.trim().toUpperCase(), percent: rate.percent.trim().replace('%', '').trim().replace(',', '.') })),
  };
}

/**
 * The user's own half-year rates, each beside the rate Cobro ships for that half-year and whether
 * that one was read in a published source: a claim uses the user's where there is one.
 */
function RatesTable({ rates, error, onChange }: { rates: { half: string; percent: string }[]; error: string | undefined; onChange(rates: { half: string; percent: string }[]): void }) {
  const { t, locale } = useUi('RatesTable');
  const id = useId();
  const percent = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const set = (index: number, field: 'half' | 'percent', value: string) => onChange(rates.map((rate, i) => (i === index ? { ...rate, [field]: value } : rate)));
  return (
    <fieldset className="cobro-rates" aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}>
      <legend>{t('ws.settings.rates')}</legend>
      <p id={`${id}-hint`} className="cobro-muted">
        {t('ws.settings.ratesHint')}
      </p>
      {rates.length > 0 ? (
        <table className="cobro-table">
          <thead>
            <tr>
              <th scope="col">{t('ws.settings.rateHalf')}</th>
              <th scope="col">{t('ws.settings.ratePercent')}</th>
              <th scope="col">{t('ws.settings.ratePublished')}</th>
              <th scope="col">
                <span className="cobro-visually-hidden">{t('common.delete')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rates.map((rate, index) => {
              const shipped = PUBLISHED_RATES.find((each) => each.half === rate.half.trim().toUpperCase());
              return (
                <tr key={index}>
                  <td>
                    <input aria-label={t('ws.settings.rateHalf')} value={rate.half} placeholder="2026-H2" onChange={(event) => set(index, 'half', event.target.value)} />
                  </td>
                  <td>
                    <input aria-label={t('ws.settings.ratePercent')} inputMode="decimal" value={rate.percent} onChange={(event) => set(index, 'percent', event.target.value)} />
                  </td>
                  <td>
                    {shipped
                      ? t('ws.settings.ratePublishedValue', { rate: percent.format(Number(shipped.percent) / 100), verified: shipped.verified ? 'yes' : 'no' })
                      : t('ws.settings.rateNotPublished')}
                  </td>
                  <td>
                    <button type="button" aria-label={`${t('common.delete')} ${rate.half}`} onClick={() => onChange(rates.filter((_rate, i) => i !== index))}>
                      {t('common.delete')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="cobro-field-error">
          {error}
        </p>
      ) : null}
      <button type="button" onClick={() => onChange([...rates, { half: halfOfDay(new Date()), percent: '' }])}>
        {t('ws.settings.rateAdd')}
      </button>
    </fieldset>
  );
}

function Input(props: { label: string; value: string; onChange(value: string): void; error?: string | undefined; type?: string; hint?: string; multiline?: boolean; inputMode?: 'numeric' | 'decimal' }) {
  const id = useId();
  const describedBy = [props.hint ? `${id}-hint` : null, props.error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value: props.value,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': describedBy,
    onChange: (event: { target: { value: string } }) => props.onChange(event.target.value),
  };
  return (
    <div className={props.error ? 'cobro-field cobro-field-invalid' : 'cobro-field'}>
      <label htmlFor={id}>{props.label}</label>
      {props.multiline ? <textarea {...common} rows={3} /> : <input {...common} type={props.type ?? 'text'} inputMode={props.inputMode} />}
      {props.hint ? (
        <p id={`${id}-hint`} className="cobro-field-hint">
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p id={`${id}-error`} className="cobro-field-error">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="cobro-panel" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

export function SettingsView() {
  const { t, locale } = useUi('SettingsView');
  const { client, revision, changed, host = 'browser' } = useWorkspace('SettingsView');
  const id = useId();
  const stored = useLedgerQuery(() => client.send('settings-get', {}), [client, revision]);
  const [form, setForm] = useState<Form | null>(null);
  const [issues, setIssues] = useState<HandlerIssue[]>([]);
  // The outcome is kept as a message key and translated when drawn: saving may change the UI
  // language, and a sentence translated at save time would stay in the language left behind.
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; message: MessageKey } | null>(null);
  const [busy, setBusy] = useState(false);
  // Hundreds of zones and currencies, named in the UI's language: worked out once per language
  // (and per stored value, kept in the list even if unusual).
  const storedCurrency = stored.value?.defaultCurrency;
  const storedLocale = stored.value?.defaultLocale;
  const storedZone = stored.value?.defaultTimeZone;
  const currencies = useMemo(() => currencyOptions(locale, storedCurrency), [locale, storedCurrency]);
  const languages = useMemo(() => languageOptions(locale, storedLocale), [locale, storedLocale]);
  const zones = useMemo(() => timeZoneOptions(locale, storedZone), [locale, storedZone]);

  useEffect(() => {
    if (stored.phase === 'ready' && form === null) setForm(formOf(stored.value));
  }, [stored, form]);

  // The same section and heading as the loaded view, so the focus the workspace put on the
  // heading stays when the form arrives (a separate component would remount it).
  if (form === null) {
    return (
      <section className="cobro-view" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`} tabIndex={-1} data-view-title>
          {t('workspace.settings')}
        </h2>
        <QueryPending state={stored} />
      </section>
    );
  }

  const update = (change: (draft: Form) => Form) => {
    setForm((current) => (current ? change(current) : current));
    setStatus(null);
  };
  /** Issues said beside their field while rendering; the rest are listed above the buttons. */
  const shown = new Set<HandlerIssue>();
  const errorAt = (path: string) => {
    const issue = issues.find((each) => each.path === `patch.${path}` || each.path.startsWith(`patch.${path}.`));
    if (!issue) return undefined;
    shown.add(issue);
    return issueText(t, issue);
  };
  /** An IBAN the ledger refused is said in the user's language, with what is wrong with it. */
  const methodValueError = (index: number) => {
    const refused = errorAt(`paymentMethods.${index}.value`);
    const entry = form.paymentMethods[index];
    return refused && entry?.kind === 'iban' ? (ibanErrorText(t, entry.value) ?? refused) : refused;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setStatus(null);
    try {
      const result = await client.send('settings-set', { patch: patchOf(form) });
      if (result.ok) {
        setIssues([]);
        setForm(formOf(result.value));
        setStatus({ kind: 'ok', message: 'ws.settings.saved' });
        changed({ all: true, debtorIds: [] });
      } else {
        setIssues(result.error.issues ?? []);
        setStatus({ kind: 'error', message: 'form.fixErrors' });
      }
    } catch {
      setStatus({ kind: 'error', message: 'common.somethingWentWrong' });
    } finally {
      setBusy(false);
    }
  };

  const business = (field: keyof Settings['business']) => (value: string) => update((f) => ({ ...f, business: { ...f.business, [field]: value } }));
  const policy = (field: keyof PolicyForm) => (value: string) => update((f) => ({ ...f, policy: { ...f.policy, [field]: value } }));
  const method = (index: number, field: keyof Settings['paymentMethods'][number]) => (value: string) =>
    update((f) => ({ ...f, paymentMethods: f.paymentMethods.map((m, i) => (i === index ? { ...m, [field]: value } : m)) }));

  return (
    <section className="cobro-view" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} tabIndex={-1} data-view-title>
        {t('workspace.settings')}
      </h2>
      <p>
        <a href={routeHref({ section: 'setup' })}>{t('setup.reopen')}</a>
      </p>
      <form noValidate onSubmit={(event) => void submit(event)} aria-busy={busy || undefined} className="cobro-settings">
        <Section title={t('ws.settings.business')}>
          <div className="cobro-row">
            <Input label={t('common.name')} value={form.business.name} onChange={business('name')} error={errorAt('business.name')} />
            <Input label={t('common.email')} type="email" value={form.business.email} onChange={business('email')} error={errorAt('business.email')} />
          </div>
          <div className="cobro-row">
            <Input label={t('common.phone')} value={form.business.phone} onChange={business('phone')} error={errorAt('business.phone')} />
            <Input label={t('ws.settings.taxId')} value={form.business.taxId} onChange={business('taxId')} error={errorAt('business.taxId')} />
          </div>
          <Input label={t('ws.settings.address')} value={form.business.address} onChange={business('address')} multiline error={errorAt('business.address')} />
          <Input label={t('ws.settings.signature')} hint={t('ws.settings.signatureHint')} value={form.signature} onChange={(value) => update((f) => ({ ...f, signature: value }))} multiline error={errorAt('signature')} />
        </Section>

        <Section title={t('ws.settings.paymentMethods')}>
          <p className="cobro-muted">{t('ws.settings.paymentMethodsHint')}</p>
          {form.paymentMethods.map((entry, index) => (
            <fieldset key={index} className="cobro-method">
              <legend>{t('ws.settings.method', { number: index + 1 })}</legend>
              <div className="cobro-row">
                <div className="cobro-field">
                  <label htmlFor={`${id}-kind-${index}`}>{t('ws.settings.methodKind')}</label>
                  <select id={`${id}-kind-${index}`} value={entry.kind} onChange={(event) => method(index, 'kind')(event.target.value)}>
                    {METHOD_KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {t(`ws.settings.kind.${kind}`)}
                      </option>
                    ))}
                  </select>
                </div>
                <Input label={t('ws.settings.methodLabel')} value={entry.label} onChange={method(index, 'label')} error={errorAt(`paymentMethods.${index}.label`)} />
                <Input label={t('ws.settings.methodValue')} value={entry.value} onChange={method(index, 'value')} error={methodValueError(index)} />
              </div>
              <button type="button" onClick={() => update((f) => ({ ...f, paymentMethods: f.paymentMethods.filter((_, i) => i !== index) }))}>
                {t('ws.settings.removeMethod', { number: index + 1 })}
              </button>
            </fieldset>
          ))}
          <button
            type="button"
            disabled={form.paymentMethods.length >= MAX_METHODS}
            onClick={() => update((f) => ({ ...f, paymentMethods: [...f.paymentMethods, { kind: 'iban', label: '', value: '' }] }))}
          >
            {t('ws.settings.addMethod')}
          </button>
        </Section>

        <Section title={t('ws.settings.uiLanguage')}>
          <div className="cobro-field cobro-narrow">
            <label htmlFor={`${id}-ui`}>{t('ws.settings.uiLanguageLabel')}</label>
            <select id={`${id}-ui`} aria-describedby={`${id}-ui-hint`} value={form.uiLanguage} onChange={(event) => update((f) => ({ ...f, uiLanguage: event.target.value as Settings['uiLanguage'] }))}>
              <option value="auto">{autoLanguageLabel(t, host)}</option>
              <option value="es">{t('common.language.es')}</option>
              <option value="en">{t('common.language.en')}</option>
            </select>
            <p id={`${id}-ui-hint`} className="cobro-field-hint">
              {t('ws.settings.uiLanguageHint')}
            </p>
          </div>
        </Section>

        <Section title={t('ws.settings.defaults')}>
          <div className="cobro-row">
            <SearchField label={t('ws.settings.defaultCurrency')} value={form.defaultCurrency} options={currencies} noMatch={t('ws.settings.noMatch')} onChange={(value) => update((f) => ({ ...f, defaultCurrency: value }))} error={errorAt('defaultCurrency')} />
            <SearchField label={t('ws.settings.defaultLocale')} value={form.defaultLocale} options={languages} noMatch={t('ws.settings.noMatch')} onChange={(value) => update((f) => ({ ...f, defaultLocale: value }))} error={errorAt('defaultLocale')} />
            <SearchField label={t('ws.settings.defaultTimeZone')} value={form.defaultTimeZone} options={zones} noMatch={t('ws.settings.noMatch')} onChange={(value) => update((f) => ({ ...f, defaultTimeZone: value }))} error={errorAt('defaultTimeZone')} />
          </div>
        </Section>

        <Section title={t('ws.settings.ladder')}>
          <p className="cobro-muted">{t('ws.settings.ladderHint')}</p>
          {errorAt('ladderDays') ? <p className="cobro-field-error">{errorAt('ladderDays')}</p> : null}
          <div className="cobro-row cobro-ladder">
            {LADDER_STEPS.map((step) => (
              <Input
                key={step}
                label={stepText(t, step)}
                type="number"
                inputMode="numeric"
                value={form.ladderDays[step]}
                onChange={(value) => update((f) => ({ ...f, ladderDays: { ...f.ladderDays, [step]: value } }))}
                error={errorAt(`ladderDays.${step}`)}
              />
            ))}
          </div>
          <div className="cobro-row">
            <Input label={t('ws.settings.resend')} type="number" inputMode="numeric" value={form.resendIntervalDays} onChange={(value) => update((f) => ({ ...f, resendIntervalDays: value }))} error={errorAt('resendIntervalDays')} />
            <Input label={t('ws.settings.minGap')} type="number" inputMode="numeric" value={form.minContactGapDays} onChange={(value) => update((f) => ({ ...f, minContactGapDays: value }))} error={errorAt('minContactGapDays')} />
            <Input label={t('ws.settings.installmentReminder')} type="number" inputMode="numeric" value={form.installmentReminderDays} onChange={(value) => update((f) => ({ ...f, installmentReminderDays: value }))} error={errorAt('installmentReminderDays')} />
          </div>
        </Section>

        <Section title={t('ws.settings.policy')}>
          <div className="cobro-field">
            <label htmlFor={`${id}-preset`}>{t('ws.settings.preset')}</label>
            <select
              id={`${id}-preset`}
              value={form.policy.preset}
              onChange={(event) => update((f) => ({ ...f, policy: policyForm({ preset: event.target.value as PolicyPreset }) }))}
            >
              {PolicyPreset.options.map((preset) => (
                <option key={preset} value={preset}>
                  {t(`ws.settings.preset.${preset}`)}
                </option>
              ))}
            </select>
            <p className="cobro-field-hint">{t('ws.settings.presetHint')}</p>
          </div>
          <div className="cobro-row">
            <Input label={t('ws.settings.startHour')} type="number" inputMode="numeric" value={form.policy.startHour} onChange={policy('startHour')} error={errorAt('contactPolicy.startHour')} />
            <Input label={t('ws.settings.endHour')} type="number" inputMode="numeric" value={form.policy.endHour} onChange={policy('endHour')} error={errorAt('contactPolicy.endHour')} />
            <Input label={t('ws.settings.maxContacts')} hint={t('ws.settings.maxContactsHint')} type="number" inputMode="numeric" value={form.policy.maxContacts} onChange={policy('maxContacts')} error={errorAt('contactPolicy.maxContacts')} />
            <Input label={t('ws.settings.windowDays')} type="number" inputMode="numeric" value={form.policy.windowDays} onChange={policy('windowDays')} error={errorAt('contactPolicy.windowDays')} />
          </div>
          <fieldset>
            <legend>{t('ws.settings.weekdays')}</legend>
            <div className="cobro-weekdays">
              {WEEKDAYS.map((day) => (
                <label key={day} className="cobro-check">
                  <input
                    type="checkbox"
                    checked={form.policy.weekdays.includes(day)}
                    onChange={(event) =>
                      update((f) => ({
                        ...f,
                        policy: {
                          ...f.policy,
                          weekdays: event.target.checked ? [...f.policy.weekdays, day].sort() : f.policy.weekdays.filter((d) => d !== day),
                        },
                      }))
                    }
                  />
                  {t(`ws.settings.day.${day}`)}
                </label>
              ))}
            </div>
          </fieldset>
        </Section>

        <Section title={t('ws.settings.interest')}>
          <Input
            label={t('ws.settings.ecbRate')}
            hint={t('ws.settings.ecbRateHint')}
            inputMode="decimal"
            value={form.ecbRate}
            onChange={(value) => update((f) => ({ ...f, ecbRate: value }))}
            error={errorAt('ecbRateBasisPoints')}
          />
          <label className="cobro-check">
            <input
              type="checkbox"
              checked={form.claimSpanishLatePaymentCosts}
              onChange={(event) => update((f) => ({ ...f, claimSpanishLatePaymentCosts: event.target.checked }))}
            />
            {t('ws.settings.claimCosts')}
          </label>
          <RatesTable
            rates={form.interestRates}
            error={errorAt('interestRates')}
            onChange={(interestRates) => update((f) => ({ ...f, interestRates }))}
          />
        </Section>

        {status ? (
          <p className={status.kind === 'ok' ? 'cobro-saved' : 'cobro-form-error'} role={status.kind === 'ok' ? 'status' : 'alert'}>
            {t(status.message)}
          </p>
        ) : null}
        {issues.some((issue) => !shown.has(issue)) ? (
          <ul className="cobro-plain-list cobro-issues">
            {[...new Set(issues.filter((issue) => !shown.has(issue)).map((issue) => issueText(t, issue)))].map((text) => (
              <li key={text} className="cobro-field-error">
                {text}
              </li>
            ))}
          </ul>
        ) : null}
        <div className="cobro-buttons">
          <button type="submit" className="cobro-primary" disabled={busy}>
            {busy ? t('form.saving') : t('common.save')}
          </button>
          <button type="button" disabled={busy} onClick={() => stored.value && (setForm(formOf(stored.value)), setIssues([]), setStatus(null))}>
            {t('ws.settings.discard')}
          </button>
        </div>
      </form>
    </section>
  );
}
