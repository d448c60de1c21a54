import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sample } from '../../import/__fixtures__/samples';
import type { LedgerClient } from '../api';
import { fromDebtorRow } from '../db';
import { createTestLedger, must, mustFail } from '../test-ledger';
import { dumpDb } from '../test-support';
import type { NameAnswer } from '../../import/plan';
import { previewImport, type ImportPreview, type PreviewStep } from './import';

const NOW = '2026-11-23T10:00:00.000Z';
const HEADER = 'debtor_name,debtor_email,invoice_number,currency,amount,paid,issue_date,due_date,status';

type Ready = Extract<ImportPreview, { stage: 'ready' }>;

async function preview(client: LedgerClient, text: string, extra: { dateOrder?: 'dmy' | 'mdy'; dollarCurrency?: string; nameChoices?: NameAnswer[] } = {}): Promise<ImportPreview> {
  return must(await client.send('import-preview', { text, fileName: 'test.csv', ...extra }));
}

async function ready(client: LedgerClient, text: string): Promise<Ready> {
  const result = await preview(client, text);
  if (result.stage !== 'ready') throw new Error(`expected a ready preview, got ${result.stage}`);
  return result;
}

function applyInput(result: Ready, acceptProposedPaid = false) {
  return { format: result.format, rows: result.rows, mentioned: result.mentioned, acceptProposedPaid, expected: result.plan.summary };
}

async function importText(client: LedgerClient, text: string, acceptProposedPaid = false) {
  return must(await client.send('import-apply', applyInput(await ready(client, text), acceptProposedPaid)));
}

async function invoicesByNumber(ledger: ReturnType<typeof createTestLedger>) {
  const invoices = await ledger.db.invoices.toArray();
  return Object.fromEntries(invoices.map((invoice) => [invoice.number, { paid: invoice.paid, amount: invoice.amount, status: invoice.status }]));
}

describe('import-preview', () => {
  it('reads the Cobro sample and plans every invoice without writing', async () => {
    const ledger = createTestLedger(NOW);
    const before = await dumpDb(ledger.db);
    const result = await ready(ledger.client, sample('cobro'));
    expect(result.format).toBe('cobro');
    expect(result.plan.summary).toMatchObject({ rows: 6, debtorsToCreate: 5, invoicesToCreate: 6, invoicesToUpdate: 0, skipped: 0 });
    expect(result.plan.invoicesToCreate.map((invoice) => [invoice.debtorName, invoice.number, invoice.amount, invoice.paid])).toContainEqual([
      'Talleres Ruiz S.L.',
      'F-2026-0148',
      60_500,
      20_000,
    ]);
    expect(await dumpDb(ledger.db)).toEqual(before);
  });

  it.each([
    ['an empty file', '', 'empty-file'],
    ['a file in no known shape', 'alpha,beta,gamma\n1,2,3\n', 'mapping-required'],
    ['a header only half of a format', 'debtor_name,invoice_number\nAna,F-1\n', 'mapping-required'],
  ])('fails for %s, saying why', async (_what, text, code) => {
    const ledger = createTestLedger(NOW);
    const result = await preview(ledger.client, text);
    expect(result.stage).toBe('failed');
    if (result.stage === 'failed') expect(result.failure.code).toBe(code);
  });

  it('asks day-first or month-first when every date could be either, and reads the file once answered', async () => {
    const ledger = createTestLedger(NOW);
    const xero = [
      'ContactName,EmailAddress,InvoiceNumber,InvoiceDate,DueDate,Total,InvoiceAmountPaid,InvoiceAmountDue,Currency,Type,Status',
      'Harbour Cafe,owner@harbourcafe.example,INV-0079,01/09/2026,01/10/2026,360.00,0.00,360.00,GBP,Sales invoice,AUTHORISED',
    ].join('\n');
    const asked = await preview(ledger.client, xero);
    expect(asked.stage).toBe('needs-date-order');
    const answered = await preview(ledger.client, xero, { dateOrder: 'dmy' });
    expect(answered.stage).toBe('ready');
    if (answered.stage === 'ready') expect(answered.rows[0]?.invoice.dueDate).toBe('2026-10-01');
    const american = await preview(ledger.client, xero, { dateOrder: 'mdy' });
    if (american.stage === 'ready') expect(american.rows[0]?.invoice.dueDate).toBe('2026-01-10');
  });

  it('asks which currency a bare "$" is, suggesting a default written "$", and reads the file once answered', async () => {
    const ledger = createTestLedger(NOW);
    const text = 'debtor_name,debtor_email,invoice_number,amount,due_date\nAnn,ann@x.example,1,$13.50,2026-01-31';
    const asked = await preview(ledger.client, text);
    expect(asked).toMatchObject({ stage: 'needs-dollar-currency', suggestedDollarCurrency: null });
    const answered = await preview(ledger.client, text, { dollarCurrency: 'MXN' });
    if (answered.stage !== 'ready') throw new Error(answered.stage);
    expect(answered.rows.map((row) => [row.invoice.currency, row.invoice.amount])).toEqual([['MXN', 1350]]);
    const refused = await ledger.client.send('import-preview', { text, dollarCurrency: 'EUR' });
    expect(refused.ok).toBe(false);
  });

  it('lists each skipped row with its line and reason, from the file and from the ledger', async () => {
    const ledger = createTestLedger(NOW);
    await importText(ledger.client, `${HEADER}\nAna,ana@x.es,F-1,EUR,100.00,0,,2026-10-01,open\n`);
    const text = [
      HEADER,
      'Ana,ana@x.es,F-1,USD,100.00,0,,2026-10-01,open', // ledger: F-1 is in EUR
      'Bea,bea@x.es,F-2,EUR,abc,0,,2026-10-01,open', // file: bad amount
      'Bea,bea@x.es,F-3,EUR,10.00,0,,2026-10-01,open',
    ].join('\n');
    const result = await ready(ledger.client, text);
    expect(result.plan.skipped.map((skip) => [skip.line, skip.code, skip.source])).toEqual([
      [2, 'currency-mismatch', 'ledger'],
      [3, 'bad-amount', 'file'],
    ]);
    expect(result.plan.summary.skipped).toBe(2);
  });
});

describe('import-preview of a report in no known format', () => {
  const REPORT = 'Invoice Report\nAcme Studio\n\nClient,Invoice,Issued,Line Total,Invoice Total\nAnn,1,2026-10-01,6.50,10.00\nAnn,1,2026-10-01,3.50,10.00\nTotal,,,,10.00\n';
  const mapping = { debtorName: 'Client', invoiceNumber: 'Invoice', issueDate: 'Issued', lineAmount: 'Line Total', amount: 'Invoice Total' };

  it('finds the header under the titles, offers the first rows, and reads line items with default terms the user can change', async () => {
    const ledger = createTestLedger(NOW);
    const failed = must(await ledger.client.send('import-preview', { text: REPORT }));
    expect(failed).toMatchObject({ stage: 'failed', detected: { headerLine: 4, headers: ['Client', 'Invoice', 'Issued', 'Line Total', 'Invoice Total'] } });
    if (failed.stage === 'failed') expect(failed.failure.sampleRows?.map((row) => row.line)).toEqual([1, 2, 4, 5, 6, 7]);
    const read = must(await ledger.client.send('import-preview', { text: REPORT, mapping, defaultTermsDays: 10 }));
    expect(read).toMatchObject({ stage: 'ready', headerLine: 4, dueFromDefaultTerms: 1, defaultTermsDays: 10 });
    if (read.stage === 'ready') expect(read.rows.map((row) => [row.lines, row.invoice.amount, row.invoice.dueDate])).toEqual([[[5, 6], 1000, '2026-10-11']]);
    const chosen = must(await ledger.client.send('import-preview', { text: REPORT, headerLine: 2 }));
    // A one-cell title as the header names no columns: refused, with the first rows to choose again from.
    expect(chosen).toMatchObject({ stage: 'failed', detected: { headerLine: 2 }, failure: { code: 'no-header' } });
    if (chosen.stage === 'failed') expect(chosen.failure.sampleRows).toHaveLength(6);
  });

  it.each<[string, Record<string, unknown>]>([
    ['a header line of 0', { headerLine: 0 }],
    ['negative terms', { defaultTermsDays: -1 }],
    ['terms of more than a year', { defaultTermsDays: 400 }],
  ])('refuses %s', async (_, extra) => {
    const ledger = createTestLedger(NOW);
    expect(mustFail(await ledger.client.send('import-preview', { text: REPORT, ...extra } as never)).code).toBe('invalid-input');
  });
});

describe('import-apply', () => {
  it('writes what the preview showed, and importing the same file again changes nothing', async () => {
    const ledger = createTestLedger(NOW);
    const first = await importText(ledger.client, sample('cobro'));
    expect(first.unchanged).toBe(false);
    expect(await ledger.db.debtors.count()).toBe(5);
    expect(await ledger.db.invoices.count()).toBe(6);
    const clinic = (await ledger.db.debtors.toArray()).map(fromDebtorRow).find((debtor) => debtor.name === 'Clínica Dental Sonrisa');
    expect(clinic?.emails).toEqual(['administracion@sonrisa.example', 'dra.marta@sonrisa.example']);

    const after = await dumpDb(ledger.db);
    ledger.setNow('2026-11-24T09:00:00.000Z');
    const again = await importText(ledger.client, sample('cobro'));
    expect(again.unchanged).toBe(true);
    expect(again.summary).toMatchObject({ invoicesToCreate: 0, invoicesToUpdate: 0, debtorsToCreate: 0, unchanged: 6 });
    expect(await dumpDb(ledger.db)).toEqual(after);
  });

  it('a newer export updates balances and marks invoices paid', async () => {
    const ledger = createTestLedger(NOW);
    await importText(ledger.client, `${HEADER}\nAna,ana@x.es,F-1,EUR,100.00,0,,2026-10-01,open\nAna,ana@x.es,F-2,EUR,50.00,0,,2026-10-15,open\n`);
    const result = await importText(ledger.client, `${HEADER}\nAna,ana@x.es,F-1,EUR,100.00,100.00,,2026-10-01,open\nAna,ana@x.es,F-2,EUR,50.00,20.00,,2026-10-15,open\n`);
    expect(result.summary.invoicesToUpdate).toBe(2);
    expect(await invoicesByNumber(ledger)).toEqual({
      'F-1': { paid: 10_000, amount: 10_000, status: 'paid' },
      'F-2': { paid: 2_000, amount: 5_000, status: 'open' },
    });
    const ana = must(await ledger.client.send('debtor-search', { query: 'ana', limit: 5 }))[0];
    expect(ana?.outstanding).toEqual([{ currency: 'EUR', amount: 3_000 }]);
  });

  it.each([
    [false, 'open'],
    [true, 'paid'],
  ] as const)('a receivable-only report that no longer lists an invoice: accepted %s → %s', async (accept, status) => {
    const ledger = createTestLedger(NOW);
    await importText(ledger.client, sample('invoiceninja-ar-detailed'));
    // The newer report no longer lists 0148: it was paid.
    const newer = sample('invoiceninja-ar-detailed')
      .split('\n')
      .filter((line) => !line.includes(',0148,'))
      .join('\n');
    const result = await ready(ledger.client, newer);
    expect(result.plan.invoicesProposedPaid.map((invoice) => invoice.number)).toEqual(['0148']);
    const applied = must(await ledger.client.send('import-apply', applyInput(result, accept)));
    expect(applied.proposedPaidWritten).toBe(accept ? 1 : 0);
    expect((await invoicesByNumber(ledger))['0148']?.status).toBe(status);
  });

  it('is all or nothing: a write failing midway leaves the ledger as it was', async () => {
    const ledger = createTestLedger(NOW);
    must(await ledger.client.send('debtor-create', { name: 'Existing', emails: ['old@x.es'] }));
    const result = await ready(ledger.client, sample('cobro'));
    const before = await dumpDb(ledger.db);
    // Every id after the debtors' is the same one, so the invoices' bulk add fails after the debtors landed in the transaction.
    let calls = 0;
    ledger.ctx.newId = () => (++calls <= 5 ? `debtor-${calls}` : 'same-id');
    const failed = mustFail(await ledger.client.send('import-apply', applyInput(result)));
    expect(failed.code).toBe('conflict');
    expect(calls).toBeGreaterThan(5);
    expect(await dumpDb(ledger.db)).toEqual(before);
  });

  it('also when the failure comes from a hook on the last table written', async () => {
    const ledger = createTestLedger(NOW);
    const result = await ready(ledger.client, sample('cobro'));
    const before = await dumpDb(ledger.db);
    ledger.db.invoices.hook('creating', (_key, invoice) => {
      if (invoice.number === 'INV-0081') throw new Error('disk full');
    });
    const failed = mustFail(await ledger.client.send('import-apply', applyInput(result)));
    expect(failed).toMatchObject({ code: 'storage', message: expect.stringContaining('disk full') });
    expect(await dumpDb(ledger.db)).toEqual(before);
  });

  it('refuses, writing nothing, when the ledger changed since the preview', async () => {
    const ledger = createTestLedger(NOW);
    const result = await ready(ledger.client, sample('cobro'));
    must(await ledger.client.send('debtor-create', { name: 'Bright Pixel Ltd', emails: ['accounts@brightpixel.example'] }));
    const before = await dumpDb(ledger.db);
    const refused = mustFail(await ledger.client.send('import-apply', applyInput(result)));
    expect(refused.code).toBe('conflict');
    expect(await dumpDb(ledger.db)).toEqual(before);
    // Without the preview's summary it plans against the ledger as it is now.
    const forced = must(await ledger.client.send('import-apply', { ...applyInput(result), expected: undefined }));
    expect(forced.summary).toMatchObject({ debtorsToCreate: 4, debtorsToUpdate: 0, invoicesToCreate: 6 });
  });

  it('refuses malformed rows before writing anything', async () => {
    const ledger = createTestLedger(NOW);
    const result = await ready(ledger.client, sample('cobro'));
    const before = await dumpDb(ledger.db);
    const rows = result.rows.map((row, index) => (index === 3 ? { ...row, invoice: { ...row.invoice, amount: -5 } } : row));
    const refused = mustFail(await ledger.client.send('import-apply', { ...applyInput(result), rows }));
    expect(refused.code).toBe('invalid-input');
    expect(refused.issues?.[0]?.path).toBe('rows.3.invoice.amount');
    expect(await dumpDb(ledger.db)).toEqual(before);
  });

  it('gives new debtors a follow-up day from their invoices', async () => {
    const ledger = createTestLedger(NOW);
    await importText(ledger.client, `${HEADER}\nAna,ana@x.es,F-1,EUR,100.00,0,,2026-10-01,open\nBea,bea@x.es,F-2,EUR,100.00,100.00,,2026-10-01,paid\n`);
    const rows = await ledger.db.debtors.toArray();
    const byName = Object.fromEntries(rows.map((row) => [row.name, row.followUpOn]));
    expect(byName).toEqual({ Ana: '2026-11-23', Bea: null });
    expect(must(await ledger.client.send('followups-today', {})).map((item) => item.debtor.name)).toEqual(['Ana']);
  });

  it('importing any file twice: the second import changes nothing (property)', async () => {
    const cell = fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,8}$/);
    const row = fc.record({
      name: fc.constantFrom('Ana', 'Bea', 'Carlos', 'Dolores'),
      number: fc.stringMatching(/^F-[0-9]{1,3}$/),
      amount: fc.integer({ min: 1, max: 500_000 }),
      paidShare: fc.integer({ min: 0, max: 100 }),
      day: fc.integer({ min: 1, max: 28 }),
      note: cell,
    });
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 12 }), async (rows) => {
        const ledger = createTestLedger(NOW);
        const lines = rows.map((r) => {
          const paid = Math.floor((r.amount * r.paidShare) / 100);
          const money = (minor: number) => `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;
          const day = String(r.day).padStart(2, '0');
          return `${r.name},${r.name.toLowerCase()}@x.es,${r.number},EUR,${money(r.amount)},${money(paid)},,2026-09-${day},open`;
        });
        const text = `${HEADER}\n${lines.join('\n')}\n`;
        await importText(ledger.client, text);
        const after = await dumpDb(ledger.db);
        const again = await importText(ledger.client, text);
        expect(again.unchanged).toBe(true);
        expect(await dumpDb(ledger.db)).toEqual(after);
      }),
      { numRuns: 25 },
    );
  });
});

describe('one address, two names', () => {
  const FILE = `${HEADER}\nShared Mail B,ana@ejemplo.es,F-14,EUR,100.00,0,,2026-10-01,open\n`;
  type Choice = 'keep' | 'rename' | 'separate';

  async function withSharedMailA() {
    const ledger = createTestLedger(NOW);
    must(await ledger.client.send('debtor-create', { name: 'Shared Mail A', emails: ['ana@ejemplo.es'] }));
    return ledger;
  }

  async function answered(client: LedgerClient, choice: Choice): Promise<Ready> {
    const result = await preview(client, FILE, { nameChoices: [{ address: 'ana@ejemplo.es', name: 'Shared Mail B', choice }] });
    if (result.stage !== 'ready') throw new Error(result.stage);
    return result;
  }

  async function debtorsWithInvoices(ledger: ReturnType<typeof createTestLedger>) {
    const debtors = (await ledger.db.debtors.toArray()).map(fromDebtorRow);
    const invoices = await ledger.db.invoices.toArray();
    return debtors.map((d) => [d.name, d.emails, invoices.filter((i) => i.debtorId === d.id).map((i) => i.number)]).sort();
  }

  it('the preview asks, and says what it does until answered', async () => {
    const ledger = await withSharedMailA();
    const result = await ready(ledger.client, FILE);
    expect(result.plan.nameConflicts).toEqual([
      {
        address: 'ana@ejemplo.es',
        holder: { name: 'Shared Mail A', line: null },
        other: { name: 'Shared Mail B', lines: [2], invoices: ['F-14'] },
        choice: 'keep',
        answered: false,
      },
    ]);
  });

  it.each<[Choice, unknown[]]>([
    ['keep', [['Shared Mail A', ['ana@ejemplo.es'], ['F-14']]]],
    ['rename', [['Shared Mail B', ['ana@ejemplo.es'], ['F-14']]]],
    [
      'separate',
      [
        ['Shared Mail A', ['ana@ejemplo.es'], []],
        ['Shared Mail B', [], ['F-14']],
      ],
    ],
  ])('%s: the write follows the answer the preview showed', async (choice, expected) => {
    const ledger = await withSharedMailA();
    const result = await answered(ledger.client, choice);
    expect(result.plan.nameConflicts.map((c) => [c.choice, c.answered])).toEqual([[choice, true]]);
    must(await ledger.client.send('import-apply', { ...applyInput(result), nameChoices: result.nameChoices }));
    expect(await debtorsWithInvoices(ledger)).toEqual(expected);
  });

  it('an answer the preview was not planned with is refused, writing nothing', async () => {
    const ledger = await withSharedMailA();
    const result = await ready(ledger.client, FILE);
    const before = await dumpDb(ledger.db);
    const refused = mustFail(
      await ledger.client.send('import-apply', { ...applyInput(result), nameChoices: [{ address: 'ana@ejemplo.es', name: 'Shared Mail B', choice: 'separate' }] }),
    );
    expect(refused.code).toBe('conflict');
    expect(await dumpDb(ledger.db)).toEqual(before);
  });

  it('a separate customer and its invoice are written together or not at all', async () => {
    const ledger = await withSharedMailA();
    const result = await answered(ledger.client, 'separate');
    const before = await dumpDb(ledger.db);
    ledger.db.invoices.hook('creating', () => {
      throw new Error('disk full');
    });
    const failed = mustFail(await ledger.client.send('import-apply', { ...applyInput(result), nameChoices: result.nameChoices }));
    expect(failed.code).toBe('storage');
    expect(await dumpDb(ledger.db)).toEqual(before);
  });
});

describe('previewImport with a progress listener', () => {
  it('counts the rows read, checked and planned, in that order, and previews what the handler previews', async () => {
    const lines = Array.from({ length: 1500 }, (_, i) => `Debtor ${i % 20},d${i % 20}@x.example,F-${i},EUR,12.50,0,,2026-10-01,open`);
    const text = [HEADER, ...lines, 'Broken,b@x.example,F-x,EUR,abc,0,,2026-10-01,open'].join('\n');
    const heard: [PreviewStep, number, number, boolean][] = [];
    const traced = createTestLedger(NOW);
    const result = await previewImport(traced.ctx, { text, fileName: 'long.csv' }, (...note) => heard.push(note));
    expect(result).toEqual(await preview(createTestLedger(NOW).client, text));
    const steps = heard.map(([step]) => step).filter((step, i, all) => step !== all[i - 1]);
    expect(steps).toEqual(['reading', 'checking', 'planning']);
    const last = (step: PreviewStep) => heard.filter(([s]) => s === step).at(-1);
    expect(last('reading')).toEqual(['reading', 1502, 1502, false]);
    expect(last('checking')).toEqual(['checking', 1501, 1501, false]);
    // The rejected row is not planned.
    expect(heard.filter(([s]) => s === 'planning').map(([, done, total]) => `${done}/${total}`)).toEqual(['0/1500', '1000/1500', '1500/1500']);
  });
});
