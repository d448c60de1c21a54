import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseImportFile } from '../import/parse';
import { planImport } from '../import/plan';
import { DEFAULT_SETTINGS, Debtor, Invoice, InvoiceStatus } from '../ledger/schema';
import { ExportError, invoicesToCobroCsv } from './cobro-csv';

const AT = '2026-11-01T09:00:00.000Z';

function debtor(extra: Partial<Debtor> & Pick<Debtor, 'id' | 'name'>): Debtor {
  return Debtor.parse({
    emails: [],
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
    ...extra,
  });
}

function invoice(extra: Partial<Invoice> & Pick<Invoice, 'id' | 'debtorId' | 'number'>): Invoice {
  return Invoice.parse({
    currency: 'EUR',
    amount: 181500,
    paid: 0,
    issueDate: '2026-08-01',
    dueDate: '2026-08-31',
    status: 'open',
    dispute: null,
    pause: null,
    source: { kind: 'manual' },
    createdAt: AT,
    updatedAt: AT,
    ...extra,
  });
}

describe('invoicesToCobroCsv', () => {
  it('writes the Cobro header and one row per invoice, quoting and escaping where needed', () => {
    const debtors = [
      debtor({ id: 'd1', name: 'Talleres Ruiz, S.L.', emails: ['a@ruiz.example', 'b@ruiz.example'], phone: '+34 612 000 111', notes: 'Says "next week"' }),
    ];
    const invoices = [
      invoice({ id: 'i1', debtorId: 'd1', number: 'F-1', paid: 20000 }),
      invoice({ id: 'i2', debtorId: 'd1', number: '=HYPERLINK()', currency: 'JPY', amount: 1500, issueDate: null, status: 'disputed' }),
    ];
    expect(invoicesToCobroCsv(debtors, invoices).split('\r\n')).toEqual([
      '\ufeffdebtor_name,debtor_email,invoice_number,currency,amount,paid,issue_date,due_date,status,debtor_phone,debtor_locale,debtor_time_zone,notes',
      `"Talleres Ruiz, S.L.",a@ruiz.example;b@ruiz.example,F-1,EUR,1815.00,200.00,2026-08-01,2026-08-31,open,'+34 612 000 111,es-ES,Europe/Madrid,"Says ""next week"""`,
      `"Talleres Ruiz, S.L.",a@ruiz.example;b@ruiz.example,'=HYPERLINK(),JPY,1500,0,,2026-08-31,disputed,'+34 612 000 111,es-ES,Europe/Madrid,"Says ""next week"""`,
      '',
    ]);
  });

  it('writes only the header for no invoices', () => {
    expect(invoicesToCobroCsv([], [])).toBe(
      '\ufeffdebtor_name,debtor_email,invoice_number,currency,amount,paid,issue_date,due_date,status,debtor_phone,debtor_locale,debtor_time_zone,notes\r\n',
    );
  });

  it('refuses an invoice whose debtor is not given, with a typed error', () => {
    const write = () => invoicesToCobroCsv([], [invoice({ id: 'i1', debtorId: 'gone', number: 'F-1' })]);
    expect(write).toThrow(ExportError);
    expect(write).toThrow(expect.objectContaining({ code: 'unknown-debtor' }));
  });
});

// ---------------------------------------------------------------- round trip

/** Characters that stress quoting, formula escaping, folding and line counting. */
const TEXT_CHAR = fc.constantFrom('a', 'Z', 'ñ', 'É', ' ', ',', ';', '"', "'", '=', '+', '-', '@', '\n', '\t', '0', '.', '€', '#');
const text = (max: number) => fc.string({ unit: TEXT_CHAR, maxLength: max }).map((s) => s.trim());

const ledger = fc
  .array(
    fc.record({
      name: text(30),
      emailCount: fc.integer({ min: 0, max: 2 }),
      phone: fc.option(text(30).filter((s) => s !== ''), { nil: undefined }),
      locale: fc.constantFrom('es', 'es-ES', 'en-GB', 'pt-BR'),
      timeZone: fc.constantFrom('Europe/Madrid', 'America/Mexico_City', 'UTC'),
      notes: text(60),
      invoices: fc.array(
        fc.record({
          number: text(20),
          currency: fc.constantFrom('EUR', 'USD', 'JPY', 'BHD'),
          amount: fc.integer({ min: 1, max: 1_000_000_000_000 }),
          paidShare: fc.double({ min: 0, max: 1, noNaN: true }),
          issue: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
          term: fc.integer({ min: 0, max: 120 }),
          status: fc.constantFrom(...InvoiceStatus.options),
        }),
        { maxLength: 4 },
      ),
    }),
    { maxLength: 8 },
  )
  .map((specs) => {
    const debtors: Debtor[] = [];
    const invoices: Invoice[] = [];
    specs.forEach((spec, d) => {
      const id = `d${d}`;
      debtors.push(
        debtor({
          id,
          // A distinct ending keeps names apart when the only way to match is by name.
          name: `${spec.name} #${d}`.trim(),
          emails: Array.from({ length: spec.emailCount }, (_, e) => `u${d}.${e}@x.example`),
          ...(spec.phone ? { phone: spec.phone } : {}),
          locale: spec.locale,
          timeZone: spec.timeZone,
          notes: spec.notes,
        }),
      );
      spec.invoices.forEach((inv, n) => {
        const issueDate = inv.issue === null ? null : new Date(Date.UTC(2026, 0, 1 + inv.issue)).toISOString().slice(0, 10);
        const due = new Date(Date.UTC(2026, 0, 1 + (inv.issue ?? 0) + inv.term)).toISOString().slice(0, 10);
        invoices.push(
          invoice({
            id: `${id}-i${n}`,
            debtorId: id,
            number: `${inv.number}/${n}`,
            currency: inv.currency,
            amount: inv.amount,
            paid: Math.floor(inv.amount * inv.paidShare),
            issueDate,
            dueDate: due,
            status: inv.status,
            dispute: inv.status === 'disputed' ? { reason: 'queried', since: AT } : null,
          }),
        );
      });
    });
    return { debtors, invoices };
  });

describe('the Cobro CSV round trip', () => {
  it('reads back every invoice and debtor detail exactly', () => {
    fc.assert(
      fc.property(ledger, ({ debtors, invoices }) => {
        const result = parseImportFile(invoicesToCobroCsv(debtors, invoices), { defaultCurrency: 'EUR' });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.format).toBe('cobro');
        expect(result.rejected).toEqual([]);
        expect(result.rows).toHaveLength(invoices.length);
        const byId = new Map(debtors.map((d) => [d.id, d]));
        result.rows.forEach((row, index) => {
          const original = invoices[index]!;
          const owner = byId.get(original.debtorId)!;
          expect(row.invoice).toEqual({
            number: original.number,
            currency: original.currency,
            amount: original.amount,
            paid: original.paid,
            issueDate: original.issueDate,
            dueDate: original.dueDate,
            status: original.status,
          });
          expect(row.debtor.name).toBe(owner.name);
          expect(row.debtor.emails).toEqual(owner.emails);
          expect(row.debtor.phone).toBe(owner.phone);
          expect(row.debtor.locale).toBe(owner.locale);
          expect(row.debtor.timeZone).toBe(owner.timeZone);
          expect(row.debtor.notes ?? '').toBe(owner.notes);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('re-importing an export into the ledger it came from changes nothing', () => {
    fc.assert(
      fc.property(ledger, ({ debtors, invoices }) => {
        const result = parseImportFile(invoicesToCobroCsv(debtors, invoices), { defaultCurrency: 'EUR' });
        if (!result.ok) throw new Error(result.message);
        let id = 0;
        const plan = planImport(result.rows, { debtors, invoices }, { now: new Date(), newId: () => `n${++id}`, settings: DEFAULT_SETTINGS, format: 'cobro' });
        expect(plan.summary).toMatchObject({ debtorsToCreate: 0, debtorsToUpdate: 0, invoicesToCreate: 0, invoicesToUpdate: 0, skipped: 0 });
        expect(plan.unchanged).toBe(invoices.length);
      }),
      { numRuns: 100 },
    );
  });
});
