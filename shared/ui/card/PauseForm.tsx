// Pause reminders for this debtor: why, and until when (empty: until resumed by hand).
import { useState } from 'react';
import type { IsoDate } from '../../dates';
import { useUi } from '../context';
import { TextField } from '../fields';
import { ActionForm } from './ActionForm';
import { hasErrors, type FieldErrors, type QuickFormProps } from './form-support';
import { useAction } from './use-action';

export function PauseForm({ actions, onDone, onCancel, initial = {} }: QuickFormProps & { initial?: { reason?: string; until?: IsoDate | null } }) {
  const { t } = useUi('PauseForm');
  const runner = useAction(t);
  const [reason, setReason] = useState(initial.reason ?? '');
  const [until, setUntil] = useState<string>(initial.until ?? '');
  const [errors, setErrors] = useState<FieldErrors<'reason'>>({});

  const submit = async () => {
    const found = { reason: reason.trim() === '' ? t('common.required') : undefined };
    setErrors(found);
    if (hasErrors(found)) return;
    if (await runner.run(() => actions.pause({ reason: reason.trim(), until: until === '' ? null : until }))) onDone();
  };

  return (
    <ActionForm
      title={t('action.pause')}
      busy={runner.busy}
      error={runner.error ?? (hasErrors(errors) ? t('form.fixErrors') : null)}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <TextField label={t('action.pauseReason')} value={reason} onChange={setReason} error={errors.reason} maxLength={500} required />
      <TextField label={t('action.pauseUntil')} type="date" value={until} onChange={setUntil} hint={t('action.pauseUntilResumed')} />
    </ActionForm>
  );
}
