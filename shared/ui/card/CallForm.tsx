// Log a phone call: how it went and what was said. Where the card is not already showing the
// call guide, the form offers it.
import { useState } from 'react';
import type { CallOutcome } from '../../ledger/schema';
import { useUi } from '../context';
import { SelectField, TextField } from '../fields';
import { ActionForm } from './ActionForm';
import { CALL_OUTCOMES, optionalText } from './actions';
import type { QuickFormProps } from './form-support';
import { useAction } from './use-action';

export interface CallFormProps extends QuickFormProps {
  /** Shows the call guide; absent while it is already shown. */
  onShowGuide?: (() => void) | undefined;
}

export function CallForm({ actions, onDone, onCancel, onShowGuide }: CallFormProps) {
  const { t } = useUi('CallForm');
  const runner = useAction(t);
  const [outcome, setOutcome] = useState<CallOutcome>('reached');
  const [note, setNote] = useState('');

  const submit = async () => {
    const text = optionalText(note);
    if (await runner.run(() => actions.logCall(text === undefined ? { outcome } : { outcome, note: text }))) onDone();
  };

  return (
    <ActionForm title={t('action.logCall')} busy={runner.busy} error={runner.error} onSubmit={submit} onCancel={onCancel}>
      <SelectField
        label={t('action.callOutcome')}
        value={outcome}
        options={CALL_OUTCOMES.map((value) => ({ value, label: t(`action.callOutcome.${value}` as const) }))}
        onChange={(value) => setOutcome(value as CallOutcome)}
      />
      <TextField label={t('action.callNote')} value={note} onChange={setNote} multiline maxLength={5000} />
      {onShowGuide ? (
        <button type="button" className="cobro-link-button" onClick={() => onShowGuide()}>
          {t('card.callGuide.show')}
        </button>
      ) : null}
    </ActionForm>
  );
}
