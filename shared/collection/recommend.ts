// Which e-mail the compose picker puts first, and which ladder e-mails it may offer at all.
// The picker writes e-mails only: a phone step is served by the e-mail that asks for a call
// (the 'call' purpose), the formal letter by its e-mail copy, and after a call in which the
// customer was reached, by the e-mail that confirms what was agreed.
import type { Event, LadderStep, TemplatePurpose } from '../ledger/schema';
import { isLadderStep, ladderIndex, LADDER_RULES } from './ladder';
import type { CollectionStatus } from './status';
import { isConversation, isOutboundContact } from './timeline';

export type LadderOffer = { ok: true } | { ok: false; reason: 'skips-ladder'; first: LadderStep };

/**
 * Whether the ladder lets an e-mail for this purpose go now: an escalation step above the
 * step that comes next would skip one ("a customer never hears a firm message first").
 * Earlier steps and side tracks are the ladder's business only through their own facts.
 */
export function ladderOffer(purpose: TemplatePurpose, status: Pick<CollectionStatus, 'ladderStep' | 'ladderNext'>): LadderOffer {
  if (!isLadderStep(purpose) || LADDER_RULES[purpose].skippedOnceDayOf !== null) return { ok: true };
  // Nothing driving the ladder (all disputed or paused): only its first escalation step is in order.
  const reach: LadderStep = status.ladderNext ?? status.ladderStep ?? 'overdue';
  if (ladderIndex(purpose) <= ladderIndex(reach)) return { ok: true };
  return { ok: false, reason: 'skips-ladder', first: reach };
}

/** The latest outbound contact, if it is a call in which someone answered and no e-mail followed. */
function unconfirmedCall(events: readonly Event[]): Event | null {
  let latest: { event: Event; ms: number } | null = null;
  for (const event of events) {
    if (!isOutboundContact(event)) continue;
    const ms = Date.parse(event.at);
    if (latest === null || ms > latest.ms || (ms === latest.ms && event.id > latest.event.id)) latest = { event, ms };
  }
  return latest !== null && isConversation(latest.event) ? latest.event : null;
}

/** The e-mail that fits this debtor now; null when none does (nothing to say until a date comes). */
export function recommendedEmail(status: Pick<CollectionStatus, 'nextAction' | 'today' | 'promises'>, events: readonly Event[]): TemplatePurpose | null {
  const action = status.nextAction;
  if (unconfirmedCall(events) !== null && (action === null || action.purpose !== 'thank-you')) {
    // A promise made on the call is confirmed by its own message; otherwise the call's summary.
    return status.promises.open.length > 0 ? 'promise-confirmation' : 'call-follow-up';
  }
  if (action === null) return null;
  const early = action.date > status.today;
  switch (action.reason) {
    // Before the promise date there is nothing to chase: confirm the promise in writing.
    case 'promise-follow-up':
      return early ? 'promise-confirmation' : action.purpose;
    // The installment reminder went out and the installment is not due yet.
    case 'installment-follow-up':
      return early ? null : action.purpose;
    default:
      return action.purpose;
  }
}
