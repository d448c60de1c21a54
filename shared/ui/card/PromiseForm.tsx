// Record a promise to pay: how much, in which currency, by when.
import { useState } from 'react';
import { useUi } from '../context';
import { SelectField, TextField } from '../fields';
import { amountInputText, readAmount } from '../amount-input';
import { ActionForm } from './ActionForm';
import { optionalText } from './actions';
import { hasErrors, owedCurrencies, owedIn, type FieldErrors, type QuickFormProps } from './form-support';
import { useAction } from './use-action';

type Field = 'amount' | 'date';

export function PromiseForm({ detail, actions, onDone, onCancel }: QuickFormProps) {
  const { t, locale } = useUi('PromiseForm');
  const runner = useAction(t);
  const currencies = owedCurrencies(detail);
  const [currency, setCurrency] = useState(currencies[0] ?? '');
  const [amountText, setAmountText] = useState(() => {
    const owed = owedIn(detail, currency);
    return owed > 0 ? amountInputText(owed, currency, locale) : '';
  });
  const [date, setDate] = useState(detail.status.today);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});

  const submit = async () => {
    const amount = readAmount(amountText, currency, locale);
    const found: FieldErrors<Field> = {
      amount: amount.ok ? undefined : t(amount.messageKey, amount.values),
      date: date === '' ? t('form.dateRequired') : undefined,
    };
    setErrors(found);
    if (hasErrors(found) || !amount.ok) return;
    const text = optionalText(note);
    const input = { amount: amount.amount, currency, date, ...(text === undefined ? {} : { note: text }) };
    if (await runner.run(() => actions.recordPromise(input))) onDone();
  };

  return (
    <ActionForm
      title={t('action.recordPromise')}
      busy={runner.busy}
      error={runner.error ?? (hasErrors(errors) ? t('form.fixErrors') : null)}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <TextField label={t('action.promiseAmount')} value={amountText} onChange={setAmountText} inputMode="decimal" error={errors.amount} />
      <SelectField
        label={t('common.currency')}
        value={currency}
        options={currencies.map((code) => ({ value: code, label: code }))}
        onChange={setCurrency}
      />
      <TextField label={t('action.promiseDate')} type="date" value={date} onChange={setDate} error={errors.date} />
      <TextField label={t('common.note')} value={note} onChange={setNote} multiline maxLength={500} />
    </ActionForm>
  );
}
