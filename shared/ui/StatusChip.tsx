// The chip beside a debtor's message in Gmail: what they owe, how late, which step. It renders
// in every open message, so it imports only React, the context and the light formatters.
import type { CollectionStatus } from '../collection/status';
import type { Debtor } from '../ledger/schema';
import { useUi, type UiContextValue } from './context';
import { formatAmounts, latenessText, lowerFirst, formatMoment, stateText, stepText } from './format';

export interface StatusChipProps {
  debtor: Debtor;
  status: CollectionStatus;
  onOpen(): void;
  /**
   * Only the severity mark, the rest in its tooltip and name: beside a row of someone else's table
   * (an invoicing tool's list) there is no room for the sentence without covering the next column.
   */
  compact?: boolean;
  /** One more line for a compact chip's tooltip (what comes next). */
  note?: string | undefined;
}

/** Names of the five severities, used as the class that colours the chip. */
export const SEVERITY_NAMES = ['neutral', 'blue', 'amber', 'orange', 'red'] as const;

/** States where a word says more than a count of days ("Paused" rather than "83 days late"). */
const HELD_STATES: ReadonlySet<CollectionStatus['state']> = new Set(['paused', 'promised', 'on-plan', 'disputed', 'written-off']);

export function StatusChip({ debtor, status, onOpen, compact = false, note }: StatusChipProps) {
  const { t, locale } = useUi('StatusChip');
  const owes = status.outstanding.length > 0;
  const amount = owes ? formatAmounts(status.outstanding, locale) : null;

  const lateness = latenessText(t, status.daysLate);
  let situation: string | null;
  if (!owes && status.state !== 'written-off') situation = null;
  else if (HELD_STATES.has(status.state) || lateness === null) situation = stateText(t, status.state, debtor, locale);
  else if (status.state === 'do-not-contact') situation = `${lateness} · ${stateText(t, status.state, debtor, locale)}`;
  else situation = lateness;
  const step = owes && status.ladderStep !== null ? stepText(t, status.ladderStep) : null;
  // Given up on: "Nothing owed" would be untrue (the customer owes it; the user stopped asking).
  const givenUp = !owes && status.state === 'written-off';

  const visible = givenUp ? [situation ?? ''] : [amount ?? t('chip.owesNothing'), situation, step].filter((part): part is string => part !== null);
  const summary = givenUp
    ? t('chip.ariaWrittenOff', { name: debtor.name })
    : [
        amount === null ? t('chip.ariaOwesNothing', { name: debtor.name }) : t('chip.ariaOwes', { name: debtor.name, amount }),
        ...[situation, step].filter((part): part is string => part !== null).map((part) => lowerFirst(part, locale)),
      ].join(', ');
  const lastContact = status.lastContact
    ? t('chip.lastContacted', { date: formatMoment(status.lastContact.at, locale, debtor.timeZone) })
    : t('chip.neverContacted');

  return (
    <span className="cobro">
      <button
        type="button"
        className={`cobro-chip cobro-severity-${SEVERITY_NAMES[status.severity]}${compact ? ' cobro-chip-compact' : ''}`}
        data-cobro="status-chip"
        data-debtor-id={debtor.id}
        data-severity={status.severity}
        aria-label={t('chip.ariaLabel', { summary })}
        title={compact ? [visible.join(' · '), lastContact, note].filter(Boolean).join('\n') : lastContact}
        onClick={() => onOpen()}
      >
        <span className="cobro-chip-mark" aria-hidden="true" />
        {(compact ? [] : visible).map((part, index) => (
          <span key={index} className={index === 0 ? 'cobro-chip-amount' : 'cobro-chip-part'}>
            {index > 0 ? (
              <span className="cobro-sep" aria-hidden="true">
                {/* No-break spaces: a flex item's ordinary edge spaces would collapse away. */}
                {'\u00a0·\u00a0'}
              </span>
            ) : null}
            {part}
          </span>
        ))}
      </button>
    </span>
  );
}

/**
 * What drawing the first chip in a page starts besides the chip: the browser's number, list and
 * date formatting (its first Intl.NumberFormat loads ICU's data, about 28 ms here) and the
 * chip's sentences, compiled on first use. Measured at Gmail's tab load, the first chip was one
 * task of about 65 ms. A host runs these steps beforehand, each in a task of its own; the chip
 * then finds everything ready. The first steps need no UI language: money, lists and dates in
 * `locale`; the last, `sentences`, compiles the chip's sentences with the UI's translator.
 */
export const STATUS_CHIP_WARM_UP = {
  formatting: (locale: string): Array<() => void> => [
    () => formatAmounts([{ currency: 'EUR', amount: 0 }], locale),
    () => formatMoment(new Date(0).toISOString(), locale, 'UTC'),
  ],
  sentences: ({ t, locale }: UiContextValue) => () => {
    const amount = formatAmounts([{ currency: 'EUR', amount: 0 }], locale);
    for (const days of [-1, 1]) latenessText(t, days);
    stepText(t, 'overdue');
    lowerFirst(t('chip.ariaOwes', { name: '', amount }), locale);
    t('chip.ariaOwesNothing', { name: '' });
    t('chip.owesNothing');
    t('chip.ariaLabel', { summary: '' });
    t('chip.lastContacted', { date: '' });
    t('chip.neverContacted');
  },
};
