import { describe, expect, it } from 'vitest';
import type { Event, Payment, PromiseToPay } from '../ledger/schema';
import { toDayNumber } from './days';
import {
  assessDelinquency,
  classifyDelinquency,
  delinquencyEvidence,
  paidInvoiceTimeliness,
  unansweredContacts,
  type DelinquencyFacts,
} from './delinquency';
import { makeEvent, makeInvoice, makePayment, makePromise } from './test-factories';
import { buildTimeline } from './timeline';

const MADRID = 'Europe/Madrid';
const ids = (count: number, prefix = 'x') => Array.from({ length: count }, (_, index) => `${prefix}${index}`);

function facts(fields: Partial<DelinquencyFacts> = {}): DelinquencyFacts {
  return {
    overdueInvoiceIds: ['a'],
    daysLate: 10,
    longOverdueInvoiceIds: [],
    brokenPromiseIds: [],
    missedPlanIds: [],
    missedInstallments: 0,
    unansweredContactIds: [],
    latePaidInvoiceIds: [],
    onTimePaidInvoiceIds: [],
    ...fields,
  };
}

describe('classifyDelinquency', () => {
  it.each([
    ['nothing overdue, whatever the history', { overdueInvoiceIds: [], daysLate: null, brokenPromiseIds: ids(3) }, null],
    ['a first late invoice', {}, 'temporary'],
    ['two broken promises', { brokenPromiseIds: ids(2) }, 'intentional'],
    ['one broken promise, two unanswered contacts', { brokenPromiseIds: ids(1), unansweredContactIds: ids(2) }, 'temporary'],
    ['one broken promise, three unanswered contacts', { brokenPromiseIds: ids(1), unansweredContactIds: ids(3) }, 'intentional'],
    ['five unanswered at 45 days', { unansweredContactIds: ids(5), daysLate: 45 }, 'temporary'],
    ['five unanswered at 46 days', { unansweredContactIds: ids(5), daysLate: 46 }, 'intentional'],
    ['four unanswered at 100 days', { unansweredContactIds: ids(4), daysLate: 100 }, 'temporary'],
    ['three invoices paid late', { latePaidInvoiceIds: ids(3) }, 'chronic'],
    ['half of four paid late', { latePaidInvoiceIds: ids(2), onTimePaidInvoiceIds: ids(2, 'y') }, 'chronic'],
    ['one of four paid late', { latePaidInvoiceIds: ids(1), onTimePaidInvoiceIds: ids(3, 'y') }, 'temporary'],
    ['two of three paid late (too few to judge a share)', { latePaidInvoiceIds: ids(2), onTimePaidInvoiceIds: ids(1, 'y') }, 'temporary'],
    ['two invoices over 30 days late', { longOverdueInvoiceIds: ids(2) }, 'chronic'],
    ['one invoice over 30 days late', { longOverdueInvoiceIds: ids(1) }, 'temporary'],
    ['intentional beats chronic', { brokenPromiseIds: ids(2), latePaidInvoiceIds: ids(5) }, 'intentional'],
  ] as [string, Partial<DelinquencyFacts>, string | null][])('%s: %s', (_name, fields, expected) => {
    expect(classifyDelinquency(facts(fields))).toBe(expected);
  });

  it('the override wins, and the computed kind and evidence stay', () => {
    const view = assessDelinquency(facts({ brokenPromiseIds: ['p1', 'p2'] }), {
      kind: 'temporary',
      reason: 'long-standing customer, hospital stay',
      at: '2026-03-01T10:00:00.000Z',
    });
    expect(view).toEqual({
      kind: 'temporary',
      computedKind: 'intentional',
      overridden: true,
      evidence: [
        { code: 'overdue-invoices', count: 1, ids: ['a'] },
        { code: 'days-late', days: 10 },
        { code: 'broken-promises', count: 2, ids: ['p1', 'p2'] },
      ],
    });
    expect(assessDelinquency(facts(), null)).toMatchObject({ kind: 'temporary', computedKind: 'temporary', overridden: false });
  });

  it('lists evidence in a fixed order and leaves empty facts out', () => {
    const all = facts({
      longOverdueInvoiceIds: ['a'],
      brokenPromiseIds: ['p'],
      missedPlanIds: ['plan'],
      missedInstallments: 2,
      unansweredContactIds: ['e1'],
      latePaidInvoiceIds: ['old1'],
      onTimePaidInvoiceIds: ['old2'],
    });
    expect(delinquencyEvidence(all).map((item) => item.code)).toEqual([
      'overdue-invoices',
      'days-late',
      'long-overdue-invoices',
      'broken-promises',
      'missed-installments',
      'unanswered-contacts',
      'late-paid-invoices',
      'on-time-paid-invoices',
    ]);
    expect(delinquencyEvidence(all).find((item) => item.code === 'missed-installments')).toEqual({
      code: 'missed-installments',
      count: 2,
      ids: ['plan'],
    });
    expect(delinquencyEvidence(facts({ overdueInvoiceIds: [], daysLate: null }))).toEqual([]);
  });
});

describe('paid invoice timeliness', () => {
  it('decides by the payment that completed each invoice, and skips invoices without allocations', () => {
    const invoices = [
      makeInvoice({ id: 'on-time', dueDate: '2026-02-10', status: 'paid', paid: 100_000 }),
      makeInvoice({ id: 'late', dueDate: '2026-02-10', status: 'paid', paid: 100_000 }),
      makeInvoice({ id: 'finished-late', dueDate: '2026-02-10', status: 'paid', paid: 100_000 }),
      makeInvoice({ id: 'unknown', dueDate: '2026-02-10', status: 'paid', paid: 100_000 }),
      makeInvoice({ id: 'open', dueDate: '2026-02-10' }),
    ];
    const payments: Payment[] = [
      makePayment({ date: '2026-02-10', amount: 100_000, allocations: [{ invoiceId: 'on-time', amount: 100_000 }] }),
      makePayment({ date: '2026-02-11', amount: 100_000, allocations: [{ invoiceId: 'late', amount: 100_000 }] }),
      makePayment({ date: '2026-02-01', amount: 50_000, allocations: [{ invoiceId: 'finished-late', amount: 50_000 }] }),
      makePayment({ date: '2026-03-01', amount: 50_000, allocations: [{ invoiceId: 'finished-late', amount: 50_000 }] }),
      makePayment({ date: '2026-01-01', amount: 100_000, allocations: [{ invoiceId: 'open', amount: 10_000 }] }),
      makePayment({ date: '2026-01-01', amount: 100_000 }),
    ];
    expect(paidInvoiceTimeliness(invoices, payments)).toEqual({ late: ['finished-late', 'late'], onTime: ['on-time'] });
  });
});

describe('unanswered contacts', () => {
  const since = toDayNumber('2026-03-01');
  const email = (id: string, at: string, direction: Event['direction'] = 'outbound') => makeEvent({ id, at, direction });

  it.each([
    ['all unanswered since the due date', [email('before', '2026-02-27T10:00:00.000Z'), email('e1', '2026-03-02T10:00:00.000Z'), email('e2', '2026-03-09T10:00:00.000Z')], [], [], ['e1', 'e2']],
    ['a reply answers what came before it', [email('e1', '2026-03-02T10:00:00.000Z'), email('r', '2026-03-03T10:00:00.000Z', 'inbound'), email('e2', '2026-03-09T10:00:00.000Z')], [], [], ['e2']],
    ['a payment answers contacts up to the end of its day', [email('e1', '2026-03-02T10:00:00.000Z'), email('e2', '2026-03-05T20:00:00.000Z'), email('e3', '2026-03-06T10:00:00.000Z')], [makePayment({ date: '2026-03-05' })], [], ['e3']],
    ['a promise answers what came before it', [email('e1', '2026-03-02T10:00:00.000Z'), email('e2', '2026-03-09T10:00:00.000Z')], [], [makePromise({ createdAt: '2026-03-04T10:00:00.000Z' })], ['e2']],
    ['a reply read from their message (an inbound note) answers what came before it', [email('e1', '2026-03-02T10:00:00.000Z'), makeEvent({ id: 'r', at: '2026-03-03T10:00:00.000Z', kind: 'note', channel: 'email', direction: 'inbound' })], [], [], []],
    ['a reply sent before the contact does not answer it', [makeEvent({ id: 'r', at: '2026-03-02T09:00:00.000Z', kind: 'note', channel: 'email', direction: 'inbound' }), email('e1', '2026-03-02T10:00:00.000Z')], [], [], ['e1']],
    ['internal notes are not contacts', [makeEvent({ id: 'n', at: '2026-03-02T10:00:00.000Z', kind: 'note', channel: 'system', direction: 'internal' })], [], [], []],
  ] as [string, Event[], Payment[], PromiseToPay[], string[]][])('%s', (_name, events, payments, promises, expected) => {
    expect(unansweredContacts(buildTimeline(events, MADRID), payments, promises, since, MADRID)).toEqual(expected);
  });
});
