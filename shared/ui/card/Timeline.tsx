// The contact log, newest first. Every field is rendered as text: subjects and notes come from
// e-mails and users and must never become markup. A reply Cobro read ("reading") says what it
// was read as and what the user did with it, above the debtor's words.
import type { Event } from '../../ledger/schema';
import type { MessageKey } from '../../i18n/messages.en';
import { useUi } from '../context';
import type { Money } from '../../money';
import { formatAmounts, formatMoment, stepText } from '../format';
import type { DebtorDetail } from './form-support';

const CHANNEL_KEYS: Record<Event['channel'], MessageKey> = {
  email: 'channel.email',
  phone: 'channel.phone',
  letter: 'channel.letter',
  sms: 'channel.sms',
  'in-person': 'channel.in-person',
  system: 'channel.system',
};

// The same kinds as CONTACT_KINDS in the schema, which cannot be imported here without
// bringing zod into every Gmail tab; the Record makes a new event kind a compile error here.
const IS_CONTACT: Record<Event['kind'], boolean> = {
  email: true,
  call: true,
  letter: true,
  sms: true,
  meeting: true,
  promise: false,
  payment: false,
  plan: false,
  pause: false,
  resume: false,
  dispute: false,
  'dispute-resolved': false,
  note: false,
  handover: false,
  'write-off': false,
  reopened: false,
};

// The channel a contact of this kind goes by; said only when it differs ("Email · Email" says nothing).
const NATURAL_CHANNEL: Partial<Record<Event['kind'], Event['channel']>> = {
  email: 'email',
  call: 'phone',
  letter: 'letter',
  sms: 'sms',
  meeting: 'in-person',
  'write-off': 'system',
  reopened: 'system',
};

/**
 * What a write-off gave up, per currency: as the event says, or, for one logged before events
 * carried it, read from its invoices (which lose it if reopened since).
 */
function writtenOff(event: Event, detail: DebtorDetail): Money[] {
  if (event.amounts) return event.amounts;
  const byCurrency = new Map<string, number>();
  for (const invoice of detail.invoices) {
    if (!invoice.writeOff || invoice.writeOff.at !== event.at || !event.invoiceIds.includes(invoice.id)) continue;
    byCurrency.set(invoice.currency, (byCurrency.get(invoice.currency) ?? 0) + invoice.writeOff.amount);
  }
  return [...byCurrency].map(([currency, amount]) => ({ currency, amount }));
}

function newestFirst(a: Event, b: Event): number {
  return Date.parse(b.at) - Date.parse(a.at) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

export function Timeline({ detail, headingId }: { detail: DebtorDetail; headingId: string }) {
  const { t, locale } = useUi('Timeline');
  const { debtor } = detail;
  const events = [...detail.events].sort(newestFirst);

  return (
    <section className="cobro-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('card.timeline')}</h3>
      {events.length === 0 ? (
        <p className="cobro-muted">{t('card.noEvents')}</p>
      ) : (
        <ol className="cobro-timeline">
          {events.map((event) => (
            <li key={event.id} className={`cobro-event cobro-event-${event.direction}`}>
              <p className="cobro-event-head">
                <time dateTime={event.at}>{formatMoment(event.at, locale, debtor.timeZone)}</time>
                {' · '}
                <span className="cobro-event-kind">
                  {event.reading
                    ? t('event.reading', { intent: t(`event.reading.${event.reading.intent}` as const), decision: event.reading.decision })
                    : event.kind === 'write-off' && writtenOff(event, detail).length > 0
                      ? t('event.write-off.amount', { amount: formatAmounts(writtenOff(event, detail), locale) })
                      : t(`event.${event.kind}` as const)}
                  {event.direction === 'inbound' && IS_CONTACT[event.kind] ? ` (${t('event.inbound')})` : ''}
                </span>
                {NATURAL_CHANNEL[event.kind] === event.channel || event.reading ? '' : ` · ${t(CHANNEL_KEYS[event.channel])}`}
                {event.step ? ` · ${stepText(t, event.step)}` : ''}
              </p>
              {event.subject ? <p className="cobro-event-subject">{event.subject}</p> : null}
              {event.outcome ? <p>{t('card.event.outcome', { outcome: t(`action.callOutcome.${event.outcome}` as const) })}</p> : null}
              {event.note ? (
                <p className="cobro-event-note">
                  {/* A reply's words, quoted as the debtor wrote them. */}
                  {event.reading ? <q>{event.note}</q> : event.note}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
