// The workspace in Chromium, as the user gets it: the built extension's options page. Imports a
// sample export through the wizard, sees it in Gmail, backs the ledger up, wipes it, restores it
// and finds it identical; every section passes axe; nothing leaves the machine.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';
import { MAILBOX_THREADS } from '../support/mailbox-ledger';
import { threadUrl } from '../support/gmail-knobs';
import { ROOT } from '../support/paths';
import { launchWorkspace, type WorkspaceBrowser } from './launch';

const FIXTURES = resolve(ROOT, 'tests/fixtures/import');

const test = base.extend<{ cobro: WorkspaceBrowser }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
  cobro: async ({}, use) => {
    const cobro = await launchWorkspace();
    try {
      await use(cobro);
      expect(cobro.strayRequests, 'requests that left the machine').toEqual([]);
    } finally {
      await cobro.context.close();
    }
  },
});

async function axe(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`)),
    `axe on ${where}`,
  ).toEqual([]);
}

/** Moves within the workspace as a link would (a fresh view each time, even for the same section). */
async function go(page: Page, route: string): Promise<void> {
  if (route !== '#/overview') {
    await page.evaluate(() => void (window.location.hash = '#/overview'));
    await expect(page.getByRole('heading', { name: 'Overview', level: 2 })).toBeVisible();
  }
  await page.evaluate((hash) => void (window.location.hash = hash), route);
}

async function importFile(page: Page, file: string): Promise<void> {
  await go(page, '#/import');
  await page.getByLabel('File to import').setInputFiles(resolve(FIXTURES, file));
  await page.getByRole('button', { name: 'Read the file' }).click();
}

/** The backup's records (what restore must give back), read from a downloaded file. */
async function downloadBackup(page: Page): Promise<{ path: string; tables: unknown; counts: Record<string, number> }> {
  await go(page, '#/backup');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download a full backup' }).click()]);
  const path = await download.path();
  const file = JSON.parse(readFileSync(path, 'utf8')) as { tables: unknown; counts: Record<string, number> };
  return { path, tables: file.tables, counts: file.counts };
}

/** Empties every table of the extension's database, behind the workspace's back. */
async function wipe(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolveWipe, reject) => {
        const open = indexedDB.open('cobro');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readwrite');
          for (const name of names) tx.objectStore(name).clear();
          tx.oncomplete = () => {
            db.close();
            resolveWipe();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

test('imports a sample export through the wizard, and Gmail shows the imported balance', async ({ cobro }) => {
  const page = await cobro.openWorkspace('#/import');
  await expect(page.getByRole('heading', { name: 'Import', level: 2 })).toBeVisible();
  await axe(page, 'the import wizard');
  await importFile(page, 'cobro.csv');
  const preview = page.locator('[data-cobro="import-preview"]');
  await expect(preview).toBeVisible();
  await expect(preview.locator('[data-count="invoicesToCreate"] dd')).toHaveText('6');
  await expect(preview.locator('[data-count="debtorsToCreate"] dd')).toHaveText('5');
  await axe(page, 'the import preview');
  await page.getByRole('button', { name: 'Import 6 invoices' }).click();
  await expect(page.getByRole('heading', { name: 'Import finished' })).toBeVisible();

  // Importing the same file again changes nothing.
  await importFile(page, 'cobro.csv');
  await expect(preview.locator('[data-count="unchanged"] dd')).toHaveText('6');
  await expect(page.getByRole('button', { name: /Nothing to import/ })).toBeDisabled();

  await page.getByRole('navigation').getByRole('link', { name: 'Debtors' }).click();
  await expect(page.getByRole('status').filter({ hasText: /debtors?$/ })).toHaveText('5 debtors');
  await page.getByRole('link', { name: /Talleres Ruiz S\.L\./ }).click();
  await expect(page.locator('[data-cobro="debtor-card"]')).toContainText('€2,220.00');

  // The Gmail content script reads the same ledger: the sender's chip shows the imported balance.
  const gmail = await cobro.context.newPage();
  await gmail.goto(threadUrl(MAILBOX_THREADS.ruiz));
  await expect(gmail.locator('[data-cobro="status-chip"]').first()).toContainText('€2,220.00');
});

test('a newer export updates balances and marks invoices paid', async ({ cobro }) => {
  const page = await cobro.openWorkspace('#/import');
  await importFile(page, 'invoiceninja-ar-detailed.csv');
  await page.getByRole('button', { name: 'Import 4 invoices' }).click();
  await expect(page.getByRole('heading', { name: 'Import finished' })).toBeVisible();
  await importFile(page, 'invoiceninja-ar-detailed-later.csv');
  const proposed = page.getByRole('region', { name: '1 invoice is no longer in the report' });
  await expect(proposed).toContainText('0148');
  await proposed.getByLabel('Mark this invoice as paid').check();
  await page.getByRole('button', { name: /^Import 1 invoice/ }).click();
  await expect(page.getByRole('status').filter({ hasText: /added/ })).toContainText('1 updated');
  await page.getByRole('navigation').getByRole('link', { name: 'Debtors' }).click();
  await page.getByRole('link', { name: /Talleres Ruiz/ }).click();
  const card = page.locator('[data-cobro="debtor-card"]');
  await expect(card.getByRole('row', { name: /0148/ })).toContainText('Paid');
  await expect(card.getByRole('row', { name: /0112/ })).toContainText('€1,315.00');
});

test('backup → wipe → restore gives back an identical ledger', async ({ cobro }) => {
  const page = await cobro.openWorkspace('#/import');
  await importFile(page, 'cobro.csv');
  await page.getByRole('button', { name: 'Import 6 invoices' }).click();
  await expect(page.getByRole('heading', { name: 'Import finished' })).toBeVisible();
  await importFile(page, 'xero-sales-invoices.csv');
  await page.getByRole('button', { name: /^Import \d+ invoices?/ }).click();
  await expect(page.getByRole('heading', { name: 'Import finished' })).toBeVisible();

  const before = await downloadBackup(page);
  expect(before.counts.debtors).toBeGreaterThan(4);
  await axe(page, 'the backup view');

  await wipe(page);
  await page.reload();
  await go(page, '#/debtors');
  await expect(page.getByRole('status').filter({ hasText: /debtors? match|debtors?$/ })).toHaveText('No debtors match');

  await go(page, '#/backup');
  await page.getByLabel('Backup file').setInputFiles(before.path);
  await page.getByRole('button', { name: 'Restore…' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Replace everything' }).click();
  await expect(page.locator('[data-cobro="backup-outcome"]')).toContainText('Backup restored');

  const after = await downloadBackup(page);
  expect(after.tables).toEqual(before.tables);

  // A damaged file is refused and changes nothing.
  const damaged = resolve(ROOT, 'test-results', 'damaged-backup.json');
  const { writeFileSync, mkdirSync } = await import('node:fs');
  mkdirSync(resolve(ROOT, 'test-results'), { recursive: true });
  writeFileSync(damaged, readFileSync(before.path, 'utf8').replace('Talleres', 'Tallares'));
  await page.getByLabel('Backup file').setInputFiles(damaged);
  await page.getByRole('button', { name: 'Restore…' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Replace everything' }).click();
  await expect(page.locator('[data-cobro="backup-outcome"]')).toContainText('changed or damaged');
  expect((await downloadBackup(page)).tables).toEqual(before.tables);
});

test('every section is keyboard reachable and passes axe', async ({ cobro }) => {
  const page = await cobro.openWorkspace('#/import');
  await importFile(page, 'cobro.csv');
  await page.getByRole('button', { name: 'Import 6 invoices' }).click();
  await expect(page.getByRole('heading', { name: 'Import finished' })).toBeVisible();

  for (const [section, heading] of [
    ['Overview', 'Overview'],
    ['Debtors', 'Debtors'],
    ['Templates', 'Templates'],
    ['Settings', 'Settings'],
    ['Backup', 'Backup'],
  ] as const) {
    await page.getByRole('navigation').getByRole('link', { name: section }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: heading, level: 2 })).toBeFocused();
    if (section === 'Overview') await expect(page.getByRole('img', { name: /Outstanding by age/ })).toBeVisible();
    if (section === 'Debtors') await expect(page.getByRole('link', { name: /Clínica Dental Sonrisa/ })).toBeVisible();
    if (section === 'Templates') {
      await page.getByRole('button', { name: /Overdue reminder/ }).first().click();
      // Filled in for the sample customer; the business is the user's own (empty here: no setup done).
      await expect(page.locator('[data-cobro="template-preview"]')).toContainText('F-2026-014');
    }
    await axe(page, section);
  }

  await page.getByRole('navigation').getByRole('link', { name: 'Debtors' }).click();
  await page.getByRole('link', { name: /Northwind Traders/ }).click();
  await expect(page.locator('[data-cobro="debtor-card"]')).toBeVisible();
  await axe(page, 'a debtor page');
});
