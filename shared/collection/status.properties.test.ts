// Properties of computeStatus over generated ledgers: money stays per currency and never goes
// negative, the answer does not depend on input order, and next actions are never in the past.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import { LADDER_STEPS, SIDE_TRACKS, type DelinquencyKind, type Event, type Invoice, type TemplatePurpose } from '../ledger/schema';
import { computeStatus, type StatusInput } from './status';
import {
  localNow,
  makeDebtor,
  makeEvent,
  makeInvoice,
  makePayment,
  makePlan,
  makePromise,
  makeSettings,
} from './test-factories';

const BASE = '2026-06-15';
const CURRENCIES = ['EUR', 'USD', 'JPY'] as const;
const PURPOSES: TemplatePurpose[] = [...LADDER_STEPS, ...SIDE_TRACKS];
const KINDS: Event['kind'][] = ['email', 'call', 'letter', 'sms', 'note', 'payment', 'promise', 'dispute'];

const invoiceSpec = fc.record({
  currency: fc.constantFrom(...CURRENCIES),
  amount: fc.integer({ min: 1, max: 10_000_000 }),
  paidPercent: fc.integer({ min: 0, max: 100 }),
  status: fc.constantFrom('open', 'open', 'open', 'disputed', 'paid', 'void', 'written_off') as fc.Arbitrary<Invoice['status']>,
  due: fc.integer({ min: -200, max: 60 }),
  objection: fc.boolean(),
  pauseUntil: fc.option(fc.option(fc.integer({ min: -10, max: 20 }))),
});

const paymentSpec = fc.record({
  currency: fc.constantFrom(...CURRENCIES),
  amount: fc.integer({ min: 100, max: 10_000_000 }),
  date: fc.integer({ min: -200, max: 0 }),
  allocateTo: fc.uniqueArray(fc.nat({ max: 7 }), { maxLength: 3 }),
});

const eventSpec = fc.record({
  minutesAgo: fc.integer({ min: -600, max: 200 * 24 * 60 }),
  kind: fc.constantFrom(...KINDS),
  direction: fc.constantFrom('outbound', 'outbound', 'inbound', 'internal') as fc.Arbitrary<Event['direction']>,
  step: fc.option(fc.constantFrom(...PURPOSES), { nil: undefined }),
  reached: fc.boolean(),
});

const promiseSpec = fc.record({
  invoiceRefs: fc.uniqueArray(fc.nat({ max: 7 }), { maxLength: 2 }),
  currency: fc.constantFrom(...CURRENCIES),
  amount: fc.integer({ min: 1, max: 5_000_000 }),
  date: fc.integer({ min: -60, max: 30 }),
  madeDaysBefore: fc.integer({ min: 0, max: 30 }),
  cancelled: fc.boolean(),
});

const planSpec = fc.record({
  invoiceRef: fc.nat({ max: 7 }),
  currency: fc.constantFrom(...CURRENCIES),
  installments: fc.uniqueArray(fc.integer({ min: -60, max: 120 }), { minLength: 1, maxLength: 4 }),
  amount: fc.integer({ min: 1, max: 2_000_000 }),
  createdDaysAgo: fc.integer({ min: 0, max: 90 }),
  cancelled: fc.boolean(),
});

const scenario = fc.record({
  zone: fc.constantFrom('Europe/Madrid', 'America/New_York', 'America/Guayaquil', 'Asia/Tokyo', 'Pacific/Auckland'),
  todayShift: fc.integer({ min: -200, max: 200 }),
  time: fc.constantFrom('00:05', '08:30', '12:00', '20:59', '23:55'),
  invoices: fc.array(invoiceSpec, { maxLength: 8 }),
  payments: fc.array(paymentSpec, { maxLength: 6 }),
  events: fc.array(eventSpec, { maxLength: 15 }),
  promises: fc.array(promiseSpec, { maxLength: 3 }),
  plans: fc.array(planSpec, { maxLength: 2 }),
  doNotContact: fc.boolean(),
  pauseUntil: fc.option(fc.option(fc.integer({ min: -5, max: 10 }))),
  override: fc.option(fc.constantFrom<DelinquencyKind>('temporary', 'chronic', 'intentional')),
  preset: fc.option(fc.constantFrom('spain', 'us-regulation-f', 'ecuador', 'none') as fc.Arbitrary<'spain'>),
  seed: fc.integer(),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function build(s: Scenario): StatusInput {
  const today = addDays(BASE, s.todayShift);
  const now = localNow(today, s.time, s.zone);
  const created = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000).toISOString();
  const pause = (until: number | null) => ({ reason: 'generated', until: until === null ? null : addDays(today, until), since: created(3) });
  const invoiceId = (index: number) => `inv-${index}`;
  return {
    debtor: makeDebtor({
      timeZone: s.zone,
      doNotContact: s.doNotContact,
      pause: s.pauseUntil === null ? null : pause(s.pauseUntil),
      delinquencyOverride: s.override === null ? null : { kind: s.override, reason: 'generated', at: created(1) },
      contactPolicy: s.preset === null ? null : { preset: s.preset },
    }),
    invoices: s.invoices.map((spec, index) =>
      makeInvoice({
        id: invoiceId(index),
        currency: spec.currency,
        amount: spec.amount,
        paid: spec.status === 'paid' ? spec.amount : Math.floor((spec.amount * spec.paidPercent) / 100),
        status: spec.status,
        dueDate: addDays(today, spec.due),
        dispute: spec.objection ? { reason: 'generated', since: created(2) } : null,
        pause: spec.pauseUntil === null ? null : pause(spec.pauseUntil),
      }),
    ),
    payments: s.payments.map((spec, index) =>
      makePayment({
        id: `pay-${index}`,
        currency: spec.currency,
        amount: spec.amount,
        date: addDays(today, spec.date),
        allocations: spec.allocateTo.map((ref) => ({ invoiceId: invoiceId(ref), amount: Math.floor(spec.amount / 4) })),
      }),
    ),
    events: s.events.map((spec, index) =>
      makeEvent({
        id: `event-${index}`,
        at: new Date(now.getTime() - spec.minutesAgo * 60_000).toISOString(),
        kind: spec.kind,
        direction: spec.direction,
        step: spec.step,
        ...(spec.kind === 'call' ? { outcome: spec.reached ? 'reached' : 'no-answer' } : {}),
      }),
    ),
    promises: s.promises.map((spec, index) =>
      makePromise({
        id: `promise-${index}`,
        invoiceIds: spec.invoiceRefs.map(invoiceId),
        currency: spec.currency,
        amount: spec.amount,
        date: addDays(today, spec.date),
        createdAt: created(Math.max(0, spec.madeDaysBefore - spec.date)),
        cancelledAt: spec.cancelled ? created(0) : null,
      }),
    ),
    plans: s.plans.map((spec, index) =>
      makePlan({
        id: `plan-${index}`,
        invoiceIds: [invoiceId(spec.invoiceRef)],
        currency: spec.currency,
        installments: [...spec.installments].sort((a, b) => a - b).map((offset) => ({ dueDate: addDays(today, offset), amount: spec.amount })),
        createdAt: created(spec.createdDaysAgo),
        cancelledAt: spec.cancelled ? created(0) : null,
      }),
    ),
    settings: makeSettings(),
    now,
  };
}

/** Deterministic Fisher-Yates driven by a small PRNG (mulberry32). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

function expectedTotals(invoices: Invoice[], include: (invoice: Invoice) => boolean): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const invoice of invoices) {
    if ((invoice.status === 'open' || invoice.status === 'disputed') && invoice.amount > invoice.paid && include(invoice)) {
      totals[invoice.currency] = (totals[invoice.currency] ?? 0) + invoice.amount - invoice.paid;
    }
  }
  return totals;
}

describe('computeStatus properties', () => {
  it('outstanding is never negative, per currency, and equals the per-currency sum of balances', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const input = build(s);
        const status = computeStatus(input);
        for (const list of [status.outstanding, status.overdue, ...status.aging.map((bucket) => bucket.totals)]) {
          const codes = list.map((money) => money.currency);
          expect(codes).toEqual([...new Set(codes)].sort());
          for (const money of list) {
            expect(Number.isSafeInteger(money.amount)).toBe(true);
            expect(money.amount).toBeGreaterThan(0);
          }
        }
        const asRecord = (list: { currency: string; amount: number }[]) => Object.fromEntries(list.map((m) => [m.currency, m.amount]));
        expect(asRecord(status.outstanding)).toEqual(expectedTotals(input.invoices, () => true));
        expect(asRecord(status.overdue)).toEqual(expectedTotals(input.invoices, (invoice) => invoice.dueDate < status.today));
        // The buckets partition the outstanding balance.
        const bucketed: Record<string, number> = {};
        for (const bucket of status.aging) for (const money of bucket.totals) bucketed[money.currency] = (bucketed[money.currency] ?? 0) + money.amount;
        expect(bucketed).toEqual(asRecord(status.outstanding));
        // Plan money is in the plan's currency and adds up.
        if (status.plan) expect(status.plan.paid.currency).toBe(status.plan.remaining.currency);
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic and independent of input order and of other debtors records', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const input = build(s);
        const first = computeStatus(input);
        expect(computeStatus(input)).toEqual(first);
        const stranger = { debtorId: 'someone-else' };
        const reordered: StatusInput = {
          ...input,
          invoices: shuffled([...input.invoices, makeInvoice({ ...stranger, id: 'x-inv', dueDate: '2025-01-01' })], s.seed),
          payments: shuffled(input.payments, s.seed + 1),
          events: shuffled([...input.events, makeEvent({ ...stranger, id: 'x-event', at: input.now.toISOString() })], s.seed + 2),
          promises: shuffled(input.promises, s.seed + 3),
          plans: shuffled(input.plans, s.seed + 4),
        };
        expect(computeStatus(reordered)).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps its own invariants: actions never in the past, states consistent with the money', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const input = build(s);
        const status = computeStatus(input);
        if (status.nextAction) expect(status.nextAction.date >= status.today).toBe(true);
        if (status.state === 'clear' || status.state === 'written-off') expect(status.outstanding).toEqual([]);
        if (status.outstanding.length === 0) {
          expect(status.daysLate).toBeNull();
          expect(['clear', 'written-off', 'do-not-contact']).toContain(status.state);
        }
        if (status.state === 'do-not-contact') {
          expect(status.nextAction).toBeNull();
          expect(status.policy.allowed).toBe(false);
        }
        if (status.state === 'disputed') expect(status.ladderStep).toBeNull();
        if (status.overdue.length === 0 && !status.delinquency.overridden) expect(status.delinquency.kind).toBeNull();
        expect(status.aging.map((bucket) => bucket.bucket)).toEqual(['current', '1-30', '31-60', '61-90', '90+']);
        if (status.policy.nextAllowedAt !== null) {
          expect(Date.parse(status.policy.nextAllowedAt)).toBeGreaterThanOrEqual(input.now.getTime());
        }
      }),
      { numRuns: 200 },
    );
  });
});
