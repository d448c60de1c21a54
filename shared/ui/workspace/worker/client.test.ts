import { describe, expect, it } from 'vitest';
import { sample } from '../../../import/__fixtures__/samples';
import { createTestLedger, must, mustFail } from '../../../ledger/test-ledger';
import { inProcessWorkspace } from './client';
import type { JobPhase } from './protocol';

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
    const phases: JobPhase[] = [];
    const read = must(await jobs.run({ kind: 'import-read', file: new Blob([sample('cobro')]), fileName: 'cobro.csv', options: {} }, (p) => phases.push(p)));
    expect(phases).toEqual(['reading', 'planning', 'done']);
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
