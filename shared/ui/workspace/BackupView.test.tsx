// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { backupChecksum } from '../../export';
import { BACKUP_SCHEMA_VERSION } from '../../ledger/handlers/backup';
import { createTestLedger, must } from '../../ledger/test-ledger';
import { dumpDb } from '../../ledger/test-support';
import { axeViolations } from '../test-support';
import { BackupView } from './BackupView';
import { renderWorkspaceView } from './test-support';

afterEach(() => cleanup());

async function demo() {
  const ledger = createTestLedger('2026-03-02T10:00:00.000Z');
  must(await ledger.client.send('demo-load', {}));
  return ledger;
}

async function restoreWith(user: ReturnType<typeof userEvent.setup>, file: File) {
  await user.upload(screen.getByLabelText('Backup file'), file);
  await user.click(screen.getByRole('button', { name: 'Restore…' }));
  const dialog = screen.getByRole('alertdialog', { name: 'Replace everything with this backup?' });
  await user.click(within(dialog).getByRole('button', { name: 'Replace everything' }));
}

/** Changes the first `count` events' notes and recomputes the file's checksum, as a forger would. */
function withEditedEvents(text: string, count: number): string {
  const file = JSON.parse(text);
  for (const event of file.tables.events.slice(0, count)) event.note = 'Edited afterwards';
  file.checksum = backupChecksum(file.tables);
  return JSON.stringify(file);
}

describe('BackupView', () => {
  it('downloads a full backup and restores it over a changed ledger, and is accessible', async () => {
    const user = userEvent.setup();
    const harness = renderWorkspaceView(<BackupView />, { ledger: await demo() });
    expect(await axeViolations(harness.container)).toEqual([]);
    const before = await dumpDb(harness.ledger.db);
    await user.click(screen.getByRole('button', { name: 'Download a full backup' }));
    await waitFor(() => expect(harness.download).toHaveBeenCalledTimes(1));
    const [fileName, blob] = harness.download.mock.calls[0]!;
    expect(fileName).toBe('cobro-backup-2026-03-02-1000.json');
    expect(JSON.parse(await blob.text())).toMatchObject({ app: 'cobro', schemaVersion: BACKUP_SCHEMA_VERSION });
    expect(screen.getByRole('status').textContent).toContain('12 debtors');

    must(await harness.ledger.client.send('debtor-delete', { id: 'demo-paid' }));
    await restoreWith(user, new File([await blob.text()], fileName, { type: 'application/json' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Backup restored: 12 debtors/));
    expect(await dumpDb(harness.ledger.db)).toEqual(before);
    expect(harness.changed).toHaveBeenCalledWith({ all: true, debtorIds: [] });
    expect(await axeViolations(harness.container)).toEqual([]);
  });

  it.each([
    ['a backup from a newer Cobro', (text: string) => text.replace(`"schemaVersion":${BACKUP_SCHEMA_VERSION}`, `"schemaVersion":${BACKUP_SCHEMA_VERSION + 1}`), /newer version of Cobro/],
    ['a damaged backup', (text: string) => text.replace('Construcciones', 'Construkciones'), /changed or damaged/],
    ['something that is not a backup', () => '{"hello":"world"}', /not a Cobro backup/],
    ['a backup whose logged contacts were edited, checksum forged', (text: string) => withEditedEvents(text, 2), /^2 logged contacts in this backup were changed after they were logged/],
  ])('refuses %s, saying so, and changes nothing', async (_what, spoil, message) => {
    const user = userEvent.setup();
    const harness = renderWorkspaceView(<BackupView />, { ledger: await demo() });
    const backup = must(await harness.ledger.client.send('backup-export', {}));
    must(await harness.ledger.client.send('debtor-delete', { id: 'demo-paid' }));
    const before = await dumpDb(harness.ledger.db);
    await restoreWith(user, new File([spoil(backup.text)], 'backup.json'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(message);
    expect(alert.textContent).toContain('Nothing was changed.');
    expect(await dumpDb(harness.ledger.db)).toEqual(before);
  });

  it('downloads the invoices as a Cobro CSV', async () => {
    const user = userEvent.setup();
    const harness = renderWorkspaceView(<BackupView />, { ledger: await demo() });
    await user.click(screen.getByRole('button', { name: 'Download invoices (CSV)' }));
    await waitFor(() => expect(harness.download).toHaveBeenCalledTimes(1));
    const [fileName, blob] = harness.download.mock.calls[0]!;
    expect(fileName).toBe('cobro-invoices-2026-03-02.csv');
    const lines = (await blob.text()).trim().split('\r\n');
    expect(lines).toHaveLength(1 + (await harness.ledger.db.invoices.count()));
  });

  it('asks before replacing, and cancelling changes nothing', async () => {
    const user = userEvent.setup();
    const harness = renderWorkspaceView(<BackupView />, { ledger: await demo() });
    const before = await dumpDb(harness.ledger.db);
    await user.upload(screen.getByLabelText('Backup file'), new File(['{}'], 'b.json'));
    await user.click(screen.getByRole('button', { name: 'Restore…' }));
    const dialog = screen.getByRole('alertdialog');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await dumpDb(harness.ledger.db)).toEqual(before);
  });
});
