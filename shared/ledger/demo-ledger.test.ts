import { describe, expect, it } from 'vitest';
import { computeStatus } from '../collection/status';
import { DEFAULT_SETTINGS, Debtor, Event, Invoice, Payment, PaymentPlan, PromiseToPay } from './schema';
import { DEMO_LEDGER, DEMO_NOW, DEMO_SITUATIONS, demoLedger, type DemoDebtorId } from './demo-ledger';
import { createClient, createHandlers, inProcessTransport } from './api';
import { openCobroDb } from './db';
import { loadLedger } from './sample-ledger';
import { must } from './test-ledger';
import { freshDbName, sequentialIds } from './test-support';

/** state, next purpose, whether that action is due today. */
const EXPECTED: Record<DemoDebtorId, [string, string | null, boolean]> = {
  'demo-not-due': ['not-due', 'courtesy', false],
  'demo-courtesy': ['not-due', 'courtesy', true],
  'demo-overdue': ['overdue', 'overdue', true],
  'demo-call': ['overdue', 'call', true],
  'demo-firm': ['overdue', 'firm', true],
  'demo-formal': ['overdue', 'formal', true],
  'demo-promised': ['promised', 'promise-broken', false],
  'demo-broken-promise': ['overdue', 'promise-broken', true],
  'demo-plan': ['on-plan', 'installment-reminder', false],
  'demo-disputed': ['disputed', 'dispute-acknowledgement', true],
  'demo-paused': ['paused', 'call', false],
  'demo-paid': ['clear', 'thank-you', true],
};

function statuses(now: Date) {
  const data = demoLedger(now);
  return Object.fromEntries(
    data.debtors.map((debtor) => {
      const status = computeStatus({ debtor, ...data, settings: DEFAULT_SETTINGS, now });
      return [debtor.id, [status.state, status.nextAction?.purpose ?? null, status.nextAction?.date === status.today]];
    }),
  );
}

describe('DEMO_LEDGER', () => {
  it.each([
    ['debtors', Debtor],
    ['invoices', Invoice],
    ['payments', Payment],
    ['promises', PromiseToPay],
    ['plans', PaymentPlan],
    ['events', Event],
  ] as const)('every %s record matches its schema', (table, schema) => {
    for (const record of DEMO_LEDGER[table]) expect(schema.parse(record)).toEqual(record);
  });

  it('has one debtor per situation', () => {
    expect(DEMO_LEDGER.debtors.map((d) => d.id).sort()).toEqual(Object.keys(DEMO_SITUATIONS).sort());
  });

  it.each([
    ['the fixed demo day', DEMO_NOW],
    ['a summer Thursday', new Date('2026-07-16T10:00:00.000Z')],
  ])('puts each debtor in its situation on %s', (_label, now) => {
    expect(statuses(now)).toEqual(EXPECTED);
  });

  it('loads and drives the handlers: today’s follow-ups are the debtors due today', async () => {
    const db = openCobroDb(freshDbName());
    await loadLedger(db, DEMO_LEDGER, { now: DEMO_NOW });
    const client = createClient(inProcessTransport(createHandlers({ db, now: () => DEMO_NOW, newId: sequentialIds() })));
    const followups = must(await client.send('followups-today', {}));
    const dueToday = Object.entries(EXPECTED).filter(([, [, , today]]) => today).map(([id]) => id);
    expect(followups.map((f) => f.debtor.id).sort()).toEqual(dueToday.sort());
    const [match] = must(await client.send('debtor-lookup', { emails: ['Cafe@LaEsquina.example'] }));
    expect(match?.debtor.id).toBe('demo-plan');
    db.close();
  });
});
