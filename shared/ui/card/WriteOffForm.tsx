// Write off: the ladder's last step. The reason is required (it is what the claim file and the
// timeline will say), the invoices can be chosen (none ticked: all with something owed), and the
// sentence above the button says, before anything is written, whom Cobro stops chasing and for how much.
import { useState } from 'react';
import { useUi } from '../context';
import { CheckboxList, TextField } from '../fields';
import { formatAmounts } from '../format';
import { formatMoney, type Money } from '../../money';
import { ActionForm } from './ActionForm';
import { hasErrors, unpaidInvoices, type FieldErrors, type QuickFormProps } from './form-support';
import { useAction } from './use-action';

export function WriteOffForm({ detail, actions, onDone, onCancel }: QuickFormProps) {
  const { t, locale } = useUi('WriteOffForm');
  const runner = useAction(t);
  const [reason, setReason] = useState('');
  const [invoiceIds, setInvoiceIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldErrors<'reason'>>({});
  const unpaid = unpaidInvoices(detail);
  const chosen = invoiceIds.length > 0 ? unpaid.filter((invoice) => invoiceIds.includes(invoice.id)) : unpaid;
  const totals = new Map<string, number>();
  for (const invoice of chosen) totals.set(invoice.currency, (totals.get(invoice.currency) ?? 0) + invoice.amount - invoice.paid);
  const amounts: Money[] = [...totals].sort(([a], [b]) => a.localeCompare(b)).map(([currency, amount]) => ({ currency, amount }));

  const submit = async () => {
    const found = { reason: reason.trim() === '' ? t('common.required') : undefined };
    setErrors(found);
    if (hasErrors(found)) return;
    const input = invoiceIds.length > 0 ? { reason: reason.trim(), invoiceIds } : { reason: reason.trim() };
    if (await runner.run(() => actions.writeOff(input))) onDone();
  };

  return (
    <ActionForm
      title={t('action.writeOffTitle')}
      busy={runner.busy}
      error={runner.error ?? (hasErrors(errors) ? t('form.fixErrors') : null)}
      onSubmit={submit}
      onCancel={onCancel}
      submitLabel={t('action.writeOffSubmit')}
    >
      <TextField label={t('action.writeOffReason')} value={reason} onChange={setReason} error={errors.reason} maxLength={500} required />
      {unpaid.length > 1 ? (
        <CheckboxList
          legend={t('action.writeOffInvoices')}
          options={unpaid.map((invoice) => ({
            value: invoice.id,
            label: `${invoice.number} · ${formatMoney({ currency: invoice.currency, amount: invoice.amount - invoice.paid }, locale)}`,
          }))}
          selected={invoiceIds}
          onChange={setInvoiceIds}
        />
      ) : null}
      <p className="cobro-write-off-confirm" aria-live="polite" data-cobro="write-off-confirm">
        {t('action.writeOffConfirm', { name: detail.debtor.name, amount: formatAmounts(amounts, locale) })}
      </p>
    </ActionForm>
  );
}
