import { describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { sample } from '../../../import/__fixtures__/samples';
import { createTestLedger, must, mustFail } from '../../../ledger/test-ledger';
import { inProcessWorkspace } from './client';

const NOW = '2026-11-23T10:00:00.000Z';

function workspace() {
  const ledger = createTestLedger(NOW);
  return { ledger, ...inProcessWorkspace(ledger) };
}

describe('the workspace worker', () => {
  it('answers handler calls through dispatch, refusing bad input', async () => {
    const { client } = workspace();
    expect(must(await client.send('settings-get', {})).defaultCurrency).toBe('EUR');
    expect(mustFail(await client.send('debtor-get', { id: '' })).code).toBe('invalid-input');
  });

  it('reads a file into a preview, keeps the rows, and writes them when asked, saying each step', async () => {
    const { ledger, jobs } = workspace();
    const steps: string[] = [];
    const read = must(await jobs.run({ kind: 'import-read', file: new Blob([sample('cobro')]), fileName: 'cobro.csv', options: {} }, (p, count) => steps.push(`${p} ${count ? `${count.done}/${count.total}` : ''}`.trim())));
    // The header and 6 rows (and the empty row after the last line break) read; 6 checked; 6 planned.
    expect(steps).toEqual(['reading', 'reading 8/8', 'checking 0/6', 'checking 6/6', 'planning 0/6', 'planning 6/6', 'done']);
    if (read.stage !== 'ready') throw new Error(read.stage);
    expect(read.rowCount).toBe(6);
    expect(read).not.toHaveProperty('rows');
    const counts: string[] = [];
    const applied = must(await jobs.run({ kind: 'import-apply', token: read.token, acceptProposedPaid: false }, (p, count) => counts.push(`${p} ${count ? `${count.done}/${count.total}` : ''}`.trim())));
    expect(applied.summary.invoicesToCreate).toBe(6);
    // 5 debtors and 6 invoices, written table by table.
    expect(counts).toEqual(['writing 0/11', 'writing 5/11', 'writing 11/11', 'done']);
    expect(await ledger.db.invoices.count()).toBe(6);
    // A preview is used once.
    expect(mustFail(await jobs.run({ kind: 'import-apply', token: read.token, acceptProposedPaid: false })).code).toBe('not-found');
  });

  it('counts a long file through each step, each count rising to its total', async () => {
    const { jobs } = workspace();
    const header = 'debtor_name,debtor_email,invoice_number,currency,amount,paid,issue_date,due_date,status';
    const lines = Array.from({ length: 2500 }, (_, i) => `Debtor ${i % 50},d${i % 50}@x.example,F-${i},EUR,10.00,0,,2026-10-01,open`);
    const heard: [string, number, number][] = [];
    must(await jobs.run({ kind: 'import-read', file: new Blob([[header, ...lines].join('\n')]), fileName: 'long.csv', options: {} }, (p, count) => {
      if (count) heard.push([p, count.done, count.total]);
    }));
    const phases = heard.map(([p]) => p).filter((p, i, all) => p !== all[i - 1]);
    expect(phases).toEqual(['reading', 'checking', 'planning']);
    for (const [phase, total] of [['reading', 2501], ['checking', 2500], ['planning', 2500]] as const) {
      const done = heard.filter(([p]) => p === phase).map(([, d]) => d);
      expect(done.every((d, i) => i === 0 || d >= done[i - 1]!)).toBe(true);
      expect(heard.filter(([p]) => p === phase).at(-1)).toEqual([phase, total, total]);
    }
  });

  it('reads an .xlsx by its bytes, whatever its name, and names the sheet it read', async () => {
    const { jobs } = workspace();
    const due = new Date(Date.UTC(2026, 11, 31));
    const xlsx = await writeExcelFile([
      { sheet: 'Portada', data: [['Facturas pendientes']] },
      {
        sheet: 'Facturas',
        data: [
          ['debtor_name', 'debtor_email', 'invoice_number', 'currency', 'amount', 'due_date'],
          ['Acme', 'ap@acme.example', 'F-1', 'EUR', 1234.5, { value: due, format: 'dd/mm/yyyy' }],
          ['Beta', 'ap@beta.example', 'F-2', 'EUR', 0.1 + 0.2, { value: due, format: 'dd/mm/yyyy' }],
        ],
      },
    ]).toBuffer();
    const phases: string[] = [];
    const read = must(await jobs.run({ kind: 'import-read', file: new Blob([new Uint8Array(xlsx)]), fileName: 'export.csv', options: {} }, (p) => phases.push(p)));
    expect(phases[0]).toBe('reading');
    if (read.stage !== 'ready') throw new Error(read.stage);
    expect(read.sheet).toEqual({ name: 'Facturas', count: 2 });
    expect(read.plan.invoicesToCreate.map((invoice) => [invoice.number, invoice.amount, invoice.dueDate])).toEqual([
      ['F-1', 123450, '2026-12-31'],
      ['F-2', 30, '2026-12-31'],
    ]);
  });

  it.each([
    ['an .ods', `PK\u0003\u0004${'\u0000'.repeat(22)}\u0008\u0000\u0000\u0000mimetypeapplication/vnd.oasis.opendocument.spreadsheet`, 'spreadsheet-ods'],
    ['an old .xls', '\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1 W\u0000o\u0000r\u0000k\u0000b\u0000o\u0000o\u0000k', 'spreadsheet-xls'],
    ['a damaged .xlsx', 'PK\u0003\u0004 xl/workbook.xml and then nothing a zip reader can use', 'spreadsheet-unreadable'],
  ])('refuses %s with its own failure', async (_name, content, code) => {
    const { jobs } = workspace();
    const bytes = Uint8Array.from(content, (char) => char.charCodeAt(0));
    const read = must(await jobs.run({ kind: 'import-read', file: new Blob([bytes]), fileName: 'facturas.xlsx', options: {} }));
    expect(read.stage === 'failed' && read.failure.code).toBe(code);
  });

  it('makes a backup file and restores it', async () => {
    const { ledger, jobs, client } = workspace();
    must(await client.send('demo-load', {}));
    const backup = must(await jobs.run({ kind: 'backup-export' }));
    expect(backup.fileName).toMatch(/^cobro-backup-.*\.json$/);
    must(await client.send('debtor-delete', { id: 'demo-paid' }));
    const phases: string[] = [];
    const restored = must(await jobs.run({ kind: 'backup-restore', file: backup.blob }, (p) => phases.push(p)));
    expect([...new Set(phases)]).toEqual(['reading', 'checking', 'writing', 'done']);
    expect(restored.restored).toBe(true);
    expect(await ledger.db.debtors.get('demo-paid')).toBeDefined();
    const csv = must(await jobs.run({ kind: 'invoices-export' }));
    expect((await csv.blob.text()).split('\r\n')[0]).toContain('debtor_name');
  });

  it('refuses a preview whose rows were tampered with, typed as dispatch would', async () => {
    const { jobs, ledger } = workspace();
    const read = must(await jobs.run({ kind: 'import-read', file: new Blob(['']), fileName: 'empty.csv', options: {} }));
    expect(read.stage).toBe('failed');
    expect(mustFail(await jobs.run({ kind: 'import-apply', token: 'no-such-preview', acceptProposedPaid: true })).code).toBe('not-found');
    expect(await ledger.db.debtors.count()).toBe(0);
  });

  it('tells the page when the ledger changed', async () => {
    const { client, onChanged } = workspace();
    const changed = new Promise<void>((resolve) => onChanged(resolve));
    must(await client.send('debtor-create', { name: 'Ana', emails: ['ana@x.es'] }));
    await expect(changed).resolves.toBeUndefined();
  });
});
