// What every quick-action form receives, and the small readings they share.
import type { IsoDate } from '../../dates';
import type { HandlerOutput } from '../../ledger/api';
import { readAmount } from '../amount-input';
import type { Translate } from '../../i18n/translate';
import type { DebtorActions } from './actions';

export type DebtorDetail = HandlerOutput<'debtor-get'>;

export interface QuickFormProps {
  detail: DebtorDetail;
  actions: DebtorActions;
  /** The callback succeeded: close the form and say so. */
  onDone(): void;
  onCancel(): void;
}

/**
 * Where a money form starts when something already said it (a reply read by Cobro): amount in
 * minor units of `currency`, the day, a note. Absent fields keep the form's own defaults; a
 * currency the debtor does not owe in is ignored, and its amount with it.
 */
export interface MoneyStart {
  amount?: number;
  currency?: string;
  date?: IsoDate;
  note?: string;
}

export type FieldErrors<K extends string> = Partial<Record<K, string>>;

export function hasErrors(errors: FieldErrors<string>): boolean {
  return Object.values(errors).some((message) => message !== undefined);
}

/** Currencies the debtor owes in, or the first invoice's when nothing is owed. */
export function owedCurrencies(detail: DebtorDetail): string[] {
  const owed = detail.status.outstanding.map((money) => money.currency);
  if (owed.length > 0) return owed;
  const first = detail.invoices[0];
  return first ? [first.currency] : [];
}

export function owedIn(detail: DebtorDetail, currency: string): number {
  return detail.status.outstanding.find((money) => money.currency === currency)?.amount ?? 0;
}

/** Invoices with something still owed, oldest due first (the card's order). */
export function unpaidInvoices(detail: DebtorDetail) {
  return detail.invoices.filter((invoice) => (invoice.status === 'open' || invoice.status === 'disputed') && invoice.paid < invoice.amount);
}

/** An amount of money on a day (a payment, a promise): the errors to show, and the amount when both read. */
export function checkAmountOnDay(
  t: Translate,
  locale: string,
  amountText: string,
  currency: string,
  date: string,
): { errors: FieldErrors<'amount' | 'date'>; amount: number | null } {
  const amount = readAmount(amountText, currency, locale);
  const errors: FieldErrors<'amount' | 'date'> = {
    amount: amount.ok ? undefined : t(amount.messageKey, amount.values),
    date: date === '' ? t('form.dateRequired') : undefined,
  };
  return { errors, amount: amount.ok && !hasErrors(errors) ? amount.amount : null };
}
