import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  Debtor,
  Diagnostic,
  Invoice,
  Payment,
  PaymentPlan,
  PromiseToPay,
  Template,
} from '../ledger/schema';
import { withHash } from '../ledger/event-hash';
import { createBackup, readBackup, type BackupTables } from './backup';

const AT = '2026-11-20T10:00:00.000Z';
const NOW = new Date('2026-11-23T08:30:00.000Z');

const TABLES: BackupTables = {
  debtors: [
    Debtor.parse({
      id: 'd1',
      name: 'Clínica Dental Sonrisa',
      emails: ['admin@sonrisa.example'],
      locale: 'es-ES',
      timeZone: 'Europe/Madrid',
      tags: ['vip'],
      notes: '',
      pause: null,
      doNotContact: false,
      delinquencyOverride: null,
      contactPolicy: null,
      createdAt: AT,
      updatedAt: AT,
    }),
  ],
  invoices: [
    Invoice.parse({
      id: 'i1',
      debtorId: 'd1',
      number: 'F-2026-0131',
      currency: 'EUR',
      amount: 302500,
      paid: 0,
      issueDate: '2026-09-01',
      dueDate: '2026-10-01',
      status: 'open',
      dispute: null,
      pause: null,
      source: { kind: 'import', format: 'cobro' },
      createdAt: AT,
      updatedAt: AT,
    }),
  ],
  payments: [
    Payment.parse({ id: 'p1', debtorId: 'd1', currency: 'EUR', amount: 1000, date: '2026-11-01', allocations: [{ invoiceId: 'i1', amount: 1000 }], createdAt: AT }),
  ],
  promises: [
    PromiseToPay.parse({ id: 'pr1', debtorId: 'd1', invoiceIds: ['i1'], currency: 'EUR', amount: 5000, date: '2026-12-01', cancelledAt: null, createdAt: AT }),
  ],
  plans: [
    PaymentPlan.parse({
      id: 'pl1',
      debtorId: 'd1',
      invoiceIds: ['i1'],
      currency: 'EUR',
      installments: [
        { dueDate: '2026-12-01', amount: 100000 },
        { dueDate: '2027-01-01', amount: 202500 },
      ],
      cancelledAt: null,
      createdAt: AT,
    }),
  ],
  events: [
    withHash({
      id: 'e1',
      debtorId: 'd1',
      at: AT,
      kind: 'email',
      channel: 'email',
      direction: 'outbound',
      step: 'overdue',
      invoiceIds: ['i1'],
      subject: 'Factura vencida',
      mail: { host: 'gmail', threadId: 't1' },
      dedupeKey: 'gmail:t1:m1',
    }),
  ],
  templates: [
    Template.parse({ id: 't1', name: 'Recordatorio', purpose: 'due', locale: 'es', subject: 'Hola {name}', body: 'Su factura {number}', updatedAt: AT }),
  ],
  settings: DEFAULT_SETTINGS,
  diagnostics: [Diagnostic.parse({ id: 'g1', at: AT, code: 'gmail-layout', detail: 'no compose root', dedupeKey: 'gmail-layout:1' })],
};

async function backupObject(tables: BackupTables = TABLES, version = 3): Promise<Record<string, unknown> & { tables: Record<string, unknown[]> }> {
  return JSON.parse(createBackup(tables, version, NOW));
}

describe('createBackup', () => {
  it('writes the header, counts and a SHA-256 of the records', async () => {
    const file = await backupObject();
    expect(file).toMatchObject({
      app: 'cobro',
      kind: 'backup',
      schemaVersion: 3,
      exportedAt: NOW.toISOString(),
      counts: { debtors: 1, invoices: 1, payments: 1, promises: 1, plans: 1, events: 1, templates: 1, settings: 1, diagnostics: 1 },
    });
    expect(file.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives the same checksum for the same records in any key order', async () => {
    const reordered = JSON.parse(JSON.stringify(TABLES), (_, value: unknown) =>
      value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
    ) as BackupTables;
    expect((await backupObject(reordered)).checksum).toBe((await backupObject()).checksum);
  });
});

describe('readBackup', () => {
  it('reads back every table as written', async () => {
    const result = readBackup(createBackup(TABLES, 3, NOW), 3);
    expect(result).toEqual({ ok: true, tables: TABLES, schemaVersion: 3 });
  });

  it('accepts a backup re-indented or with keys in another order', async () => {
    const file = await backupObject();
    const text = JSON.stringify({ tables: file.tables, checksum: file.checksum, counts: file.counts, kind: 'backup', app: 'cobro', schemaVersion: 3 }, null, 2);
    expect(readBackup(text, 3)).toMatchObject({ ok: true });
  });

  it('accepts an older version and passes it through the upgrade it is given', async () => {
    const text = createBackup(TABLES, 1, NOW);
    const seen: number[] = [];
    const result = readBackup(text, 3, (tables, from) => {
      seen.push(from);
      const debtors = (tables.debtors as Debtor[]).map((d) => ({ ...d, tags: [...d.tags, 'migrated'] }));
      return { ...tables, debtors };
    });
    expect(seen).toEqual([1]);
    expect(result.ok && result.tables.debtors[0]!.tags).toEqual(['vip', 'migrated']);
    expect(readBackup(text, 3)).toMatchObject({ ok: true, schemaVersion: 1 });
  });

  it('accepts a backup without settings', async () => {
    const result = readBackup(createBackup({ ...TABLES, settings: null }, 3, NOW), 3);
    expect(result.ok && result.tables.settings).toBe(null);
  });

  const cases: [string, (file: Record<string, unknown> & { tables: Record<string, unknown[]> }) => string, string, string | undefined][] = [
    ['not JSON', () => '{"app": "cobro",', 'not-json', undefined],
    ['an empty file', () => '', 'not-json', undefined],
    ['a JSON array', () => '[]', 'not-a-backup', undefined],
    ['another app', (f) => JSON.stringify({ ...f, app: 'other' }), 'not-a-backup', undefined],
    ['no tables', (f) => JSON.stringify({ ...f, tables: undefined }), 'not-a-backup', undefined],
    ['a table missing', (f) => JSON.stringify({ ...f, tables: { ...f.tables, events: undefined } }), 'not-a-backup', 'tables.events'],
    ['no version', (f) => JSON.stringify({ ...f, schemaVersion: '3' }), 'not-a-backup', 'schemaVersion'],
    ['a newer version', (f) => JSON.stringify({ ...f, schemaVersion: 4 }), 'newer-version', undefined],
    [
      'an edited amount',
      (f) => JSON.stringify({ ...f, tables: { ...f.tables, invoices: [{ ...(f.tables.invoices?.[0] as object), amount: 1 }] } }),
      'checksum-mismatch',
      'checksum',
    ],
    ['a changed checksum', (f) => JSON.stringify({ ...f, checksum: '0'.repeat(64) }), 'checksum-mismatch', 'checksum'],
    ['wrong counts', (f) => JSON.stringify({ ...f, counts: { ...(f.counts as object), events: 7 } }), 'checksum-mismatch', 'counts.events'],
  ];

  it.each(cases)('refuses %s', async (_, edit, code, where) => {
    const result = readBackup(edit(await backupObject()), 3);
    expect(result).toMatchObject({ ok: false, code });
    if (!result.ok) {
      expect(result.where).toBe(where);
      expect(result.message.length).toBeGreaterThan(10);
    }
  });

  it.each<[string, Partial<BackupTables>, string]>([
    ['an invoice paid beyond its amount', { invoices: [{ ...TABLES.invoices[0]!, paid: 999999 }] }, 'tables.invoices[0].paid'],
    ['a debtor with a bad address', { debtors: [{ ...TABLES.debtors[0]!, emails: ['nope'] }] }, 'tables.debtors[0].emails[0]'],
    ['two debtors with one id', { debtors: [TABLES.debtors[0]!, TABLES.debtors[0]!] }, 'tables.debtors[1].id'],
    ['settings with a bad currency', { settings: { ...DEFAULT_SETTINGS, defaultCurrency: 'EURO' } }, 'tables.settings.defaultCurrency'],
  ])('refuses %s, saying where', async (_, change, where) => {
    // createBackup trusts its caller; a hand-made or damaged-then-rehashed file is what readBackup guards against.
    const result = readBackup(createBackup({ ...TABLES, ...change }, 3, NOW), 3);
    expect(result).toMatchObject({ ok: false, code: 'invalid-record', where });
  });

  it('refuses events changed after they were logged, even in a file whose checksum was rebuilt, and counts them', () => {
    const [e1] = TABLES.events;
    const e2 = withHash({ ...e1!, id: 'e2', dedupeKey: 'gmail:t1:m2' });
    const e3 = withHash({ ...e1!, id: 'e3', dedupeKey: 'gmail:t1:m3' });
    const events = [e1!, { ...e2, subject: 'Factura pagada' }, { ...e3, at: '2026-11-21T10:00:00.000Z' }];
    const result = readBackup(createBackup({ ...TABLES, events }, 3, NOW), 3);
    expect(result).toMatchObject({ ok: false, code: 'event-hash-mismatch', count: 2, where: 'tables.events[1].hash' });
    // Untouched, the same three read back.
    expect(readBackup(createBackup({ ...TABLES, events: [e1!, e2, e3] }, 3, NOW), 3)).toMatchObject({ ok: true });
  });

  it('refuses an event without its hash unless an upgrade adds it', () => {
    const { hash: _hash, ...unhashed } = TABLES.events[0]!;
    const text = createBackup({ ...TABLES, events: [unhashed as BackupTables['events'][number]] }, 3, NOW);
    expect(readBackup(text, 3)).toMatchObject({ ok: false, code: 'invalid-record', where: 'tables.events[0].hash' });
    const upgraded = readBackup(text, 4, (tables) => ({ ...tables, events: (tables.events as object[]).map((event) => withHash(event as never)) }));
    expect(upgraded.ok && upgraded.tables.events).toEqual(TABLES.events);
  });
});
