import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEMO_SITUATIONS } from '../demo-ledger';
import { generateLedger, loadLedger } from '../sample-ledger';
import { createTestLedger, must, type TestLedger } from '../test-ledger';
import { clearSummary } from '../test-summaries';
import { sortSummaries, type DebtorListPage } from './debtor-list';
import { computeSummaries, SUMMARY_MAX_AGE_MS } from './debtor-summaries';
import type { HandlerInput } from '../api';

const NOW = '2026-03-02T10:00:00.000Z';

async function demo(): Promise<TestLedger> {
  const ledger = createTestLedger(NOW);
  must(await ledger.client.send('demo-load', {}));
  return ledger;
}

async function list(ledger: TestLedger, input: HandlerInput<'debtor-list'> = {}): Promise<DebtorListPage> {
  return must(await ledger.client.send('debtor-list', { limit: 1000, ...input }));
}

const ids = (page: DebtorListPage) => page.rows.map((row) => row.id);

describe('summaries-refresh', () => {
  it('works out and stores every summary that no longer holds, and says how many debtors there are', async () => {
    const ledger = await demo();
    const debtors = await ledger.db.debtors.count();
    await ledger.db.summaries.clear();
    expect(must(await ledger.client.send('summaries-refresh', {}))).toEqual({ debtors });
    expect(await ledger.db.summaries.count()).toBe(debtors);
    ledger.db.close();
  });
});

describe('debtor-list', () => {
  it('lists every debtor with the summary of their status', async () => {
    const ledger = await demo();
    const page = await list(ledger);
    expect(page.total).toBe(Object.keys(DEMO_SITUATIONS).length);
    expect(page.all).toBe(page.total);
    const status = must(await ledger.client.send('status-get', { debtorId: 'demo-broken-promise' }));
    const row = page.rows.find((r) => r.id === 'demo-broken-promise');
    expect(row).toMatchObject({
      name: 'Construcciones Gómez',
      outstanding: status.outstanding,
      daysLate: status.daysLate,
      ladderStep: status.ladderStep,
      state: status.state,
      severity: status.severity,
      kind: status.delinquency.kind,
    });
    expect(page.currencies).toEqual([...new Set(page.currencies)].sort());
  });

  it.each<[string, HandlerInput<'debtor-list'>, (row: DebtorListPage['rows'][number]) => boolean]>([
    ['paused', { filters: { paused: true } }, (row) => row.paused],
    ['not paused', { filters: { paused: false } }, (row) => !row.paused],
    ['disputed', { filters: { disputed: true } }, (row) => row.disputed],
    ['in MXN', { filters: { currency: 'MXN' } }, (row) => row.currencies.includes('MXN')],
    ['at the overdue or call step', { filters: { steps: ['overdue', 'call'] } }, (row) => row.ladderStep === 'overdue' || row.ladderStep === 'call'],
    ['31–60 days old', { filters: { agingBuckets: ['31-60'] } }, (row) => row.agingBucket === '31-60'],
    ['not classified', { filters: { kinds: ['none'] } }, (row) => row.kind === null],
  ])('filters to debtors %s', async (_what, input, holds) => {
    const ledger = await demo();
    const everyone = await list(ledger);
    const page = await list(ledger, input);
    expect(page.total).toBeGreaterThan(0);
    expect(page.total).toBeLessThan(everyone.total);
    expect(page.rows.every(holds)).toBe(true);
    expect(ids(page)).toEqual(everyone.rows.filter(holds).map((row) => row.id));
    expect(page.total).toBe(page.rows.length);
  });

  it('finds debtors by any part of the name (ignoring accents), an address or an invoice number', async () => {
    const ledger = await demo();
    expect(ids(await list(ledger, { query: 'gomez' }))).toEqual(['demo-broken-promise']);
    expect(ids(await list(ledger, { query: 'OBRAS@construcciones' }))).toEqual(['demo-broken-promise']);
    const invoice = (await ledger.db.invoices.where('debtorId').equals('demo-broken-promise').first())!;
    expect(ids(await list(ledger, { query: invoice.number }))).toContain('demo-broken-promise');
    expect((await list(ledger, { query: 'nobody by this name' })).total).toBe(0);
  });

  it('pages through the ordered list without gaps or repeats', async () => {
    const ledger = await demo();
    const whole = ids(await list(ledger, { sort: { by: 'name', direction: 'asc' } }));
    const pages: string[] = [];
    for (let offset = 0; offset < whole.length; offset += 3) {
      pages.push(...ids(await list(ledger, { sort: { by: 'name', direction: 'asc' }, offset, limit: 3 })));
    }
    expect(pages).toEqual(whole);
  });

  it('sees a write made after the first request', async () => {
    const ledger = await demo();
    expect((await list(ledger, { query: 'zapater' })).total).toBe(0);
    must(await ledger.client.send('debtor-create', { name: 'Zapatería Ruiz', emails: ['z@ruiz.es'] }));
    // Dexie announces the commit asynchronously; the next request must not serve the old list.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(ids(await list(ledger, { query: 'zapater' }))).toHaveLength(1);
  });

  it('works the summaries out again once the clock has moved on', async () => {
    const ledger = await demo();
    const first = await list(ledger);
    ledger.setNow(new Date(Date.parse(NOW) + SUMMARY_MAX_AGE_MS + 1));
    const later = await list(ledger);
    expect(later.computedAt).not.toBe(first.computedAt);
  });

  it('sorts by outstanding in the chosen currency, debtors without it last, by name on ties (property)', () => {
    const summary = fc.record({
      id: fc.uuid(),
      name: fc.constantFrom('Ana', 'Bea', 'Carlos', 'Dolores', 'Élena'),
      eur: fc.option(fc.integer({ min: 1, max: 10_000 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(summary, { maxLength: 30 }), fc.constantFrom('asc', 'desc'), (items, direction) => {
        const rows = items.map((item) =>
          clearSummary(item.id, { name: item.name, outstanding: item.eur === undefined ? [] : [{ currency: 'EUR', amount: item.eur }] }),
        );
        const sorted = sortSummaries(rows, 'outstanding', direction, 'EUR');
        const amounts = sorted.map((row) => row.outstanding[0]?.amount ?? 0);
        for (let i = 1; i < amounts.length; i++) {
          const order = direction === 'asc' ? amounts[i - 1]! <= amounts[i]! : amounts[i - 1]! >= amounts[i]!;
          expect(order).toBe(true);
        }
        expect(sorted.map((row) => row.id).sort()).toEqual(rows.map((row) => row.id).sort());
      }),
    );
  });

  it.each([
    ['daysLate', 'asc', [null, 5, -3, 40], [-3, 5, 40, null]],
    ['daysLate', 'desc', [null, 5, -3, 40], [40, 5, -3, null]],
  ] as const)('puts debtors with no %s last in %s order', (by, direction, values, expected) => {
    const rows = values.map((daysLate, i) => clearSummary(`d${i}`, { name: `N${i}`, daysLate }));
    expect(sortSummaries(rows, by, direction, 'EUR').map((row) => row.daysLate)).toEqual(expected);
  });

  it('agrees with the summaries computed one by one on a generated ledger', async () => {
    const ledger = createTestLedger(NOW);
    const now = new Date(NOW);
    await loadLedger(ledger.db, generateLedger({ debtors: 40, invoicesPerDebtor: 4, eventsPerDebtor: 5, seed: 9, now }), { now });
    const page = await list(ledger, { sort: { by: 'name', direction: 'asc' } });
    const computed = await computeSummaries(ledger.db, now);
    for (const row of page.rows.slice(0, 8)) {
      const status = must(await ledger.client.send('status-get', { debtorId: row.id }));
      expect(row.outstanding).toEqual(status.outstanding);
      expect(row.nextAction?.date ?? null).toBe(status.nextAction?.date ?? null);
    }
    expect(page.total).toBe(computed.entries.length);
  });
});
