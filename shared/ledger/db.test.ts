import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CobroDb, openCobroDb, SCHEMA, TABLE_NAMES, toDebtorRow, type DebtorRow } from './db';
import { withHash } from './event-hash';
import type { HashedEvent, Invoice } from './schema';
import { freshDbName } from './test-support';

const AT = '2026-03-01T10:00:00.000Z';

function debtor(id: string, emails: string[], name = `Debtor ${id}`): DebtorRow {
  return toDebtorRow({
    id,
    name,
    emails,
    locale: 'es-ES',
    timeZone: 'Europe/Madrid',
    tags: [],
    notes: '',
    pause: null,
    doNotContact: false,
    delinquencyOverride: null,
    contactPolicy: null,
    createdAt: AT,
    updatedAt: AT,
  });
}

function invoice(id: string, debtorId: string, number: string): Invoice {
  return {
    id,
    debtorId,
    number,
    currency: 'EUR',
    amount: 1000,
    paid: 0,
    issueDate: null,
    dueDate: '2026-02-01',
    status: 'open',
    dispute: null,
    pause: null,
    source: { kind: 'manual' },
    createdAt: AT,
    updatedAt: AT,
  };
}

function event(id: string, debtorId: string, at: string, dedupeKey = `k-${id}`): HashedEvent {
  return withHash({ id, debtorId, at, kind: 'note', channel: 'system', direction: 'internal', invoiceIds: [], dedupeKey });
}

function indexSources(db: Dexie): Record<string, string[]> {
  return Object.fromEntries(
    db.tables.map((table) => [table.name, [table.schema.primKey.src, ...table.schema.indexes.map((i) => i.src).sort()]]),
  );
}

async function rejectionName(promise: Promise<unknown>): Promise<string | undefined> {
  return promise.then(
    () => undefined,
    (error: unknown) => (error as Error).name,
  );
}

describe('the schema', () => {
  it('is what the declared versions add up to', async () => {
    const db = openCobroDb(freshDbName());
    await db.open();
    const documented = new Dexie(freshDbName());
    documented.version(1).stores(SCHEMA);
    expect(indexSources(db)).toEqual(indexSources(documented));
    expect(db.tables.map((t) => t.name).sort()).toEqual([...TABLE_NAMES].sort());
    db.close();
  });

  it('opening is lazy: creating the instance touches no storage', async () => {
    const name = freshDbName();
    openCobroDb(name);
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.toContain(name);
  });
});

describe('unique indexes', () => {
  it('an address belongs to one debtor only (unique multiEntry index)', async () => {
    const db = new CobroDb(freshDbName());
    await db.debtors.bulkAdd([debtor('a', ['ana@x.es', 'pagos@x.es']), debtor('b', []), debtor('c', [])]);
    expect(await rejectionName(db.debtors.add(debtor('d', ['otro@y.es', 'pagos@x.es'])))).toBe('ConstraintError');
    expect(await db.debtors.count()).toBe(3);
    expect(await db.debtors.where('emails').equals('pagos@x.es').primaryKeys()).toEqual(['a']);
    // Freed when the owner lets go of it.
    await db.debtors.put(debtor('a', ['ana@x.es']));
    await db.debtors.add(debtor('d', ['pagos@x.es']));
    expect(await db.debtors.where('emails').equals('pagos@x.es').primaryKeys()).toEqual(['d']);
    db.close();
  });

  it('an invoice number is unique per debtor, not across debtors', async () => {
    const db = new CobroDb(freshDbName());
    await db.invoices.bulkAdd([invoice('i1', 'a', 'F-1'), invoice('i2', 'b', 'F-1')]);
    expect(await rejectionName(db.invoices.add(invoice('i3', 'a', 'F-1')))).toBe('ConstraintError');
    // The compound index's prefix answers "invoices of a debtor".
    expect(await db.invoices.where('debtorId').equals('a').primaryKeys()).toEqual(['i1']);
    db.close();
  });

  it('an event dedupe key is stored once', async () => {
    const db = new CobroDb(freshDbName());
    await db.events.add(event('e1', 'a', AT, 'gmail:m1:a'));
    expect(await rejectionName(db.events.add(event('e2', 'a', AT, 'gmail:m1:a')))).toBe('ConstraintError');
    expect(await db.events.count()).toBe(1);
    db.close();
  });

  it('orders a debtor timeline by time through [debtorId+at]', async () => {
    const db = new CobroDb(freshDbName());
    await db.events.bulkAdd([
      event('e1', 'a', '2026-03-02T00:00:00.000Z'),
      event('e2', 'b', '2026-03-03T00:00:00.000Z'),
      event('e3', 'a', '2026-03-01T00:00:00.000Z'),
    ]);
    const ids = await db.events.where('[debtorId+at]').between(['a', Dexie.minKey], ['a', Dexie.maxKey]).reverse().primaryKeys();
    expect(ids).toEqual(['e1', 'e3']);
    db.close();
  });
});
