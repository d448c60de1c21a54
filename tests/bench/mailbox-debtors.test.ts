import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateLedger } from '../../shared/ledger/sample-ledger';
import { standInIndexes, withMailboxCustomers, type MailboxCustomer } from './mailbox-debtors';

const NOW = new Date('2026-11-23T10:00:00Z');
const ledger = (debtors: number, seed = 3) => generateLedger({ debtors, invoicesPerDebtor: 3, eventsPerDebtor: 4, seed, now: NOW });

const RUIZ: MailboxCustomer = {
  key: 'ruiz',
  name: 'Talleres Ruiz',
  contactName: 'Lucía Ruiz',
  emails: ['Pagos@TalleresRuiz.example', 'contabilidad@talleresruiz.example'],
  locale: 'es-ES',
  timeZone: 'Europe/Madrid',
};
const BRIGHT: MailboxCustomer = {
  key: 'brightpixel',
  name: 'Bright Pixel Ltd',
  contactName: 'Sam Carter',
  emails: ['accounts@brightpixel.example'],
  locale: 'en-GB',
  timeZone: 'Europe/London',
};

describe('standInIndexes', () => {
  it.each([
    [10_000, 3, [2500, 5000, 7500]],
    [1000, 3, [250, 500, 750]],
    [3, 3, [0, 1, 2]],
    [5, 1, [2]],
    [7, 0, []],
  ])('%i debtors, %i customers → %j', (debtors, customers, expected) => {
    expect(standInIndexes(debtors, customers)).toEqual(expected);
  });

  it('refuses more customers than debtors', () => {
    expect(() => standInIndexes(2, 3)).toThrow(expect.objectContaining({ code: 'mailbox-seed' }));
  });

  it('gives different debtors, inside the ledger, for any sizes that fit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 50_000 }), (customers, extra) => {
        const debtors = customers + extra;
        const indexes = standInIndexes(debtors, customers);
        expect(new Set(indexes).size).toBe(customers);
        for (const index of indexes) expect(index >= 0 && index < debtors).toBe(true);
      }),
    );
  });
});

describe('withMailboxCustomers', () => {
  it('gives the customers generated debtors, keeping those debtors’ records', () => {
    const data = ledger(8);
    const { data: seeded, ids } = withMailboxCustomers(data, [RUIZ, BRIGHT]);
    expect(ids).toEqual({ ruiz: 'debtor-2', brightpixel: 'debtor-5' });
    expect(seeded.debtors.find((d) => d.id === 'debtor-2')).toMatchObject({
      name: 'Talleres Ruiz',
      contactName: 'Lucía Ruiz',
      emails: ['pagos@talleresruiz.example', 'contabilidad@talleresruiz.example'],
      locale: 'es-ES',
      timeZone: 'Europe/Madrid',
      pause: null,
      doNotContact: false,
    });
    expect(seeded.invoices).toBe(data.invoices);
    expect(seeded.events).toBe(data.events);
    expect(seeded.invoices.filter((i) => i.debtorId === 'debtor-2')).toHaveLength(3);
    // The input is left as it was.
    expect(data.debtors[2]!.name).not.toBe('Talleres Ruiz');
  });

  it.each([
    ['two customers share an address', [RUIZ, { ...BRIGHT, emails: ['pagos@talleresruiz.example'] }], 3],
    ['more customers than debtors', [RUIZ, BRIGHT], 1],
  ])('refuses when %s', (_case, customers, debtors) => {
    expect(() => withMailboxCustomers(ledger(debtors), customers)).toThrow(expect.objectContaining({ code: 'mailbox-seed' }));
  });

  it('refuses an address a generated debtor already has', () => {
    const data = ledger(4);
    const taken = data.debtors[0]!.emails[0]!;
    expect(() => withMailboxCustomers(data, [{ ...RUIZ, emails: [taken] }])).toThrow(expect.objectContaining({ code: 'mailbox-seed' }));
  });

  it('keeps one debtor per address and every record, for any seed and size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 40 }), fc.integer({ min: 1, max: 1000 }), (debtors, seed) => {
        const data = ledger(debtors, seed);
        const { data: seeded, ids } = withMailboxCustomers(data, [RUIZ, BRIGHT]);
        const addresses = seeded.debtors.flatMap((d) => d.emails);
        expect(new Set(addresses).size).toBe(addresses.length);
        expect(seeded.debtors.map((d) => d.id)).toEqual(data.debtors.map((d) => d.id));
        expect(seeded.debtors.find((d) => d.id === ids.brightpixel)?.emails).toEqual(['accounts@brightpixel.example']);
      }),
      { numRuns: 30 },
    );
  });
});
