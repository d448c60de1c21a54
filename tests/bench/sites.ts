// Cobro's overlay on invoicing tools' pages, in Chromium (part of `npm run bench`):
//   - Invoice Ninja's list grown to 1,000 invoices the ledger knows: from the navigation's start to
//     a chip on every row, and the page's long tasks meanwhile, over a few loads;
//   - the generic scanner on a plain invoicing site: 200 known invoices appended to its table by
//     the page, the time until each has its chip (per row), and the long tasks meanwhile;
//   - what those pages download for Cobro: the sites content script gzipped, Gmail's beside it.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { traceLongTasks } from './page-trace';
import { gzipSize } from './bundle-sizes';
import type { Sample } from './stats';
import { launchCobroChromium } from '../e2e/support/chromium-launch';
import { MAILBOX_PROFILE } from '../e2e/support/mailbox-ledger';
import { chromeBuildGrantingSites, NINJA, PLAIN, siteFixtureBody } from '../e2e/support/sites';

const LIST_ROWS = 1000;
const ADDED_ROWS = 200;
const CUSTOMERS = 100;
const LIST_LOADS = 3;
/** An address Cobro is not granted on, for the list without Cobro. */
const UNGRANTED = 'https://ungranted.invoicing.example';
/** Each row's invoice: 980,00 € still owed, as the page shows it (no update to offer). */
const AMOUNT = 98_000;
const AMOUNT_TEXT = '980,00 €';

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const customer = (i: number) => ({ name: `Cliente Bench ${pad(i, 3)}`, email: `cliente${pad(i, 3)}@bench.example` });
/** The customer of the list's `row`-th invoice (1-based), and of the plain site's. */
const customerOfRow = (row: number) => (row - 1) % CUSTOMERS;
const listNumber = (row: number) => `B-${pad(row, 5)}`;
const addedNumber = (row: number) => `P-${pad(row, 5)}`;

/** Invoice Ninja's list fixture with its tbody replaced by `rows` copies of its "Sent" row, each its own invoice. */
export function ninjaListOf(rows: number): string {
  const page = siteFixtureBody('invoice-ninja/invoices.html');
  const body = page.match(/(<tbody[^>]*>)([\s\S]*?)(<\/tbody>)/);
  if (!body) throw new Error('the Invoice Ninja fixture has no tbody');
  const template = body[2]!.match(/<tr[^>]*>(?:(?!<\/tr>)[\s\S])*kQBeX6mbyK[\s\S]*?<\/tr>/)?.[0];
  if (!template) throw new Error('the Invoice Ninja fixture has no row kQBeX6mbyK');
  const copies: string[] = [];
  for (let row = 1; row <= rows; row++) {
    const who = customer(customerOfRow(row));
    copies.push(
      template
        .replaceAll('kQBeX6mbyK', `bench${pad(row, 5)}`)
        .replaceAll('INV-2026-0112', listNumber(row))
        .replaceAll('Wjnegv9axv', `client${pad(customerOfRow(row), 3)}`)
        .replaceAll('Reformas del Sur', who.name)
        .replaceAll('hola@reformasdelsur.example', who.email)
        .replaceAll('$ 980.00', AMOUNT_TEXT),
    );
  }
  return page.replace(body[0], `${body[1]}${copies.join('')}${body[3]}`);
}

/** The customers, each with its share of the list's invoices and of the ones the plain site will add. */
export async function seedLedger(value: <T>(name: string, input: unknown) => Promise<T>): Promise<void> {
  await value('settings-set', { patch: MAILBOX_PROFILE });
  const invoice = (number: string) => ({ number, currency: 'EUR', amount: AMOUNT, issueDate: '2026-11-20', dueDate: '2026-12-20' });
  const debtorIds: string[] = [];
  for (let i = 0; i < CUSTOMERS; i++) {
    const who = customer(i);
    const created = await value<{ debtor: { id: string } }>('debtor-create', {
      name: who.name,
      emails: [who.email],
      locale: 'es-ES',
      timeZone: 'Europe/Madrid',
      firstInvoice: invoice(listNumber(i + 1)),
    });
    debtorIds.push(created.debtor.id);
  }
  const rest = [
    ...Array.from({ length: LIST_ROWS - CUSTOMERS }, (_, k) => ({ row: k + CUSTOMERS + 1, number: listNumber(k + CUSTOMERS + 1) })),
    ...Array.from({ length: ADDED_ROWS }, (_, k) => ({ row: k + 1, number: addedNumber(k + 1) })),
  ];
  for (let start = 0; start < rest.length; start += 50) {
    await Promise.all(
      rest.slice(start, start + 50).map(({ row, number }) => value('invoice-create', { debtorId: debtorIds[customerOfRow(row)], ...invoice(number) })),
    );
  }
}

/** Every long task of the page from its start, kept where the bench can read it. */
const LONG_TASKS_SCRIPT = `
  window.__cobroBenchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__cobroBenchLongTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

async function longTasksBetween(page: Page, from: number, to: number): Promise<{ count: number; longest: number }> {
  const tasks = await page.evaluate(() => (window as unknown as { __cobroBenchLongTasks?: Array<{ start: number; duration: number }> }).__cobroBenchLongTasks ?? []);
  const during = tasks.filter((task) => task.start >= from && task.start <= to);
  return { count: during.length, longest: Math.max(0, ...during.map((task) => task.duration)) };
}

/** The page's clock (ms since its navigation started) when Cobro's layer holds `count` chips. */
async function chipsReach(page: Page, count: number): Promise<number> {
  const at = await page.waitForFunction(
    (wanted) => {
      const root = document.querySelector('cobro-layer')?.shadowRoot;
      const chips = root?.querySelectorAll('[data-cobro="page-layer"] .cobro-layer-chip').length ?? 0;
      return chips >= wanted ? performance.now() : false;
    },
    count,
    { polling: 10, timeout: 300_000 },
  );
  return (await at.jsonValue()) as number;
}

const layerChips = (page: Page) =>
  page.evaluate(() => document.querySelector('cobro-layer')?.shadowRoot?.querySelectorAll('[data-cobro="page-layer"] .cobro-layer-chip').length ?? 0);

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function benchSites(options: { buildDir: string }, log: (line: string) => void = () => {}): Promise<Sample[]> {
  const samples: Sample[] = [];
  const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
  const sites = await gzipSize(join(options.buildDir, 'content-scripts/sites.js'));
  const gmail = await gzipSize(join(options.buildDir, 'content-scripts/gmail.js'));
  samples.push({ what: 'content script for invoicing sites (sites.js), gzip -9', unit: 'KB', value: kb(sites.gzipBytes), target: '≤ 60' });
  samples.push({ what: 'content script for Gmail (gmail.js), gzip -9, for comparison', unit: 'KB', value: kb(gmail.gzipBytes) });

  const list = ninjaListOf(LIST_ROWS);
  const cobro = await launchCobroChromium({ extensionDir: chromeBuildGrantingSites(undefined, options.buildDir), sites: {} });
  try {
    // Registered after the fixtures' routes, so it answers first.
    await cobro.context.route(`${NINJA}/invoices`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: list }));
    await cobro.context.addInitScript({ content: LONG_TASKS_SCRIPT });
    log(`sites: seeding ${CUSTOMERS} customers and ${(LIST_ROWS + ADDED_ROWS).toLocaleString('en')} invoices`);
    await seedLedger((name, input) => cobro.value(name, input));

    log(`sites: Invoice Ninja's list of ${LIST_ROWS.toLocaleString('en')} invoices, ${LIST_LOADS} loads`);
    const times: number[] = [];
    const counts: number[] = [];
    const longest: number[] = [];
    for (let load = 0; load < LIST_LOADS; load++) {
      const page = await cobro.context.newPage();
      await page.setViewportSize({ width: 1366, height: 800 });
      await page.goto(`${NINJA}/invoices`, { waitUntil: 'commit' });
      const done = await chipsReach(page, LIST_ROWS);
      const tasks = await longTasksBetween(page, 0, done);
      times.push(done);
      counts.push(tasks.count);
      longest.push(tasks.longest);
      await page.close();
    }
    // One more load under a trace: whose code the long tasks ran (trace-tasks.ts), Cobro's or the page's.
    const traced = await cobro.context.newPage();
    await traced.setViewportSize({ width: 1366, height: 800 });
    await traced.goto('about:blank');
    const shares = await traceLongTasks(traced, async () => {
      await traced.goto(`${NINJA}/invoices`, { waitUntil: 'commit' });
      await chipsReach(traced, LIST_ROWS);
    });
    await traced.close();
    // The same page where Cobro is not granted: the page's own long tasks, to tell Cobro's from them.
    const page0 = await cobro.context.newPage();
    await page0.setViewportSize({ width: 1366, height: 800 });
    await page0.route(`${UNGRANTED}/invoices`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: list }));
    await page0.goto(`${UNGRANTED}/invoices`, { waitUntil: 'load' });
    await page0.waitForTimeout(1000);
    const alone = await longTasksBetween(page0, 0, Number.POSITIVE_INFINITY);
    await page0.close();
    const rows = `Invoice Ninja list, ${LIST_ROWS.toLocaleString('en')} known invoices`;
    samples.push({ what: `${rows}: navigation start to every chip, median of ${LIST_LOADS}`, unit: 'ms', value: Math.round(median(times)), n: LIST_LOADS });
    samples.push({ what: `${rows}: navigation start to every chip, worst of ${LIST_LOADS}`, unit: 'ms', value: Math.round(Math.max(...times)), n: LIST_LOADS });
    samples.push({ what: `${rows}: long tasks (> 50 ms) meanwhile, most in a load`, unit: 'count', value: Math.max(...counts), n: LIST_LOADS });
    samples.push({ what: `${rows}: longest task meanwhile`, unit: 'ms', value: Math.round(Math.max(...longest)), n: LIST_LOADS, target: '≤ 50 (page responsive)' });
    samples.push({ what: `${rows}: tasks where Cobro's own code ran > 50 ms (traced load)`, unit: 'count', value: shares.longFromExtension, target: '0' });
    samples.push({ what: `${rows}: the most Cobro code ran in one task (traced load)`, unit: 'ms', value: Math.round(shares.maxExtensionMsInATask), target: '≤ 50' });
    samples.push({ what: `${rows}: the same page without Cobro: long tasks to load + 1 s`, unit: 'count', value: alone.count });
    samples.push({ what: `${rows}: the same page without Cobro: longest task`, unit: 'ms', value: Math.round(alone.longest) });

    log(`sites: the plain site's table, ${ADDED_ROWS} known invoices appended by the page`);
    const page = await cobro.context.newPage();
    await page.setViewportSize({ width: 1366, height: 800 });
    await page.goto(`${PLAIN}/facturas`);
    // The fixture's own rows are unknown to this ledger; whatever Cobro draws for them, it has drawn
    // once the count holds still for a second.
    let before = -1;
    for (let now = await layerChips(page); now !== before; now = await layerChips(page)) {
      before = now;
      await page.waitForTimeout(1000);
    }
    const rowsToAdd = Array.from({ length: ADDED_ROWS }, (_, k) => ({ number: addedNumber(k + 1), ...customer(customerOfRow(k + 1)) }));
    const appendedAt = await page.evaluate(
      ({ rowsToAdd, amount }) => {
        const started = performance.now();
        const body = document.querySelector('table.invoices tbody')!;
        // Plain DOM calls only: a named function here would reach the page as tsx compiled it.
        for (const row of rowsToAdd) {
          const tr = document.createElement('tr');
          const cells = [
            ['number', ''],
            ['customer', row.name],
            ['email', row.email],
            ['amount', amount],
            ['amount', amount],
            ['date', '20/12/2026'],
            ['', ''],
          ];
          for (const [className, text] of cells) {
            const td = document.createElement('td');
            if (className) td.className = className;
            td.textContent = text!;
            tr.append(td);
          }
          const link = document.createElement('a');
          link.href = `invoice.html?n=${row.number}`;
          link.textContent = row.number;
          tr.cells[0]!.append(link);
          const status = document.createElement('span');
          status.className = 'status status-pending';
          status.textContent = 'Pendiente';
          tr.cells[6]!.append(status);
          body.append(tr);
        }
        return started;
      },
      { rowsToAdd, amount: AMOUNT_TEXT },
    );
    const drawnAt = await chipsReach(page, before + ADDED_ROWS);
    const tasks = await longTasksBetween(page, appendedAt, drawnAt);
    const added = `plain site, ${ADDED_ROWS} known invoices appended`;
    samples.push({ what: `${added}: until each has its chip`, unit: 'ms', value: Math.round(drawnAt - appendedAt) });
    samples.push({ what: `${added}: per added row`, unit: 'ms', value: (drawnAt - appendedAt) / ADDED_ROWS });
    samples.push({ what: `${added}: long tasks (> 50 ms) meanwhile`, unit: 'count', value: tasks.count });
    samples.push({ what: `${added}: longest task meanwhile`, unit: 'ms', value: Math.round(tasks.longest), target: '≤ 50 (page responsive)' });
    const stray = cobro.strayRequests.filter((request) => !request.includes(`${UNGRANTED}/`));
    if (stray.length > 0) throw new Error(`the sites bench reached the network: ${stray.join(', ')}`);
  } finally {
    await cobro.context.close();
  }
  return samples;
}
