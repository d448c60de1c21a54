// One number for sorting and colouring debtors, 0 (nothing to worry about) to 4 (act now).
// - 0: nothing owed, or nothing due before the courtesy window opens.
// - 1: due soon or due today; or escalation held (paused, promised, on a plan, disputed).
// - 2: overdue up to 30 days.  3: 31-60 days, a broken promise, or a defaulted plan.
// - 4: more than 60 days, or intentional delinquency.
// Holds win over lateness: a paused debtor stays at 1 however late, because nothing is due.
import type { DelinquencyKind, LadderDays } from '../ledger/schema';
import type { CollectionState } from './next-action';

export type Severity = 0 | 1 | 2 | 3 | 4;

export interface SeverityInput {
  state: CollectionState;
  /** Days late of the oldest unpaid invoice that drives the ladder (see CollectionStatus.daysLate). */
  daysLate: number | null;
  ladderDays: LadderDays;
  brokenPromises: number;
  planDefaulted: boolean;
  kind: DelinquencyKind | null;
}

function byDaysLate(daysLate: number | null, ladderDays: LadderDays): Severity {
  if (daysLate === null || daysLate < ladderDays.courtesy) return 0;
  if (daysLate <= 0) return 1;
  if (daysLate <= 30) return 2;
  if (daysLate <= 60) return 3;
  return 4;
}

export function severityOf(input: SeverityInput): Severity {
  switch (input.state) {
    case 'clear':
    case 'written-off':
      return 0;
    case 'paused':
    case 'promised':
    case 'on-plan':
    case 'disputed':
      return 1;
    case 'not-due':
    case 'overdue':
    case 'do-not-contact': {
      let severity = byDaysLate(input.daysLate, input.ladderDays);
      if (input.daysLate === null || input.daysLate <= 0) return severity;
      if (input.brokenPromises > 0 || input.planDefaulted) severity = Math.max(severity, 3) as Severity;
      if (input.kind === 'intentional') severity = 4;
      return severity;
    }
  }
}
