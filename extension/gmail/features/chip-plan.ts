// Which chip goes beside which message of an open thread: the debtor the message is from, or
// the debtor it was written to when the user wrote it; an offer to track a sender nobody knows.
import type { DebtorMatch } from '../../../shared/ledger/handlers/debtors';
import type { GmailThread, ThreadMessage } from '../thread';

export type ChipPlan =
  | { kind: 'debtor'; message: ThreadMessage; match: DebtorMatch }
  | { kind: 'unknown'; message: ThreadMessage; email: string; name: string };

export function planChips(thread: GmailThread, matches: readonly DebtorMatch[], own: ReadonlySet<string>): ChipPlan[] {
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
    if (own.has(sender)) {
      // A folded message of the user's shows no recipients; in a conversation with one debtor it was to them.
      const toDebtor =
        message.to.length === 0 && matches.length === 1
          ? matches[0]
          : message.to.map((address) => byAddress.get(address)).find((match) => match !== undefined);
      if (toDebtor) plans.push({ kind: 'debtor', message, match: toDebtor });
      continue;
    }
    plans.push({ kind: 'unknown', message, email: sender, name: message.from.name === sender ? '' : message.from.name });
  }
  return plans;
}
