// Which chip goes beside which message of an open thread: the debtor the message is from, or
// the debtor it was written to when the user wrote it; an offer to track a sender nobody knows.
// While some addresses are still being looked up, a message whose chip depends on one of them is
// 'pending': whatever it shows stays until the answer comes.
import type { DebtorMatch } from '../../../shared/ledger/handlers/debtors';
import type { GmailThread, ThreadMessage } from '../thread';

export type ChipPlan =
  | { kind: 'debtor'; message: ThreadMessage; match: DebtorMatch }
  | { kind: 'unknown'; message: ThreadMessage; email: string; name: string }
  | { kind: 'pending'; message: ThreadMessage };

/** The debtor of the first address in `addresses` that has one; 'pending' when an unanswered address comes first. */
function firstDebtor(addresses: readonly string[], byAddress: ReadonlyMap<string, DebtorMatch>, pending: ReadonlySet<string>): DebtorMatch | 'pending' | undefined {
  for (const address of addresses) {
    const match = byAddress.get(address);
    if (match) return match;
    if (pending.has(address)) return 'pending';
  }
  return undefined;
}

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
    const fromDebtor = byAddress.get(sender);
    if (fromDebtor) {
      plans.push({ kind: 'debtor', message, match: fromDebtor });
      continue;
    }
    // The user's own address is not waited for: they are not their own debtor.
    if (pending.has(sender) && !own.has(sender)) {
      plans.push({ kind: 'pending', message });
      continue;
    }
    if (own.has(sender)) {
      // A folded message of the user's shows no recipients; in a conversation with one debtor it was to them.
      const toDebtor =
        message.to.length === 0
          ? [...pending].some((address) => !own.has(address))
            ? 'pending'
            : matches.length === 1
              ? matches[0]
              : undefined
          : firstDebtor(message.to, byAddress, pending);
      if (toDebtor === 'pending') plans.push({ kind: 'pending', message });
      else if (toDebtor) plans.push({ kind: 'debtor', message, match: toDebtor });
      continue;
    }
    plans.push({ kind: 'unknown', message, email: sender, name: message.from.name === sender ? '' : message.from.name });
  }
  return plans;
}
