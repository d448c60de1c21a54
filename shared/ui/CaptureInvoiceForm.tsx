// Adding an invoice an invoicing tool's page showed and Cobro does not know. The fields start
// from what the page said (shared/sites/capture-draft.ts) and the user checks them: nothing is
// written until they confirm, nothing is sent while a field is wrong, and a currency the page
// did not make certain is left for them to choose. Every page string is shown as text.
import { useId, useRef, useState, type FormEvent } from 'react';
import type { HandlerInput, Result } from '../ledger/api';
import type { HandlerIssue } from '../ledger/errors';
import { DOLLAR_CURRENCIES, symbolFits } from '../import/amount-cells';
import { isCurrencyCode } from '../money';
import type { InvoiceCaptured } from '../sites/handlers';
import { draftFromPage, type CaptureDraft, type CurrencyNote } from '../sites/capture-draft';
import type { Translate } from '../i18n/translate';
import { useUi } from './context';
import { SelectField, TextField } from './fields';
import { readAmount } from './amount-input';
import { errorText, issueText } from './format';
import { currencyName } from './places';

export type CaptureInvoiceInput = HandlerInput<'invoice-capture'>;

export interface CaptureInvoiceFormProps {
  /** What the page showed. */
  draft: CaptureDraft;
  /** Who the invoice is added to when the page's address belongs to a customer Cobro has. */
  existing?: { id: string; name: string } | undefined;
  defaults: { currency: string; locale: string; timeZone: string };
  /** Which reader saw the invoice: the tool's id ('invoice-ninja') or 'page' for the generic scanner. */
  format: string;
  /** The tool's own name ("Invoice Ninja"); without it the form says "this page". */
  toolName?: string | undefined;
  onSubmit(input: CaptureInvoiceInput): Promise<Result<InvoiceCaptured>>;
  onCancel(): void;
}

type Field = 'customer' | 'email' | 'number' | 'amount' | 'currency' | 'paid' | 'dueDate' | 'issueDate';
type Errors = Partial<Record<Field, string>>;

/** Currencies small businesses in Spain and Latin America bill in most (as TrackDebtorForm offers). */
const COMMON_CURRENCIES = ['EUR', 'USD', 'GBP', 'MXN', 'COP', 'ARS', 'CLP', 'PEN', 'GTQ', 'DOP', 'UYU', 'CRC'];
const YEN_CURRENCIES = ['JPY', 'CNY'];

// Deliberately loose: the ledger validates addresses; this only catches obvious slips.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Where a handler's issue path points in this form. */
const ISSUE_FIELDS: Record<string, Field> = {
  'debtor.name': 'customer',
  'invoice.number': 'number',
  'invoice.amount': 'amount',
  'invoice.currency': 'currency',
  'invoice.paid': 'paid',
  'invoice.dueDate': 'dueDate',
  'invoice.issueDate': 'issueDate',
};

function fieldOfIssue(issue: HandlerIssue): Field | undefined {
  if (issue.path.startsWith('debtor.emails')) return 'email';
  return ISSUE_FIELDS[issue.path];
}

/** The currencies offered: those a bare symbol may be, or the page's and the usual ones. */
function currencyChoices(note: CurrencyNote | null, start: string | null, fallback: string): string[] {
  if (note?.kind === 'symbol') {
    const written = note.symbol === '$' ? [fallback, ...DOLLAR_CURRENCIES] : YEN_CURRENCIES;
    return [...new Set(written.filter((code) => symbolFits(note.symbol, code)))];
  }
  return [...new Set([...(start ? [start] : []), fallback, ...COMMON_CURRENCIES])];
}

function currencyNoteText(t: Translate, note: CurrencyNote | null): string | undefined {
  if (note === null) return undefined;
  if (note.kind === 'symbol') return t('capture.currencySymbol', { symbol: note.symbol });
  if (note.kind === 'unnamed') return t('capture.currencyUnnamed');
  return t('capture.currencyUnclear', { written: note.written });
}

/** Already paid: empty or zero is nothing; otherwise an exact amount, as the amount is read. */
function readPaid(text: string, currency: string, locale: string): { ok: true; amount: number } | { ok: false; messageKey: Parameters<Translate>[0]; values?: Record<string, string> } {
  if (/^[\s0.,]*$/.test(text)) return { ok: true, amount: 0 };
  const reading = readAmount(text, currency, locale);
  return reading.ok ? reading : { ok: false, messageKey: reading.messageKey, ...(reading.values ? { values: reading.values } : {}) };
}

export function CaptureInvoiceForm({ draft, existing, defaults, format, toolName, onSubmit, onCancel }: CaptureInvoiceFormProps) {
  const { t, locale } = useUi('CaptureInvoiceForm');
  const titleId = useId();
  const [start] = useState(() => draftFromPage(draft, { uiLocale: locale, defaultCurrency: defaults.currency }));
  const [customer, setCustomer] = useState(start.customer);
  const [address, setAddress] = useState(start.email);
  const [number, setNumber] = useState(start.number);
  const [amountText, setAmountText] = useState(start.amountText);
  const [currency, setCurrency] = useState(start.currency ?? '');
  const [paidText, setPaidText] = useState(start.paidText);
  const [dueDate, setDueDate] = useState(start.dueDate);
  const [issueDate, setIssueDate] = useState(start.issueDate);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [added, setAdded] = useState<{ number: string; name: string } | null>(null);
  const running = useRef(false);

  const choices = currencyChoices(start.currencyNote, start.currency, defaults.currency);
  const mustChoose = start.currency === null;
  const currencyOptions = [
    ...(mustChoose ? [{ value: '', label: t('capture.currencyChoose') }] : []),
    ...choices.map((code) => ({ value: code, label: currencyName(code, locale) })),
  ];

  const validate = () => {
    const found: Errors = {};
    const known = isCurrencyCode(currency);
    const amount = known ? readAmount(amountText, currency, locale) : null;
    const paid = known ? readPaid(paidText, currency, locale) : null;
    if (!existing) {
      if (customer.trim() === '') found.customer = t('common.required');
      if (address.trim() !== '' && !EMAIL_SHAPE.test(address.trim())) found.email = t('form.emailInvalid');
    }
    if (number.trim() === '') found.number = t('common.required');
    if (!known) found.currency = t('form.currencyInvalid');
    if (amount && !amount.ok) found.amount = t(amount.messageKey, amount.values);
    if (paid && !paid.ok) found.paid = t(paid.messageKey, paid.values);
    else if (paid?.ok && amount?.ok && paid.amount > amount.amount) found.paid = t('capture.paidOver');
    if (dueDate === '') found.dueDate = t('form.dateRequired');
    if (issueDate !== '' && dueDate !== '' && issueDate > dueDate) found.issueDate = t('form.issueAfterDue');
    const ok = Object.keys(found).length === 0 && amount?.ok === true && paid?.ok === true;
    return { found, values: ok ? { amount: amount.amount, paid: paid.amount } : null };
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (running.current) return;
    const { found, values } = validate();
    setErrors(found);
    setFormError(null);
    if (values === null) {
      setFormError(t('form.fixErrors'));
      return;
    }
    const email = address.trim();
    const input: CaptureInvoiceInput = {
      debtor: existing
        ? { id: existing.id }
        : { name: customer.trim(), emails: email === '' ? [] : [email], locale: defaults.locale, timeZone: defaults.timeZone },
      invoice: {
        number: number.trim(),
        currency,
        amount: values.amount,
        paid: values.paid,
        dueDate,
        ...(issueDate === '' ? {} : { issueDate }),
      },
      source: { format },
    };
    running.current = true;
    setBusy(true);
    try {
      const result = await onSubmit(input);
      if (result.ok) setAdded({ number: result.value.invoice.number, name: result.value.debtor.name });
      else {
        const fromIssues: Errors = {};
        for (const issue of result.error.issues ?? []) {
          const field = fieldOfIssue(issue);
          if (field && !fromIssues[field]) fromIssues[field] = issueText(t, issue);
        }
        if (result.error.code === 'email-taken') fromIssues.email = errorText(t, result.error);
        setErrors(fromIssues);
        // A rule the ledger names says more than the code ("already has an invoice numbered…").
        const named = result.error.issues?.find((issue) => issue.rule === 'number-taken');
        setFormError(named ? issueText(t, named) : errorText(t, result.error));
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
        data-cobro="capture-form"
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
        <h2 id={titleId}>{t('capture.title')}</h2>
        <p className="cobro-notice">{toolName ? t('capture.from', { tool: toolName }) : t('capture.fromPage')}</p>
        {existing ? (
          <p data-cobro="capture-existing">{t('capture.addsTo', { name: existing.name })}</p>
        ) : (
          <>
            <TextField label={t('capture.customer')} value={customer} onChange={setCustomer} error={errors.customer} maxLength={200} required />
            <TextField
              label={t('capture.email')}
              type="email"
              value={address}
              onChange={setAddress}
              error={errors.email}
              hint={address.trim() === '' ? t('capture.noEmail') : undefined}
              maxLength={320}
            />
          </>
        )}
        <fieldset className="cobro-group">
          <legend>{t('capture.invoice')}</legend>
          <TextField label={t('capture.number')} value={number} onChange={setNumber} error={errors.number} maxLength={60} required />
          <div className="cobro-row">
            <TextField label={t('capture.amount')} value={amountText} onChange={setAmountText} error={errors.amount} inputMode="decimal" required />
            <SelectField
              label={t('capture.currency')}
              value={currency}
              options={currencyOptions}
              onChange={setCurrency}
              error={errors.currency}
              hint={currencyNoteText(t, start.currencyNote)}
            />
          </div>
          <TextField
            label={t('capture.paid')}
            value={paidText}
            onChange={setPaidText}
            error={errors.paid}
            hint={t('capture.paidHint')}
            inputMode="decimal"
          />
          <div className="cobro-row">
            <TextField
              label={t('capture.dueDate')}
              type="date"
              value={dueDate}
              onChange={setDueDate}
              error={errors.dueDate}
              hint={start.dueDate === '' ? t('capture.dueMissing') : undefined}
              required
            />
            <TextField label={t('capture.issueDate')} type="date" value={issueDate} onChange={setIssueDate} error={errors.issueDate} />
          </div>
        </fieldset>
        {formError ? (
          <p role="alert" className="cobro-form-error">
            {formError}
          </p>
        ) : null}
        <p role="status" className="cobro-saved">
          {added === null ? '' : t('capture.done', added)}
        </p>
        <div className="cobro-buttons">
          <button type="submit" className="cobro-primary" disabled={busy || added !== null}>
            {busy ? t('form.saving') : t('capture.submit')}
          </button>
          <button type="button" onClick={() => onCancel()}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
