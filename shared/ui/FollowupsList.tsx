// Today's follow-ups in the order the ledger gives them: who, how much, which step, how late.
// When the calendar says to wait (a weekend, a holiday, the hour) it is said once per place above
// the list (contact-days.ts); a row keeps only a notice of its own. A customer who owes nothing
// is here for a thank-you, and the row says that instead of an amount. Up/Down move between rows.
import { useRef, type KeyboardEvent } from 'react';
import type { HandlerOutput } from '../ledger/api';
import { useUi } from './context';
import { contactDays } from './contact-days';
import { formatAmounts, latenessText, stepText } from './format';
import { moveFocusInList } from './list-keys';

export type FollowupItem = HandlerOutput<'followups-today'>[number];

export interface FollowupsListProps {
  items: HandlerOutput<'followups-today'>;
  onOpen(item: FollowupItem): void;
}

export function FollowupsList({ items, onOpen }: FollowupsListProps) {
  const { t, locale } = useUi('FollowupsList');
  const listRef = useRef<HTMLUListElement>(null);

  if (items.length === 0) {
    return (
      <div className="cobro">
        <p className="cobro-empty">{t('popup.nothingToday')}</p>
      </div>
    );
  }

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const buttons = [...(listRef.current?.querySelectorAll<HTMLElement>('button.cobro-row-button') ?? [])];
    moveFocusInList(event, buttons);
  };

  const days = contactDays(items, t, locale);

  return (
    <div className="cobro">
      {days.headings.map((heading) => (
        <p key={heading.timeZones.join(' ')} className="cobro-notice cobro-contact-day" data-cobro="contact-day">
          {heading.text}
        </p>
      ))}
      <ul ref={listRef} className="cobro-list" aria-label={t('popup.followUps', { count: items.length })} onKeyDown={onKeyDown}>
        {items.map((item) => {
          const { debtor, status } = item;
          const next = status.nextAction;
          const lateness = latenessText(t, status.daysLate);
          const notice = days.rowNotice(debtor.id);
          return (
            <li key={debtor.id}>
              <button
                type="button"
                className="cobro-row-button"
                data-debtor-id={debtor.id}
                data-severity={status.severity}
                onClick={() => onOpen(item)}
              >
                <span className="cobro-row-main">
                  <span className="cobro-row-name">{debtor.name}</span>
                  {status.outstanding.length > 0 ? <span className="cobro-row-amount">{formatAmounts(status.outstanding, locale)}</span> : null}
                </span>
                <span className="cobro-row-detail">
                  {[next ? stepText(t, next.purpose) : null, lateness].filter(Boolean).join(' · ')}
                </span>
                {notice ? <span className="cobro-row-notnow">{notice}</span> : null}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
