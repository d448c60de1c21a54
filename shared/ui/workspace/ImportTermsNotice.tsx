// Invoices whose file gave neither a due date nor payment terms are due a number of days after
// issue (30 unless changed). The preview says how many, and the user can read the file again
// with their own number of days.
import { useId, useState } from 'react';
import { useUi } from '../context';

export function ImportTermsNotice(props: { count: number; days: number; onDays(days: number): void }) {
  const { t } = useUi('ImportTermsNotice');
  const id = useId();
  const [days, setDays] = useState(String(props.days));
  const value = Number(days);
  const valid = days.trim() !== '' && Number.isInteger(value) && value >= 0 && value <= 365;
  if (props.count === 0) return null;
  return (
    <form
      className="cobro-notice"
      data-cobro="import-default-terms"
      onSubmit={(event) => {
        event.preventDefault();
        if (valid && value !== props.days) props.onDays(value);
      }}
    >
      <p>{t('ws.import.termsNotice', { count: props.count, days: props.days })}</p>
      <div className="cobro-terms-days">
        <label htmlFor={`${id}-days`}>{t('ws.import.termsDays')}</label>
        <input id={`${id}-days`} type="number" inputMode="numeric" min={0} max={365} step={1} value={days} onChange={(event) => setDays(event.target.value)} aria-invalid={!valid} />
        <button type="submit" disabled={!valid || value === props.days}>
          {t('ws.import.termsApply')}
        </button>
      </div>
    </form>
  );
}
