// followups-today reads only the debtors whose stored follow-up day has come, through their
// stored summaries. Whatever the handlers did before, however much later it is asked, and
// whether those summaries are stored, absent (a bulk load) or stale (the day moved on, the
// settings changed), it must list exactly the debtors the slow way finds: every debtor's
// status, due when its next action's date is today or past. followups-count must count exactly
// as many.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateIn } from '../../dates';
import { fromDebtorRow } from '../db';
import { ledgerHistory, replayHistory } from '../test-commands';
import { must, type TestLedger } from '../test-ledger';
import { compareFollowups, followupKey, type Followup } from './followups';
import { readSettings } from './settings';
import { loadDebtorData, statusOf } from './status';

/** The slow way, kept as the oracle: the status of every debtor, in one read. */
async function followupsTheSlowWay(ledger: TestLedger): Promise<Followup[]> {
  const { db } = ledger;
  const now = ledger.ctx.now();
  const settings = await readSettings(db);
  const due: Followup[] = [];
  for (const row of await db.debtors.toArray()) {
    const debtor = fromDebtorRow(row);
    const status = statusOf(debtor, await loadDebtorData(db, debtor.id), settings, now);
    if (!debtor.doNotContact && status.nextAction && status.nextAction.date <= dateIn(debtor.timeZone, now)) due.push({ debtor, status });
  }
  const compare = compareFollowups(settings);
  return due.sort((a, b) => compare(followupKey(a), followupKey(b)));
}

type SummariesAre = 'as the handlers left them' | 'absent' | 'from another day' | 'from other settings';

/**
 * Puts the stored summaries in the given state. Stale rows also claim the opposite of what they
 * said about today, so a reader trusting them would answer wrong.
 */
async function leaveSummaries(ledger: TestLedger, state: SummariesAre): Promise<void> {
  const { summaries } = ledger.db;
  if (state === 'as the handlers left them') return;
  if (state === 'absent') return summaries.clear();
  const rows = await summaries.toArray();
  await summaries.bulkPut(
    rows.map((row) => ({
      ...row,
      ...(state === 'from another day' ? { on: '2000-01-01' } : { settings: 'other settings' }),
      entry: { ...row.entry, summary: { ...row.entry.summary, dueToday: !row.entry.summary.dueToday } },
    })),
  );
}

const summaryStates = fc.constantFrom<SummariesAre>('as the handlers left them', 'absent', 'from another day', 'from other settings');

describe('followups-today and followups-count', () => {
  it('list (and count) exactly the debtors the status of every debtor says are due, after any handler calls, any time later, with summaries stored, absent or stale', async () => {
    await fc.assert(
      fc.asyncProperty(ledgerHistory(24 * 120), summaryStates, async (history, state) => {
        const ledger = await replayHistory(history);
        try {
          const slow = await followupsTheSlowWay(ledger);
          await leaveSummaries(ledger, state);
          // The badge's count reads the same selection: it never disagrees with the list.
          expect(must(await ledger.client.send('followups-count', {}))).toEqual({ count: slow.length });
          await leaveSummaries(ledger, state);
          const fast = must(await ledger.client.send('followups-today', {}));
          expect(fast.map((f) => f.debtor.id)).toEqual(slow.map((f) => f.debtor.id));
          expect(fast).toEqual(slow);
          // Asked again, with what the first answers stored.
          expect(must(await ledger.client.send('followups-today', {}))).toEqual(slow);
          expect(must(await ledger.client.send('followups-count', {}))).toEqual({ count: slow.length });
        } finally {
          ledger.db.close();
        }
      }),
      { numRuns: 80 },
    );
  }, 180_000);
});
