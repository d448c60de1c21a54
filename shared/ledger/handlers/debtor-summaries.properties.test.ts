// The workspace's lists read each debtor's stored summary when it still holds. Whatever the
// handlers did before, and however much later the list is asked for, what it shows must be what
// working every summary out afresh from the records shows; and once a list has stored what it
// worked out, every stored summary is the fresh one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sample } from '../../import/__fixtures__/samples';
import { loadDebtorRecords } from '../debtor-records';
import { summarize, type SummaryEntry } from '../summary';
import { HOUR, ledgerHistory, replayHistory, run, START } from '../test-commands';
import { createTestLedger, must, type TestLedger } from '../test-ledger';
import { computeSummaries, forgetSummaries } from './debtor-summaries';
import { readSettings } from './settings';

/** The oracle: every debtor's summary worked out now from their records. */
async function summariesTheSlowWay(ledger: TestLedger): Promise<SummaryEntry[]> {
  const { db } = ledger;
  const now = ledger.ctx.now();
  const settings = await readSettings(db);
  const entries: SummaryEntry[] = [];
  for (const row of await db.debtors.toArray()) entries.push(summarize(row, await loadDebtorRecords(db, row.id), settings, now));
  return entries;
}

describe('stored debtor summaries', () => {
  it('always list what the records say, after any handler calls and any time later', async () => {
    await fc.assert(
      fc.asyncProperty(ledgerHistory(24 * 60), async (history) => {
        const ledger = await replayHistory(history);
        try {
          const expected = await summariesTheSlowWay(ledger);
          forgetSummaries(ledger.db);
          expect((await computeSummaries(ledger.db, ledger.ctx.now())).entries).toEqual(expected);
          // What the list worked out was stored: every stored summary is now the fresh one.
          const stored = await ledger.db.summaries.toArray();
          expect(stored.map((row) => row.entry)).toEqual(expected);
        } finally {
          ledger.db.close();
        }
      }),
      { numRuns: 60 },
    );
  }, 180_000);

  it('reuses a stored summary only for its day and settings', async () => {
    const ledger = createTestLedger(START);
    const clock = { ms: Date.parse(START) };
    const made = { promises: [] as string[], plans: [] as string[] };
    await run(ledger, clock, { op: 'debtor-create', zone: 'Europe/Madrid', due: -20 }, made);
    const [stored] = await ledger.db.summaries.toArray();
    expect(stored?.entry.summary.daysLate).toBe(20);

    // Same day: the stored row is what the list shows, untouched.
    await computeSummaries(ledger.db, ledger.ctx.now());
    expect((await ledger.db.summaries.get(stored!.debtorId))?.writeId).toBe(stored!.writeId);

    // The next day in Madrid: worked out again, a day later.
    ledger.setNow(new Date(clock.ms + 24 * HOUR));
    const nextDay = await computeSummaries(ledger.db, ledger.ctx.now());
    expect(nextDay.entries[0]?.summary.daysLate).toBe(21);
    const rewritten = await ledger.db.summaries.get(stored!.debtorId);
    expect(rewritten?.writeId).not.toBe(stored!.writeId);

    // Other settings: worked out again under them.
    await ledger.client.send('settings-set', { patch: { defaultCurrency: 'USD' } });
    await computeSummaries(ledger.db, ledger.ctx.now());
    expect((await ledger.db.summaries.get(stored!.debtorId))?.writeId).not.toBe(rewritten!.writeId);
    ledger.db.close();
  });

  it('drops the summary of a deleted or merged-away debtor', async () => {
    const ledger = createTestLedger(START);
    const clock = { ms: Date.parse(START) };
    const made = { promises: [] as string[], plans: [] as string[] };
    // The third has no invoice: merging two debtors with an invoice numbered alike is refused.
    for (const due of [-5, -5, null]) await run(ledger, clock, { op: 'debtor-create', zone: 'Europe/Madrid', due }, made);
    const [a, b, c] = await ledger.db.debtors.toCollection().primaryKeys();
    expect(await ledger.db.summaries.count()).toBe(3);
    must(await ledger.client.send('debtor-delete', { id: a! }));
    must(await ledger.client.send('debtor-merge', { keepId: b!, mergeId: c! }));
    expect(await ledger.db.summaries.toCollection().primaryKeys()).toEqual([b]);
    ledger.db.close();
  });

  it('are stored right by an import, a newer import and a restore', async () => {
    const ledger = createTestLedger('2026-11-23T10:00:00.000Z');
    const storedEntries = async () => (await ledger.db.summaries.toArray()).map((row) => row.entry);
    const importText = async (text: string) => {
      const read = must(await ledger.client.send('import-preview', { text }));
      if (read.stage !== 'ready') throw new Error(`preview stopped at ${read.stage}`);
      must(await ledger.client.send('import-apply', { format: read.format, rows: read.rows, mentioned: read.mentioned }));
    };
    await importText(sample('cobro'));
    expect(await ledger.db.summaries.count()).toBe(5);
    expect(await storedEntries()).toEqual(await summariesTheSlowWay(ledger));

    const header = 'debtor_name,debtor_email,invoice_number,currency,amount,paid,issue_date,due_date,status';
    await importText(`${header}\nAna,ana@x.es,F-1,EUR,100.00,0,,2026-10-01,open\n`);
    await importText(`${header}\nAna,ana@x.es,F-1,EUR,100.00,40.00,,2026-10-01,open\n`);
    expect(await storedEntries()).toEqual(await summariesTheSlowWay(ledger));

    const backup = must(await ledger.client.send('backup-export', {}));
    await ledger.db.summaries.clear();
    must(await ledger.client.send('backup-restore', { text: backup.text }));
    expect(await ledger.db.summaries.count()).toBe(6);
    expect(await storedEntries()).toEqual(await summariesTheSlowWay(ledger));
    ledger.db.close();
  });
});
