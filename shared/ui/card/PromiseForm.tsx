// Record a promise to pay: how much, in which currency, by when.
import { useState } from 'react';
import { useUi } from '../context';
import { TextField } from '../fields';
import { amountInputText } from '../amount-input';
import { ActionForm } from './ActionForm';
import { optionalText } from './actions';
import { checkAmountOnDay, hasErrors, owedCurrencies, owedIn, type FieldErrors, type QuickFormProps } from './form-support';
import { MoneyFields } from './MoneyFields';
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
    const { errors: found, amount } = checkAmountOnDay(t, locale, amountText, currency, date);
    setErrors(found);
    if (amount === null) return;
    const text = optionalText(note);
    const input = { amount, currency, date, ...(text === undefined ? {} : { note: text }) };
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
      <MoneyFields
        amountLabel={t('action.promiseAmount')}
        amountText={amountText}
        onAmountText={setAmountText}
        currency={currency}
        currencies={currencies}
        onCurrency={setCurrency}
        error={errors.amount}
      />
      <TextField label={t('action.promiseDate')} type="date" value={date} onChange={setDate} error={errors.date} />
      <TextField label={t('common.note')} value={note} onChange={setNote} multiline maxLength={500} />
    </ActionForm>
  );
}
