import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import type { Debtor, Event, Invoice, Payment, PaymentPlan, PromiseToPay } from '../ledger/schema';
import { computeStatus, type StatusInput } from './status';
import {
  localInstant,
  localNow,
  makeDebtor,
  makeEvent,
  makeInvoice,
  makePayment,
  makePlan,
  makePromise,
  makeSettings,
} from './test-factories';

const MADRID = 'Europe/Madrid';
// A Monday; every scenario is dated relative to it.
const TODAY = '2026-06-15';
const day = (offset: number, from = TODAY) => addDays(from, offset);
const at = (offset: number, time = '10:00') => localInstant(day(offset), time, MADRID);

interface Scenario {
  today?: string;
  debtor?: Partial<Debtor>;
  invoices?: Invoice[];
  payments?: Payment[];
  events?: Event[];
  promises?: PromiseToPay[];
  plans?: PaymentPlan[];
}

function statusOf(scenario: Scenario) {
  const input: StatusInput = {
    debtor: makeDebtor(scenario.debtor),
    invoices: scenario.invoices ?? [],
    payments: scenario.payments ?? [],
    events: scenario.events ?? [],
    promises: scenario.promises ?? [],
    plans: scenario.plans ?? [],
    settings: makeSettings(),
    now: localNow(scenario.today ?? TODAY, '12:00', scenario.debtor?.timeZone ?? MADRID),
  };
  return computeStatus(input);
}

/** One open invoice of 1,000.00 EUR that is `daysLate` days past due today. */
const lateInvoice = (daysLate: number, fields: Partial<Invoice> = {}) =>
  makeInvoice({ id: 'inv', dueDate: day(-daysLate), amount: 100_000, ...fields });

const sent = (step: Event['step'], offset: number, fields: Partial<Event> = {}) =>
  makeEvent({ at: at(offset), step, invoiceIds: ['inv'], ...fields });

describe('the ladder by days late (COLLECTIONS.md defaults)', () => {
  it.each([
    [-10, null, 'not-due', 0, { purpose: 'courtesy', channel: 'email', date: day(-3 + 10), reason: 'next-step' }],
    [-3, 'courtesy', 'not-due', 1, { purpose: 'courtesy', channel: 'email', date: TODAY, reason: 'step-due' }],
    [0, 'due', 'not-due', 1, { purpose: 'due', channel: 'email', date: TODAY, reason: 'step-due' }],
    [7, 'overdue', 'overdue', 2, { purpose: 'overdue', channel: 'email', date: TODAY, reason: 'step-due' }],
    // Never contacted: however late, the first escalation message is the overdue reminder.
    [14, 'overdue', 'overdue', 2, { purpose: 'overdue', channel: 'email', date: TODAY, reason: 'step-due' }],
    [35, 'overdue', 'overdue', 3, { purpose: 'overdue', channel: 'email', date: TODAY, reason: 'step-due' }],
    [45, 'overdue', 'overdue', 3, { purpose: 'overdue', channel: 'email', date: TODAY, reason: 'step-due' }],
    [60, 'overdue', 'overdue', 3, { purpose: 'overdue', channel: 'email', date: TODAY, reason: 'step-due' }],
    [95, 'overdue', 'overdue', 4, { purpose: 'overdue', channel: 'email', date: TODAY, reason: 'step-due' }],
  ] as const)('%i days late, never contacted: step %s, state %s, severity %i', (daysLate, step, state, severity, nextAction) => {
    const status = statusOf({ invoices: [lateInvoice(daysLate)] });
    expect(status.ladderStep).toBe(step);
    expect(status.state).toBe(state);
    expect(status.severity).toBe(severity);
    expect(status.daysLate).toBe(daysLate);
    expect(status.oldestDueDate).toBe(day(-daysLate));
    expect(status.nextAction).toEqual({ ...nextAction, invoiceIds: ['inv'] });
  });

  it.each([
    ['firm sent 5 days ago: formal on day 45', 35, [sent('firm', -5)], { purpose: 'formal', date: day(10), reason: 'next-step' }],
    ['firm sent before this cycle began: the cycle starts again at the overdue reminder', 35, [sent('firm', -40)], { purpose: 'overdue', date: TODAY, reason: 'step-due' }],
    ['each step tried in turn: formal by letter on its day', 45, [sent('overdue', -38), sent('call', -31, { kind: 'call' }), sent('firm', -15)], { purpose: 'formal', channel: 'letter', date: TODAY }],
    ['firm sent late: formal waits the minimum gap', 45, [sent('overdue', -38), sent('call', -31, { kind: 'call' }), sent('firm', -3)], { purpose: 'formal', date: day(4), reason: 'next-step' }],
    ['overdue sent, then 35 days late: the call, not the firm reminder', 35, [sent('overdue', -10)], { purpose: 'call', channel: 'phone', date: TODAY }],
    ['only other steps sent: firm is still due', 35, [sent('overdue', -28), sent('call', -21)], { purpose: 'firm', date: TODAY }],
    ['an inbound message with the step does not count', 35, [sent('firm', -5, { direction: 'inbound' })], { purpose: 'overdue', date: TODAY }],
    ['courtesy sent: due-day reminder on the due date', -2, [sent('courtesy', -1)], { purpose: 'due', date: day(2), reason: 'next-step' }],
    ['call made: firm on day 30', 20, [sent('call', -6, { kind: 'call', outcome: 'reached' })], { purpose: 'firm', date: day(10) }],
    ['legal taken: nothing more', 95, [sent('legal', -3, { kind: 'handover', channel: 'system' }), sent('legal', -3, { kind: 'letter' })], null],
  ] as [string, number, Event[], object | null][])('%s', (_name, daysLate, events, expected) => {
    const status = statusOf({ invoices: [lateInvoice(daysLate)], events });
    if (expected === null) expect(status.nextAction).toBeNull();
    else expect(status.nextAction).toMatchObject(expected);
  });

  it('names every invoice whose own ladder has started by the action date', () => {
    const status = statusOf({
      invoices: [
        makeInvoice({ id: 'old', dueDate: day(-35) }),
        makeInvoice({ id: 'recent', dueDate: day(-2) }),
        makeInvoice({ id: 'soon', dueDate: day(3) }),
        makeInvoice({ id: 'later', dueDate: day(20) }),
      ],
    });
    expect(status.nextAction).toMatchObject({ purpose: 'overdue', invoiceIds: ['old', 'recent', 'soon'] });
  });
});

describe('money', () => {
  it('totals open and disputed balances per currency, never across currencies', () => {
    const status = statusOf({
      invoices: [
        makeInvoice({ id: 'a', currency: 'EUR', amount: 121_000, paid: 21_000, dueDate: day(-40) }),
        makeInvoice({ id: 'b', currency: 'USD', amount: 50_000, dueDate: day(-5) }),
        makeInvoice({ id: 'c', currency: 'EUR', amount: 30_000, dueDate: day(10), status: 'disputed' }),
        makeInvoice({ id: 'd', currency: 'JPY', amount: 5_000, dueDate: day(0) }),
        makeInvoice({ id: 'paid', currency: 'EUR', amount: 10_000, paid: 10_000, status: 'paid', dueDate: day(-90) }),
        makeInvoice({ id: 'void', currency: 'EUR', amount: 10_000, status: 'void', dueDate: day(-90) }),
        makeInvoice({ id: 'gone', currency: 'EUR', amount: 10_000, status: 'written_off', dueDate: day(-90) }),
      ],
    });
    expect(status.outstanding).toEqual([
      { currency: 'EUR', amount: 130_000 },
      { currency: 'JPY', amount: 5_000 },
      { currency: 'USD', amount: 50_000 },
    ]);
    expect(status.overdue).toEqual([
      { currency: 'EUR', amount: 100_000 },
      { currency: 'USD', amount: 50_000 },
    ]);
    expect(status.aging.map((bucket) => [bucket.bucket, bucket.invoiceIds])).toEqual([
      ['current', ['d', 'c']],
      ['1-30', ['b']],
      ['31-60', ['a']],
      ['61-90', []],
      ['90+', []],
    ]);
  });

  it('only counts records of this debtor', () => {
    const status = statusOf({
      invoices: [lateInvoice(10), makeInvoice({ id: 'theirs', debtorId: 'debtor-2', dueDate: day(-80) })],
      events: [sent('overdue', -1, { debtorId: 'debtor-2' })],
    });
    expect(status.outstanding).toEqual([{ currency: 'EUR', amount: 100_000 }]);
    expect(status.daysLate).toBe(10);
    expect(status.lastContact).toBeNull();
    expect(status.nextAction).toMatchObject({ purpose: 'overdue', date: TODAY });
  });
});

describe('the debtor calendar', () => {
  it('judges today in the debtor time zone', () => {
    // 23:30 UTC on 15 June: already the 16th in Madrid, still the 15th in New York.
    const now = new Date('2026-06-15T23:30:00.000Z');
    const base = { invoices: [makeInvoice({ id: 'inv', dueDate: '2026-06-16' })], payments: [], events: [], promises: [], plans: [], settings: makeSettings(), now };
    const madrid = computeStatus({ ...base, debtor: makeDebtor({ timeZone: MADRID }) });
    const newYork = computeStatus({ ...base, debtor: makeDebtor({ timeZone: 'America/New_York' }) });
    expect([madrid.today, madrid.daysLate, madrid.ladderStep]).toEqual(['2026-06-16', 0, 'due']);
    expect([newYork.today, newYork.daysLate, newYork.ladderStep]).toEqual(['2026-06-15', -1, 'courtesy']);
  });
});

describe('promises to pay', () => {
  const promise = makePromise({ id: 'p', invoiceIds: ['inv'], amount: 100_000, date: day(5), createdAt: at(-1) });

  it('an open promise pauses escalation until the day after its date', () => {
    const status = statusOf({ invoices: [lateInvoice(20)], promises: [promise] });
    expect(status.state).toBe('promised');
    // Never reminded yet: the chase is on the overdue step whatever the days late.
    expect(status.ladderStep).toBe('overdue');
    expect(status.severity).toBe(1);
    expect(status.promises.open).toEqual([
      { promiseId: 'p', date: day(5), amount: { currency: 'EUR', amount: 100_000 }, paidToward: 0 },
    ]);
    expect(status.nextAction).toEqual({
      channel: 'email',
      purpose: 'promise-broken',
      date: day(6),
      invoiceIds: ['inv'],
      reason: 'promise-follow-up',
    });
  });

  it('the day after an unpaid promise: broken, follow up today, then the ladder resumes', () => {
    const later = day(6);
    const broken = statusOf({ today: later, invoices: [lateInvoice(20)], promises: [promise] });
    expect(broken.state).toBe('overdue');
    expect(broken.promises.broken.map((view) => view.promiseId)).toEqual(['p']);
    expect(broken.severity).toBe(3);
    expect(broken.nextAction).toEqual({ channel: 'email', purpose: 'promise-broken', date: later, invoiceIds: ['inv'], reason: 'promise-broken' });

    const followedUp = statusOf({
      today: later,
      invoices: [lateInvoice(20)],
      promises: [promise],
      events: [makeEvent({ at: localInstant(later, '09:00', MADRID), step: 'promise-broken' })],
    });
    // Nothing of the ladder was tried yet: its overdue reminder, a minimum gap after the follow-up.
    expect(followedUp.nextAction).toMatchObject({ purpose: 'overdue', channel: 'email', date: day(13), reason: 'next-step' });
  });

  it('a kept promise is not broken', () => {
    const status = statusOf({
      today: day(10),
      invoices: [lateInvoice(20, { paid: 40_000 })],
      promises: [makePromise({ id: 'p', amount: 40_000, date: day(5), createdAt: at(-1) })],
      payments: [makePayment({ amount: 40_000, date: day(3), allocations: [{ invoiceId: 'inv', amount: 40_000 }] })],
    });
    expect(status.promises.kept.map((view) => view.promiseId)).toEqual(['p']);
    expect(status.promises.broken).toEqual([]);
    expect(status.nextAction?.reason).not.toBe('promise-broken');
  });

  it.each([
    ['two broken promises', [makePromise({ id: 'p1', date: day(-20), createdAt: at(-25) }), makePromise({ id: 'p2', date: day(-10), createdAt: at(-15) })], []],
    [
      'one broken promise and three unanswered contacts',
      [makePromise({ id: 'p1', date: day(-20), createdAt: at(-25) })],
      [sent('overdue', -15), sent('call', -10, { kind: 'call', outcome: 'no-answer' }), sent('firm', -5)],
    ],
  ] as [string, PromiseToPay[], Event[]][])('a broken promise counts toward intentional: %s', (_name, promises, events) => {
    const status = statusOf({ invoices: [lateInvoice(35)], promises, events });
    expect(status.delinquency.kind).toBe('intentional');
    expect(status.delinquency.evidence).toContainEqual({ code: 'broken-promises', count: promises.length, ids: promises.map((p) => p.id) });
    expect(status.severity).toBe(4);
  });

  it('cancelled promises are neither kept nor broken', () => {
    const cancelled = makePromise({ id: 'p', date: day(-3), createdAt: at(-10), cancelledAt: at(-5) });
    const status = statusOf({ invoices: [lateInvoice(20)], promises: [cancelled] });
    expect(status.promises).toEqual({ open: [], kept: [], broken: [] });
    expect(status.state).toBe('overdue');
  });
});

describe('disputes and pauses', () => {
  const since = at(-3);

  it('a dispute pauses escalation: acknowledge it, then resolve it', () => {
    const disputed = lateInvoice(40, { status: 'disputed', dispute: { reason: 'goods arrived damaged', since } });
    const status = statusOf({ invoices: [disputed] });
    expect(status.state).toBe('disputed');
    expect(status.ladderStep).toBeNull();
    expect(status.severity).toBe(1);
    expect(status.daysLate).toBe(40);
    expect(status.nextAction).toEqual({
      channel: 'email',
      purpose: 'dispute-acknowledgement',
      date: TODAY,
      invoiceIds: ['inv'],
      reason: 'dispute-unanswered',
    });
    const answered = statusOf({ invoices: [disputed], events: [sent('dispute-acknowledgement', -1)] });
    expect(answered.nextAction).toMatchObject({ channel: 'task', purpose: 'dispute-acknowledgement', reason: 'dispute-unresolved' });
    // A reply sent before the dispute was raised does not answer it.
    const before = statusOf({ invoices: [disputed], events: [sent('firm', -10)] });
    expect(before.nextAction?.reason).toBe('dispute-unanswered');
  });

  it('a disputed invoice does not drive the ladder while others do', () => {
    const status = statusOf({
      invoices: [lateInvoice(70, { id: 'disputed', status: 'disputed' }), lateInvoice(10, { id: 'open' })],
    });
    expect(status.state).toBe('overdue');
    expect(status.oldestDueDate).toBe(day(-10));
    expect(status.ladderStep).toBe('overdue');
    expect(status.outstanding).toEqual([{ currency: 'EUR', amount: 200_000 }]);
  });

  it('a paused debtor resumes with the ladder the day after `until`', () => {
    // Paused through Thursday; Friday is the first day back.
    const pause = { reason: 'owner in hospital', until: day(3), since: at(-2) };
    const paused = statusOf({ debtor: { pause }, invoices: [lateInvoice(20)] });
    expect(paused.state).toBe('paused');
    expect(paused.severity).toBe(1);
    // On the day after the pause, 24 days late and never reminded: the overdue reminder.
    expect(paused.nextAction).toEqual({ channel: 'email', purpose: 'overdue', date: day(4), invoiceIds: ['inv'], reason: 'step-due' });
    expect(paused.policy.allowed).toBe(false);
    expect(paused.policy.reasons[0]).toEqual({ code: 'paused', until: day(3) });
    expect(paused.policy.nextAllowedAt).toBe(localInstant(day(4), '09:00', MADRID));

    const lastDay = statusOf({ today: day(3), debtor: { pause }, invoices: [lateInvoice(20)] });
    expect(lastDay.state).toBe('paused');
    const resumed = statusOf({ today: day(4), debtor: { pause }, invoices: [lateInvoice(20)] });
    expect(resumed.state).toBe('overdue');
    expect(resumed.nextAction).toMatchObject({ purpose: 'overdue', date: day(4), reason: 'step-due' });
    expect(resumed.policy.allowed).toBe(true);

    // A pause ending on a Friday: the ladder resumes Saturday, Spanish hours allow contact on Monday.
    const toFriday = statusOf({ debtor: { pause: { ...pause, until: day(4) } }, invoices: [lateInvoice(20)] });
    expect(toFriday.nextAction?.date).toBe(day(5));
    expect(toFriday.policy.nextAllowedAt).toBe(localInstant(day(7), '09:00', MADRID));

    const indefinite = statusOf({ debtor: { pause: { ...pause, until: null } }, invoices: [lateInvoice(20)] });
    expect(indefinite.nextAction).toBeNull();
    expect(indefinite.policy.nextAllowedAt).toBeNull();
  });

  it('invoices paused one by one resume when the first pause ends', () => {
    const status = statusOf({
      invoices: [
        lateInvoice(50, { id: 'a', pause: { reason: 'checking delivery', until: day(9), since } }),
        lateInvoice(40, { id: 'b', pause: { reason: 'checking delivery', until: day(2), since } }),
      ],
    });
    expect(status.state).toBe('paused');
    expect(status.ladderStep).toBeNull();
    // Only 'b' is back on day 3, then 43 days late and never reminded: the overdue reminder.
    expect(status.nextAction).toEqual({ channel: 'email', purpose: 'overdue', date: day(3), invoiceIds: ['b'], reason: 'step-due' });
  });

  it('do-not-contact: no next action, contact refused', () => {
    const status = statusOf({ debtor: { doNotContact: true }, invoices: [lateInvoice(40)] });
    expect(status.state).toBe('do-not-contact');
    expect(status.nextAction).toBeNull();
    expect(status.ladderStep).toBe('overdue');
    expect(status.policy).toMatchObject({ allowed: false, nextAllowedAt: null });
    expect(status.policy.reasons[0]).toEqual({ code: 'do-not-contact' });
  });
});

describe('payment plans', () => {
  const plan = (installments: { dueDate: string; amount: number }[]) =>
    makePlan({ id: 'plan', invoiceIds: ['inv'], currency: 'EUR', installments, createdAt: at(-5) });

  it('on track: remind ahead of the next installment, then check the day after', () => {
    const onTrack = plan([
      { dueDate: day(10), amount: 50_000 },
      { dueDate: day(40), amount: 50_000 },
    ]);
    const status = statusOf({ invoices: [lateInvoice(40)], plans: [onTrack] });
    expect(status.state).toBe('on-plan');
    expect(status.severity).toBe(1);
    expect(status.plan).toEqual({
      planId: 'plan',
      state: 'active',
      paid: { currency: 'EUR', amount: 0 },
      remaining: { currency: 'EUR', amount: 100_000 },
      nextInstallment: { dueDate: day(10), amount: { currency: 'EUR', amount: 50_000 }, index: 0 },
      missed: [],
    });
    expect(status.nextAction).toEqual({
      channel: 'email',
      purpose: 'installment-reminder',
      date: day(7),
      invoiceIds: ['inv'],
      reason: 'installment-upcoming',
    });
    const reminded = statusOf({ today: day(8), invoices: [lateInvoice(48)], plans: [onTrack], events: [sent('installment-reminder', 7)] });
    expect(reminded.nextAction).toMatchObject({ purpose: 'installment-missed', date: day(11), reason: 'installment-follow-up' });
  });

  it('a missed installment returns to the firm step', () => {
    const missed = plan([
      { dueDate: day(-2), amount: 50_000 },
      { dueDate: day(28), amount: 50_000 },
    ]);
    const status = statusOf({ invoices: [lateInvoice(20)], plans: [missed] });
    expect(status.state).toBe('overdue');
    expect(status.ladderStep).toBe('firm');
    expect(status.severity).toBe(3);
    expect(status.plan?.state).toBe('defaulted');
    expect(status.plan?.missed).toEqual([{ dueDate: day(-2), amount: { currency: 'EUR', amount: 50_000 }, index: 0 }]);
    expect(status.nextAction).toEqual({ channel: 'email', purpose: 'installment-missed', date: TODAY, invoiceIds: ['inv'], reason: 'installment-missed' });
    expect(status.delinquency.evidence).toContainEqual({ code: 'missed-installments', count: 1, ids: ['plan'] });

    // Once told, the ladder goes on from firm: the formal notice on day 45.
    const told = statusOf({ invoices: [lateInvoice(20)], plans: [missed], events: [sent('installment-missed', 0)] });
    expect(told.nextAction).toMatchObject({ purpose: 'formal', channel: 'letter', date: day(25), reason: 'next-step' });
  });

  it('a cancelled plan is ignored', () => {
    const cancelled = { ...plan([{ dueDate: day(10), amount: 100_000 }]), cancelledAt: at(-1) };
    const status = statusOf({ invoices: [lateInvoice(40)], plans: [cancelled] });
    expect(status.plan).toBeNull();
    expect(status.state).toBe('overdue');
  });
});

describe('nothing owed', () => {
  const paidInvoice = makeInvoice({ id: 'inv', dueDate: day(-20), status: 'paid', paid: 100_000 });
  const payment = (offset: number) =>
    makePayment({ id: 'pay', amount: 100_000, date: day(offset), allocations: [{ invoiceId: 'inv', amount: 100_000 }] });

  it.each([
    ['paid 5 days ago: say thanks', [payment(-5)], [], { channel: 'email', purpose: 'thank-you', date: TODAY, invoiceIds: ['inv'], reason: 'payment-received' }],
    ['paid 30 days ago: still thanks', [payment(-30)], [], { purpose: 'thank-you' }],
    ['paid 31 days ago: too late for thanks', [payment(-31)], [], null],
    ['thanked already', [payment(-5)], [sent('thank-you', -4)], null],
    ['thanked before the payment', [payment(-5)], [sent('thank-you', -6)], { purpose: 'thank-you' }],
  ] as [string, Payment[], Event[], object | null][])('%s', (_name, payments, events, expected) => {
    const status = statusOf({ invoices: [paidInvoice], payments, events });
    expect(status.state).toBe('clear');
    expect(status.severity).toBe(0);
    expect(status.outstanding).toEqual([]);
    expect(status.daysLate).toBeNull();
    expect(status.delinquency.kind).toBeNull();
    if (expected === null) expect(status.nextAction).toBeNull();
    else expect(status.nextAction).toMatchObject(expected);
  });

  it('written off when the last invoice was written off', () => {
    const status = statusOf({
      invoices: [paidInvoice, makeInvoice({ id: 'lost', dueDate: day(-10), status: 'written_off' })],
    });
    expect(status.state).toBe('written-off');
    expect(status.severity).toBe(0);
  });

  it('no invoices at all is clear', () => {
    const status = statusOf({});
    expect(status).toMatchObject({ state: 'clear', outstanding: [], overdue: [], oldestDueDate: null, ladderStep: null, nextAction: null });
    expect(status.aging).toHaveLength(5);
  });
});

describe('history', () => {
  it('reports the last outbound contact and classifies chronic lateness from paid invoices', () => {
    const paidLate = ['p1', 'p2', 'p3'].map((id, index) =>
      makeInvoice({ id, dueDate: day(-100 + index * 10), status: 'paid', paid: 100_000 }),
    );
    const payments = paidLate.map((invoice) =>
      makePayment({ amount: 100_000, date: addDays(invoice.dueDate, 12), allocations: [{ invoiceId: invoice.id, amount: 100_000 }] }),
    );
    const status = statusOf({
      invoices: [...paidLate, lateInvoice(12)],
      payments,
      events: [
        sent('overdue', -5, { id: 'e1' }),
        makeEvent({ id: 'e2', at: at(-2), direction: 'inbound' }),
        makeEvent({ id: 'e3', at: at(-1), kind: 'note', channel: 'system', direction: 'internal' }),
      ],
    });
    expect(status.lastContact).toEqual({ at: at(-5), kind: 'email', channel: 'email', step: 'overdue' });
    expect(status.delinquency).toMatchObject({ kind: 'chronic', computedKind: 'chronic', overridden: false });
    expect(status.delinquency.evidence).toContainEqual({ code: 'late-paid-invoices', count: 3, ids: ['p1', 'p2', 'p3'] });
    expect(status.delinquency.evidence).not.toContainEqual(expect.objectContaining({ code: 'unanswered-contacts' }));
  });

  it('uses the debtor policy before the settings policy', () => {
    // Saturday: Spain (the default settings) refuses, Reg F allows.
    const saturday = day(-2);
    const spain = statusOf({ today: saturday, invoices: [lateInvoice(10)] });
    const regF = statusOf({ today: saturday, debtor: { contactPolicy: { preset: 'us-regulation-f' } }, invoices: [lateInvoice(10)] });
    expect(spain.policy.reasons.map((reason) => reason.code)).toEqual(['weekend']);
    expect(regF.policy.allowed).toBe(true);
    expect(regF.policy.maxContacts).toBe(7);
  });
});
