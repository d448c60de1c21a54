// The confirmation behind "Paid in Invoice Ninja": what the page shows, what the ledger has, and
// the payment that would bring them together. Nothing is written until the user says so here;
// the date is today unless they know better.
import { useId, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import type { Result } from '../../../shared/ledger/api';
import type { UiLanguage } from '../../../shared/i18n';
import { formatMoney } from '../../../shared/money';
import { useUi } from '../../../shared/ui/context';
import { TextField } from '../../../shared/ui/fields';
import { errorText } from '../../../shared/ui/format';
import { extensionText } from '../../ui/messages';
import type { PageUpdate } from '../chip-plan';

export interface RecordFromPageProps {
  language: UiLanguage;
  tool: string;
  number: string;
  name: string;
  update: PageUpdate;
  /** Today in the customer's time zone (yyyy-mm-dd). */
  today: string;
  onSubmit(date: string): Promise<Result<unknown>>;
  onCancel(): void;
}

export function RecordFromPage({ language, tool, number, name, update, today, onSubmit, onCancel }: RecordFromPageProps) {
  const { t, locale } = useUi('RecordFromPage');
  const titleId = useId();
  const [date, setDate] = useState(today);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const money = (amount: number) => formatMoney({ amount, currency: update.currency }, locale);
  const facts = { tool, number, name, amount: money(update.pageBalance), ledger: money(update.ledgerBalance) };

  useLayoutEffect(() => {
    form.current?.querySelector<HTMLElement>('button[type=submit]')?.focus();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (date === '') return setError(extensionText(language, 'recordDateMissing'));
    if (date > today) return setError(extensionText(language, 'recordDateFuture'));
    setBusy(true);
    setError(null);
    const result = await onSubmit(date);
    setBusy(false);
    if (!result.ok) setError(errorText(t, result.error));
  };

  return (
    <div className="cobro">
      <form
        ref={form}
        className="cobro-track"
        data-cobro="page-record"
        aria-labelledby={titleId}
        aria-busy={busy}
        noValidate
        onSubmit={submit}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onCancel();
          }
        }}
      >
        <h2 id={titleId}>{extensionText(language, 'recordTitle', { tool })}</h2>
        <p>{extensionText(language, update.kind === 'paid' ? 'recordPaid' : 'recordLower', facts)}</p>
        <p className="cobro-owed">{extensionText(language, 'recordWhat', { number, amount: money(update.ledgerBalance - update.pageBalance) })}</p>
        <TextField label={extensionText(language, 'recordDate')} type="date" value={date} onChange={setDate} required />
        {error ? (
          <p role="alert" className="cobro-form-error">
            {error}
          </p>
        ) : null}
        <div className="cobro-buttons">
          <button type="submit" className="cobro-primary" disabled={busy}>
            {busy ? t('form.saving') : extensionText(language, 'recordSubmit')}
          </button>
          <button type="button" onClick={() => onCancel()}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
