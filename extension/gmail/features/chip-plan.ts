// Which chip goes beside which message of an open thread: the debtor the message is from; an offer
// to track a sender nobody knows; nothing beside the user's own messages. A chip beside "Estudio
// Lumen <cobros@…>" read as if the user owed the money, so the user's messages carry none, even
// when they were written to a debtor (the debtor's own messages, the compose button and the
// workspace reach the card).
// While some addresses are still being looked up, a message whose chip depends on one of them is
// 'pending': whatever it shows stays until the answer comes.
import type { DebtorMatch } from '../../../shared/ledger/handlers/debtors';
import type { GmailThread, ThreadMessage } from '../thread';

export type ChipPlan =
  | { kind: 'debtor'; message: ThreadMessage; match: DebtorMatch }
  | { kind: 'unknown'; message: ThreadMessage; email: string; name: string }
  | { kind: 'pending'; message: ThreadMessage };

/**
 * `matches`: the debtors of the thread's addresses known so far; `pending`: addresses not answered
 * yet (none once the lookup answered).
 */
export function planChips(
  thread: GmailThread,
  matches: readonly DebtorMatch[],
  own: ReadonlySet<string>,
  pending: ReadonlySet<string> = new Set(),
): ChipPlan[] {
  const byAddress = new Map<string, DebtorMatch>();
  for (const match of matches) for (const address of match.debtor.emails) byAddress.set(address, match);

  const plans: ChipPlan[] = [];
  for (const message of thread.messages) {
    const sender = message.from.email;
    // The user's own messages: no chip, and nothing to wait for.
    if (own.has(sender)) continue;
    const fromDebtor = byAddress.get(sender);
    if (fromDebtor) {
      plans.push({ kind: 'debtor', message, match: fromDebtor });
      continue;
    }
    if (pending.has(sender)) {
      plans.push({ kind: 'pending', message });
      continue;
    }
    plans.push({ kind: 'unknown', message, email: sender, name: message.from.name === sender ? '' : message.from.name });
  }
  return plans;
}
