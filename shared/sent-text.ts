// The text of a logged send (Event.sentText) as the hosts prepare it before logging: bounded, and
// with one agreed line where quoted history was left out. No zod and nothing of the ledger here:
// Outlook's send script, which must stay small, uses it too.

/** The most of a sent message's text an event keeps (see Event.sentText). */
export const SENT_TEXT_MAX = 20_000;
const SENT_TEXT_CUT = '\n[…]';
/**
 * The line a host puts in a sent text where it left out the quoted history (what the customer
 * wrote before). Stored as is, in English, so the hash does not depend on a language; the claim
 * file prints it in its own.
 */
export const QUOTE_LEFT_OUT = '[quoted text left out]';

/** The text as an event can keep it: whole, or cut to fit with a mark that it was cut. */
export function boundSentText(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length <= SENT_TEXT_MAX) return trimmed;
  return trimmed.slice(0, SENT_TEXT_MAX - SENT_TEXT_CUT.length).trimEnd() + SENT_TEXT_CUT;
}
