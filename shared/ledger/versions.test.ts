// Every version after the first must come with a fixture here: rows as the previous version
// wrote them, and what its upgrade must have done. The test writes the rows with a database
// declaring only the earlier versions, reopens with the new one, and checks nothing was lost.
import { createHash } from 'node:crypto';
import type Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CobroDb } from './db';
import { LedgerVersionError } from './errors';
import { eventHash } from './event-hash';
import { computeSummaries } from './handlers/debtor-summaries';
import { HashedEvent } from './schema';
import { LEDGER_VERSIONS } from './versions';
import { freshDbName } from './test-support';

interface MigrationFixture {
  version: number;
  /** Rows per table, in the shape the previous version stored. */
  before: Record<string, Array<{ id: string } & Record<string, unknown>>>;
  /** What the upgrade must have changed (every row is already checked to be intact). */
  check: (db: Dexie) => Promise<void>;
  /** The clock while the upgrade runs, for upgrades that work something out as of today. */
  now?: string;
}

const AT = '2026-01-10T09:00:00.000Z';
const v1Debtor = (id: string, name: string, emails: string[]) => ({
  id,
  name,
  emails,
  locale: 'es-ES',
  timeZone: 'Europe/Madrid',
  tags: ['vip'],
  notes: 'pays late',
  pause: null,
  doNotContact: false,
  delinquencyOverride: null,
  contactPolicy: null,
  createdAt: AT,
  updatedAt: AT,
});

const v2Debtor = (id: string, name: string, fields: Record<string, unknown> = {}) => ({
  ...v1Debtor(id, name, []),
  nameKeys: [name.toLowerCase()],
  ...fields,
});
const v2Invoice = (id: string, debtorId: string, dueDate: string) => ({
  id,
  debtorId,
  number: id,
  currency: 'EUR',
  amount: 10000,
  paid: 0,
  issueDate: null,
  dueDate,
  status: 'open',
  dispute: null,
  pause: null,
  source: { kind: 'manual' },
  createdAt: AT,
  updatedAt: AT,
});

const FIXTURES: MigrationFixture[] = [
  {
    version: 2,
    before: {
      debtors: [v1Debtor('d1', 'José García Núñez', ['jose@garcia.es']), v1Debtor('d2', 'ACME Ltd', [])],
      invoices: [
        {
          id: 'i1',
          debtorId: 'd1',
          number: 'F-2026-001',
          currency: 'EUR',
          amount: 121000,
          paid: 1000,
          issueDate: '2026-01-01',
          dueDate: '2026-01-31',
          status: 'open',
          dispute: null,
          pause: null,
          source: { kind: 'import', format: 'cobro' },
          createdAt: AT,
          updatedAt: AT,
        },
      ],
      payments: [
        { id: 'p1', debtorId: 'd1', currency: 'EUR', amount: 1000, date: '2026-01-20', allocations: [{ invoiceId: 'i1', amount: 1000 }], createdAt: AT },
      ],
      promises: [
        { id: 'pr1', debtorId: 'd1', invoiceIds: ['i1'], currency: 'EUR', amount: 5000, date: '2026-02-10', cancelledAt: null, createdAt: AT },
      ],
      plans: [
        {
          id: 'pl1',
          debtorId: 'd1',
          invoiceIds: ['i1'],
          currency: 'EUR',
          installments: [{ dueDate: '2026-03-01', amount: 120000 }],
          cancelledAt: null,
          createdAt: AT,
        },
      ],
      events: [
        {
          id: 'e1',
          debtorId: 'd1',
          at: AT,
          kind: 'email',
          channel: 'email',
          direction: 'outbound',
          templateId: 'builtin:overdue:es',
          step: 'overdue',
          invoiceIds: ['i1'],
          mail: { host: 'gmail', messageId: 'm1', threadId: 't1' },
          dedupeKey: 'gmail:m1:d1',
        },
      ],
      templates: [
        { id: 't1', builtinId: 'builtin:due:es', name: 'Vencimiento', purpose: 'due', locale: 'es', subject: 'Hola', body: 'Cuerpo', updatedAt: AT },
      ],
      settings: [{ id: 'settings', value: { signature: 'Ana' } }],
    },
    check: async (db) => {
      const d1 = await db.table('debtors').get('d1');
      expect(d1.nameKeys).toEqual(['jose garcia nunez', 'garcia nunez', 'nunez']);
      expect(await db.table('debtors').where('nameKeys').startsWith('garcia').primaryKeys()).toEqual(['d1']);
      expect(await db.table('debtors').where('nameKeys').startsWith('acme').primaryKeys()).toEqual(['d2']);
      expect(await db.table('diagnostics').count()).toBe(0);
    },
  },
  {
    version: 3,
    now: '2026-03-02T10:00:00.000Z',
    before: {
      debtors: [
        v2Debtor('d1', 'Ana'),
        v2Debtor('d2', 'Bruno', { timeZone: 'America/New_York' }),
        v2Debtor('d3', 'Carla', { pause: { reason: 'hospital', until: null, since: AT } }),
        v2Debtor('d4', 'Dario'),
        v2Debtor('d5', 'Eva'),
      ],
      invoices: [
        v2Invoice('i1', 'd1', '2026-02-01'),
        v2Invoice('i2', 'd2', '2026-03-20'),
        v2Invoice('i3', 'd3', '2026-01-01'),
        v2Invoice('i4', 'd4', '2026-02-15'),
      ],
      promises: [
        { id: 'pr4', debtorId: 'd4', invoiceIds: [], currency: 'EUR', amount: 5000, date: '2026-03-05', cancelledAt: null, createdAt: AT },
      ],
      // The stored ladder starts five days before the due date instead of three.
      settings: [{ id: 'settings', value: { ladderDays: { courtesy: -5, due: 0, overdue: 7, call: 14, firm: 30, formal: 45, agency: 60, legal: 90 } } }],
    },
    check: async (db) => {
      const followUpOn = Object.fromEntries((await db.table('debtors').toArray()).map((row) => [row.id, row.followUpOn]));
      expect(followUpOn).toEqual({
        d1: '2026-03-02', // 29 days late, the call is due today
        d2: '2026-03-15', // courtesy reminder five days before 20 March, by the stored settings
        d3: null, // paused until resumed by hand
        d4: '2026-03-06', // promised for 5 March: follow up the day after
        d5: null, // owes nothing
      });
      expect(await db.table('debtors').where('followUpOn').belowOrEqual('2026-03-06').primaryKeys()).toEqual(['d1', 'd4']);
    },
  },
  {
    version: 4,
    now: '2026-03-02T10:00:00.000Z',
    before: {
      debtors: [
        { ...v2Debtor('d1', 'Ana'), followUpOn: '2026-03-02' },
        { ...v2Debtor('d2', 'Bruno'), followUpOn: null },
      ],
      invoices: [v2Invoice('i1', 'd1', '2026-02-01'), { ...v2Invoice('i2', 'd1', '2026-02-20'), status: 'paid', paid: 10000 }],
    },
    check: async (db) => {
      expect(db.table('invoices').schema.indexes.map((index) => index.name)).toEqual(['[debtorId+number]']);
      // Summaries start empty; the first list works them out from the records and stores them.
      expect(await db.table('summaries').count()).toBe(0);
      const listed = await computeSummaries(db as CobroDb, new Date());
      expect(listed.entries.map((entry) => [entry.summary.id, entry.summary.daysLate, entry.summary.openInvoiceCount])).toEqual([
        ['d1', 29, 1],
        ['d2', null, 0],
      ]);
      expect(await db.table('summaries').toCollection().primaryKeys()).toEqual(['d1', 'd2']);
    },
  },
  {
    version: 5,
    before: {
      debtors: [
        { ...v2Debtor('d1', 'Ana'), followUpOn: '2026-03-02' },
        { ...v2Debtor('d2', 'Bruno'), followUpOn: null },
      ],
      // Two customers may each have an invoice numbered the same.
      invoices: [
        { ...v2Invoice('i1', 'd1', '2026-02-01'), number: 'F-1' },
        { ...v2Invoice('i2', 'd2', '2026-02-20'), number: 'F-1', source: { kind: 'import', format: 'holded' } },
        { ...v2Invoice('i3', 'd1', '2026-02-20'), number: 'f-1' },
      ],
    },
    check: async (db) => {
      expect(db.table('invoices').schema.indexes.map((index) => index.name)).toEqual(['[debtorId+number]', 'number']);
      expect(await db.table('invoices').where('number').equals('F-1').primaryKeys()).toEqual(['i1', 'i2']);
      expect(await db.table('invoices').where('number').anyOf(['f-1', 'F-2']).primaryKeys()).toEqual(['i3']);
    },
  },
  {
    version: 6,
    before: {
      debtors: [{ ...v2Debtor('d1', 'Ana'), followUpOn: null }],
      invoices: [v2Invoice('i1', 'd1', '2026-02-01')],
      events: [
        { id: 'e1', debtorId: 'd1', at: AT, kind: 'note', channel: 'system', direction: 'internal', invoiceIds: [], dedupeKey: 'note:e1' },
        {
          id: 'e2',
          debtorId: 'd1',
          at: '2026-01-11T10:30:00.000Z',
          kind: 'email',
          channel: 'email',
          direction: 'outbound',
          templateId: 'builtin:overdue:es',
          step: 'overdue',
          invoiceIds: ['i1'],
          subject: 'Factura F-2026-001 vencida — Señora Núñez 🙂',
          mail: { host: 'gmail', messageId: 'm1', threadId: 't1' },
          dedupeKey: 'gmail:m1:d1',
        },
      ],
    },
    check: async (db) => {
      const rows = await db.table('events').toArray();
      // e1's canonical JSON written out by hand (RFC 8785: keys in code-unit order, no spaces),
      // hashed by Node's own SHA-256: the upgrade must agree with both.
      const e1 =
        '{"at":"2026-01-10T09:00:00.000Z","channel":"system","debtorId":"d1","dedupeKey":"note:e1","direction":"internal","id":"e1","invoiceIds":[],"kind":"note"}';
      expect(rows.find((row) => row.id === 'e1').hash).toBe(createHash('sha256').update(e1, 'utf8').digest('hex'));
      for (const row of rows) expect(row.hash).toBe(eventHash(HashedEvent.parse(row)));
      expect(new Set(rows.map((row) => row.hash)).size).toBe(2);
    },
  },
];

describe('schema versions', () => {
  it('are numbered 1, 2, 3... in order', () => {
    expect(LEDGER_VERSIONS.map((v) => v.version)).toEqual(LEDGER_VERSIONS.map((_, i) => i + 1));
  });

  it('each version after the first has a migration fixture', () => {
    expect(FIXTURES.map((f) => f.version)).toEqual(LEDGER_VERSIONS.slice(1).map((v) => v.version));
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it.each(FIXTURES)('upgrading to version $version keeps every record and applies the upgrade', async (fixture) => {
    if (fixture.now) {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(fixture.now));
    }
    const name = freshDbName();
    const upTo = LEDGER_VERSIONS.findIndex((v) => v.version === fixture.version);
    const previous = new CobroDb(name, LEDGER_VERSIONS.slice(0, upTo));
    await previous.open();
    for (const [table, rows] of Object.entries(fixture.before)) await previous.table(table).bulkAdd(rows);
    previous.close();

    const upgraded = new CobroDb(name, LEDGER_VERSIONS.slice(0, upTo + 1));
    await upgraded.open();
    expect(upgraded.verno).toBe(fixture.version);
    for (const [table, rows] of Object.entries(fixture.before)) {
      expect(await upgraded.table(table).count()).toBe(rows.length);
      for (const row of rows) expect(await upgraded.table(table).get(row.id)).toMatchObject(row);
    }
    await fixture.check(upgraded);
    upgraded.close();
  });

  it('upgrades a first-version database through every version to the latest', async () => {
    const [first] = FIXTURES;
    const name = freshDbName();
    const oldest = new CobroDb(name, LEDGER_VERSIONS.slice(0, 1));
    await oldest.open();
    for (const [table, rows] of Object.entries(first!.before)) await oldest.table(table).bulkAdd(rows);
    oldest.close();

    const latest = new CobroDb(name);
    await latest.open();
    expect(latest.verno).toBe(LEDGER_VERSIONS.length);
    for (const [table, rows] of Object.entries(first!.before)) expect(await latest.table(table).count()).toBe(rows.length);
    expect((await latest.table('debtors').get('d1')).followUpOn).not.toBeUndefined();
    const listed = await computeSummaries(latest, new Date());
    expect(listed.entries.map((entry) => entry.summary.name)).toEqual(['José García Núñez', 'ACME Ltd']);
    latest.close();
  });

  it('refuses to open a database written by a newer version, with a clear error', async () => {
    const name = freshDbName();
    const current = new CobroDb(name);
    await current.open();
    await current.table('diagnostics').add({ id: 'x', at: AT, code: 'c', detail: '', dedupeKey: 'c' });
    current.close();

    const older = new CobroDb(name, LEDGER_VERSIONS.slice(0, -1));
    const error = await older.open().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(LedgerVersionError);
    const latest = LEDGER_VERSIONS.length;
    expect((error as LedgerVersionError).message).toContain(
      `version ${latest}, newer than this copy of Cobro understands (version ${latest - 1})`,
    );
    expect(older.isOpen()).toBe(false);

    // The newer data is untouched.
    const again = new CobroDb(name);
    expect(await again.table('diagnostics').count()).toBe(1);
    again.close();
  });
});
