// An amount typed in the user's way of writing numbers, the currency it is in (one of those the
// debtor owes in) and its day: what a payment and a promise both ask for, and their check.
import { useState } from 'react';
import { useUi } from '../context';
import { SelectField, TextField } from '../fields';
import { amountInputText } from '../amount-input';
import { checkAmountOnDay, owedCurrencies, type DebtorDetail, type FieldErrors, type MoneyStart } from './form-support';

export interface MoneyFieldsProps {
  amountLabel: string;
  amountText: string;
  onAmountText(text: string): void;
  currency: string;
  currencies: readonly string[];
  onCurrency(code: string): void;
  error: string | undefined;
}

export function MoneyFields({ amountLabel, amountText, onAmountText, currency, currencies, onCurrency, error }: MoneyFieldsProps) {
  const { t } = useUi('MoneyFields');
  return (
    <>
      <TextField label={amountLabel} value={amountText} onChange={onAmountText} inputMode="decimal" error={error} />
      <SelectField label={t('common.currency')} value={currency} options={currencies.map((code) => ({ value: code, label: code }))} onChange={onCurrency} />
    </>
  );
}

export interface AmountOnDay {
  /** For <MoneyFields>, all but its label. */
  fields: Omit<MoneyFieldsProps, 'amountLabel'>;
  currency: string;
  date: string;
  setDate(date: string): void;
  errors: FieldErrors<'amount' | 'date'>;
  /** Checks the fields and shows what is wrong; the amount in minor units, or null. */
  check(): number | null;
}

/**
 * The state of an amount on a day, starting in the first currency owed, on the debtor's today,
 * unless `start` says otherwise.
 */
export function useAmountOnDay(
  detail: DebtorDetail,
  initialAmount: (currency: string) => string = () => '',
  start: MoneyStart = {},
): AmountOnDay {
  const { t, locale } = useUi('useAmountOnDay');
  const currencies = owedCurrencies(detail);
  const startCurrency = start.currency !== undefined && currencies.includes(start.currency) ? start.currency : undefined;
  const [currency, setCurrency] = useState(startCurrency ?? currencies[0] ?? '');
  const [amountText, setAmountText] = useState(() =>
    startCurrency !== undefined && start.amount !== undefined ? amountInputText(start.amount, startCurrency, locale) : initialAmount(currency),
  );
  const [date, setDate] = useState<string>(start.date ?? detail.status.today);
  const [errors, setErrors] = useState<FieldErrors<'amount' | 'date'>>({});
  return {
    fields: { amountText, onAmountText: setAmountText, currency, currencies, onCurrency: setCurrency, error: errors.amount },
    currency,
    date,
    setDate,
    errors,
    check() {
      const { errors: found, amount } = checkAmountOnDay(t, locale, amountText, currency, date);
      setErrors(found);
      return amount;
    },
  };
}
