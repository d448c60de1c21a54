import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../ledger/schema';
import { severityOf, type SeverityInput } from './severity';

const base: SeverityInput = {
  state: 'overdue',
  daysLate: 10,
  ladderDays: DEFAULT_SETTINGS.ladderDays,
  brokenPromises: 0,
  planDefaulted: false,
  kind: 'temporary',
};

describe('severity', () => {
  it.each([
    ['nothing owed', { state: 'clear', daysLate: null, kind: null }, 0],
    ['written off', { state: 'written-off', daysLate: null, kind: null }, 0],
    ['due in a month', { state: 'not-due', daysLate: -30, kind: null }, 0],
    ['due in three days', { state: 'not-due', daysLate: -3, kind: null }, 1],
    ['due today', { state: 'not-due', daysLate: 0, kind: null }, 1],
    ['paused, however late', { state: 'paused', daysLate: 120, kind: 'intentional' }, 1],
    ['promised', { state: 'promised', daysLate: 40 }, 1],
    ['on a plan', { state: 'on-plan', daysLate: 70 }, 1],
    ['disputed', { state: 'disputed', daysLate: 70 }, 1],
    ['1 day late', { daysLate: 1 }, 2],
    ['30 days late', { daysLate: 30 }, 2],
    ['31 days late', { daysLate: 31 }, 3],
    ['60 days late', { daysLate: 60 }, 3],
    ['61 days late', { daysLate: 61 }, 4],
    ['a broken promise at 5 days', { daysLate: 5, brokenPromises: 1 }, 3],
    ['a defaulted plan at 5 days', { daysLate: 5, planDefaulted: true }, 3],
    ['intentional at 5 days', { daysLate: 5, kind: 'intentional' }, 4],
    ['do-not-contact keeps its lateness', { state: 'do-not-contact', daysLate: 40 }, 3],
  ] as [string, Partial<SeverityInput>, number][])('%s: %i', (_name, fields, expected) => {
    expect(severityOf({ ...base, ...fields })).toBe(expected);
  });
});
