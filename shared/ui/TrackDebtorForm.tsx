// Turning an unknown sender into a tracked debtor with their first invoice. Every field says
// what is wrong with it; the amount is read exactly into minor units; nothing is sent while a
// field is wrong or a submission is still running.
import { useId, useRef, useState, type FormEvent } from 'react';
import type { HandlerInput, Result } from '../ledger/api';
import type { HandlerIssue } from '../ledger/errors';
import { isCurrencyCode } from '../money';
import { useUi } from './context';
import { SelectField, TextField } from './fields';
import { readAmount } from './amount-input';
import { errorText, issueText } from './format';

export type TrackDebtorInput = HandlerInput<'debtor-create'>;

export interface TrackDebtorFormProps {
  email: string;
  name: string;
  defaults: { currency: string; locale: string; timeZone: string };
  onSubmit(input: TrackDebtorInput): Promise<Result<unknown>>;
  onCancel(): void;
}

type Field = 'name' | 'email' | 'number' | 'amount' | 'currency' | 'dueDate' | 'issueDate';
type Errors = Partial<Record<Field, string>>;

/** Currencies small businesses in Spain and Latin America bill in most; the default is always offered. */
const COMMON_CURRENCIES = ['EUR', 'USD', 'GBP', 'MXN', 'COP', 'ARS', 'CLP', 'PEN', 'GTQ', 'DOP', 'UYU', 'CRC'];

// Deliberately loose: the ledger validates addresses; this only catches obvious slips.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Where a handler's issue path points in this form. */
const ISSUE_FIELDS: Record<string, Field> = {
  name: 'name',
  'firstInvoice.number': 'number',
  'firstInvoice.amount': 'amount',
  'firstInvoice.currency': 'currency',
  'firstInvoice.dueDate': 'dueDate',
  'firstInvoice.issueDate': 'issueDate',
};

function fieldOfIssue(issue: HandlerIssue): Field | undefined {
  if (issue.path.startsWith('emails')) return 'email';
  return ISSUE_FIELDS[issue.path];
}

export function TrackDebtorForm({ email, name, defaults, onSubmit, onCancel }: TrackDebtorFormProps) {
  const { t, locale } = useUi('TrackDebtorForm');
  const titleId = useId();
  const [debtorName, setDebtorName] = useState(name.trim() || email.split('@')[0] || '');
  const [address, setAddress] = useState(email);
  const [number, setNumber] = useState('');
  const [amountText, setAmountText] = useState('');
  const [currency, setCurrency] = useState(defaults.currency);
  const [dueDate, setDueDate] = useState('');
  const [issueDate, setIssueDate] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [tracked, setTracked] = useState<string | null>(null);
  const running = useRef(false);

  const currencies = [...new Set([defaults.currency, ...COMMON_CURRENCIES])];

  const validate = () => {
    const amount = readAmount(amountText, currency, locale);
    const found: Errors = {};
    if (debtorName.trim() === '') found.name = t('common.required');
    if (!EMAIL_SHAPE.test(address.trim())) found.email = t('form.emailInvalid');
    if (number.trim() === '') found.number = t('common.required');
    if (!isCurrencyCode(currency)) found.currency = t('form.currencyInvalid');
    else if (!amount.ok) found.amount = t(amount.messageKey, amount.values);
    if (dueDate === '') found.dueDate = t('form.dateRequired');
    if (issueDate !== '' && dueDate !== '' && issueDate > dueDate) found.issueDate = t('form.issueAfterDue');
    return { found, amount };
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (running.current) return;
    const { found, amount } = validate();
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0 || !amount.ok) {
      setFormError(t('form.fixErrors'));
      return;
    }
    const input: TrackDebtorInput = {
      name: debtorName.trim(),
      emails: [address.trim()],
      locale: defaults.locale,
      timeZone: defaults.timeZone,
      firstInvoice: {
        number: number.trim(),
        currency,
        amount: amount.amount,
        dueDate,
        ...(issueDate === '' ? {} : { issueDate }),
      },
    };
    running.current = true;
    setBusy(true);
    try {
      const result = await onSubmit(input);
      if (result.ok) setTracked(input.name);
      else {
        const fromIssues: Errors = {};
        for (const issue of result.error.issues ?? []) {
          const field = fieldOfIssue(issue);
          if (field && !fromIssues[field]) fromIssues[field] = issueText(t, issue);
        }
        if (result.error.code === 'email-taken') fromIssues.email = errorText(t, result.error);
        setErrors(fromIssues);
        setFormError(errorText(t, result.error));
      }
    } catch {
      setFormError(t('common.somethingWentWrong'));
    } finally {
      running.current = false;
      setBusy(false);
    }
  };

  return (
    <div className="cobro">
      <form
        className="cobro-track"
        data-cobro="track-form"
        aria-labelledby={titleId}
        aria-busy={busy}
        noValidate
        onSubmit={submit}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onCancel();
          }
        }}
      >
        <h2 id={titleId}>{t('track.title', { email })}</h2>
        <p className="cobro-muted">{t('track.intro')}</p>
        <TextField label={t('track.debtorName')} value={debtorName} onChange={setDebtorName} error={errors.name} maxLength={200} required />
        <TextField label={t('common.email')} type="email" value={address} onChange={setAddress} error={errors.email} maxLength={320} required />
        <fieldset className="cobro-group">
          <legend>{t('track.firstInvoice')}</legend>
          <TextField label={t('track.invoiceNumber')} value={number} onChange={setNumber} error={errors.number} maxLength={60} required />
          <div className="cobro-row">
            <TextField
              label={t('track.invoiceAmount')}
              value={amountText}
              onChange={setAmountText}
              error={errors.amount}
              inputMode="decimal"
              required
            />
            <SelectField
              label={t('common.currency')}
              value={currency}
              options={currencies.map((code) => ({ value: code, label: code }))}
              onChange={setCurrency}
              error={errors.currency}
            />
          </div>
          <div className="cobro-row">
            <TextField label={t('track.dueDate')} type="date" value={dueDate} onChange={setDueDate} error={errors.dueDate} required />
            <TextField
              label={`${t('track.issueDate')} (${t('common.optional')})`}
              type="date"
              value={issueDate}
              onChange={setIssueDate}
              error={errors.issueDate}
            />
          </div>
        </fieldset>
        {formError ? (
          <p role="alert" className="cobro-form-error">
            {formError}
          </p>
        ) : null}
        <p role="status" className="cobro-saved">
          {tracked === null ? '' : t('track.done', { name: tracked })}
        </p>
        <div className="cobro-buttons">
          <button type="submit" className="cobro-primary" disabled={busy}>
            {busy ? t('form.saving') : t('track.submit')}
          </button>
          <button type="button" onClick={() => onCancel()}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
