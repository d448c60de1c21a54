import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupChecksum } from '../../export';
import { TABLE_NAMES } from '../db';
import { refreshAllFollowUps } from '../follow-up-refresh';
import { generateLedger, loadLedger } from '../sample-ledger';
import { readStoredSettings } from '../stored-settings';
import { createTestLedger, must, type TestLedger } from '../test-ledger';
import { dumpDb } from '../test-support';
import { BACKUP_SCHEMA_VERSION, readAllTables } from './backup';

const NOW = '2026-03-02T10:00:00.000Z';

/** The demo debtors plus a template edit, settings, a diagnostic and a merge-free history. */
async function richLedger(): Promise<TestLedger> {
  const ledger = createTestLedger(NOW);
  must(await ledger.client.send('demo-load', {}));
  must(await ledger.client.send('settings-set', { patch: { signature: 'Ana — Estudio Lumen', business: { name: 'Estudio Lumen' } } }));
  must(await ledger.client.send('template-update', { id: 'builtin:due:es', patch: { body: 'Hola {debtorName}, le recordamos {totalOwed}.' } }));
  must(await ledger.client.send('diagnostic-record', { code: 'gmail-layout', detail: 'no thread id', dedupeKey: 'gmail-layout:1' }));
  // Every row's derived follow-up day as of the clock, as a restore works it out.
  await refreshAllFollowUps(ledger.db, await readStoredSettings(ledger.db), ledger.ctx.now());
  return ledger;
}

async function wipe(ledger: TestLedger): Promise<void> {
  await ledger.db.transaction('rw', TABLE_NAMES, async () => {
    for (const name of TABLE_NAMES) await ledger.db.table(name).clear();
  });
}

/** Rewrites a backup's JSON and keeps its checksum valid, as a careful forger would. */
interface BackupShape {
  schemaVersion: number;
  tables: { debtors: { id: string }[]; invoices: { amount: number }[]; events: { at: string; note?: string; hash?: string }[] };
  counts: Record<string, number>;
}

async function edited(text: string, change: (file: BackupShape) => void) {
  const file = JSON.parse(text);
  change(file);
  file.checksum = backupChecksum(file.tables);
  return JSON.stringify(file);
}

describe('backup-export', () => {
  it('holds every table with the schema version, and counts them', async () => {
    const ledger = await richLedger();
    const backup = must(await ledger.client.send('backup-export', {}));
    const file = JSON.parse(backup.text);
    expect(file).toMatchObject({ app: 'cobro', kind: 'backup', schemaVersion: BACKUP_SCHEMA_VERSION });
    expect(backup.counts).toEqual(file.counts);
    expect(backup.counts.debtors).toBe(await ledger.db.debtors.count());
    expect(backup.counts.templates).toBe(1);
    expect(backup.counts.settings).toBe(1);
    expect(backup.fileName).toBe('cobro-backup-2026-03-02-1000.json');
    // Derived fields stay out of the file.
    expect(file.tables.debtors[0]).not.toHaveProperty('nameKeys');
    expect(file.tables.debtors[0]).not.toHaveProperty('followUpOn');
  });
});

describe('backup-restore', () => {
  it('backup → wipe → restore gives back exactly the same database', async () => {
    const ledger = await richLedger();
    const before = await dumpDb(ledger.db);
    const backup = must(await ledger.client.send('backup-export', {}));
    await wipe(ledger);
    expect(await ledger.db.debtors.count()).toBe(0);
    const restored = must(await ledger.client.send('backup-restore', { text: backup.text }));
    expect(restored).toEqual({ restored: true, counts: backup.counts, schemaVersion: BACKUP_SCHEMA_VERSION });
    expect(await dumpDb(ledger.db)).toEqual(before);
  });

  it('keeps a send\'s text exactly, line breaks, accents and emoji included', async () => {
    const ledger = createTestLedger(NOW);
    must(await ledger.client.send('debtor-create', { name: 'Ana', emails: ['ana@x.es'] }));
    const sentText = 'Estimada Ana:\n\nLe recordamos la factura F-1 (1.250,00 €) 🙏\n\n— Estudio Lumen\n[quoted text left out]';
    const [sent] = must(await ledger.client.send('mail-sent', { host: 'gmail', to: ['ana@x.es'], messageId: 'm-1', sentText })).logged;
    const backup = must(await ledger.client.send('backup-export', {}));
    expect(JSON.parse(backup.text).tables.events[0].sentText).toBe(sentText);
    await wipe(ledger);
    must(await ledger.client.send('backup-restore', { text: backup.text }));
    expect(await ledger.db.events.get(sent!.id)).toEqual(sent);
  });

  it('replaces whatever the ledger held, settings included', async () => {
    const source = await richLedger();
    const backup = must(await source.client.send('backup-export', {}));
    const target = createTestLedger(NOW);
    must(await target.client.send('debtor-create', { name: 'Only here', emails: ['only@here.es'] }));
    must(await target.client.send('settings-set', { patch: { defaultCurrency: 'USD' } }));
    must(await target.client.send('backup-restore', { text: backup.text }));
    expect(await readAllTables(target.db)).toEqual(await readAllTables(source.db));
  });

  it('restores a ledger that never saved settings to the defaults', async () => {
    const empty = createTestLedger(NOW);
    const backup = must(await empty.client.send('backup-export', {}));
    const target = await richLedger();
    must(await target.client.send('backup-restore', { text: backup.text }));
    expect(await target.db.settings.count()).toBe(0);
    expect(await target.db.debtors.count()).toBe(0);
  });

  const refusals: [string, (text: string) => Promise<string> | string, string][] = [
    ['a newer Cobro’s backup', (text) => edited(text, (file) => void (file.schemaVersion = BACKUP_SCHEMA_VERSION + 1)), 'newer-version'],
    ['a file altered after it was made', (text) => text.replace('Estudio Lumen', 'Estudio Lunar'), 'checksum-mismatch'],
    ['a truncated file', (text) => text.slice(0, text.length / 2), 'not-json'],
    ['some other JSON', () => JSON.stringify({ hello: 'world' }), 'not-a-backup'],
    [
      'a record that breaks the schema (checksum forged)',
      (text) => edited(text, (file) => void (file.tables.invoices[0]!.amount = -3)),
      'invalid-record',
    ],
    [
      'an invoice of a debtor it does not hold',
      (text) =>
        edited(text, (file) => {
          file.tables.debtors = file.tables.debtors.filter((debtor) => debtor.id !== 'demo-broken-promise');
          file.counts.debtors = file.tables.debtors.length;
        }),
      'broken-reference',
    ],
    [
      'an event changed after it was logged (checksum forged)',
      (text) => edited(text, (file) => void (file.tables.events[0]!.note = 'Never said that')),
      'event-hash-mismatch',
    ],
  ];

  it.each(refusals)('refuses %s with a reason, changing nothing', async (_what, spoil, reason) => {
    const ledger = await richLedger();
    const backup = must(await ledger.client.send('backup-export', {}));
    must(await ledger.client.send('debtor-create', { name: 'Added later', emails: ['later@x.es'] }));
    const before = await dumpDb(ledger.db);
    const result = must(await ledger.client.send('backup-restore', { text: await spoil(backup.text) }));
    expect(result.restored).toBe(false);
    if (!result.restored) {
      expect(result.reason).toBe(reason);
      expect(result.message.length).toBeGreaterThan(10);
    }
    expect(await dumpDb(ledger.db)).toEqual(before);
  });

  it('says how many events do not match their hash', async () => {
    const ledger = await richLedger();
    const backup = must(await ledger.client.send('backup-export', {}));
    const spoiled = await edited(backup.text, (file) => {
      for (const event of file.tables.events.slice(0, 3)) event.at = '2020-01-01T00:00:00.000Z';
    });
    const result = must(await ledger.client.send('backup-restore', { text: spoiled }));
    expect(result).toMatchObject({ restored: false, reason: 'event-hash-mismatch', count: 3, where: 'tables.events[0].hash' });
  });

  it('restores a backup from before event hashes, hashing its events', async () => {
    const ledger = await richLedger();
    const before = await dumpDb(ledger.db);
    const backup = must(await ledger.client.send('backup-export', {}));
    const older = await edited(backup.text, (file) => {
      file.schemaVersion = 5;
      for (const event of file.tables.events) delete event.hash;
    });
    await wipe(ledger);
    const restored = must(await ledger.client.send('backup-restore', { text: older }));
    expect(restored).toMatchObject({ restored: true, schemaVersion: 5 });
    expect(await dumpDb(ledger.db)).toEqual(before);
  });

  it('any generated ledger survives export and restore into another database (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 6 }), async (seed, debtors) => {
        const now = new Date(NOW);
        const source = createTestLedger(NOW);
        await loadLedger(source.db, generateLedger({ debtors, invoicesPerDebtor: 3, eventsPerDebtor: 4, seed, now }), { now });
        const backup = must(await source.client.send('backup-export', {}));
        const target = createTestLedger(NOW);
        must(await target.client.send('backup-restore', { text: backup.text }));
        expect(await dumpDb(target.db)).toEqual(await dumpDb(source.db));
      }),
      { numRuns: 15 },
    );
  });
});

describe('invoices-export', () => {
  it('writes a Cobro CSV that imports back into the same invoices', async () => {
    const ledger = await richLedger();
    const exported = must(await ledger.client.send('invoices-export', {}));
    expect(exported.invoices).toBe(await ledger.db.invoices.count());
    expect(exported.fileName).toBe('cobro-invoices-2026-03-02.csv');
    expect(exported.text.startsWith('\ufeffdebtor_name,debtor_email,invoice_number')).toBe(true);

    const copy = createTestLedger(NOW);
    const preview = must(await copy.client.send('import-preview', { text: exported.text }));
    if (preview.stage !== 'ready') throw new Error(`expected a ready preview, got ${preview.stage}`);
    must(await copy.client.send('import-apply', { format: preview.format, rows: preview.rows }));
    const shape = (ledger: TestLedger) =>
      ledger.db.invoices.toArray().then((invoices) => invoices.map((i) => [i.number, i.currency, i.amount, i.paid, i.dueDate, i.status].join('|')).sort());
    expect(await shape(copy)).toEqual(await shape(ledger));
  });
});
