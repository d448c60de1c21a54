import type { DBCore, DBCoreTable } from 'dexie';
import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_UNKNOWN, type CobroDb } from '../db';
import { settingsStamp, summaryHolds } from '../summary';
import { createTestLedger, must, mustFail, type TestLedger } from '../test-ledger';
import { readSettings } from './settings';

async function debtor(ledger: TestLedger, name: string, amount: number, dueDate: string, extra: Record<string, unknown> = {}) {
  return must(
    await ledger.client.send('debtor-create', { name, ...extra, firstInvoice: { number: 'F-1', currency: 'EUR', amount, dueDate } }),
  ).debtor;
}

/** Debtors due in several zones, one not due yet, one not to be contacted; the ordering test adds one who paid. */
async function mixedLedger(at: string, ledger = createTestLedger(at)): Promise<TestLedger> {
  await debtor(ledger, 'A 29 days late, small', 1000, '2026-02-01');
  await debtor(ledger, 'B 60 days late', 1000, '2026-01-01');
  await debtor(ledger, 'C 10 days late, large', 5000, '2026-02-20');
  await debtor(ledger, 'D not due yet', 9000, '2026-03-20');
  const e = await debtor(ledger, 'E do not contact', 9000, '2026-01-01');
  must(await ledger.client.send('debtor-update', { id: e.id, patch: { doNotContact: true } }));
  // 10:00 UTC on 2 March is still 1 March in Pago Pago and already 3 March in Kiritimati.
  await debtor(ledger, 'F Pago Pago', 100, '2026-02-01', { timeZone: 'Pacific/Pago_Pago' });
  await debtor(ledger, 'G Kiritimati', 100, '2026-02-01', { timeZone: 'Pacific/Kiritimati' });
  return ledger;
}

/** The mixed ledger, asked at a later (or earlier) instant. */
const mixedAt = (later: string) => async () => {
  const ledger = await mixedLedger('2026-03-02T10:00:00.000Z');
  ledger.setNow(later);
  return ledger;
};

describe('followups-today', () => {
  it('lists debtors due today in their own zone: by date, then severity, then amount owed', async () => {
    const ledger = await mixedLedger('2026-03-02T10:00:00.000Z');
    await debtor(ledger, 'H nothing owed', 100, '2026-02-01');
    const h = (await ledger.db.debtors.toArray()).find((d) => d.name.startsWith('H'))!;
    must(await ledger.client.send('payment-record', { debtorId: h.id, currency: 'EUR', amount: 100, date: '2026-01-15' }));

    const list = must(await ledger.client.send('followups-today', {}));
    expect(list.map((f) => [f.debtor.name, f.status.nextAction!.date, f.status.severity])).toEqual([
      ['F Pago Pago', '2026-03-01', 2],
      ['B 60 days late', '2026-03-02', 3],
      ['C 10 days late, large', '2026-03-02', 2],
      ['A 29 days late, small', '2026-03-02', 2],
      ['G Kiritimati', '2026-03-03', 2],
    ]);
    expect(must(await ledger.client.send('followups-today', { limit: 2 })).map((f) => f.debtor.name)).toEqual(['F Pago Pago', 'B 60 days late']);
  });

  it('leaves out a debtor once today’s step has been done', async () => {
    const ledger = createTestLedger('2026-03-02T10:00:00.000Z');
    const a = await debtor(ledger, 'Ana', 1000, '2026-02-20', { emails: ['ana@x.es'] });
    const before = must(await ledger.client.send('followups-today', {}));
    expect(before.map((f) => f.debtor.id)).toEqual([a.id]);
    const step = before[0]!.status.nextAction!.purpose;
    must(await ledger.client.send('mail-sent', { host: 'gmail', to: ['ana@x.es'], messageId: 'm1', templateId: `builtin:${step}:es` }));
    expect(must(await ledger.client.send('followups-today', {}))).toEqual([]);
  });
});

describe('followups-count', () => {
  it.each<[string, () => Promise<TestLedger>, number]>([
    ['an empty ledger', async () => createTestLedger(), 0],
    [
      'a debtor owing nothing',
      async () => {
        const ledger = createTestLedger();
        must(await ledger.client.send('debtor-create', { name: 'Ana', emails: ['ana@x.es'] }));
        return ledger;
      },
      0,
    ],
    ['debtors due in several zones, one not due, one not to be contacted', () => mixedLedger('2026-03-02T10:00:00.000Z'), 5],
    ['the day before everywhere', mixedAt('2026-03-01T10:00:00.000Z'), 0],
    // Half past midnight in Madrid, midday in Pago Pago; Kiritimati’s step is a day further on.
    ['just past midnight in Madrid', mixedAt('2026-03-01T23:30:00.000Z'), 4],
    ['six weeks later, when D is late too', mixedAt('2026-04-15T10:00:00.000Z'), 6],
  ])('%s → %i, as many as followups-today lists', async (_label, make, expected) => {
    const ledger = await make();
    const listed = must(await ledger.client.send('followups-today', {}));
    expect(must(await ledger.client.send('followups-count', {}))).toEqual({ count: expected });
    expect(listed).toHaveLength(expected);
  });

  it('counts a debtor out once today’s step has been done', async () => {
    const ledger = createTestLedger('2026-03-02T10:00:00.000Z');
    await debtor(ledger, 'Ana', 1000, '2026-02-20', { emails: ['ana@x.es'] });
    expect(must(await ledger.client.send('followups-count', {}))).toEqual({ count: 1 });
    const [item] = must(await ledger.client.send('followups-today', {}));
    const step = item!.status.nextAction!.purpose;
    must(await ledger.client.send('mail-sent', { host: 'gmail', to: ['ana@x.es'], messageId: 'm1', templateId: `builtin:${step}:es` }));
    expect(must(await ledger.client.send('followups-count', {}))).toEqual({ count: 0 });
  });

  it('writes nothing and takes no input', async () => {
    const ledger = createTestLedger();
    expect(mustFail(await ledger.client.send('followups-count', { limit: 1 } as never)).code).toBe('invalid-input');
  });
});

describe('status-get', () => {
  it('computes the status from the stored records', async () => {
    const ledger = createTestLedger('2026-03-02T10:00:00.000Z');
    const a = await debtor(ledger, 'Ana', 1000, '2026-02-01');
    const status = must(await ledger.client.send('status-get', { debtorId: a.id }));
    expect(status).toMatchObject({ debtorId: a.id, outstanding: [{ currency: 'EUR', amount: 1000 }], daysLate: 29, state: 'overdue' });
  });
});

/** The tables of records a status is computed from. */
const RECORD_TABLES_READ = new Set(['invoices', 'payments', 'promises', 'plans', 'events']);

interface RecordReads {
  /** Requests to the record tables since the last reset. */
  requests: number;
  /** Whose records they returned. */
  debtorIds: Set<string>;
  reset(): void;
}

/**
 * Counts every read of the record tables, however it is made (Dexie's lowest layer). Installed
 * before the database opens, so the ledger is created here.
 */
function ledgerCountingRecordReads(at: string): { ledger: TestLedger; reads: RecordReads } {
  const ledger = createTestLedger(at);
  const reads: RecordReads = {
    requests: 0,
    debtorIds: new Set(),
    reset() {
      this.requests = 0;
      this.debtorIds.clear();
    },
  };
  const note = (rows: unknown[]) => {
    reads.requests++;
    for (const row of rows) reads.debtorIds.add((row as { debtorId?: string } | undefined)?.debtorId ?? '?');
  };
  const counting = (table: DBCoreTable): DBCoreTable => ({
    ...table,
    get: async (req) => {
      const row: unknown = await table.get(req);
      note(row === undefined ? [] : [row]);
      return row;
    },
    getMany: async (req) => {
      const rows = await table.getMany(req);
      note(rows);
      return rows;
    },
    query: async (req) => {
      const response = await table.query(req);
      note(response.result);
      return response;
    },
    openCursor: (req) => {
      note(['?']);
      return table.openCursor(req);
    },
    count: (req) => {
      note([]);
      return table.count(req);
    },
  });
  ledger.db.use({
    stack: 'dbcore',
    name: 'count-record-reads',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => (RECORD_TABLES_READ.has(name) ? counting(down.table(name)) : down.table(name)),
    }),
  });
  return { ledger, reads };
}

const NOW = '2026-03-02T10:00:00.000Z';
/** followups-today on the mixed ledger at NOW, as the ordering test above orders it. */
const MIXED_DUE = ['F Pago Pago', 'B 60 days late', 'C 10 days late, large', 'A 29 days late, small', 'G Kiritimati'];

async function summariesHolding(db: CobroDb, ids: readonly string[], now: Date): Promise<boolean[]> {
  const stamp = settingsStamp(await readSettings(db));
  return (await db.summaries.bulkGet([...ids])).map((row) => row !== undefined && summaryHolds(row, stamp, now));
}

describe('followups from the stored summaries', () => {
  /** Stale rows also claim the opposite of what they said about today: trusting them would answer wrong. */
  async function staleRows(db: CobroDb, change: { on: string } | { settings: string }) {
    const rows = await db.summaries.toArray();
    await db.summaries.bulkPut(rows.map((row) => ({ ...row, ...change, entry: { ...row.entry, summary: { ...row.entry.summary, dueToday: !row.entry.summary.dueToday } } })));
  }

  it.each<[string, (db: CobroDb) => Promise<unknown>]>([
    ['stored by the writes', async () => undefined],
    ['absent (a bulk load)', (db) => db.summaries.clear()],
    [
      'absent, and no follow-up day worked out yet (every debtor a candidate)',
      async (db) => {
        await db.summaries.clear();
        await db.debtors.toCollection().modify({ followUpOn: FOLLOW_UP_UNKNOWN });
      },
    ],
    // A day before today in every zone (it is still 1 March in Pago Pago).
    ['from an earlier day', (db) => staleRows(db, { on: '2026-02-28' })],
    ['worked out under other settings', (db) => staleRows(db, { settings: 'other settings' })],
  ])('summaries %s → the same list and count, and the listed debtors’ summaries are stored afterwards', async (_label, leave) => {
    const { ledger, reads } = ledgerCountingRecordReads(NOW);
    await mixedLedger(NOW, ledger);
    await leave(ledger.db);

    expect(must(await ledger.client.send('followups-count', {}))).toEqual({ count: MIXED_DUE.length });
    const listed = must(await ledger.client.send('followups-today', {}));
    expect(listed.map((f) => f.debtor.name)).toEqual(MIXED_DUE);
    expect(await summariesHolding(ledger.db, listed.map((f) => f.debtor.id), ledger.ctx.now())).toEqual(MIXED_DUE.map(() => true));
    // What was worked out is what the next count uses: no record is read again.
    reads.reset();
    expect(must(await ledger.client.send('followups-count', {}))).toEqual({ count: MIXED_DUE.length });
    expect(reads.requests).toBe(0);
    ledger.db.close();
  });

  it.each<[string, 'followups-count' | 'followups-today', 'followups-count' | 'followups-today', (names: string[]) => string[]]>([
    ['followups-count after followups-count', 'followups-count', 'followups-count', () => []],
    ['followups-count after followups-today', 'followups-today', 'followups-count', () => []],
    // The page needs each listed debtor's full status: their records, and nobody else's.
    ['followups-today (2) after followups-count', 'followups-count', 'followups-today', (names) => names.slice(0, 2)],
  ])('%s, summaries absent before the first: the second reads no records but those of the debtors it lists', async (_label, first, second, readFor) => {
    const { ledger, reads } = ledgerCountingRecordReads(NOW);
    await mixedLedger(NOW, ledger);
    const idOf = new Map((await ledger.db.debtors.toArray()).map((row) => [row.name, row.id]));
    await ledger.db.summaries.clear();

    reads.reset();
    must(await ledger.client.send(first, first === 'followups-today' ? { limit: 2 } : {}));
    // Without summaries the candidates' records are read: the spy sees reads when there are some.
    expect(reads.requests).toBeGreaterThan(0);
    expect([...reads.debtorIds]).toEqual(expect.arrayContaining(MIXED_DUE.map((name) => idOf.get(name))));

    reads.reset();
    must(await ledger.client.send(second, second === 'followups-today' ? { limit: 2 } : {}));
    expect([...reads.debtorIds].sort()).toEqual(readFor(MIXED_DUE).map((name) => idOf.get(name)).sort());
    if (readFor(MIXED_DUE).length === 0) expect(reads.requests).toBe(0);
    ledger.db.close();
  });

  it.each([1, 2, 4, 5, 6, 100])('limit %i → the first of the whole list, the same follow-ups', async (limit) => {
    const ledger = await mixedLedger(NOW);
    await ledger.db.summaries.clear();
    const limited = must(await ledger.client.send('followups-today', { limit }));
    const all = must(await ledger.client.send('followups-today', {}));
    expect(all.map((f) => f.debtor.name)).toEqual(MIXED_DUE);
    expect(limited).toEqual(all.slice(0, limit));
    ledger.db.close();
  });

  it.each<[string, number | undefined, string[]]>([
    ['the whole list', undefined, MIXED_DUE],
    ['a page of one: the next in line takes the place', 1, ['F Pago Pago']],
    ['a page of two', 2, ['F Pago Pago', 'B 60 days late']],
  ])(
    'a summary saying due while the records say not (a write landed in between) → left out of %s',
    async (_label, limit, expected) => {
      const ledger = await mixedLedger(NOW);
      const d = (await ledger.db.debtors.toArray()).find((row) => row.name.startsWith('D'))!;
      // A holding summary claiming D is due first of all, on a row the follow-up index offers.
      await ledger.db.debtors.update(d.id, { followUpOn: FOLLOW_UP_UNKNOWN });
      const row = (await ledger.db.summaries.get(d.id))!;
      const summary = { ...row.entry.summary, dueToday: true, nextAction: { purpose: 'legal' as const, date: '2026-01-01' }, severity: 3 as const };
      await ledger.db.summaries.put({ ...row, entry: { ...row.entry, summary } });

      // The badge counts what the summaries say; the list shows only what the records say.
      expect(must(await ledger.client.send('followups-count', {}))).toEqual({ count: MIXED_DUE.length + 1 });
      const listed = must(await ledger.client.send('followups-today', limit === undefined ? {} : { limit }));
      expect(listed.map((f) => f.debtor.name)).toEqual(expected);
      expect(listed.every((f) => f.status.nextAction !== null && f.status.nextAction.date <= f.status.today)).toBe(true);
      ledger.db.close();
    },
  );
});
