// The workspace's heavy paths in the built extension, in Chromium (part of `npm run bench`):
//   - a Cobro CSV of `debtors` × 10 invoices read, previewed and imported through the wizard:
//     time per step, the longest task on the page's thread meanwhile (is the UI responsive?),
//     and the peak memory of the browser's processes;
//   - the first rows of the debtor table over those debtors: after a reload (summaries stored),
//     the first open of a day (every summary worked out again), and warm;
//   - last, a 10,000-row .xlsx (1,000 more customers) read, previewed and imported the same way:
//     unzipped and converted to text in the worker, then the CSV's parse and plan.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { launchWorkspace } from '../e2e/workspace/launch';
import { ROOT } from './bench-builds';
import { BENCH_CSV_INVOICES_PER_DEBTOR as PER_DEBTOR, benchCsv } from './bench-csv';
import { benchXlsx } from './bench-xlsx';
import type { Sample } from './stats';

/**
 * Resident memory of the bench's browser, in MB: the process started with this build and every
 * process under it (other Chromiums may be running on the same machine).
 */
function browserRssMb(buildDir: string): number {
  try {
    const out = execFileSync('ps', ['-eo', 'pid=,ppid=,rss=,args='], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    const processes = out
      .split('\n')
      .map((line) => line.trim().match(/^(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/))
      .filter((match): match is RegExpMatchArray => match !== null)
      .map(([, pid, ppid, rss, args]) => ({ pid: Number(pid), ppid: Number(ppid), rss: Number(rss), args: args ?? '' }));
    const mine = new Set(processes.filter((p) => p.args.includes(`--load-extension=${buildDir}`)).map((p) => p.pid));
    for (let grew = true; grew; ) {
      grew = false;
      for (const p of processes) if (!mine.has(p.pid) && mine.has(p.ppid)) grew = mine.add(p.pid) !== undefined;
    }
    return processes.filter((p) => mine.has(p.pid)).reduce((sum, p) => sum + p.rss, 0) / 1024;
  } catch {
    return 0;
  }
}

async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const state = window as unknown as { __longest: number };
    state.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.__longest = Math.max(state.__longest, entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
}

const longestTask = (page: Page) => page.evaluate(() => (window as unknown as { __longest: number }).__longest ?? 0);

/** Empties the stored summaries, as the first open of a new day finds them: none still holds. */
async function forgetStoredSummaries(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('cobro');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('summaries', 'readwrite');
          tx.objectStore('summaries').clear();
          tx.oncomplete = () => (open.result.close(), done());
          tx.onerror = () => fail(tx.error);
        };
      }),
  );
}

/** 10,000 rows: a large export from a spreadsheet tool, whatever the CSV's size. */
const XLSX_DEBTORS = 1000;

export async function benchWorkspace(options: { debtors: number; buildDir: string }, log: (line: string) => void = () => {}): Promise<Sample[]> {
  const rows = options.debtors * PER_DEBTOR;
  const dir = join(ROOT, 'test-results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `bench-${rows}-rows.csv`);
  writeFileSync(file, benchCsv(options.debtors));
  const xlsxFile = join(dir, `bench-${XLSX_DEBTORS * PER_DEBTOR}-rows.xlsx`);
  writeFileSync(xlsxFile, await benchXlsx(XLSX_DEBTORS));
  const samples: Sample[] = [];
  const ms = (what: string, value: number, target?: string) => samples.push({ what, unit: 'ms', value: Math.round(value), ...(target ? { target } : {}) });

  const cobro = await launchWorkspace(options.buildDir);
  try {
    const page = await cobro.openWorkspace('#/import');
    await page.getByLabel('File to import').waitFor();
    await watchLongTasks(page);
    let peak = browserRssMb(options.buildDir);
    const idle = peak;
    const sampler = setInterval(() => (peak = Math.max(peak, browserRssMb(options.buildDir))), 100);

    log(`workspace: importing a ${rows.toLocaleString('en')}-row Cobro CSV through the wizard`);
    await page.getByLabel('File to import').setInputFiles(file);
    let start = performance.now();
    await page.getByRole('button', { name: 'Read the file' }).click();
    await page.locator('[data-cobro="import-preview"]').waitFor({ timeout: 600_000 });
    const preview = performance.now() - start;
    ms(`import ${rows.toLocaleString('en')} rows: read + preview (worker)`, preview);
    start = performance.now();
    await page.getByRole('button', { name: /^Import [\d,]+ invoices/ }).click();
    await page.getByRole('heading', { name: 'Import finished' }).waitFor({ timeout: 600_000 });
    const write = performance.now() - start;
    clearInterval(sampler);
    ms(`import ${rows.toLocaleString('en')} rows: write, one transaction (worker)`, write);
    ms(`import ${rows.toLocaleString('en')} rows: total`, preview + write, '≤ 5000');
    ms('longest task on the page while importing', await longestTask(page), '≤ 50 (UI responsive)');
    samples.push({ what: 'peak memory of the browser while importing', unit: 'MB', value: Math.round(peak), target: `${Math.round(peak - idle)} MB above idle` });

    const firstRows = async (label: string, prepare: () => Promise<void>) => {
      await page.evaluate(() => void (window.location.hash = '#/settings'));
      await page.getByRole('heading', { name: 'Settings', level: 2 }).waitFor();
      await prepare();
      start = performance.now();
      await page.evaluate(() => void (window.location.hash = '#/debtors'));
      await page.locator('[data-cobro="debtor-table"] [role="row"][aria-rowindex="2"] a').waitFor({ timeout: 600_000 });
      ms(`debtor table first rows, ${options.debtors.toLocaleString('en')} debtors: ${label}`, performance.now() - start);
    };
    log('workspace: first render of the debtor table');
    await firstRows('after a reload', async () => {
      await page.reload();
      await page.getByRole('heading', { name: 'Settings', level: 2 }).waitFor({ timeout: 600_000 });
    });
    await firstRows('first open of a day (summaries worked out)', async () => {
      await forgetStoredSummaries(page);
      await page.reload();
      await page.getByRole('heading', { name: 'Settings', level: 2 }).waitFor({ timeout: 600_000 });
    });
    await firstRows('warm', async () => undefined);

    start = performance.now();
    await page.getByLabel('Search debtors').fill(`cliente${options.debtors - 1}@bench`);
    await page.getByRole('status').filter({ hasText: /^1 debtor$/ }).waitFor({ timeout: 60_000 });
    ms('debtor search to one result (incl. its 200 ms pause)', performance.now() - start);

    const sheetRows = XLSX_DEBTORS * PER_DEBTOR;
    log(`workspace: importing a ${sheetRows.toLocaleString('en')}-row .xlsx through the wizard`);
    await page.evaluate(() => void (window.location.hash = '#/import'));
    await page.getByLabel('File to import').setInputFiles(xlsxFile);
    await watchLongTasks(page);
    start = performance.now();
    await page.getByRole('button', { name: 'Read the file' }).click();
    await page.locator('[data-cobro="import-preview"]').waitFor({ timeout: 600_000 });
    const sheetPreview = performance.now() - start;
    const created = await page.locator('[data-cobro="import-preview"] [data-count="invoicesToCreate"] dd').textContent();
    if (created !== String(sheetRows)) throw new Error(`the .xlsx preview creates ${created} invoices, not ${sheetRows}`);
    ms(`import ${sheetRows.toLocaleString('en')}-row .xlsx: read + preview (worker)`, sheetPreview);
    start = performance.now();
    await page.getByRole('button', { name: /^Import [\d,]+ invoices/ }).click();
    await page.getByRole('heading', { name: 'Import finished' }).waitFor({ timeout: 600_000 });
    const sheetWrite = performance.now() - start;
    ms(`import ${sheetRows.toLocaleString('en')}-row .xlsx: write (worker)`, sheetWrite);
    ms(`import ${sheetRows.toLocaleString('en')}-row .xlsx: total`, sheetPreview + sheetWrite);
    ms('longest task on the page while importing the .xlsx', await longestTask(page), '≤ 50 (UI responsive)');
    if (cobro.strayRequests.length > 0) throw new Error(`the workspace reached the network: ${cobro.strayRequests.join(', ')}`);
  } finally {
    await cobro.context.close();
  }
  return samples;
}
