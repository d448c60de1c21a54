import { describe, expect, it } from 'vitest';
import type { Invoice } from '../ledger/schema';
import { toDayNumber } from './days';
import { balanceTotals, drivingInvoices, isPauseActive, isUnpaid, openInvoices } from './invoices';
import { makeInvoice } from './test-factories';

const since = '2026-03-01T10:00:00.000Z';

describe('unpaid invoices', () => {
  it.each([
    ['open, nothing paid', { status: 'open' }, true],
    ['open, partly paid', { status: 'open', paid: 40_000 }, true],
    ['open, fully paid but not marked', { status: 'open', paid: 100_000 }, false],
    ['disputed', { status: 'disputed' }, true],
    ['paid', { status: 'paid', paid: 100_000 }, false],
    ['void', { status: 'void' }, false],
    ['written off', { status: 'written_off' }, false],
  ] as [string, Partial<Invoice>, boolean][])('%s: %s', (_name, fields, expected) => {
    expect(isUnpaid(makeInvoice(fields))).toBe(expected);
  });

  it.each([
    [null, '2026-03-10', false],
    [{ reason: 'r', until: null, since }, '2030-01-01', true],
    [{ reason: 'r', until: '2026-03-10', since }, '2026-03-10', true],
    [{ reason: 'r', until: '2026-03-10', since }, '2026-03-11', false],
  ] as [Invoice['pause'], string, boolean][])('pause %j on %s is active: %s', (pause, day, expected) => {
    expect(isPauseActive(pause, toDayNumber(day))).toBe(expected);
  });

  it('keeps disputed and paused invoices out of the ladder, and sorts oldest first', () => {
    const open = openInvoices([
      makeInvoice({ id: 'late', dueDate: '2026-01-10' }),
      makeInvoice({ id: 'disputed', dueDate: '2026-01-01', status: 'disputed' }),
      makeInvoice({ id: 'objected', dueDate: '2026-01-02', dispute: { reason: 'wrong quantity', since } }),
      makeInvoice({ id: 'paused', dueDate: '2026-01-03', pause: { reason: 'r', until: '2026-03-15', since } }),
      makeInvoice({ id: 'early', dueDate: '2026-01-10' }),
    ]);
    expect(open.map((item) => item.id)).toEqual(['disputed', 'objected', 'paused', 'early', 'late']);
    expect(drivingInvoices(open, toDayNumber('2026-03-15')).map((item) => item.id)).toEqual(['early', 'late']);
    expect(drivingInvoices(open, toDayNumber('2026-03-16')).map((item) => item.id)).toEqual(['paused', 'early', 'late']);
    expect(balanceTotals(open)).toEqual([{ currency: 'EUR', amount: 500_000 }]);
  });
});
