import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, LADDER_STEPS, type LadderDays, type LadderStep } from '../ledger/schema';
import { ladderAction, ladderStepFor, nextLadderStep, type LadderHistory } from './ladder';

const DAYS = DEFAULT_SETTINGS.ladderDays;

function history(sent: Partial<Record<LadderStep, number>>): LadderHistory {
  return {
    tried: (step) => sent[step] !== undefined,
    lastContactDay: (steps) => {
      const days = steps.map((step) => sent[step]).filter((day): day is number => day !== undefined);
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

describe('ladderAction', () => {
  const due = 1000;
  const base = { oldestDue: due, ladderDays: DAYS, resendIntervalDays: 30 };

  it.each([
    ['before the courtesy window: courtesy on its day', -10, {}, { purpose: 'courtesy', channel: 'email', date: due - 3, reason: 'next-step' }],
    ['courtesy window, nothing sent', -3, {}, { purpose: 'courtesy', channel: 'email', date: due - 3, reason: 'step-due' }],
    ['courtesy sent: the due-day reminder on the due date', -2, { courtesy: due - 3 }, { purpose: 'due', date: due, reason: 'next-step' }],
    ['imported at day 35: firm now, earlier steps not replayed', 35, {}, { purpose: 'firm', channel: 'email', date: due + 35, reason: 'step-due' }],
    ['call due', 14, { overdue: due + 7 }, { purpose: 'call', channel: 'phone', date: due + 14, reason: 'step-due' }],
    ['call made: firm on day 30', 20, { call: due + 14 }, { purpose: 'firm', date: due + 30, reason: 'next-step' }],
    ['formal is a letter', 45, {}, { purpose: 'formal', channel: 'letter', reason: 'step-due' }],
    ['agency is a task', 60, {}, { purpose: 'agency', channel: 'task' }],
    ['legal is a task', 95, {}, { purpose: 'legal', channel: 'task', date: due + 95 }],
  ] as [string, number, Partial<Record<LadderStep, number>>, object][])('%s', (_name, daysLate, sent, expected) => {
    expect(ladderAction({ ...base, asOf: due + daysLate, history: history(sent) })).toMatchObject(expected);
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
