// At the phone step with no number on record: say so plainly, and offer the two ways on — add a
// number (saved through the card's actions, i.e. 'debtor-update') or, where the host can open
// one, write an e-mail instead.
import { useRef, useState } from 'react';
import { useUi } from '../context';
import { TextField } from '../fields';
import { formatDay } from '../format';
import { ActionForm } from './ActionForm';
import type { DebtorActions } from './actions';
import type { DebtorDetail } from './form-support';
import { useAction } from './use-action';

export interface NoPhoneOffersProps {
  detail: DebtorDetail;
  /** The phone step's day. */
  date: string;
  actions: Pick<DebtorActions, 'updatePhone'>;
  onEmailInsteadOfCall?: (() => void) | undefined;
}

export function NoPhoneOffers({ detail, date, actions, onEmailInsteadOfCall }: NoPhoneOffersProps) {
  const { t, locale } = useUi('NoPhoneOffers');
  const { debtor, status } = detail;
  const runner = useAction(t);
  const [adding, setAdding] = useState(false);
  const [phone, setPhone] = useState('');
  const [missing, setMissing] = useState(false);
  const [saved, setSaved] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);

  const close = () => {
    setAdding(false);
    setMissing(false);
    runner.clearError();
    addButton.current?.focus();
  };

  const submit = async () => {
    const trimmed = phone.trim();
    setMissing(trimmed === '');
    if (trimmed === '') return;
    if (await runner.run(() => actions.updatePhone(trimmed))) {
      setSaved(true);
      setPhone('');
      close();
    }
  };

  return (
    <>
      <p className="cobro-next cobro-no-phone">
        <strong>
          {date <= status.today
            ? t('card.noPhone.now', { name: debtor.name })
            : t('card.noPhone.on', { name: debtor.name, date: formatDay(date, locale) })}
        </strong>
      </p>
      <div className="cobro-no-phone-offers">
        <button
          type="button"
          ref={addButton}
          aria-expanded={adding}
          onClick={() => {
            setSaved(false);
            if (adding) close();
            else setAdding(true);
          }}
        >
          {t('card.noPhone.add')}
        </button>
        {onEmailInsteadOfCall ? (
          <button type="button" onClick={() => onEmailInsteadOfCall()}>
            {t('card.noPhone.emailInstead')}
          </button>
        ) : null}
      </div>
      {adding ? (
        <ActionForm
          title={t('card.noPhone.add')}
          busy={runner.busy}
          error={runner.error ?? (missing ? t('form.fixErrors') : null)}
          onSubmit={submit}
          onCancel={close}
        >
          <TextField
            label={t('card.noPhone.field')}
            type="tel"
            inputMode="tel"
            autoComplete="off"
            value={phone}
            onChange={setPhone}
            error={missing ? t('card.noPhone.required') : null}
            maxLength={40}
          />
        </ActionForm>
      ) : null}
      <p role="status" className="cobro-saved">
        {saved ? t('action.done') : ''}
      </p>
    </>
  );
}
