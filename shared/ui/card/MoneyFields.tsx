// An amount typed in the user's way of writing numbers, and the currency it is in (one of those
// the debtor owes in): what a payment and a promise both ask for.
import { useUi } from '../context';
import { SelectField, TextField } from '../fields';

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
