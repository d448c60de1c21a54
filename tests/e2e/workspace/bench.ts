// `npx tsx tests/e2e/workspace/bench.ts` (after `npm run build:chrome`): the workspace's
// heavy paths in the built extension, in Chromium, printed as a table. Not a test: numbers to
// compare with DESIGN.md's targets.
//   - a 100,000-row Cobro CSV (10,000 debtors × 10 invoices) read, previewed and imported
//     through the wizard: time per step, the longest task on the page's thread meanwhile, and
//     the peak memory of the browser's processes;
//   - the first render of the debtor table over those 10,000 debtors, cold and warm.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { ROOT } from '../support/paths';
import { launchWorkspace, WORKSPACE_BUILD } from './launch';

const DEBTORS = Number(process.env.BENCH_DEBTORS ?? 10_000);
const PER_DEBTOR = 10;

function cobroCsv(): string {
  const lines = ['debtor_name,debtor_email,invoice_number,currency,amount,paid,issue_date,due_date,status'];
  for (let d = 0; d < DEBTORS; d++) {
    for (let i = 0; i < PER_DEBTOR; i++) {
      const month = String(1 + ((d + i) % 12)).padStart(2, '0');
      const amount = 10_000 + ((d * 7919 + i * 104_729) % 900_000);
      const paid = i % 3 === 0 ? amount : 0;
      const money = (minor: number) => `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;
      lines.push(`Cliente ${d},cliente${d}@bench.example,F-${d}-${i},EUR,${money(amount)},${money(paid)},2026-${month}-01,2026-${month}-28,${paid === amount ? 'paid' : 'open'}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Resident memory of this bench's browser, in MB: the process started with this build and every
 * process under it (other suites may be running Chromium on the same machine).
 */
function chromiumRssMb(): number {
  try {
    const out = execFileSync('ps', ['-eo', 'pid=,ppid=,rss=,args='], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    const processes = out
      .split('\n')
      .map((line) => line.trim().match(/^(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/))
      .filter((match): match is RegExpMatchArray => match !== null)
      .map(([, pid, ppid, rss, args]) => ({ pid: Number(pid), ppid: Number(ppid), rss: Number(rss), args: args ?? '' }));
    const mine = new Set(processes.filter((p) => p.args.includes(`--load-extension=${WORKSPACE_BUILD}`)).map((p) => p.pid));
    for (let grew = true; grew; ) {
      grew = false;
      for (const p of processes) if (!mine.has(p.pid) && mine.has(p.ppid)) grew = mine.add(p.pid) !== undefined;
    }
    return processes.filter((p) => mine.has(p.pid)).reduce((sum, p) => sum + p.rss, 0) / 1024;
  } catch {
    return 0;
  }
}

async function longestTask(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __longest: number }).__longest ?? 0);
}

async function main(): Promise<void> {
  const dir = resolve(ROOT, 'test-results');
  mkdirSync(dir, { recursive: true });
  const file = resolve(dir, `bench-${DEBTORS * PER_DEBTOR}-rows.csv`);
  writeFileSync(file, cobroCsv());

  const cobro = await launchWorkspace();
  const rows: [string, string][] = [];
  try {
    const page = await cobro.openWorkspace('#/import');
    await page.getByLabel('File to import').waitFor();
    await page.evaluate(() => {
      const state = window as unknown as { __longest: number };
      state.__longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) state.__longest = Math.max(state.__longest, entry.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
    let peak = chromiumRssMb();
    const baseline = peak;
    const sampler = setInterval(() => (peak = Math.max(peak, chromiumRssMb())), 100);

    await page.getByLabel('File to import').setInputFiles(file);
    let start = performance.now();
    await page.getByRole('button', { name: 'Read the file' }).click();
    await page.locator('[data-cobro="import-preview"]').waitFor({ timeout: 600_000 });
    rows.push(['read + preview (parse and plan in the worker)', `${Math.round(performance.now() - start)} ms`]);

    start = performance.now();
    await page.getByRole('button', { name: /^Import [\d,]+ invoices/ }).click();
    await page.getByRole('heading', { name: 'Import finished' }).waitFor({ timeout: 600_000 });
    rows.push(['import (one transaction, in the worker)', `${Math.round(performance.now() - start)} ms`]);
    clearInterval(sampler);
    rows.push(['longest task on the page while importing', `${Math.round(await longestTask(page))} ms`]);
    rows.push(['peak memory of the browser (its processes)', `${Math.round(peak)} MB (${Math.round(peak - baseline)} MB above idle)`]);

    for (const pass of ['cold', 'warm']) {
      await page.evaluate(() => void (window.location.hash = '#/overview'));
      await page.getByRole('heading', { name: 'Overview', level: 2 }).waitFor();
      if (pass === 'cold') await page.reload();
      await page.getByRole('heading', { name: 'Overview', level: 2 }).waitFor({ timeout: 600_000 });
      start = performance.now();
      await page.evaluate(() => void (window.location.hash = '#/debtors'));
      await page.locator('[data-cobro="debtor-table"] [role="row"][aria-rowindex="2"] a').waitFor({ timeout: 600_000 });
      rows.push([`debtor table first rows, ${DEBTORS} debtors (${pass})`, `${Math.round(performance.now() - start)} ms`]);
      const drawn = await page.locator('[data-cobro="debtor-table"] [role="rowgroup"] [role="row"]').count();
      if (pass === 'warm') rows.push(['rows drawn for that table', String(drawn)]);
    }
    start = performance.now();
    await page.getByLabel('Search debtors').fill(`cliente${DEBTORS - 1}@bench`);
    await page.getByRole('status').filter({ hasText: /^1 debtor$/ }).waitFor({ timeout: 60_000 });
    rows.push(['search to one result (incl. 200 ms pause)', `${Math.round(performance.now() - start)} ms`]);
  } finally {
    await cobro.context.close();
  }
  const width = Math.max(...rows.map(([label]) => label.length));
  process.stdout.write(`\n| ${'what'.padEnd(width)} | result |\n|${'-'.repeat(width + 2)}|--------|\n`);
  for (const [label, value] of rows) process.stdout.write(`| ${label.padEnd(width)} | ${value} |\n`);
}

await main();
