// Record a payment received: amount, currency, date, how it was paid. `initial` starts it from
// what was said ("we paid 480 € yesterday").
import { useState } from 'react';
import { useUi } from '../context';
import { TextField } from '../fields';
import { ActionForm } from './ActionForm';
import { optionalText } from './actions';
import { hasErrors, type MoneyStart, type QuickFormProps } from './form-support';
import { MoneyFields, useAmountOnDay } from './MoneyFields';
import { useAction } from './use-action';

export function PaymentForm({ detail, actions, onDone, onCancel, initial = {} }: QuickFormProps & { initial?: MoneyStart }) {
  const { t } = useUi('PaymentForm');
  const runner = useAction(t);
  const money = useAmountOnDay(detail, undefined, initial);
  const [method, setMethod] = useState('');
  const [note, setNote] = useState(initial.note ?? '');

  const submit = async () => {
    const amount = money.check();
    if (amount === null) return;
    const methodText = optionalText(method);
    const noteText = optionalText(note);
    const input = {
      amount,
      currency: money.currency,
      date: money.date,
      ...(methodText === undefined ? {} : { method: methodText }),
      ...(noteText === undefined ? {} : { note: noteText }),
    };
    if (await runner.run(() => actions.recordPayment(input))) onDone();
  };

  return (
    <ActionForm
      title={t('action.recordPayment')}
      busy={runner.busy}
      error={runner.error ?? (hasErrors(money.errors) ? t('form.fixErrors') : null)}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <MoneyFields amountLabel={t('common.amount')} {...money.fields} />
      <TextField label={t('action.paymentDate')} type="date" value={money.date} onChange={money.setDate} error={money.errors.date} />
      <TextField label={t('action.paymentMethod')} value={method} onChange={setMethod} maxLength={60} />
      <TextField label={t('common.note')} value={note} onChange={setNote} multiline maxLength={500} />
    </ActionForm>
  );
}
