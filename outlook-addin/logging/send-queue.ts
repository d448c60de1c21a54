// The queue of sends the handler could not write to the ledger itself (classic Outlook on
// Windows runs it where IndexedDB does not exist). One key per send id: queueing the same send
// twice overwrites one entry, and the ledger's dedupe key makes a replay harmless.
import type { KeyValueStore } from '../mail/types';
import type { LogResult } from './log-sent-mail';
import { decodeSentMail, encodeSentMail, type SentMail } from './sent-mail';

export const QUEUE_PREFIX = 'cobro.sent.';

export function queueKey(sendId: string): string {
  return `${QUEUE_PREFIX}${sendId}`;
}

export async function enqueueSentMail(store: KeyValueStore, sent: SentMail): Promise<void> {
  await store.set(queueKey(sent.sendId), encodeSentMail(sent));
}

export async function dequeueSentMail(store: KeyValueStore, sendId: string): Promise<void> {
  await store.remove(queueKey(sendId));
}

export interface FoldReport {
  logged: number;
  duplicates: number;
  /** Refused by the ledger for good, or unreadable: removed so they are not retried forever. */
  dropped: number;
  /** Kept for the next fold (the ledger could not be written). */
  kept: number;
}

/** Writes every queued send to the ledger, oldest first, and removes what is settled. */
export async function foldSentQueue(store: KeyValueStore, log: (sent: SentMail) => Promise<LogResult>): Promise<FoldReport> {
  const report: FoldReport = { logged: 0, duplicates: 0, dropped: 0, kept: 0 };
  const entries: SentMail[] = [];
  for (const key of (await store.keys()).filter((k) => k.startsWith(QUEUE_PREFIX))) {
    const sent = decodeSentMail(await store.get(key));
    if (sent && queueKey(sent.sendId) === key) {
      entries.push(sent);
    } else {
      report.dropped += 1;
      await store.remove(key);
    }
  }
  entries.sort((a, b) => a.at.localeCompare(b.at) || a.sendId.localeCompare(b.sendId));
  for (const sent of entries) {
    const result = await log(sent);
    if (result.kind === 'retry') {
      report.kept += 1;
      continue;
    }
    if (result.kind === 'logged') report.logged += 1;
    else if (result.kind === 'duplicate') report.duplicates += 1;
    else report.dropped += 1;
    await dequeueSentMail(store, sent.sendId);
  }
  return report;
}

/** Folds several queues one after the other, adding up what happened. */
export async function foldSentQueues(
  stores: readonly KeyValueStore[],
  log: (sent: SentMail) => Promise<LogResult>,
): Promise<FoldReport> {
  const total: FoldReport = { logged: 0, duplicates: 0, dropped: 0, kept: 0 };
  for (const store of stores) {
    const report = await foldSentQueue(store, log);
    total.logged += report.logged;
    total.duplicates += report.duplicates;
    total.dropped += report.dropped;
    total.kept += report.kept;
  }
  return total;
}
