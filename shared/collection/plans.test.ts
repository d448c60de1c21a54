import { describe, expect, it } from 'vitest';
import type { Payment } from '../ledger/schema';
import { toDayNumber } from './days';
import { currentPlan, evaluatePlan } from './plans';
import { makePayment, makePlan } from './test-factories';

const MADRID = 'Europe/Madrid';
// 900.00 EUR in three monthly installments, agreed on 1 March.
const plan = makePlan({
  id: 'plan',
  invoiceIds: ['a'],
  createdAt: '2026-03-01T10:00:00.000Z',
  installments: [
    { dueDate: '2026-04-01', amount: 30_000 },
    { dueDate: '2026-05-01', amount: 30_000 },
    { dueDate: '2026-06-01', amount: 30_000 },
  ],
});
const euros = (amount: number) => ({ currency: 'EUR', amount });

describe('payment plans', () => {
  it.each([
    ['nothing paid, first installment ahead', [], '2026-03-20', 'active', 0, { index: 0, dueDate: '2026-04-01', amount: euros(30_000) }, []],
    ['nothing paid, due today is not missed yet', [], '2026-04-01', 'active', 0, { index: 0, dueDate: '2026-04-01' }, []],
    ['first installment missed', [], '2026-04-02', 'defaulted', 0, { index: 1, dueDate: '2026-05-01' }, [{ index: 0, dueDate: '2026-04-01', amount: euros(30_000) }]],
    ['first paid, second ahead', [makePayment({ amount: 30_000, date: '2026-03-30' })], '2026-04-15', 'active', 30_000, { index: 1 }, []],
    ['half of the second paid', [makePayment({ amount: 45_000, date: '2026-03-30' })], '2026-04-15', 'active', 45_000, { index: 1, amount: euros(15_000) }, []],
    ['second partly covered and missed', [makePayment({ amount: 45_000, date: '2026-03-30' })], '2026-05-02', 'defaulted', 45_000, { index: 2 }, [{ index: 1, amount: euros(15_000) }]],
    ['all paid', [makePayment({ amount: 90_000, date: '2026-03-30' })], '2026-07-01', 'completed', 90_000, null, []],
    ['overpaid caps at the total', [makePayment({ amount: 99_000, date: '2026-03-30' })], '2026-03-31', 'completed', 90_000, null, []],
    ['payments before the plan do not count', [makePayment({ amount: 30_000, date: '2026-02-28' })], '2026-04-02', 'defaulted', 0, { index: 1 }, [{ index: 0 }]],
    ['other currencies do not count', [makePayment({ amount: 30_000, currency: 'USD', date: '2026-03-30' })], '2026-04-02', 'defaulted', 0, { index: 1 }, [{ index: 0 }]],
    ['allocations elsewhere do not count', [makePayment({ amount: 30_000, date: '2026-03-30', allocations: [{ invoiceId: 'b', amount: 30_000 }] })], '2026-04-02', 'defaulted', 0, { index: 1 }, [{ index: 0 }]],
    ['allocations to its invoice count', [makePayment({ amount: 50_000, date: '2026-03-30', allocations: [{ invoiceId: 'a', amount: 30_000 }, { invoiceId: 'b', amount: 20_000 }] })], '2026-04-02', 'active', 30_000, { index: 1 }, []],
  ] as [string, Payment[], string, string, number, object | null, object[]][])(
    '%s',
    (_name, payments, today, state, paid, next, missed) => {
      const view = evaluatePlan(plan, payments, toDayNumber(today), MADRID);
      expect(view.state).toBe(state);
      expect(view.paid).toEqual(euros(paid));
      expect(view.remaining).toEqual(euros(90_000 - paid));
      if (next === null) expect(view.nextInstallment).toBeNull();
      else expect(view.nextInstallment).toMatchObject(next);
      expect(view.missed).toHaveLength(missed.length);
      missed.forEach((expected, index) => expect(view.missed[index]).toMatchObject(expected));
    },
  );

  it('picks the newest running plan, ignoring cancelled ones and preferring running over completed', () => {
    const older = makePlan({ id: 'older', createdAt: '2026-02-01T10:00:00.000Z' });
    const newer = makePlan({ id: 'newer', createdAt: '2026-02-10T10:00:00.000Z' });
    const cancelled = makePlan({ id: 'cancelled', createdAt: '2026-02-20T10:00:00.000Z', cancelledAt: '2026-02-21T10:00:00.000Z' });
    const done = makePlan({ id: 'done', createdAt: '2026-02-25T10:00:00.000Z', installments: [{ dueDate: '2026-03-01', amount: 100 }] });
    const payments = [makePayment({ amount: 100, date: '2026-02-26', allocations: [{ invoiceId: 'x', amount: 100 }] })];
    const doneX = { ...done, invoiceIds: ['x'] };
    const today = toDayNumber('2026-03-05');
    expect(currentPlan([older, cancelled, newer, doneX], payments, today, MADRID)?.plan.id).toBe('newer');
    expect(currentPlan([cancelled, doneX], payments, today, MADRID)?.view.state).toBe('completed');
    expect(currentPlan([cancelled], payments, today, MADRID)).toBeNull();
  });
});
