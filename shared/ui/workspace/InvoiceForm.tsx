// Adding an invoice to a debtor, or correcting one (its number, amount or dates). The amount is
// read exactly into minor units; the ledger's refusals (a number already used) land on their field.
import { Modal } from './Modal';
import { useState, type FormEvent } from 'react';
import type { HandlerError, Result } from '../../ledger/api';
import type { Invoice } from '../../ledger/schema';
import { isCurrencyCode } from '../../money';
import { amountInputText, readAmount } from '../amount-input';
import { useUi } from '../context';
import { TextField } from '../fields';
import { errorText, issueText } from '../format';
import { FormButtons } from '../form-buttons';

export interface InvoiceFields {
  number: string;
  currency: string;
  amount: number;
  issueDate: string | null;
  dueDate: string;
}

export interface InvoiceFormProps {
  /** Absent: a new invoice. */
  invoice?: Invoice;
  defaultCurrency: string;
  onSubmit(fields: InvoiceFields): Promise<Result<unknown>>;
  onCancel(): void;
}

type Field = 'number' | 'currency' | 'amount' | 'issueDate' | 'dueDate' | 'form';
type Errors = Partial<Record<Field, string>>;

function errorsFrom(t: ReturnType<typeof useUi>['t'], error: HandlerError): Errors {
  const found: Errors = {};
  for (const issue of error.issues ?? []) {
    const field = issue.path.replace(/^patch\./, '') as Field;
    if (['number', 'currency', 'amount', 'issueDate', 'dueDate'].includes(field)) found[field] = issueText(t, issue);
  }
  if (error.code === 'conflict' && !found.number) found.number = t('ws.invoiceForm.numberTaken');
  if (Object.keys(found).length === 0) found.form = errorText(t, error);
  return found;
}

export function InvoiceForm({ invoice, defaultCurrency, onSubmit, onCancel }: InvoiceFormProps) {
  const { t, locale } = useUi('InvoiceForm');
  const [number, setNumber] = useState(invoice?.number ?? '');
  const [currency, setCurrency] = useState(invoice?.currency ?? defaultCurrency);
  const [amountText, setAmountText] = useState(invoice ? amountInputText(invoice.amount, invoice.currency, locale) : '');
  const [issueDate, setIssueDate] = useState(invoice?.issueDate ?? '');
  const [dueDate, setDueDate] = useState(invoice?.dueDate ?? '');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const currencyLocked = invoice !== undefined && invoice.paid > 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const code = currency.trim().toUpperCase();
    const found: Errors = {};
    if (number.trim() === '') found.number = t('common.required');
    if (!isCurrencyCode(code)) found.currency = t('form.currencyInvalid');
    const amount = isCurrencyCode(code) ? readAmount(amountText, code, locale) : null;
    if (amount && !amount.ok) found.amount = t(amount.messageKey, amount.values);
    if (dueDate === '') found.dueDate = t('form.dateRequired');
    if (issueDate !== '' && dueDate !== '' && issueDate > dueDate) found.issueDate = t('form.issueAfterDue');
    setErrors(found);
    if (Object.keys(found).length > 0 || !amount?.ok) return;
    setBusy(true);
    try {
      const result = await onSubmit({ number: number.trim(), currency: code, amount: amount.amount, issueDate: issueDate || null, dueDate });
      if (!result.ok) setErrors(errorsFrom(t, result.error));
    } catch {
      setErrors({ form: t('common.somethingWentWrong') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title={invoice ? t('ws.invoiceForm.editTitle', { number: invoice.number }) : t('ws.invoiceForm.newTitle')}
      onClose={onCancel}
      initialFocus={(element) => element.querySelector<HTMLElement>('input')}
    >
      <form noValidate onSubmit={(event) => void submit(event)} aria-busy={busy || undefined}>
        <div className="cobro-row">
          <TextField label={t('track.invoiceNumber')} value={number} onChange={setNumber} error={errors.number} required maxLength={60} />
          {currencyLocked ? (
            <TextField label={t('common.currency')} value={currency} onChange={() => undefined} hint={t('ws.invoiceForm.currencyLocked')} />
          ) : (
            <TextField label={t('common.currency')} value={currency} onChange={setCurrency} error={errors.currency} maxLength={3} />
          )}
          <TextField label={t('track.invoiceAmount')} value={amountText} onChange={setAmountText} error={errors.amount} inputMode="decimal" required />
        </div>
        <div className="cobro-row">
          <TextField label={t('track.issueDate')} type="date" value={issueDate} onChange={setIssueDate} error={errors.issueDate} />
          <TextField label={t('track.dueDate')} type="date" value={dueDate} onChange={setDueDate} error={errors.dueDate} required />
        </div>
        <FormButtons error={errors.form} busy={busy} onCancel={onCancel} />
      </form>
    </Modal>
  );
}
