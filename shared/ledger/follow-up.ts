// The day a debtor next needs attention, kept on their row (DebtorRow.followUpOn, indexed) so
// 'followups-today' reads only the debtors that may be due instead of every debtor's records.
//
// The stored day is a promise about the time until the debtor's records next change: on no
// day before it is the debtor due (status.nextAction.date <= their today). Between writes only
// the calendar moves, and the status reads the calendar in few places (calendarTurns), so
// asking the status on those days and on the day its next action names, in order, finds the
// first due day without trying every day. A due debtor stores the day of the write; a debtor
// that will never be due without a new write (do-not-contact, paused by hand, nothing left to
// do) stores null, which IndexedDB leaves out of the index.
import { computeStatus } from '../collection/status';
import { fromDayNumber, toDayNumber, type DayNumber } from '../collection/days';
import { localDayOf, zonedInstant } from '../collection/zoned';
import type { IsoDate } from '../dates';
import type { DebtorRecords } from './debtor-records';
import type { Debtor, Settings } from './schema';

/** Days asked about before settling for the day reached (still a lower bound, just not exact). */
const MAX_DAYS_ASKED = 24;
const NOON = 12 * 60;

/** The settings the next action's date depends on; a change to any other leaves every followUpOn valid. */
export function followUpSettings(
  settings: Settings,
): Pick<Settings, 'ladderDays' | 'resendIntervalDays' | 'minContactGapDays' | 'installmentReminderDays'> {
  const { ladderDays, resendIntervalDays, minContactGapDays, installmentReminderDays } = settings;
  return { ladderDays, resendIntervalDays, minContactGapDays, installmentReminderDays };
}

export function followUpSettingsChanged(before: Settings, after: Settings): boolean {
  return JSON.stringify(followUpSettings(before)) !== JSON.stringify(followUpSettings(after));
}

/**
 * The days on which the status can change with no write: the calendar reaches them and a rule
 * that compares with "today" flips. Each entry names the rule in collection/ it mirrors.
 */
function calendarTurns(debtor: Debtor, records: DebtorRecords): DayNumber[] {
  const turns: DayNumber[] = [];
  // A pause is active through its `until` day (invoices.ts isPauseActive), per debtor or per invoice.
  if (debtor.pause?.until) turns.push(toDayNumber(debtor.pause.until) + 1);
  for (const invoice of records.invoices) {
    if (invoice.pause?.until) turns.push(toDayNumber(invoice.pause.until) + 1);
  }
  // An unkept promise is open through its date, broken after it (promises.ts).
  for (const promise of records.promises) {
    if (promise.cancelledAt === null) turns.push(toDayNumber(promise.date) + 1);
  }
  // An uncovered installment is missed once its due date is past (plans.ts).
  for (const plan of records.plans) {
    if (plan.cancelledAt !== null) continue;
    for (const installment of plan.installments) turns.push(toDayNumber(installment.dueDate) + 1);
  }
  // A payment dated ahead asks for a thank-you only once its day comes (next-action.ts thankYou).
  for (const payment of records.payments) turns.push(toDayNumber(payment.date));
  return [...new Set(turns)].sort((a, b) => a - b);
}

/** The first day, from `now`'s day on, on which this debtor is due; null when no day is. */
export function followUpDay(debtor: Debtor, records: DebtorRecords, settings: Settings, now: Date): IsoDate | null {
  if (debtor.doNotContact) return null;
  const timeZone = debtor.timeZone;
  const turns = calendarTurns(debtor, records);
  let day = localDayOf(now.getTime(), timeZone);
  let at = now;
  for (let asked = 0; asked < MAX_DAYS_ASKED; asked++) {
    const action = computeStatus({ debtor, ...records, settings, now: at }).nextAction;
    const actionDay = action === null ? Infinity : toDayNumber(action.date);
    if (actionDay <= day) return fromDayNumber(day);
    // Until the next turn nothing the status reads changes, so the action's own day is the first candidate.
    const nextDay = Math.min(actionDay, turns.find((turn) => turn > day) ?? Infinity);
    if (nextDay === Infinity) return null;
    day = nextDay;
    at = new Date(zonedInstant(day, NOON, timeZone));
  }
  return fromDayNumber(day);
}
