// Screenshots of the workspace (the extension's options page) over the demo ledger, in English
// and Spanish at 1366 px: the overview, the debtor table, one debtor's page and the settings,
// written to screens/ to be looked at. Besides look()'s checks (no overflow, no clipped text, axe),
// each picture checks what it is there to show: the table fills the window, its columns hold
// their text, the filters' controls line up, the heading the workspace focuses has no box.
import type { Page } from '@playwright/test';
import { expect, test, type CobroChromium } from '../support/chromium';
import { seedMailboxLedger } from '../support/mailbox-ledger';
import { look } from './look';

const WIDTH = 1366;
const HEIGHT = 900;

async function workspace(cobro: CobroChromium, route: string): Promise<Page> {
  const page = await cobro.context.newPage();
  await page.setViewportSize({ width: WIDTH, height: HEIGHT });
  await page.goto(`chrome-extension://${cobro.extensionId}/options.html#/${route}`);
  return page;
}

/** Table cells whose text does not fit even in two lines (the ones that end in "…"). */
async function cutCells(page: Page): Promise<string[]> {
  return page.locator('[data-cobro="debtor-table"] .cobro-vclamp').evaluateAll((spans) =>
    spans.filter((span) => span.scrollHeight > span.clientHeight + 1 || span.scrollWidth > span.clientWidth + 1).map((span) => span.textContent ?? ''),
  );
}

// Five pages, each checked by axe, on a machine that may be busy.
test.describe.configure({ timeout: 240_000 });

for (const lang of ['en', 'es'] as const) {
  const prefix = lang === 'es' ? 'es-' : '';
  const text = {
    en: { debtors: 'Debtors', settings: 'Settings', timeZone: 'Time zone', mexico: /^Mexico City · GMT/ },
    es: { debtors: 'Clientes', settings: 'Ajustes', timeZone: 'Zona horaria', mexico: /^Ciudad de México · GMT/ },
  }[lang];

  test(`workspace screens (${lang}): overview, debtors, a debtor, settings`, async ({ cobro }) => {
    const ids = await seedMailboxLedger(cobro.call);
    await cobro.value('settings-set', { patch: { uiLanguage: lang } });

    const overview = await workspace(cobro, 'overview');
    const chart = overview.locator('[data-cobro="aging-chart"]');
    await expect(chart).toBeVisible();
    // The bars span the card (not half of it).
    const [svg, card] = await Promise.all([chart.locator('svg').boundingBox(), overview.locator('.cobro-panel').first().boundingBox()]);
    expect(svg!.width).toBeGreaterThan(card!.width - 40);
    await look(overview, `${prefix}ws-overview`, { fullPage: true });

    const debtors = await workspace(cobro, 'debtors');
    const table = debtors.locator('[data-cobro="debtor-table"]');
    await expect(table.getByRole('link', { name: /Construcciones Gómez/ })).toBeVisible();
    await debtors.waitForTimeout(300);
    // The table takes the window's height: its bottom is near the window's, and the page does not scroll.
    const body = await table.locator('.cobro-vbody').boundingBox();
    expect(HEIGHT - (body!.y + body!.height)).toBeLessThan(60);
    expect(await debtors.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).toBeLessThanOrEqual(0);
    // The filters' controls share one line, whatever their labels' length.
    const tops = await debtors.locator('.cobro-filters select, .cobro-filters input, .cobro-filters button').evaluateAll((controls) =>
      controls.map((control) => Math.round(control.getBoundingClientRect().bottom)),
    );
    expect(new Set(tops).size, `filter controls end at ${tops.join(', ')}`).toBe(1);
    expect(await cutCells(debtors)).toEqual([]);
    // Where a cell must still shorten, the whole text is a hover away.
    const firstCells = await table.locator('[role="row"][data-row-index="0"] [role="cell"]').evaluateAll((cells) => cells.slice(1).map((cell) => cell.getAttribute('title')));
    expect(firstCells.every((title) => title !== null && title.length > 0)).toBe(true);
    await look(debtors, `${prefix}ws-debtors`);

    const debtor = await workspace(cobro, `debtors/${ids.ruiz}`);
    await expect(debtor.locator('[data-cobro="debtor-card"]')).toBeVisible();
    await expect(debtor.getByText('Talleres Ruiz', { exact: true })).toHaveCount(1);
    await look(debtor, `${prefix}ws-debtor`, { fullPage: true });

    // Reached from the keyboard: the heading takes focus and shows no box.
    const settings = await workspace(cobro, 'overview');
    await expect(settings.locator('[data-cobro="aging-chart"]')).toBeVisible();
    await settings.getByRole('navigation').getByRole('link', { name: text.settings }).focus();
    await settings.keyboard.press('Enter');
    const heading = settings.getByRole('heading', { name: text.settings, level: 2 });
    await expect(heading).toBeFocused();
    expect(await heading.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('none');
    await look(settings, `${prefix}ws-settings`, { fullPage: true });

    const zone = settings.getByRole('combobox', { name: text.timeZone });
    await zone.scrollIntoViewIfNeeded();
    await zone.fill('mexi');
    const option = settings.getByRole('listbox', { name: text.timeZone }).getByRole('option', { name: text.mexico });
    await expect(option).toBeVisible();
    await look(settings, `${prefix}ws-settings-time-zone`);
    await option.click();
    await expect(zone).toHaveValue(text.mexico);
  });
}
