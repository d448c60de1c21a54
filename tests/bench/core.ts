// The core's handlers on a generated ledger of 10,000 debtors, 100,000 invoices and 300,000
// events, in Node over fake-indexeddb (the same Dexie code the extension runs).
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import Dexie from 'dexie';
import { computeStatus } from '../../shared/collection/status';
import { createClient, createHandlers, dispatch } from '../../shared/ledger/api';
import { openCobroDb } from '../../shared/ledger/db';
import { emptyRecords, groupRecordsByDebtor } from '../../shared/ledger/debtor-records';
import { generateLedger, loadLedger, seededRandom } from '../../shared/ledger/sample-ledger';
import { DEFAULT_SETTINGS } from '../../shared/ledger/schema';
import { watchGcPauses, type Interval } from './gc-pauses';
import { summarize, type Sample } from './stats';
import { workedLedger } from './worked-ledger';

export interface CoreBenchOptions {
  debtors: number;
  invoicesPerDebtor: number;
  eventsPerDebtor: number;
  samples: number;
}

export const FULL_SIZE: CoreBenchOptions = { debtors: 10_000, invoicesPerDebtor: 10, eventsPerDebtor: 30, samples: 1000 };

export async function benchCore(options: CoreBenchOptions = FULL_SIZE, log: (line: string) => void = () => {}): Promise<Sample[]> {
  const now = new Date('2026-11-23T10:00:00Z');
  const generateStart = performance.now();
  const data = generateLedger({ ...options, seed: 42, now });
  log(`generated ${data.debtors.length} debtors, ${data.invoices.length} invoices, ${data.events.length} events in ${Math.round(performance.now() - generateStart)} ms`);

  const db = openCobroDb(`bench-${Date.now()}`);
  const loadStart = performance.now();
  await loadLedger(db, data, { now });
  const loadMs = performance.now() - loadStart;
  log(`loaded into IndexedDB in ${Math.round(loadMs)} ms`);

  const handlers = createHandlers({ db, now: () => now, newId: () => crypto.randomUUID() });
  const client = createClient((name, input) => dispatch(handlers, name, input));
  const random = seededRandom(7);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;

  const time = async (run: () => Promise<unknown>) => {
    const start = performance.now();
    const result = await run();
    const elapsed = performance.now() - start;
    if (result && typeof result === 'object' && 'ok' in result && result.ok === false) throw new Error(JSON.stringify(result));
    return elapsed;
  };

  // Warm up Dexie, the JIT and the Intl caches before measuring.
  for (let i = 0; i < 50; i++) await client.send('status-get', { debtorId: pick(data.debtors).id });

  const gc = watchGcPauses();
  const statusCalls: Interval[] = [];
  for (let i = 0; i < options.samples; i++) {
    const start = performance.now();
    const elapsed = await time(() => client.send('status-get', { debtorId: pick(data.debtors).id }));
    statusCalls.push({ start, end: start + elapsed });
  }
  await gc.settle();
  gc.stop();
  const statusTimes = statusCalls.map((call) => call.end - call.start);
  const statusTimesWithoutGc = statusCalls.filter((call) => !gc.overlaps(call)).map((call) => call.end - call.start);

  const withEmail = data.debtors.filter((d) => d.emails.length > 0);
  const lookupTimes: number[] = [];
  for (let i = 0; i < options.samples; i++) {
    const debtor = pick(withEmail);
    lookupTimes.push(await time(() => client.send('debtor-lookup', { emails: [pick(debtor.emails).toUpperCase(), 'someone@unknown.example'] })));
  }

  // The pure function alone, on one debtor's records already in memory.
  const byDebtor = groupRecordsByDebtor(data);
  const pureTimes: number[] = [];
  for (let i = 0; i < options.samples; i++) {
    const debtor = pick(data.debtors);
    const start = performance.now();
    computeStatus({ debtor, ...(byDebtor.get(debtor.id) ?? emptyRecords()), settings: DEFAULT_SETTINGS, now });
    pureTimes.push(performance.now() - start);
  }

  // The badge's count on a ledger just written in bulk: its first call works out and stores every
  // candidate's summary; later calls (after every write) read those.
  const firstCountMs = await time(() => client.send('followups-count', {}));
  const countTimes: number[] = [];
  for (let i = 0; i < 3; i++) countTimes.push(await time(() => client.send('followups-count', {})));
  // What the popup asks for.
  const pageTimes: number[] = [];
  for (let i = 0; i < 3; i++) pageTimes.push(await time(() => client.send('followups-today', { limit: 100 })));
  const followupTimes: number[] = [];
  for (let i = 0; i < 3; i++) followupTimes.push(await time(() => client.send('followups-today', {})));
  // How many it answers with: its cost follows the debtors due, not the size of the ledger.
  const dueToday = await client.send('followups-today', {});
  const dueCount = dueToday.ok ? dueToday.value.length : Number.NaN;

  // Writes now also work out the debtor's next follow-up day in their transaction.
  const writeTimes: number[] = [];
  for (let i = 0; i < Math.ceil(options.samples / 5); i++) {
    const debtorId = pick(data.debtors).id;
    writeTimes.push(await time(() => client.send('event-log', { debtorId, kind: 'call', channel: 'phone', direction: 'outbound', outcome: 'no-answer' })));
  }
  // A change to the ladder's days moves every debtor's follow-up day.
  const ladderChangeMs = await time(() => client.send('settings-set', { patch: { ladderDays: { ...DEFAULT_SETTINGS.ladderDays, call: 15 } } }));

  db.close();
  await Dexie.delete(db.name);

  // The same ledger as a user working their list would have it: most of today's steps taken.
  const worked = workedLedger(data, DEFAULT_SETTINGS, now, 0.05, 11);
  const workedDb = openCobroDb(`bench-worked-${Date.now()}`);
  await loadLedger(workedDb, worked, { now });
  const workedHandlers = createHandlers({ db: workedDb, now: () => now, newId: () => crypto.randomUUID() });
  const workedClient = createClient((name, input) => dispatch(workedHandlers, name, input));
  const workedFirstCountMs = await time(() => workedClient.send('followups-count', {}));
  const workedCountTimes: number[] = [];
  for (let i = 0; i < 3; i++) workedCountTimes.push(await time(() => workedClient.send('followups-count', {})));
  const workedPageTimes: number[] = [];
  for (let i = 0; i < 3; i++) workedPageTimes.push(await time(() => workedClient.send('followups-today', { limit: 100 })));
  const workedTimes: number[] = [];
  for (let i = 0; i < 3; i++) workedTimes.push(await time(() => workedClient.send('followups-today', {})));
  const workedDue = await workedClient.send('followups-today', {});
  workedDb.close();
  await Dexie.delete(workedDb.name);

  return [
    summarize('status for one debtor (handler status-get)', statusTimes, 'p95 ≤ 5 ms'),
    summarize('  the same, calls no GC pause fell into (diagnostic)', statusTimesWithoutGc),
    summarize('lookup by address with status (handler debtor-lookup)', lookupTimes),
    summarize('computeStatus alone (pure, records in memory)', pureTimes),
    { what: "the badge's count, first call after the bulk write (works out and stores every candidate's summary)", unit: 'ms', value: Math.round(firstCountMs) },
    summarize("the badge's count, later calls (handler followups-count, recounted after every write)", countTimes),
    summarize("the popup's first 100 follow-ups (handler followups-today, limit 100)", pageTimes),
    summarize("today's whole follow-up list (handler followups-today, no limit)", followupTimes),
    { what: 'debtors due today (size of that answer)', unit: 'count', value: dueCount },
    { what: "the ledger worked through: the badge's count, first call", unit: 'ms', value: Math.round(workedFirstCountMs) },
    summarize("  the badge's count, later calls", workedCountTimes),
    summarize("  the popup's first 100 follow-ups", workedPageTimes),
    summarize("  today's whole follow-up list", workedTimes, 'well under 1 s'),
    { what: 'debtors due today in the worked ledger', unit: 'count', value: workedDue.ok ? workedDue.value.length : Number.NaN },
    summarize('log a call (handler event-log, with its follow-up day)', writeTimes),
    { what: 'change the ladder days (settings-set, every follow-up day again)', unit: 'ms', value: Math.round(ladderChangeMs) },
    { what: 'loading the generated ledger (bulkAdd, with follow-up days)', unit: 'ms', value: Math.round(loadMs) },
  ];
}
