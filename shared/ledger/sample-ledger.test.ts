import { describe, expect, it } from 'vitest';
import { openCobroDb } from './db';
import { refreshAllFollowUps } from './follow-up-refresh';
import { generateLedger, loadLedger, seededRandom } from './sample-ledger';
import { DEFAULT_SETTINGS, Debtor, Event, Invoice, Payment, PaymentPlan, PromiseToPay } from './schema';
import { freshDbName } from './test-support';

const NOW = new Date('2026-03-02T10:00:00.000Z');
const OPTIONS = { debtors: 60, invoicesPerDebtor: 6, eventsPerDebtor: 8, seed: 42, now: NOW };

describe('seededRandom', () => {
  it('repeats for a seed and differs between seeds', () => {
    const take = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
    expect(take(7)).toEqual(take(7));
    expect(take(7)).not.toEqual(take(8));
    expect(take(7).every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('generateLedger', () => {
  const data = generateLedger(OPTIONS);

  it('is deterministic', () => {
    expect(generateLedger(OPTIONS)).toEqual(data);
    expect(generateLedger({ ...OPTIONS, seed: 43 })).not.toEqual(data);
  });

  it('makes the requested amounts', () => {
    expect(data.debtors).toHaveLength(60);
    expect(data.invoices).toHaveLength(360);
    expect(data.events).toHaveLength(480);
  });

  it.each([
    ['debtors', Debtor],
    ['invoices', Invoice],
    ['payments', Payment],
    ['promises', PromiseToPay],
    ['plans', PaymentPlan],
    ['events', Event],
  ] as const)('every %s record matches its schema', (table, schema) => {
    for (const record of data[table]) expect(schema.parse(record)).toEqual(record);
  });

  it('is varied: languages, currencies, statuses, side tracks', () => {
    expect(new Set(data.debtors.map((d) => d.locale.slice(0, 2)))).toEqual(new Set(['es', 'en']));
    expect(new Set(data.invoices.map((i) => i.currency)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(data.invoices.map((i) => i.status))).toEqual(new Set(['open', 'paid', 'disputed', 'void']));
    expect(data.invoices.some((i) => i.status === 'open' && i.paid > 0)).toBe(true);
    expect(data.promises.length).toBeGreaterThan(0);
    expect(data.plans.length).toBeGreaterThan(0);
    expect(new Set(data.events.map((e) => e.kind))).toEqual(new Set(['email', 'call', 'note']));
    expect(data.events.filter((e) => e.step).length).toBeGreaterThan(0);
  });

  it('keeps money consistent: payments allocate what invoices show as paid, plans add up', () => {
    const paidByInvoice = new Map<string, number>();
    for (const p of data.payments) for (const a of p.allocations) paidByInvoice.set(a.invoiceId, (paidByInvoice.get(a.invoiceId) ?? 0) + a.amount);
    for (const invoice of data.invoices) expect(paidByInvoice.get(invoice.id) ?? 0).toBe(invoice.paid);
    const byId = new Map(data.invoices.map((i) => [i.id, i]));
    for (const plan of data.plans) {
      const owed = plan.invoiceIds.reduce((sum, id) => sum + byId.get(id)!.amount - byId.get(id)!.paid, 0);
      expect(plan.installments.reduce((sum, x) => sum + x.amount, 0)).toBe(owed);
    }
  });

  it('loads into the database in chunks, satisfying every unique index', async () => {
    const db = openCobroDb(freshDbName());
    await loadLedger(db, data, { now: NOW, chunkSize: 100 });
    expect(await db.debtors.count()).toBe(data.debtors.length);
    expect(await db.invoices.count()).toBe(data.invoices.length);
    expect(await db.events.count()).toBe(data.events.length);
    expect(await db.payments.count()).toBe(data.payments.length);
    const first = data.debtors[0]!;
    expect(await db.debtors.where('emails').equals(first.emails[0]!).primaryKeys()).toEqual([first.id]);
    // The follow-up days worked out from the data in hand are the ones its stored records give.
    const rows = await db.debtors.toArray();
    const kinds = new Set(rows.map((row) => (row.followUpOn === null ? 'never' : row.followUpOn <= '2026-03-02' ? 'due' : 'later')));
    expect(kinds).toContain('due');
    expect(kinds).toContain('later');
    await refreshAllFollowUps(db, DEFAULT_SETTINGS, NOW);
    expect(await db.debtors.toArray()).toEqual(rows);
    db.close();
  });
});
