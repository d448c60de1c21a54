// Record a payment received: amount, currency, date, how it was paid.
import { useState } from 'react';
import { useUi } from '../context';
import { TextField } from '../fields';
import { ActionForm } from './ActionForm';
import { optionalText } from './actions';
import { checkAmountOnDay, hasErrors, owedCurrencies, type FieldErrors, type QuickFormProps } from './form-support';
import { MoneyFields } from './MoneyFields';
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
    const { errors: found, amount } = checkAmountOnDay(t, locale, amountText, currency, date);
    setErrors(found);
    if (amount === null) return;
    const methodText = optionalText(method);
    const noteText = optionalText(note);
    const input = {
      amount,
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
      <MoneyFields
        amountLabel={t('common.amount')}
        amountText={amountText}
        onAmountText={setAmountText}
        currency={currency}
        currencies={currencies}
        onCurrency={setCurrency}
        error={errors.amount}
      />
      <TextField label={t('action.paymentDate')} type="date" value={date} onChange={setDate} error={errors.date} />
      <TextField label={t('action.paymentMethod')} value={method} onChange={setMethod} maxLength={60} />
      <TextField label={t('common.note')} value={note} onChange={setNote} multiline maxLength={500} />
    </ActionForm>
  );
}
