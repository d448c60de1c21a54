// An amount typed in the user's way of writing numbers, the currency it is in (one of those the
// debtor owes in) and its day: what a payment and a promise both ask for, and their check.
import { useState } from 'react';
import { useUi } from '../context';
import { SelectField, TextField } from '../fields';
import { checkAmountOnDay, owedCurrencies, type DebtorDetail, type FieldErrors } from './form-support';

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

/** The state of an amount on a day, starting in the first currency owed, on the debtor's today. */
export function useAmountOnDay(detail: DebtorDetail, initialAmount: (currency: string) => string = () => ''): AmountOnDay {
  const { t, locale } = useUi('useAmountOnDay');
  const currencies = owedCurrencies(detail);
  const [currency, setCurrency] = useState(currencies[0] ?? '');
  const [amountText, setAmountText] = useState(() => initialAmount(currency));
  const [date, setDate] = useState<string>(detail.status.today);
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
