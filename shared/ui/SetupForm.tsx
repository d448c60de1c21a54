// The first-run setup: who signs the reminders, how customers can pay, Cobro's language and the
// country the user works in (its contact rules and new customers' defaults). Short, one column,
// so it fits a 320 px task pane; saved as one settings-set. Every host shows it while
// setupMissing() finds something missing, and it stays reachable later.
import { useId, useState, type FormEvent } from 'react';
import type { Result } from '../ledger/api';
import type { SettingsPatchValue } from '../ledger/handlers/settings';
import { formatIban } from '../ledger/iban';
import type { PaymentMethod, Settings } from '../ledger/schema';
import { countryOf, SETUP_COUNTRIES, type SetupCountry } from '../ledger/setup';
import type { Translate } from '../i18n/translate';
import { useUi } from './context';
import { errorText, issueText } from './format';
import { SelectField, TextField } from './fields';
import { FormButtons } from './form-buttons';
import { currencyName, languageName, placeOfTimeZone } from './places';
import { ibanErrorText } from './setup-text';

export interface SetupFormProps {
  /** What is stored now; the form starts from it. */
  settings: Settings;
  /** Runs settings-set with the patch; one call for the whole form. */
  onSave(patch: SettingsPatchValue): Promise<Result<Settings>>;
  /** Called with what was stored once the save succeeded. */
  onDone(saved: Settings): void;
  /** Without it there is no "Later" (a host where the setup is the only thing to do). */
  onLater?: () => void;
  /** Whose language 'auto' follows, named in the language choice; the browser unless told. */
  host?: LanguageHost;
}

/** What the UI language follows when set to 'auto': the browser's, or Outlook's own. */
export type LanguageHost = 'browser' | 'outlook';

/** "Same as the browser" / "Same as Outlook": the 'auto' choice, named after the host. */
export function autoLanguageLabel(t: Translate, host: LanguageHost): string {
  return t(host === 'outlook' ? 'ws.settings.uiAutoOutlook' : 'ws.settings.uiAuto');
}

const METHOD_KINDS: readonly PaymentMethod['kind'][] = ['iban', 'link', 'card', 'cash', 'cheque', 'other'];
const COUNTRIES: readonly SetupCountry[] = [...(Object.keys(SETUP_COUNTRIES) as SetupCountry[]), 'other'];
const MAX_METHODS = 10;

interface Form {
  businessName: string;
  senderName: string;
  /** null: follows the names until the user types one. */
  signature: string | null;
  methods: PaymentMethod[];
  uiLanguage: Settings['uiLanguage'];
  country: SetupCountry;
  claimSpanishLatePaymentCosts: boolean;
}

type Errors = Partial<Record<'name' | 'methods' | `method.${number}`, string>>;

function formOf(settings: Settings): Form {
  return {
    businessName: settings.business.name,
    senderName: settings.senderName,
    signature: settings.signature.trim() === '' ? null : settings.signature,
    methods: settings.paymentMethods.length > 0 ? settings.paymentMethods.map((m) => ({ ...m })) : [{ kind: 'iban', label: '', value: '' }],
    uiLanguage: settings.uiLanguage,
    country: countryOf(settings),
    claimSpanishLatePaymentCosts: settings.claimSpanishLatePaymentCosts,
  };
}

function autoSignature(form: Form): string {
  return [form.senderName.trim(), form.businessName.trim()].filter((line) => line !== '').join('\n');
}

function valueLabel(t: Translate, kind: PaymentMethod['kind']): string {
  return t(kind === 'iban' ? 'setup.methodValue.iban' : kind === 'link' ? 'setup.methodValue.link' : 'setup.methodValue.other');
}

function check(t: Translate, form: Form): Errors {
  const errors: Errors = {};
  if (form.businessName.trim() === '' && form.senderName.trim() === '') errors.name = t('setup.nameRequired');
  form.methods.forEach((method, index) => {
    if (method.kind === 'iban' && method.value.trim() !== '') {
      const error = ibanErrorText(t, method.value);
      if (error) errors[`method.${index}`] = error;
    }
  });
  if (!form.methods.some((method) => method.value.trim() !== '')) errors.methods = t('setup.paymentRequired');
  return errors;
}

/** What settings-set receives: only what this form decides, so Settings' other fields stay as they are. */
function patchOf(form: Form, settings: Settings): SettingsPatchValue {
  const patch: SettingsPatchValue = {
    business: { name: form.businessName.trim() },
    senderName: form.senderName.trim(),
    signature: (form.signature ?? autoSignature(form)).trim(),
    paymentMethods: form.methods
      .filter((method) => method.value.trim() !== '')
      .map((method) => ({ kind: method.kind, label: method.label.trim(), value: method.kind === 'iban' ? formatIban(method.value) : method.value.trim() })),
    uiLanguage: form.uiLanguage,
    claimSpanishLatePaymentCosts: form.country === 'es' && form.claimSpanishLatePaymentCosts,
  };
  if (form.country !== 'other' && form.country !== countryOf(settings)) {
    const country = SETUP_COUNTRIES[form.country];
    patch.contactPolicy = { preset: country.preset };
    patch.defaultLocale = country.locale;
    patch.defaultCurrency = country.currency;
    patch.defaultTimeZone = country.timeZone;
  }
  return patch;
}

export function SetupForm({ settings, onSave, onDone, onLater, host = 'browser' }: SetupFormProps) {
  const { t, locale } = useUi('SetupForm');
  const id = useId();
  const [form, setForm] = useState<Form>(() => formOf(settings));
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const update = (change: Partial<Form>) => {
    setForm((current) => ({ ...current, ...change }));
    setFormError(null);
  };
  const updateMethod = (index: number, change: Partial<PaymentMethod>) => {
    setForm((current) => ({ ...current, methods: current.methods.map((m, i) => (i === index ? { ...m, ...change } : m)) }));
    setErrors((current) => ({ ...current, [`method.${index}`]: undefined, methods: undefined }));
    setFormError(null);
  };
  /** Leaving an IBAN: say at once what is wrong with it, or show it in groups of four. */
  const leaveMethod = (index: number) => {
    const method = form.methods[index];
    if (!method || method.kind !== 'iban' || method.value.trim() === '') return;
    const error = ibanErrorText(t, method.value);
    if (error) setErrors((current) => ({ ...current, [`method.${index}`]: error }));
    else updateMethod(index, { value: formatIban(method.value) });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = check(t, form);
    setErrors(found);
    if (Object.values(found).some(Boolean)) {
      setFormError(t('form.fixErrors'));
      return;
    }
    setBusy(true);
    setFormError(null);
    try {
      const result = await onSave(patchOf(form, settings));
      if (result.ok) {
        onDone(result.value);
        return;
      }
      // The ledger checks the same IBANs; anything else it refuses is said as it came.
      const refused: Errors = {};
      const kept = form.methods.filter((method) => method.value.trim() !== '');
      for (const issue of result.error.issues ?? []) {
        const match = /^patch\.paymentMethods\.(\d+)/.exec(issue.path);
        const method = match ? kept[Number(match[1])] : undefined;
        if (method) refused[`method.${form.methods.indexOf(method)}`] = (method.kind === 'iban' && ibanErrorText(t, method.value)) || issueText(t, issue);
      }
      setErrors(refused);
      setFormError(Object.keys(refused).length > 0 ? t('form.fixErrors') : errorText(t, result.error));
    } catch {
      setFormError(t('common.somethingWentWrong'));
    } finally {
      setBusy(false);
    }
  };

  const country = form.country === 'other' ? null : SETUP_COUNTRIES[form.country];
  const defaults = country ?? { locale: settings.defaultLocale, currency: settings.defaultCurrency, timeZone: settings.defaultTimeZone };

  return (
    <section className="cobro-setup" aria-labelledby={`${id}-title`} data-cobro="setup">
      <h2 id={`${id}-title`} tabIndex={-1} data-view-title>
        {t('setup.title')}
      </h2>
      <p className="cobro-muted">{t('setup.intro')}</p>
      <form noValidate onSubmit={(event) => void submit(event)} aria-busy={busy || undefined}>
        <TextField label={t('setup.businessName')} value={form.businessName} onChange={(value) => update({ businessName: value })} error={errors.name} autoComplete="organization" maxLength={200} />
        <TextField label={t('setup.senderName')} hint={t('setup.senderNameHint')} value={form.senderName} onChange={(value) => update({ senderName: value })} autoComplete="name" maxLength={200} />
        <TextField
          label={t('setup.signature')}
          hint={t('setup.signatureHint')}
          value={form.signature ?? autoSignature(form)}
          onChange={(value) => update({ signature: value })}
          multiline
          maxLength={2000}
        />

        <fieldset className="cobro-setup-methods">
          <legend>{t('setup.paymentMethods')}</legend>
          <p className="cobro-field-hint">{t('setup.paymentMethodsHint')}</p>
          {form.methods.map((method, index) => (
            <div key={index} className="cobro-method" role="group" aria-label={t('setup.method', { number: index + 1 })}>
              <SelectField
                label={t('setup.methodKind')}
                value={method.kind}
                options={METHOD_KINDS.map((kind) => ({ value: kind, label: t(`ws.settings.kind.${kind}`) }))}
                onChange={(value) => updateMethod(index, { kind: value as PaymentMethod['kind'] })}
              />
              <div onBlur={() => leaveMethod(index)}>
                <TextField
                  label={valueLabel(t, method.kind)}
                  hint={method.kind === 'iban' ? t('setup.clabeHint') : undefined}
                  value={method.value}
                  onChange={(value) => updateMethod(index, { value })}
                  error={errors[`method.${index}`]}
                  maxLength={500}
                />
              </div>
              <TextField label={t('setup.methodLabel')} value={method.label} onChange={(value) => updateMethod(index, { label: value })} maxLength={80} />
              {form.methods.length > 1 ? (
                <button type="button" onClick={() => update({ methods: form.methods.filter((_, i) => i !== index) })}>
                  {t('setup.removeMethod', { number: index + 1 })}
                </button>
              ) : null}
            </div>
          ))}
          {errors.methods ? <p className="cobro-field-error">{errors.methods}</p> : null}
          <button
            type="button"
            disabled={form.methods.length >= MAX_METHODS}
            onClick={() => update({ methods: [...form.methods, { kind: 'link', label: '', value: '' }] })}
          >
            {t('setup.addMethod')}
          </button>
        </fieldset>

        <SelectField
          label={t('setup.uiLanguage')}
          value={form.uiLanguage}
          options={[
            { value: 'auto', label: autoLanguageLabel(t, host) },
            { value: 'es', label: t('common.language.es') },
            { value: 'en', label: t('common.language.en') },
          ]}
          onChange={(value) => update({ uiLanguage: value as Settings['uiLanguage'] })}
        />
        <SelectField
          label={t('setup.country')}
          value={form.country}
          options={COUNTRIES.map((code) => ({ value: code, label: t(`setup.country.${code}`) }))}
          onChange={(value) => update({ country: value as SetupCountry })}
        />
        <p className="cobro-field-hint">{t('setup.countryHint')}</p>
        <p className="cobro-field-hint">{t('setup.newCustomers', { language: languageName(defaults.locale, locale), currency: currencyName(defaults.currency, locale), place: placeOfTimeZone(defaults.timeZone, locale) })}</p>
        {form.country === 'es' ? (
          <label className="cobro-check">
            <input
              type="checkbox"
              checked={form.claimSpanishLatePaymentCosts}
              onChange={(event) => update({ claimSpanishLatePaymentCosts: event.target.checked })}
            />
            {t('setup.claimCosts')}
          </label>
        ) : null}

        <FormButtons error={formError} busy={busy}>
          {onLater ? (
            <button type="button" onClick={() => onLater()}>
              {t('setup.later')}
            </button>
          ) : null}
        </FormButtons>
      </form>
    </section>
  );
}
