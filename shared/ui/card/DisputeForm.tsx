// Mark invoices as disputed: what the debtor objects to, and which invoices (none ticked: all).
// `initial.reason` starts it from the debtor's own words.
import { useState } from 'react';
import { useUi } from '../context';
import { CheckboxList, TextField } from '../fields';
import { formatMoney } from '../../money';
import { ActionForm } from './ActionForm';
import { hasErrors, unpaidInvoices, type FieldErrors, type QuickFormProps } from './form-support';
import { useAction } from './use-action';

export function DisputeForm({ detail, actions, onDone, onCancel, initial = {} }: QuickFormProps & { initial?: { reason?: string } }) {
  const { t, locale } = useUi('DisputeForm');
  const runner = useAction(t);
  const [reason, setReason] = useState(initial.reason ?? '');
  const [invoiceIds, setInvoiceIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldErrors<'reason'>>({});
  const open = unpaidInvoices(detail).filter((invoice) => invoice.status === 'open');

  const submit = async () => {
    const found = { reason: reason.trim() === '' ? t('common.required') : undefined };
    setErrors(found);
    if (hasErrors(found)) return;
    const input = invoiceIds.length > 0 ? { reason: reason.trim(), invoiceIds } : { reason: reason.trim() };
    if (await runner.run(() => actions.markDisputed(input))) onDone();
  };

  return (
    <ActionForm
      title={t('action.markDisputed')}
      busy={runner.busy}
      error={runner.error ?? (hasErrors(errors) ? t('form.fixErrors') : null)}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <TextField label={t('action.disputeReason')} value={reason} onChange={setReason} error={errors.reason} maxLength={500} required />
      {open.length > 1 ? (
        <CheckboxList
          legend={t('action.disputeInvoices')}
          options={open.map((invoice) => ({
            value: invoice.id,
            label: `${invoice.number} · ${formatMoney({ currency: invoice.currency, amount: invoice.amount - invoice.paid }, locale)}`,
          }))}
          selected={invoiceIds}
          onChange={setInvoiceIds}
        />
      ) : null}
    </ActionForm>
  );
}
