import { describe, expect, it } from 'vitest';
import { must } from '../../shared/ledger/test-ledger';
import { ledgerWithDebtor, sentTo } from './ledger-fixture';
import { logSentMail, type LogResult } from './log-sent-mail';
import { memoryStore } from './memory-store';
import { encodeSentMail } from './sent-mail';
import { enqueueSentMail, foldSentQueue, foldSentQueues, queueKey } from './send-queue';

describe('folding queued sends into the ledger', () => {
  it('logs each queued send once, empties the queue, and a second fold finds nothing', async () => {
    const ledger = await ledgerWithDebtor();
    const store = memoryStore({ unrelated: 'kept' });
    await enqueueSentMail(store, sentTo(ledger, ['pagos@acme.es'], 'cobro-a'));
    await enqueueSentMail(store, sentTo(ledger, ['pagos@acme.es'], 'cobro-b'));
    await enqueueSentMail(store, sentTo(ledger, ['pagos@acme.es'], 'cobro-a'));

    const log = (sent: Parameters<typeof logSentMail>[1]) => logSentMail(ledger.client, sent);
    expect(await foldSentQueue(store, log)).toEqual({ logged: 2, duplicates: 0, dropped: 0, kept: 0 });
    expect([...store.data.keys()]).toEqual(['unrelated']);
    expect(await foldSentQueue(store, log)).toEqual({ logged: 0, duplicates: 0, dropped: 0, kept: 0 });

    const events = must(await ledger.client.send('events-list', { debtorId: ledger.debtorId }));
    expect(events.filter((e) => e.kind === 'email').map((e) => e.mail?.messageId).sort()).toEqual(['cobro-a', 'cobro-b']);
  });

  it('two panes folding the same queue at once still log one event', async () => {
    const ledger = await ledgerWithDebtor();
    const sent = sentTo(ledger, ['pagos@acme.es']);
    const first = memoryStore();
    const second = memoryStore();
    await enqueueSentMail(first, sent);
    await enqueueSentMail(second, sent);
    const log = (s: typeof sent) => logSentMail(ledger.client, s);
    const reports = await Promise.all([foldSentQueue(first, log), foldSentQueue(second, log)]);
    expect(reports.map((r) => r.logged + r.duplicates)).toEqual([1, 1]);
    const events = must(await ledger.client.send('events-list', { debtorId: ledger.debtorId }));
    expect(events.filter((e) => e.kind === 'email')).toHaveLength(1);
  });

  it.each<[string, LogResult, { kept: number; dropped: number; left: number }]>([
    ['the ledger cannot be written now: kept for next time', { kind: 'retry', error: { code: 'storage', message: 'x' } }, { kept: 1, dropped: 0, left: 1 }],
    ['refused for good: removed', { kind: 'dropped', error: { code: 'not-found', message: 'x' } }, { kept: 0, dropped: 1, left: 0 }],
  ])('%s', async (_name, result, expected) => {
    const ledger = await ledgerWithDebtor();
    const store = memoryStore();
    await enqueueSentMail(store, sentTo(ledger, ['pagos@acme.es']));
    const report = await foldSentQueue(store, async () => result);
    expect({ kept: report.kept, dropped: report.dropped, left: store.data.size }).toEqual(expected);
  });

  it('removes entries it cannot read, or filed under another send’s key', async () => {
    const ledger = await ledgerWithDebtor();
    const store = memoryStore({
      [queueKey('garbage')]: 'not json',
      [queueKey('elsewhere')]: encodeSentMail(sentTo(ledger, ['pagos@acme.es'], 'cobro-real')),
    });
    const seen: string[] = [];
    const report = await foldSentQueue(store, async (sent) => {
      seen.push(sent.sendId);
      return { kind: 'logged', events: 1 };
    });
    expect(report).toEqual({ logged: 0, duplicates: 0, dropped: 2, kept: 0 });
    expect(seen).toEqual([]);
    expect(store.data.size).toBe(0);
  });

  it('folds every queue it is given and adds up the reports, the same send in two queues logged once', async () => {
    const ledger = await ledgerWithDebtor();
    const runtimeQueue = memoryStore();
    const pageQueue = memoryStore();
    await enqueueSentMail(runtimeQueue, sentTo(ledger, ['pagos@acme.es'], 'cobro-a'));
    await enqueueSentMail(pageQueue, sentTo(ledger, ['pagos@acme.es'], 'cobro-a'));
    await enqueueSentMail(pageQueue, sentTo(ledger, ['pagos@acme.es'], 'cobro-b'));
    const report = await foldSentQueues([runtimeQueue, pageQueue], (sent) => logSentMail(ledger.client, sent));
    expect(report).toEqual({ logged: 2, duplicates: 1, dropped: 0, kept: 0 });
    expect(runtimeQueue.data.size + pageQueue.data.size).toBe(0);
  });
});
