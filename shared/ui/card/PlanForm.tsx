// Start a payment plan: pick the invoices (one currency), split what they owe into N monthly
// installments, adjust dates and amounts by hand; the installments must add up exactly.
// `initial` starts it from what the debtor asked for: a number of installments, or so much each
// time (then every installment is that much but the last, which takes what is left).
import { useState } from 'react';
import type { IsoDate } from '../../dates';
import { formatMoney } from '../../money';
import { useUi } from '../context';
import { CheckboxList, SelectField, TextField } from '../fields';
import { amountInputText, readAmount } from '../amount-input';
import { addMonths, splitInstallments } from '../plan-split';
import { ActionForm } from './ActionForm';
import { hasErrors, unpaidInvoices, type FieldErrors, type QuickFormProps } from './form-support';
import { useAction } from './use-action';

const MAX_INSTALLMENTS = 120;
const DEFAULT_COUNT = 3;

interface Row {
  dueDate: IsoDate;
  amountText: string;
}

type RowErrors = FieldErrors<'dueDate' | 'amount'>;

function countOf(text: string): number | null {
  if (!/^\d{1,3}$/.test(text.trim())) return null;
  const count = Number(text.trim());
  return count >= 1 && count <= MAX_INSTALLMENTS ? count : null;
}

export interface PlanStart {
  /** The currency of the invoices to split; ignored when none of the open ones is in it. */
  currency?: string;
  /** How many installments. */
  count?: number;
  /** Or how much each (minor units of `currency`); `count` wins when both are given. */
  perInstallment?: number;
}

/** The installments' amounts for `start`, when it proposes anything readable for `total`. */
export function proposedAmounts(total: number, start: PlanStart): number[] | null {
  if (start.count !== undefined && countOf(String(start.count)) !== null) return null;
  const per = start.perInstallment;
  if (per === undefined || !Number.isSafeInteger(per) || per <= 0 || per >= total) return null;
  const count = Math.ceil(total / per);
  if (count > MAX_INSTALLMENTS) return null;
  return Array.from({ length: count }, (_, index) => (index < count - 1 ? per : total - per * (count - 1)));
}

export function PlanForm({ detail, actions, onDone, onCancel, initial = {} }: QuickFormProps & { initial?: PlanStart }) {
  const { t, locale } = useUi('PlanForm');
  const runner = useAction(t);
  const open = unpaidInvoices(detail).filter((invoice) => invoice.status === 'open');
  const currencies = [...new Set(open.map((invoice) => invoice.currency))].sort();

  const [currency, setCurrency] = useState(
    initial.currency !== undefined && currencies.includes(initial.currency) ? initial.currency : (currencies[0] ?? ''),
  );
  const [invoiceIds, setInvoiceIds] = useState(() => open.filter((i) => i.currency === currency).map((i) => i.id));
  const totalOf = (ids: readonly string[]) =>
    open.filter((invoice) => ids.includes(invoice.id)).reduce((sum, invoice) => sum + invoice.amount - invoice.paid, 0);
  // So much each time only makes sense in the currency it was said in.
  const proposed = initial.currency === currency ? proposedAmounts(totalOf(invoiceIds), initial) : null;
  const startCount = proposed?.length ?? (initial.count !== undefined && countOf(String(initial.count)) !== null ? initial.count : DEFAULT_COUNT);
  const [countText, setCountText] = useState(String(startCount));
  const [firstDate, setFirstDate] = useState(() => addMonths(detail.status.today, 1));
  const rowsFor = (ids: readonly string[], count: number | null, first: IsoDate, code: string): Row[] =>
    count === null || first === '' || code === ''
      ? []
      : splitInstallments(totalOf(ids), count, first).map((item) => ({
          dueDate: item.dueDate,
          amountText: amountInputText(item.amount, code, locale),
        }));
  const [rows, setRows] = useState<Row[]>(() =>
    proposed
      ? proposed.map((amount, index) => ({ dueDate: addMonths(firstDate, index), amountText: amountInputText(amount, currency, locale) }))
      : rowsFor(invoiceIds, startCount, firstDate, currency),
  );
  const [errors, setErrors] = useState<FieldErrors<'invoices' | 'count'>>({});
  const [rowErrors, setRowErrors] = useState<RowErrors[]>([]);
  const [mismatch, setMismatch] = useState<string | null>(null);

  const total = totalOf(invoiceIds);
  const money = (amount: number) => (currency === '' ? '' : formatMoney({ currency, amount }, locale));
  const readings = rows.map((row) => readAmount(row.amountText, currency, locale));
  const sum = readings.reduce((acc, reading) => acc + (reading.ok ? reading.amount : 0), 0);

  // Changing what is split re-splits it; edits to single rows last until then.
  const resplit = (ids: string[], count: string, first: IsoDate, code: string) => {
    setRows(rowsFor(ids, countOf(count), first, code));
    setRowErrors([]);
    setMismatch(null);
  };
  const changeCurrency = (code: string) => {
    const ids = open.filter((invoice) => invoice.currency === code).map((invoice) => invoice.id);
    setCurrency(code);
    setInvoiceIds(ids);
    resplit(ids, countText, firstDate, code);
  };
  const changeRow = (index: number, patch: Partial<Row>) =>
    setRows((current) => current.map((row, at) => (at === index ? { ...row, ...patch } : row)));

  const submit = async () => {
    const count = countOf(countText);
    const found: FieldErrors<'invoices' | 'count'> = {
      invoices: invoiceIds.length === 0 ? t('plan.noInvoices') : undefined,
      count: count === null ? t('plan.countRange') : undefined,
    };
    const perRow: RowErrors[] = rows.map((row, index) => {
      const reading = readings[index];
      const previous = rows[index - 1];
      return {
        dueDate:
          row.dueDate === ''
            ? t('form.dateRequired')
            : previous && previous.dueDate !== '' && row.dueDate <= previous.dueDate
              ? t('plan.datesOrder')
              : undefined,
        amount: reading && !reading.ok ? t(reading.messageKey, reading.values) : undefined,
      };
    });
    const rowsValid = rows.length > 0 && perRow.every((item) => !hasErrors(item));
    const totalsMatch = sum === total;
    setErrors(found);
    setRowErrors(perRow);
    setMismatch(rowsValid && !totalsMatch ? t('plan.totalMismatch', { sum: money(sum), total: money(total) }) : null);
    if (hasErrors(found) || !rowsValid || !totalsMatch) return;
    const installments = rows.map((row, index) => {
      const reading = readings[index];
      return { dueDate: row.dueDate, amount: reading && reading.ok ? reading.amount : 0 };
    });
    if (await runner.run(() => actions.startPlan({ installments, invoiceIds }))) onDone();
  };

  if (open.length === 0) {
    return (
      <div className="cobro-action-form">
        <p>{t('plan.nothingOwed')}</p>
        <div className="cobro-buttons">
          <button type="button" onClick={onCancel}>
            {t('common.close')}
          </button>
        </div>
      </div>
    );
  }

  const fieldProblems = hasErrors(errors) || rowErrors.some(hasErrors);
  return (
    <ActionForm
      title={t('action.startPlan')}
      busy={runner.busy}
      error={runner.error ?? mismatch ?? (fieldProblems ? t('form.fixErrors') : null)}
      onSubmit={submit}
      onCancel={onCancel}
    >
      {currencies.length > 1 ? (
        <SelectField
          label={t('plan.currency')}
          value={currency}
          options={currencies.map((code) => ({ value: code, label: code }))}
          onChange={changeCurrency}
        />
      ) : null}
      <CheckboxList
        legend={t('plan.invoices')}
        options={open
          .filter((invoice) => invoice.currency === currency)
          .map((invoice) => ({ value: invoice.id, label: `${invoice.number} · ${money(invoice.amount - invoice.paid)}` }))}
        selected={invoiceIds}
        onChange={(ids) => {
          setInvoiceIds(ids);
          resplit(ids, countText, firstDate, currency);
        }}
        error={errors.invoices}
      />
      <div className="cobro-row">
        <TextField
          label={t('plan.count')}
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_INSTALLMENTS}
          value={countText}
          onChange={(text) => {
            setCountText(text);
            resplit(invoiceIds, text, firstDate, currency);
          }}
          error={errors.count}
        />
        <TextField
          label={t('plan.firstDate')}
          type="date"
          value={firstDate}
          onChange={(date) => {
            setFirstDate(date);
            resplit(invoiceIds, countText, date, currency);
          }}
        />
      </div>
      <ol className="cobro-installments">
        {rows.map((row, index) => (
          <li key={index} className="cobro-row">
            <TextField
              label={t('plan.installmentDate', { number: index + 1 })}
              type="date"
              value={row.dueDate}
              onChange={(dueDate) => changeRow(index, { dueDate })}
              error={rowErrors[index]?.dueDate}
            />
            <TextField
              label={t('plan.installmentAmount', { number: index + 1 })}
              inputMode="decimal"
              value={row.amountText}
              onChange={(amountText) => changeRow(index, { amountText })}
              error={rowErrors[index]?.amount}
            />
          </li>
        ))}
      </ol>
      <p className={sum === total ? 'cobro-plan-total' : 'cobro-plan-total cobro-plan-total-off'}>
        {t('plan.total', { sum: money(sum), total: money(total) })}
      </p>
    </ActionForm>
  );
}
