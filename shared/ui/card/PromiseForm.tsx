// Record a promise to pay: how much, in which currency, by when. `initial` starts it from what
// was said (a reply read by Cobro); the user still checks and saves it.
import { useState } from 'react';
import { useUi } from '../context';
import { TextField } from '../fields';
import { amountInputText } from '../amount-input';
import { ActionForm } from './ActionForm';
import { optionalText } from './actions';
import { hasErrors, owedIn, type MoneyStart, type QuickFormProps } from './form-support';
import { MoneyFields, useAmountOnDay } from './MoneyFields';
import { useAction } from './use-action';

export function PromiseForm({ detail, actions, onDone, onCancel, initial = {} }: QuickFormProps & { initial?: MoneyStart }) {
  const { t, locale } = useUi('PromiseForm');
  const runner = useAction(t);
  // What they owe in that currency, as a start: a promise is usually for all of it.
  const money = useAmountOnDay(detail, (currency) => {
    const owed = owedIn(detail, currency);
    return owed > 0 ? amountInputText(owed, currency, locale) : '';
  }, initial);
  const [note, setNote] = useState(initial.note ?? '');

  const submit = async () => {
    const amount = money.check();
    if (amount === null) return;
    const text = optionalText(note);
    const input = { amount, currency: money.currency, date: money.date, ...(text === undefined ? {} : { note: text }) };
    if (await runner.run(() => actions.recordPromise(input))) onDone();
  };

  return (
    <ActionForm
      title={t('action.recordPromise')}
      busy={runner.busy}
      error={runner.error ?? (hasErrors(money.errors) ? t('form.fixErrors') : null)}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <MoneyFields amountLabel={t('action.promiseAmount')} {...money.fields} />
      <TextField label={t('action.promiseDate')} type="date" value={money.date} onChange={money.setDate} error={money.errors.date} />
      <TextField label={t('common.note')} value={note} onChange={setNote} multiline maxLength={500} />
    </ActionForm>
  );
}
