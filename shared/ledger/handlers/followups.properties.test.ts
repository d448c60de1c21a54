// followups-today reads only the debtors whose stored follow-up day has come. Whatever the
// handlers did before, and however much later it is asked, it must list exactly the debtors
// the slow way finds: every debtor's status, due when its next action's date is today or past.
// followups-count must count exactly as many.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateIn } from '../../dates';
import { fromDebtorRow } from '../db';
import { ledgerHistory, replayHistory } from '../test-commands';
import { must, type TestLedger } from '../test-ledger';
import { compareFollowups, type Followup } from './followups';
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
  return due.sort(compareFollowups(settings));
}

describe('followups-today and followups-count', () => {
  it('list (and count) exactly the debtors the status of every debtor says are due, after any handler calls and any time later', async () => {
    await fc.assert(
      fc.asyncProperty(ledgerHistory(24 * 120), async (history) => {
        const ledger = await replayHistory(history);
        try {
          const fast = must(await ledger.client.send('followups-today', {}));
          const slow = await followupsTheSlowWay(ledger);
          expect(fast.map((f) => f.debtor.id)).toEqual(slow.map((f) => f.debtor.id));
          expect(fast).toEqual(slow);
          // The badge's count reads the same selection: it never disagrees with the list.
          expect(must(await ledger.client.send('followups-count', {}))).toEqual({ count: slow.length });
        } finally {
          ledger.db.close();
        }
      }),
      { numRuns: 80 },
    );
  }, 180_000);
});
