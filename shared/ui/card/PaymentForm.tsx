// Record a payment received: amount, currency, date, how it was paid.
import { useState } from 'react';
import { useUi } from '../context';
import { SelectField, TextField } from '../fields';
import { readAmount } from '../amount-input';
import { ActionForm } from './ActionForm';
import { optionalText } from './actions';
import { hasErrors, owedCurrencies, type FieldErrors, type QuickFormProps } from './form-support';
import { useAction } from './use-action';

type Field = 'amount' | 'date';

export function PaymentForm({ detail, actions, onDone, onCancel }: QuickFormProps) {
  const { t, locale } = useUi('PaymentForm');
  const runner = useAction(t);
  const currencies = owedCurrencies(detail);
  const [currency, setCurrency] = useState(currencies[0] ?? '');
  const [amountText, setAmountText] = useState('');
  const [date, setDate] = useState(detail.status.today);
  const [method, setMethod] = useState('');
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
    const methodText = optionalText(method);
    const noteText = optionalText(note);
    const input = {
      amount: amount.amount,
      currency,
      date,
      ...(methodText === undefined ? {} : { method: methodText }),
      ...(noteText === undefined ? {} : { note: noteText }),
    };
    if (await runner.run(() => actions.recordPayment(input))) onDone();
  };

  return (
    <ActionForm
      title={t('action.recordPayment')}
      busy={runner.busy}
      error={runner.error ?? (hasErrors(errors) ? t('form.fixErrors') : null)}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <TextField label={t('common.amount')} value={amountText} onChange={setAmountText} inputMode="decimal" error={errors.amount} />
      <SelectField
        label={t('common.currency')}
        value={currency}
        options={currencies.map((code) => ({ value: code, label: code }))}
        onChange={setCurrency}
      />
      <TextField label={t('action.paymentDate')} type="date" value={date} onChange={setDate} error={errors.date} />
      <TextField label={t('action.paymentMethod')} value={method} onChange={setMethod} maxLength={60} />
      <TextField label={t('common.note')} value={note} onChange={setNote} multiline maxLength={500} />
    </ActionForm>
  );
}
