// The escalation ladder: which step a debtor is on by days late, and what the ladder asks for
// next. Rules, in the words of COLLECTIONS.md ("each step is tried before the next"):
// - The current step is the highest whose offset (settings.ladderDays, relative to the oldest
//   unpaid due date) has been reached. Steps whose window passed unused (data imported at day 35)
//   are not replayed: only the current step is due.
// - The current step's action is due today unless a contact for that step was already made in
//   this cycle, which starts on the oldest due date + the courtesy offset (3 days before it).
// - Once it was made, the next step comes on its own date (oldest due date + its offset).
// - After an 'overdue' or 'firm' e-mail, the invoice copy is re-sent every resendIntervalDays
//   while the next step's date is further away than that; the re-send repeats the current step.
// - When the last step ('legal') has been taken, the ladder has nothing more to suggest.
import { LADDER_STEPS, type LadderDays, type LadderStep } from '../ledger/schema';
import type { DayNumber } from './days';

export type LadderChannel = 'email' | 'phone' | 'letter' | 'task';

/** Formal notices go by certified letter (burofax in Spain); e-mail copies are fine on top. */
export const LADDER_CHANNELS: Record<LadderStep, LadderChannel> = {
  courtesy: 'email',
  due: 'email',
  overdue: 'email',
  call: 'phone',
  firm: 'email',
  formal: 'letter',
  agency: 'task',
  legal: 'task',
};

/** Steps whose e-mail carries the invoice copy that is re-sent at intervals. */
export const RESEND_STEPS: readonly LadderStep[] = ['overdue', 'firm'];

/** Highest step whose offset <= daysLate; null before the first step's day. */
export function ladderStepFor(daysLate: number, ladderDays: LadderDays): LadderStep | null {
  let current: LadderStep | null = null;
  for (const step of LADDER_STEPS) {
    if (ladderDays[step] <= daysLate) current = step;
    else break;
  }
  return current;
}

export function ladderIndex(step: LadderStep): number {
  return LADDER_STEPS.indexOf(step);
}

export function nextLadderStep(step: LadderStep): LadderStep | null {
  return LADDER_STEPS[ladderIndex(step) + 1] ?? null;
}

/** The higher of two steps (null counts as below every step). */
export function higherStep(a: LadderStep | null, b: LadderStep | null): LadderStep | null {
  if (a === null) return b;
  if (b === null) return a;
  return ladderIndex(a) >= ladderIndex(b) ? a : b;
}

/** What the contact log says about the current ladder cycle. */
export interface LadderHistory {
  /** A contact for this step was made in the current cycle. */
  tried(step: LadderStep): boolean;
  /** Local day of the latest contact for one of these steps in the current cycle. */
  lastContactDay(steps: readonly LadderStep[]): DayNumber | null;
}

export type LadderReason = 'step-due' | 'next-step' | 'resend';

export interface LadderAction {
  purpose: LadderStep;
  channel: LadderChannel;
  date: DayNumber;
  reason: LadderReason;
}

export interface LadderArgs {
  /** Oldest unpaid due date among the invoices that drive the ladder. */
  oldestDue: DayNumber;
  /** The day the question is asked for (today, or the day a pause ends). */
  asOf: DayNumber;
  ladderDays: LadderDays;
  resendIntervalDays: number;
  history: LadderHistory;
  /** The step is at least this one (a defaulted payment plan returns to 'firm'). */
  floor?: LadderStep;
}

/** The first day of the ladder cycle for this oldest due date: the courtesy step's day. */
export function ladderCycleStart(oldestDue: DayNumber, ladderDays: LadderDays): DayNumber {
  return oldestDue + ladderDays.courtesy;
}

/** The step the ladder is on at `asOf`, raised to the floor. */
export function ladderStepOn(args: Pick<LadderArgs, 'oldestDue' | 'asOf' | 'ladderDays' | 'floor'>): LadderStep | null {
  return higherStep(ladderStepFor(args.asOf - args.oldestDue, args.ladderDays), args.floor ?? null);
}

/** The ladder's next action on or after `asOf`; null once the last step has been taken. */
export function ladderAction(args: LadderArgs): LadderAction | null {
  const { oldestDue, asOf, ladderDays, history } = args;
  const step = ladderStepOn(args);
  if (step === null) {
    return { purpose: 'courtesy', channel: LADDER_CHANNELS.courtesy, date: oldestDue + ladderDays.courtesy, reason: 'next-step' };
  }
  if (!history.tried(step)) return { purpose: step, channel: LADDER_CHANNELS[step], date: asOf, reason: 'step-due' };

  const next = nextLadderStep(step);
  // The current step was reached by days late (or raised above it), so the next one's day is after asOf.
  const nextDate = next === null ? null : oldestDue + ladderDays[next];
  if (RESEND_STEPS.includes(step)) {
    const lastSent = history.lastContactDay(RESEND_STEPS);
    if (lastSent !== null) {
      const resendDate = Math.max(lastSent + args.resendIntervalDays, asOf);
      if (nextDate === null || resendDate < nextDate) {
        return { purpose: step, channel: LADDER_CHANNELS[step], date: resendDate, reason: 'resend' };
      }
    }
  }
  if (next === null || nextDate === null) return null;
  return { purpose: next, channel: LADDER_CHANNELS[next], date: nextDate, reason: 'next-step' };
}
