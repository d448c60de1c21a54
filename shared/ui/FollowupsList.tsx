// Today's follow-ups in the order the ledger gives them: who, how much, which step, how late,
// and a "not now" marker when the contact policy says to wait. Up/Down move between rows.
import { useRef, type KeyboardEvent } from 'react';
import type { HandlerOutput } from '../ledger/api';
import { useUi } from './context';
import { formatAmounts, latenessText, policyReasonsText, stepText } from './format';
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

  return (
    <div className="cobro">
      <ul ref={listRef} className="cobro-list" aria-label={t('popup.followUps', { count: items.length })} onKeyDown={onKeyDown}>
        {items.map((item) => {
          const { debtor, status } = item;
          const next = status.nextAction;
          const lateness = latenessText(t, status.daysLate);
          const notNow = status.policy.allowed
            ? null
            : `${t('picker.notNow')}: ${policyReasonsText(t, status.policy, {
                timeZone: debtor.timeZone,
                uiLocale: locale,
              })}`;
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
                  <span className="cobro-row-amount">
                    {status.outstanding.length > 0 ? formatAmounts(status.outstanding, locale) : t('chip.owesNothing')}
                  </span>
                </span>
                <span className="cobro-row-detail">
                  {[next ? stepText(t, next.purpose) : null, lateness].filter(Boolean).join(' · ')}
                </span>
                {notNow ? <span className="cobro-row-notnow">{notNow}</span> : null}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
