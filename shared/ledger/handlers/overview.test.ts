import { describe, expect, it } from 'vitest';
import { createTestLedger, must } from '../test-ledger';
import { summaryEntry } from '../test-summaries';
import { buildOverview, DSO_WINDOW_DAYS, monthsBefore } from './overview';

const NOW = '2026-03-18T10:00:00.000Z';

const eur = (amount: number) => ({ currency: 'EUR', amount });
const usd = (amount: number) => ({ currency: 'USD', amount });

describe('buildOverview', () => {
  const entries = [
    summaryEntry('ana', {
      summary: { outstanding: [eur(1000), usd(500)], overdue: [eur(1000)], dueToday: true, nextAction: { purpose: 'call', date: '2026-03-15' }, severity: 3 },
      facts: {
        aging: [
          { bucket: '31-60', totals: [eur(1000)] },
          { bucket: 'current', totals: [usd(500)] },
        ],
        openPromises: [
          { date: '2026-03-20', amount: eur(400) },
          { date: '2026-03-30', amount: eur(600) },
        ],
        payments: [
          { date: '2026-03-02', amount: eur(250) },
          { date: '2026-02-27', amount: eur(999) },
        ],
        sales: [
          { date: '2026-02-01', amount: eur(3000) },
          { date: '2025-10-01', amount: eur(7000) },
        ],
        writtenOff: [
          { month: '2026-03', amount: eur(700) },
          { month: '2025-04', amount: eur(50) },
          { month: '2025-03', amount: eur(9999) },
        ],
      },
    }),
    summaryEntry('bea', {
      summary: { outstanding: [eur(2000)], dueToday: true, nextAction: { purpose: 'due', date: '2026-03-18' }, severity: 1 },
      facts: {
        aging: [{ bucket: '1-30', totals: [eur(2000)] }],
        openPromises: [{ date: '2026-03-18', amount: usd(100) }],
        payments: [{ date: '2026-03-10', amount: usd(75) }],
        sales: [{ date: '2026-03-01', amount: eur(1000) }],
        writtenOff: [
          { month: '2026-03', amount: eur(10) },
          { month: '2026-03', amount: usd(20) },
        ],
      },
    }),
    summaryEntry('carlos'),
  ];
  const overview = buildOverview(entries, '2026-03-18');

  it.each([
    ['owed per currency, never mixed', overview.owed, [eur(3000), usd(500)]],
    ['overdue', overview.overdue, [eur(1000)]],
    ['recovered this month (payments dated in it)', overview.recoveredThisMonth, [eur(250), usd(75)]],
    ['promised this week, per currency', overview.promisesDueThisWeek.amounts, [eur(400), usd(100)]],
  ])('adds up %s', (_what, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('adds up write-offs per month of the last twelve, newest first, per currency', () => {
    // 2025-03 is thirteen months back: left out.
    expect(overview.writtenOffByMonth).toEqual([
      { month: '2026-03', amounts: [eur(710), usd(20)] },
      { month: '2025-04', amounts: [eur(50)] },
    ]);
  });

  it.each([
    ['2026-03', 0, '2026-03'],
    ['2026-03', 2, '2026-01'],
    ['2026-03', 3, '2025-12'],
    ['2026-03', 11, '2025-04'],
    ['2026-12', 12, '2025-12'],
  ])('%s minus %i months is %s', (month, count, expected) => {
    expect(monthsBefore(month, count)).toBe(expected);
  });

  it('stacks the aging per currency, every bucket present', () => {
    expect(overview.aging).toEqual([
      {
        currency: 'EUR',
        total: 3000,
        buckets: [
          { bucket: 'current', amount: 0 },
          { bucket: '1-30', amount: 2000 },
          { bucket: '31-60', amount: 1000 },
          { bucket: '61-90', amount: 0 },
          { bucket: '90+', amount: 0 },
        ],
      },
      { currency: 'USD', total: 500, buckets: expect.arrayContaining([{ bucket: 'current', amount: 500 }]) },
    ]);
  });

  it('works out days sales outstanding per currency over the window', () => {
    // EUR: 3000 owed, 4000 sold in the last 90 days → 67.5 days, rounded.
    expect(overview.dso).toEqual([
      { currency: 'EUR', receivable: 3000, sales: 4000, days: Math.round((3000 * DSO_WINDOW_DAYS) / 4000) },
      { currency: 'USD', receivable: 500, sales: 0, days: null },
    ]);
  });

  it('lists follow-ups due today, oldest first, and promises due in the next seven days', () => {
    expect(overview.followupsDueToday.count).toBe(2);
    expect(overview.followupsDueToday.items.map((item) => item.debtorId)).toEqual(['ana', 'bea']);
    expect(overview.promisesDueThisWeek.items.map((item) => [item.debtorId, item.date])).toEqual([
      ['bea', '2026-03-18'],
      ['ana', '2026-03-20'],
    ]);
    expect(overview.promisesDueThisWeek.until).toBe('2026-03-24');
    expect(overview).toMatchObject({ debtors: 3, debtorsOwing: 2, month: '2026-03', today: '2026-03-18' });
  });
});

describe('overview-get', () => {
  it('adds up the ledger, agreeing with followups-today', async () => {
    const ledger = createTestLedger(NOW);
    must(await ledger.client.send('demo-load', {}));
    const overview = must(await ledger.client.send('overview-get', {}));
    const followups = must(await ledger.client.send('followups-today', {}));
    expect(overview.followupsDueToday.count).toBe(followups.length);
    expect(overview.today).toBe('2026-03-18');
    expect(overview.owed.map((money) => money.currency)).toEqual(['EUR', 'GBP', 'MXN', 'USD']);
    for (const row of overview.aging) {
      expect(row.buckets.reduce((sum, bucket) => sum + bucket.amount, 0)).toBe(overview.owed.find((m) => m.currency === row.currency)?.amount);
    }
    expect(overview.writtenOffByMonth).toEqual([]);
  });

  it('shows a write-off in its month and takes it out of what is owed', async () => {
    const ledger = createTestLedger(NOW);
    const { debtor } = must(
      await ledger.client.send('debtor-create', {
        name: 'Clínica Sonrisa',
        timeZone: 'Europe/Madrid',
        firstInvoice: { number: 'F-1', currency: 'EUR', amount: 71_000, dueDate: '2025-11-01' },
      }),
    );
    expect(must(await ledger.client.send('overview-get', {})).owed).toEqual([eur(71_000)]);
    must(await ledger.client.send('debtor-write-off', { debtorId: debtor.id, reason: 'Closed down' }));
    const overview = must(await ledger.client.send('overview-get', {}));
    expect(overview.owed).toEqual([]);
    expect(overview.writtenOffByMonth).toEqual([{ month: '2026-03', amounts: [eur(71_000)] }]);
  });

  it('works out again a summary stored before it carried write-offs', async () => {
    const ledger = createTestLedger(NOW);
    const { debtor } = must(
      await ledger.client.send('debtor-create', { name: 'Ana', firstInvoice: { number: 'F-1', currency: 'EUR', amount: 500, dueDate: '2025-11-01' } }),
    );
    must(await ledger.client.send('debtor-write-off', { debtorId: debtor.id, reason: 'Closed down' }));
    // A row as an older version stored it: no writtenOff fact, the stamp of that shape.
    const row = (await ledger.db.summaries.get(debtor.id))!;
    const { writtenOff: _gone, ...oldFacts } = row.entry.facts;
    await ledger.db.summaries.put({ ...row, settings: row.settings.replace(/^\d+:/, ''), entry: { ...row.entry, facts: oldFacts as typeof row.entry.facts } });
    expect(must(await ledger.client.send('overview-get', {})).writtenOffByMonth).toEqual([{ month: '2026-03', amounts: [eur(500)] }]);
  });
});
