import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, LADDER_STEPS, type LadderDays, type LadderStep } from '../ledger/schema';
import { currentLadderStep, LADDER_RULES, ladderAction, ladderStepFor, nextLadderStep, nextStepToTry, type LadderHistory } from './ladder';

const DAYS = DEFAULT_SETTINGS.ladderDays;

/** Contacts by step, on days relative to nothing (absolute day numbers); `other` are contacts with no step. */
function history(sent: Partial<Record<LadderStep, number>>, other: number[] = []): LadderHistory {
  return {
    tried: (step) => sent[step] !== undefined,
    lastContactDay: (steps) => {
      const days = steps
        ? steps.map((step) => sent[step]).filter((day): day is number => day !== undefined)
        : [...Object.values(sent), ...other];
      return days.length === 0 ? null : Math.max(...days);
    },
  };
}

describe('ladderStepFor', () => {
  it.each([
    [-10, null],
    [-4, null],
    [-3, 'courtesy'],
    [-1, 'courtesy'],
    [0, 'due'],
    [6, 'due'],
    [7, 'overdue'],
    [13, 'overdue'],
    [14, 'call'],
    [29, 'call'],
    [30, 'firm'],
    [35, 'firm'],
    [45, 'formal'],
    [59, 'formal'],
    [60, 'agency'],
    [89, 'agency'],
    [90, 'legal'],
    [95, 'legal'],
    [1000, 'legal'],
  ])('%i days late is %s', (daysLate, step) => {
    expect(ladderStepFor(daysLate, DAYS)).toBe(step);
  });

  it('follows custom ladder days', () => {
    const custom: LadderDays = { courtesy: -7, due: 0, overdue: 3, call: 10, firm: 21, formal: 40, agency: 75, legal: 120 };
    expect([-7, 2, 3, 21, 74, 120].map((days) => ladderStepFor(days, custom))).toEqual([
      'courtesy',
      'due',
      'overdue',
      'firm',
      'formal',
      'legal',
    ]);
  });

  it('orders the steps', () => {
    expect(LADDER_STEPS.map(nextLadderStep)).toEqual(['due', 'overdue', 'call', 'firm', 'formal', 'agency', 'legal', null]);
  });
});

describe('the ladder table', () => {
  it('lets only the courtesy and due-day reminders be skipped, each once the next window opens', () => {
    expect(LADDER_STEPS.filter((step) => LADDER_RULES[step].skippedOnceDayOf !== null)).toEqual(['courtesy', 'due']);
    expect(LADDER_RULES.courtesy.skippedOnceDayOf).toBe('due');
    expect(LADDER_RULES.due.skippedOnceDayOf).toBe('overdue');
  });

  it('makes every escalation step wait for the gap since the last contact', () => {
    expect(LADDER_STEPS.filter((step) => LADDER_RULES[step].waitsForGap)).toEqual(['overdue', 'call', 'firm', 'formal', 'agency', 'legal']);
  });
});

describe('ladderAction', () => {
  const due = 1000;
  const base = { oldestDue: due, ladderDays: DAYS, resendIntervalDays: 30, minContactGapDays: 7 };
  const on = (days: number) => due + days;

  // [case, days late asked on, steps tried (day relative to the due date), expected]
  it.each([
    ['before the courtesy window: courtesy on its day', -10, {}, { purpose: 'courtesy', channel: 'email', date: on(-3), reason: 'next-step' }],
    ['courtesy window, nothing sent', -3, {}, { purpose: 'courtesy', channel: 'email', date: on(-3), reason: 'step-due' }],
    ['courtesy sent: the due-day reminder on the due date (no gap for window steps)', -2, { courtesy: -3 }, { purpose: 'due', date: on(0), reason: 'next-step' }],
    ['due day, nothing sent: courtesy is skipped', 0, {}, { purpose: 'due', date: on(0), reason: 'step-due' }],
    ['5 days late, nothing sent: the due-day reminder, sent late', 5, {}, { purpose: 'due', date: on(5), reason: 'step-due' }],
    ['overdue day reached, nothing sent: the due-day reminder is skipped', 7, {}, { purpose: 'overdue', date: on(7), reason: 'step-due' }],
    ['35 days late, never contacted: the overdue reminder, never the firm one', 35, {}, { purpose: 'overdue', channel: 'email', date: on(35), reason: 'step-due' }],
    ['200 days late, never contacted: still the overdue reminder', 200, {}, { purpose: 'overdue', date: on(200), reason: 'step-due' }],
    ['due-day reminder sent late: the overdue one waits for the gap', 9, { due: 5 }, { purpose: 'overdue', date: on(12), reason: 'next-step' }],
    ['courtesy sent, due-day skipped: overdue once its day and the gap are reached', 8, { courtesy: -3 }, { purpose: 'overdue', date: on(8), reason: 'step-due' }],
    ['overdue sent: the call on its day', 14, { overdue: 7 }, { purpose: 'call', channel: 'phone', date: on(14), reason: 'step-due' }],
    ['overdue sent late: the call waits for the gap', 31, { overdue: 30 }, { purpose: 'call', date: on(37), reason: 'next-step' }],
    ['call made: firm on its day', 20, { overdue: 7, call: 14 }, { purpose: 'firm', date: on(30), reason: 'next-step' }],
    ['an e-mail in place of the call counts as the call step', 31, { overdue: 7, call: 20 }, { purpose: 'firm', date: on(31), reason: 'step-due' }],
    ['firm sent: formal is a letter, on its day', 45, { overdue: 7, call: 14, firm: 30 }, { purpose: 'formal', channel: 'letter', date: on(45), reason: 'step-due' }],
    ['firm sent late: formal waits for the gap', 50, { overdue: 7, call: 14, firm: 48 }, { purpose: 'formal', date: on(55), reason: 'next-step' }],
    ['formal sent: agency is a task', 60, { overdue: 7, call: 14, firm: 30, formal: 45 }, { purpose: 'agency', channel: 'task', reason: 'step-due' }],
    ['agency done: legal is a task', 95, { overdue: 7, call: 14, firm: 30, formal: 45, agency: 60 }, { purpose: 'legal', channel: 'task', date: on(95) }],
  ] as [string, number, Partial<Record<LadderStep, number>>, object][])('%s', (_name, daysLate, sent, expected) => {
    const tried = Object.fromEntries(Object.entries(sent).map(([step, day]) => [step, on(day)]));
    expect(ladderAction({ ...base, asOf: on(daysLate), history: history(tried) })).toMatchObject(expected);
  });

  it('counts a contact with no step (a plain e-mail) for the gap', () => {
    expect(ladderAction({ ...base, asOf: on(14), history: history({ overdue: on(7) }, [on(12)]) })).toMatchObject({
      purpose: 'call',
      date: on(19),
      reason: 'next-step',
    });
  });

  it('legal taken: the ladder has nothing more to suggest', () => {
    expect(ladderAction({ ...base, asOf: due + 100, history: history({ legal: due + 91 }) })).toBeNull();
  });

  it('re-sends the overdue copy at the interval when the next step is further away', () => {
    const slow: LadderDays = { ...DAYS, call: 50, firm: 60, formal: 70, agency: 80, legal: 90 };
    const sent = history({ overdue: due + 7 });
    expect(ladderAction({ ...base, ladderDays: slow, asOf: due + 20, history: sent })).toEqual({
      purpose: 'overdue',
      channel: 'email',
      date: due + 37,
      reason: 'resend',
    });
    // The re-send day passed without one: due now.
    expect(ladderAction({ ...base, ladderDays: slow, asOf: due + 40, history: sent })).toMatchObject({ date: due + 40, reason: 'resend' });
    // With the default ladder the call comes first.
    expect(ladderAction({ ...base, asOf: due + 8, history: sent })).toMatchObject({ purpose: 'call', date: due + 14 });
  });

  it('a floor raises the step (a defaulted plan returns to firm)', () => {
    expect(ladderAction({ ...base, asOf: due + 10, floor: 'firm', history: history({}) })).toMatchObject({
      purpose: 'firm',
      date: due + 10,
      reason: 'step-due',
    });
    // Firm sent on day 10: its copy is re-sent on day 40, before formal on day 45...
    expect(ladderAction({ ...base, asOf: due + 10, floor: 'firm', history: history({ firm: due + 10 }) })).toMatchObject({
      purpose: 'firm',
      date: due + 40,
      reason: 'resend',
    });
    // ...unless the re-send interval is longer than the gap.
    expect(
      ladderAction({ ...base, resendIntervalDays: 60, asOf: due + 10, floor: 'firm', history: history({ firm: due + 10 }) }),
    ).toMatchObject({ purpose: 'formal', date: due + 45, reason: 'next-step' });
  });
});

describe('currentLadderStep and nextStepToTry', () => {
  const due = 1000;
  const base = { oldestDue: due, ladderDays: DAYS, resendIntervalDays: 30, minContactGapDays: 7 };

  it.each([
    ['nothing done, nothing due yet', -10, {}, null, 'courtesy'],
    ['5 days late, never contacted: due-day step', 5, {}, 'due', 'due'],
    ['35 days late, never contacted: overdue step, never firm', 35, {}, 'overdue', 'overdue'],
    ['overdue sent, call not yet due: still on the overdue step', 10, { overdue: due + 7 }, 'overdue', 'call'],
    ['call due', 14, { overdue: due + 7 }, 'call', 'call'],
    ['legal taken', 100, { legal: due + 91 }, 'legal', null],
  ] as [string, number, Partial<Record<LadderStep, number>>, LadderStep | null, LadderStep | null][])('%s', (_name, daysLate, sent, step, next) => {
    const args = { ...base, asOf: due + daysLate, history: history(sent) };
    expect(currentLadderStep(args)).toBe(step);
    expect(nextStepToTry(args)).toBe(next);
  });
});
