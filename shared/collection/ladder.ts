// The escalation ladder: which step comes next, and when, from what was done in this cycle.
// Rules, in the words of COLLECTIONS.md ("each step is tried before the next"):
// - A cycle starts on the oldest unpaid due date + the courtesy offset (3 days before it); only
//   contacts made since then count as tried.
// - The next step is the one after the highest step tried in the cycle (the first step when
//   none was). Two steps belong to a window and are skipped once it has passed: the courtesy
//   reminder once the due day is reached, the due-day reminder once the overdue step's day is.
//   Every escalation step (overdue reminder onwards) is tried in turn: a customer never hears a
//   firm, formal, agency or legal message first, however late the invoice.
// - A step's day (oldest due date + settings.ladderDays) is the earliest it may happen; an
//   escalation step also waits settings.minContactGapDays after the last contact in the cycle.
// - After an 'overdue' or 'firm' e-mail, the invoice copy is re-sent every resendIntervalDays
//   while the next step's date is further away than that; the re-send repeats that step.
// - When the last step ('legal') has been taken, the ladder has nothing more to suggest.
import { LADDER_STEPS, type LadderDays, type LadderStep } from '../ledger/schema';
import type { DayNumber } from './days';

export type LadderChannel = 'email' | 'phone' | 'letter' | 'task';

export interface LadderRule {
  /** How the step reaches the debtor. Formal notices go by certified letter (burofax in Spain). */
  channel: LadderChannel;
  /** A window step is skipped once this step's day is reached; null: an escalation step, never skipped. */
  skippedOnceDayOf: LadderStep | null;
  /** Waits settings.minContactGapDays after the last contact in the cycle. */
  waitsForGap: boolean;
}

/** The ladder, one row per step, in order. */
export const LADDER_RULES: Record<LadderStep, LadderRule> = {
  courtesy: { channel: 'email', skippedOnceDayOf: 'due', waitsForGap: false },
  due: { channel: 'email', skippedOnceDayOf: 'overdue', waitsForGap: false },
  overdue: { channel: 'email', skippedOnceDayOf: null, waitsForGap: true },
  call: { channel: 'phone', skippedOnceDayOf: null, waitsForGap: true },
  firm: { channel: 'email', skippedOnceDayOf: null, waitsForGap: true },
  formal: { channel: 'letter', skippedOnceDayOf: null, waitsForGap: true },
  agency: { channel: 'task', skippedOnceDayOf: null, waitsForGap: true },
  legal: { channel: 'task', skippedOnceDayOf: null, waitsForGap: true },
};

export const LADDER_CHANNELS: Record<LadderStep, LadderChannel> = Object.fromEntries(
  LADDER_STEPS.map((step) => [step, LADDER_RULES[step].channel]),
) as Record<LadderStep, LadderChannel>;

/** Steps whose e-mail carries the invoice copy that is re-sent at intervals. */
export const RESEND_STEPS: readonly LadderStep[] = ['overdue', 'firm'];

/** Highest step whose offset <= daysLate: where the calendar alone would put the debtor; null before the first step's day. */
export function ladderStepFor(daysLate: number, ladderDays: LadderDays): LadderStep | null {
  let current: LadderStep | null = null;
  for (const step of LADDER_STEPS) {
    if (ladderDays[step] <= daysLate) current = step;
    else break;
  }
  return current;
}

const LADDER_STEP_SET: ReadonlySet<string> = new Set(LADDER_STEPS);

/** Whether a template purpose or logged step is a step of the ladder (not a side track). */
export function isLadderStep(purpose: string): purpose is LadderStep {
  return LADDER_STEP_SET.has(purpose);
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
  /** Local day of the latest contact in the current cycle: for one of these steps, or of any kind when none are named. */
  lastContactDay(steps?: readonly LadderStep[]): DayNumber | null;
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
  minContactGapDays: number;
  history: LadderHistory;
  /** The step is at least this one, from asOf (a defaulted payment plan returns to 'firm'). */
  floor?: LadderStep;
}

/** The first day of the ladder cycle for this oldest due date: the courtesy step's day. */
export function ladderCycleStart(oldestDue: DayNumber, ladderDays: LadderDays): DayNumber {
  return oldestDue + ladderDays.courtesy;
}

/** The highest step tried in the cycle; null when none was. */
export function highestTried(history: LadderHistory): LadderStep | null {
  for (let index = LADDER_STEPS.length - 1; index >= 0; index--) {
    const step = LADDER_STEPS[index]!;
    if (history.tried(step)) return step;
  }
  return null;
}

/**
 * The step that comes next, whatever its date: the one after the highest tried, past window
 * steps whose window closed by asOf, raised to the floor. Null once 'legal' was taken.
 */
export function nextStepToTry(args: Pick<LadderArgs, 'oldestDue' | 'asOf' | 'ladderDays' | 'history' | 'floor'>): LadderStep | null {
  const { oldestDue, asOf, ladderDays } = args;
  const last = highestTried(args.history);
  let step: LadderStep | null = last === null ? LADDER_STEPS[0]! : nextLadderStep(last);
  while (step !== null) {
    const closesOn = LADDER_RULES[step].skippedOnceDayOf;
    if (closesOn === null || asOf < oldestDue + ladderDays[closesOn]) break;
    step = nextLadderStep(step);
  }
  if (step === null) return null;
  return args.floor !== undefined && ladderIndex(step) < ladderIndex(args.floor) ? args.floor : step;
}

/** The ladder's next action on or after `asOf`; null once the last step has been taken. */
export function ladderAction(args: LadderArgs): LadderAction | null {
  const { oldestDue, asOf, ladderDays, history } = args;
  const step = nextStepToTry(args);
  if (step === null) return null;
  const rule = LADDER_RULES[step];
  const lastContact = history.lastContactDay();
  // A floor raised above the calendar applies from asOf; otherwise the step waits for its own day.
  const raised = args.floor === step && !history.tried(step);
  let date = raised ? asOf : Math.max(oldestDue + ladderDays[step], asOf);
  if (rule.waitsForGap && lastContact !== null) date = Math.max(date, lastContact + args.minContactGapDays);

  const last = highestTried(history);
  if (last !== null && RESEND_STEPS.includes(last)) {
    const lastSent = history.lastContactDay(RESEND_STEPS);
    if (lastSent !== null) {
      const resendDate = Math.max(lastSent + args.resendIntervalDays, asOf);
      if (resendDate < date) return { purpose: last, channel: LADDER_CHANNELS[last], date: resendDate, reason: 'resend' };
    }
  }
  return { purpose: step, channel: rule.channel, date, reason: date <= asOf ? 'step-due' : 'next-step' };
}

/**
 * The step the chase is on at asOf: the next step when its day has come (it is due now), else
 * the highest step tried in this cycle; null before anything was done or due.
 */
export function currentLadderStep(args: LadderArgs): LadderStep | null {
  const action = ladderAction(args);
  if (action !== null && action.date <= args.asOf) return action.purpose;
  return highestTried(args.history) ?? (args.floor !== undefined ? args.floor : null);
}
