import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeStatus } from '../collection/status';
import {
  localNow,
  makeDebtor,
  makeEvent,
  makeInvoice,
  makePayment,
  makePlan,
  makePromise,
  makeSettings,
} from '../collection/test-factories';
import { addDays } from '../dates';
import type { DebtorRecords } from './debtor-records';
import { followUpDay, followUpSettingsChanged } from './follow-up';
import { DEFAULT_SETTINGS, LADDER_STEPS, SIDE_TRACKS, type Debtor, type Event, type Invoice, type Settings } from './schema';

const TODAY = '2026-06-15';
const HORIZON_DAYS = 150;

/** The slow way: ask the status on every day from today until one is due. */
function firstDueDayByWalking(debtor: Debtor, records: DebtorRecords, settings: Settings, now: Date): string | null {
  const today = computeStatus({ debtor, ...records, settings, now }).today;
  for (let offset = 0; offset <= HORIZON_DAYS; offset++) {
    const day = addDays(today, offset);
    const at = offset === 0 ? now : localNow(day, '12:00', debtor.timeZone);
    const action = computeStatus({ debtor, ...records, settings, now: at }).nextAction;
    if (action && action.date <= day) return day;
  }
  return null;
}

const NO_RECORDS: DebtorRecords = { invoices: [], payments: [], promises: [], plans: [], events: [] };
const madridNoon = localNow(TODAY);
const pause = (until: string | null) => ({ reason: 'away', until, since: '2026-06-01T09:00:00.000Z' });

describe('followUpDay', () => {
  it.each<[string, Partial<Debtor>, Partial<DebtorRecords>, string | null]>([
    ['owes nothing', {}, {}, null],
    ['overdue and never reminded: today', {}, { invoices: [makeInvoice({ dueDate: '2026-06-01' })] }, '2026-06-15'],
    ['not yet due: the courtesy reminder three days before', {}, { invoices: [makeInvoice({ dueDate: '2026-07-10' })] }, '2026-07-07'],
    ['do not contact', { doNotContact: true }, { invoices: [makeInvoice({ dueDate: '2026-06-01' })] }, null],
    ['paused until resumed by hand', { pause: pause(null) }, { invoices: [makeInvoice({ dueDate: '2026-06-01' })] }, null],
    ['paused through 20 June: the day after', { pause: pause('2026-06-20') }, { invoices: [makeInvoice({ dueDate: '2026-06-01' })] }, '2026-06-21'],
    [
      'promised for 18 June: the day after if unpaid',
      {},
      { invoices: [makeInvoice({ dueDate: '2026-06-01' })], promises: [makePromise({ date: '2026-06-18', createdAt: '2026-06-10T09:00:00.000Z' })] },
      '2026-06-19',
    ],
    [
      // Nothing owed and no recent payment says nothing to do today, but the payment dated ahead
      // asks for a thank-you on its day.
      'paid in full by a payment dated ahead: the thank-you on its day',
      {},
      {
        invoices: [makeInvoice({ id: 'inv-paid', dueDate: '2026-06-01', paid: 100_000, status: 'paid' })],
        payments: [makePayment({ date: '2026-06-25', allocations: [{ invoiceId: 'inv-paid', amount: 100_000 }] })],
      },
      '2026-06-25',
    ],
    [
      // The only overdue invoice is paused on its own; the ladder picks it up when the pause ends.
      'an invoice paused through 30 June while another is not due until August',
      {},
      {
        invoices: [
          makeInvoice({ id: 'inv-old', dueDate: '2026-05-01', pause: pause('2026-06-30') }),
          makeInvoice({ id: 'inv-new', dueDate: '2026-08-20' }),
        ],
      },
      '2026-07-01',
    ],
  ])('%s', (_label, debtorFields, records, expected) => {
    const debtor = makeDebtor(debtorFields);
    const all = { ...NO_RECORDS, ...records };
    expect(followUpDay(debtor, all, makeSettings(), madridNoon)).toBe(expected);
    expect(firstDueDayByWalking(debtor, all, makeSettings(), madridNoon)).toBe(expected);
  });

  /** No pause, a pause until resumed by hand, or a pause through a day (offset from today). */
  const pauseSpec = (min: number, max: number) =>
    fc.oneof(fc.constant('none' as const), fc.constant('by-hand' as const), fc.integer({ min, max }));
  const pauseOf = (spec: 'none' | 'by-hand' | number) =>
    spec === 'none' ? null : pause(spec === 'by-hand' ? null : addDays(TODAY, spec));

  const scenario = fc.record({
    zone: fc.constantFrom('Europe/Madrid', 'America/New_York', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kolkata'),
    time: fc.constantFrom('00:10', '09:00', '23:50'),
    invoices: fc.array(
      fc.record({
        due: fc.integer({ min: -120, max: 60 }),
        status: fc.constantFrom('open', 'open', 'open', 'disputed', 'paid') as fc.Arbitrary<Invoice['status']>,
        pauseUntil: pauseSpec(-5, 40),
      }),
      { maxLength: 4 },
    ),
    payments: fc.array(fc.record({ date: fc.integer({ min: -40, max: 40 }), amount: fc.integer({ min: 1000, max: 200_000 }) }), { maxLength: 3 }),
    promises: fc.array(fc.record({ date: fc.integer({ min: -10, max: 30 }), amount: fc.integer({ min: 1000, max: 100_000 }) }), { maxLength: 2 }),
    plan: fc.option(fc.uniqueArray(fc.integer({ min: -20, max: 60 }), { minLength: 1, maxLength: 3 })),
    events: fc.array(
      fc.record({
        daysAgo: fc.integer({ min: -3, max: 90 }),
        step: fc.option(fc.constantFrom(...LADDER_STEPS, ...SIDE_TRACKS), { nil: undefined }),
        kind: fc.constantFrom('email', 'call', 'note', 'dispute') as fc.Arbitrary<Event['kind']>,
      }),
      { maxLength: 6 },
    ),
    pauseUntil: pauseSpec(-3, 30),
    doNotContact: fc.boolean(),
    ladder: fc.constantFrom(DEFAULT_SETTINGS.ladderDays, { courtesy: -7, due: 0, overdue: 3, call: 10, firm: 20, formal: 40, agency: 50, legal: 70 }),
    resendIntervalDays: fc.constantFrom(7, 30),
    installmentReminderDays: fc.constantFrom(0, 3, 10),
  });

  it('is the first day the status is due, as found by asking every day', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const now = localNow(TODAY, s.time, s.zone);
        const at = (days: number) => new Date(now.getTime() + days * 86_400_000).toISOString();
        const date = (days: number) => addDays(TODAY, days);
        const debtor = makeDebtor({
          timeZone: s.zone,
          doNotContact: s.doNotContact,
          pause: pauseOf(s.pauseUntil),
        });
        const invoices = s.invoices.map((spec, index) =>
          makeInvoice({
            id: `inv-${index}`,
            dueDate: date(spec.due),
            status: spec.status,
            paid: spec.status === 'paid' ? 100_000 : 0,
            dispute: spec.status === 'disputed' ? { reason: 'wrong', since: at(-1) } : null,
            pause: pauseOf(spec.pauseUntil),
          }),
        );
        const records: DebtorRecords = {
          invoices,
          payments: s.payments.map((spec, index) => makePayment({ id: `pay-${index}`, date: date(spec.date), amount: spec.amount })),
          promises: s.promises.map((spec, index) =>
            makePromise({ id: `promise-${index}`, date: date(spec.date), amount: spec.amount, createdAt: at(Math.min(spec.date, 0) - 2) }),
          ),
          plans:
            s.plan === null || invoices.length === 0
              ? []
              : [
                  makePlan({
                    id: 'plan-0',
                    invoiceIds: ['inv-0'],
                    installments: [...s.plan].sort((a, b) => a - b).map((offset) => ({ dueDate: date(offset), amount: 30_000 })),
                    createdAt: at(-25),
                  }),
                ],
          events: s.events.map((spec, index) =>
            makeEvent({
              id: `event-${index}`,
              at: at(-spec.daysAgo),
              kind: spec.kind,
              direction: spec.kind === 'note' || spec.kind === 'dispute' ? 'inbound' : 'outbound',
              step: spec.step,
            }),
          ),
        };
        const settings = makeSettings({
          ladderDays: s.ladder,
          resendIntervalDays: s.resendIntervalDays,
          installmentReminderDays: s.installmentReminderDays,
        });
        const walked = firstDueDayByWalking(debtor, records, settings, now);
        const stored = followUpDay(debtor, records, settings, now);
        if (walked === null) expect(stored === null || stored > addDays(TODAY, HORIZON_DAYS - 2)).toBe(true);
        else expect(stored).toBe(walked);
      }),
      { numRuns: 150 },
    );
  });
});

describe('followUpSettingsChanged', () => {
  it.each<[string, Partial<Settings>, boolean]>([
    ['the signature', { signature: 'Ana' }, false],
    ['the contact policy', { contactPolicy: { preset: 'ecuador' } }, false],
    ['the ladder days', { ladderDays: { ...DEFAULT_SETTINGS.ladderDays, courtesy: -5 } }, true],
    ['the re-send interval', { resendIntervalDays: 15 }, true],
    ['the installment reminder days', { installmentReminderDays: 5 }, true],
  ])('a change to %s: %s', (_label, change, expected) => {
    expect(followUpSettingsChanged(DEFAULT_SETTINGS, makeSettings(change))).toBe(expected);
  });
});
