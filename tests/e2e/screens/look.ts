// What every screenshot spec checks besides taking the picture: the page is no wider than its
// window, no text a user must read is clipped, and axe finds nothing. PNGs go to screens/ (one
// folder, kept as a CI artifact, never committed).
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/paths';

export const SCREENS_DIR = join(ROOT, 'screens');

/** Elements whose text a user reads whole: table cells, labels, buttons, headings, chips. */
const MUST_READ = 'th, td, label, legend, button, summary, h1, h2, h3, h4, [role="tab"], [data-cobro="status-chip"], [data-must-read]';

/**
 * Text cut short in a MUST_READ element, searched through open shadow roots too (the Gmail overlay
 * renders in one). An element opts out with data-may-clip only when the full text is one hover or
 * focus away (a title on the same element).
 */
async function clippedTexts(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const found: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const element of Array.from(root.querySelectorAll<HTMLElement>(selector))) {
        if (element.closest('[data-may-clip]') && element.closest('[data-may-clip]')?.getAttribute('title')) continue;
        const style = getComputedStyle(element);
        if (style.display === 'none' || style.visibility === 'hidden' || element.getClientRects().length === 0) continue;
        // Text only for screen readers (a 1 px box, clipped on purpose) is not text anyone sees cut.
        if (element.clientWidth <= 1 && element.clientHeight <= 1) continue;
        const cuts = style.overflowX !== 'visible' || style.textOverflow === 'ellipsis';
        if (cuts && element.scrollWidth > element.clientWidth + 1) {
          found.push(`${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 60)}" (${element.scrollWidth} > ${element.clientWidth})`);
        }
      }
      for (const host of Array.from(root.querySelectorAll('*'))) if (host.shadowRoot) visit(host.shadowRoot);
    };
    visit(document);
    return found;
  }, MUST_READ);
}

export interface LookOptions {
  /** Screenshot the whole scrollable page rather than the window. */
  fullPage?: boolean;
  /** axe rules to leave out, each with the reason beside it at the call. */
  skipAxeRules?: string[];
  /** Only these parts are checked by axe. */
  axeInclude?: string[];
  /** Only Cobro's own shadow hosts (<cobro-…> elements) are checked by axe: our overlay on a host page we do not own. */
  axeOverlayOnly?: boolean;
  /** Parts of the page axe skips. */
  axeExclude?: string[];
}

/** Writes screens/<name>.png and fails on horizontal overflow, clipped text or an axe finding. */
export async function look(page: Page, name: string, options: LookOptions = {}): Promise<void> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENS_DIR, `${name}.png`), fullPage: options.fullPage ?? false });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${name}: the page is wider than its window`).toBeLessThanOrEqual(0);
  expect(await clippedTexts(page), `${name}: text a user must read is clipped`).toEqual([]);
  let axe = new AxeBuilder({ page });
  for (const part of options.axeInclude ?? []) axe = axe.include(part);
  if (options.axeOverlayOnly) {
    const hosts = await page.evaluate(() => {
      const found = Array.from(document.querySelectorAll('*')).filter((element) => element.tagName.startsWith('COBRO-'));
      for (const host of found) host.setAttribute('data-cobro-axe', '');
      return found.length;
    });
    if (hosts === 0) return;
    axe = axe.include('[data-cobro-axe]');
  }
  for (const part of options.axeExclude ?? []) axe = axe.exclude(part);
  if (options.skipAxeRules?.length) axe = axe.disableRules(options.skipAxeRules);
  const results = await axe.analyze();
  expect(
    results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`)),
    `${name}: axe`,
  ).toEqual([]);
}
