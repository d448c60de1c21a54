import { describe, expect, it } from 'vitest';
import { LADDER_STEPS, SIDE_TRACKS, type TemplatePurpose } from '../ledger/schema';
import { en } from '../i18n/messages.en';
import { es } from '../i18n/messages.es';
import { computeTemplateFacts, FIT_REASONS, templateFit, type FitReason, type TemplateFacts } from './fit';
import { sampleTemplateInput } from './sample';

/** Thirty days late, nothing else on record: the facts each case changes. */
const BASE: TemplateFacts = {
  today: '2026-03-03',
  unpaidInvoices: 1,
  disputedInvoices: 0,
  oldestUnpaidDue: '2026-02-01',
  dueState: 'past',
  daysLate: 30,
  remindersSent: 0,
  lastCallDate: null,
  openPromise: null,
  brokenPromise: null,
  plan: null,
  planState: 'none',
  installmentMissed: false,
  recentPayment: null,
};

const upcoming: Partial<TemplateFacts> = { dueState: 'upcoming', oldestUnpaidDue: '2026-03-06', daysLate: 0 };
const dueToday: Partial<TemplateFacts> = { dueState: 'today', oldestUnpaidDue: '2026-03-03', daysLate: 0 };
const paid: Partial<TemplateFacts> = { unpaidInvoices: 0, dueState: 'none', oldestUnpaidDue: null, daysLate: 0 };
const promise = { id: 'p', debtorId: 'd', invoiceIds: [], currency: 'EUR', amount: 100, date: '2026-03-10', cancelledAt: null, createdAt: '2026-03-01T00:00:00.000Z' };
const payment = { id: 'pay', debtorId: 'd', currency: 'EUR', amount: 100, date: '2026-03-01', allocations: [], createdAt: '2026-03-01T00:00:00.000Z' };

describe('templateFit', () => {
  it.each<[TemplatePurpose, Partial<TemplateFacts>, FitReason | null]>([
    ['courtesy', upcoming, null],
    ['courtesy', dueToday, 'due-today'],
    ['courtesy', {}, 'due-date-passed'],
    ['courtesy', paid, 'nothing-owed'],
    ['due', upcoming, 'not-due-yet'],
    ['due', dueToday, null],
    ['due', {}, null], // said as "fell due on ..., 30 days ago"
    ['overdue', upcoming, 'not-due-yet'],
    ['overdue', dueToday, 'due-today'],
    ['overdue', {}, null],
    ['overdue', paid, 'nothing-owed'],
    ['call', {}, null],
    ['firm', upcoming, 'not-due-yet'],
    ['formal', {}, null],
    ['call-follow-up', {}, 'no-call-logged'],
    ['call-follow-up', { lastCallDate: '2026-02-20' }, null],
    ['call-follow-up', { ...paid, lastCallDate: '2026-02-20' }, 'nothing-owed'],
    ['promise-confirmation', {}, 'no-promise'],
    ['promise-confirmation', { openPromise: promise }, null],
    ['promise-broken', { openPromise: promise }, 'no-broken-promise'],
    ['promise-broken', { brokenPromise: { ...promise, date: '2026-02-27' } }, null],
    ['installment-reminder', {}, 'no-plan'],
    ['installment-reminder', { planState: 'defaulted', installmentMissed: true }, 'no-plan'],
    ['installment-reminder', { planState: 'active' }, null],
    ['installment-missed', { planState: 'active' }, 'no-missed-installment'],
    ['installment-missed', { planState: 'defaulted', installmentMissed: true }, null],
    ['plan-offer', {}, null],
    ['plan-offer', { planState: 'active' }, 'plan-active'],
    ['dispute-acknowledgement', {}, 'no-dispute'],
    ['dispute-acknowledgement', { disputedInvoices: 1 }, null],
    ['thank-you', paid, 'no-payment'],
    ['thank-you', { ...paid, recentPayment: payment }, null],
    ['reconnect', paid, null],
  ])('%s with %j → %s', (purpose, facts, reason) => {
    expect(templateFit(purpose, { ...BASE, ...facts })).toEqual(reason === null ? { ok: true } : { ok: false, reason });
  });

  it.each([...LADDER_STEPS, ...SIDE_TRACKS].map((purpose) => [purpose]))('%s fits the sample debtor the editor previews with', (purpose) => {
    const input = sampleTemplateInput(purpose, 'en-GB');
    expect(templateFit(purpose, computeTemplateFacts(input))).toEqual({ ok: true });
  });

  it.each(FIT_REASONS.map((reason) => [reason]))('%s is explained in both languages', (reason) => {
    expect(en[`picker.unfit.${reason}`]).toBeTruthy();
    expect(es[`picker.unfit.${reason}`]).toBeTruthy();
  });
});
