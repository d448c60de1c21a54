// A reply to a known debtor, over and over: the Cobro button opens the picker, Insert puts the
// chosen template in the body. Each click is timed inside the page, from the click event to
// the picker (or the inserted text) painted. The body is emptied between runs.
// The functions handed to page.evaluate are single anonymous arrows (see thread-opens.ts).
import type { Page } from '@playwright/test';
import type { ProbeWindow } from './bench-browser';
import { BenchError } from './bench-error';
import type { Timing } from './page-probes';

export const REPLY_BODY = '.ip.adB [g_editable="true"]';
const PICKER = '[data-cobro="template-picker"]';

export interface TemplateInserts {
  pickerMs: number[];
  insertInDomMs: number[];
  insertPaintedMs: number[];
  failures: number;
  /** The word of the template the runs waited for. */
  expected: string;
}

/**
 * The word to wait for in the body once a template is in: the longest one with a digit in it
 * (an invoice number, an amount, a date), else the longest; trailing punctuation dropped.
 */
export function distinctiveWord(text: string): string {
  const words = text
    .split(/\s+/)
    .map((word) => word.replace(/^[("'¿¡]+|[).,;:!?"']+$/g, ''))
    .filter((word) => word.length > 0);
  const longest = (list: string[]) => list.reduce((best, word) => (word.length > best.length ? word : best), '');
  return longest(words.filter((word) => /\d/.test(word))) || longest(words);
}

export interface TemplateInsertOptions {
  runs: number;
  warmup: number;
  timeoutMs: number;
  /** The rendered text of a template, by template id, for the debtor the reply goes to. */
  renderedText: (templateId: string) => string | undefined;
}

export async function timeTemplateInserts(page: Page, options: TemplateInsertOptions): Promise<TemplateInserts> {
  const result: TemplateInserts = { pickerMs: [], insertInDomMs: [], insertPaintedMs: [], failures: 0, expected: '' };
  await page.getByRole('link', { name: 'Responder' }).click();
  const button = page.locator('[data-cobro="compose-button"]');
  await button.waitFor();
  const picker = page.locator(PICKER);

  for (let i = 0; i < options.warmup + options.runs; i++) {
    await page.evaluate((selector) => {
      const body = document.querySelector<HTMLElement>(selector);
      if (body) {
        body.replaceChildren();
        body.focus();
      }
    }, REPLY_BODY);

    await page.evaluate(
      ({ selector, timeoutMs }) =>
        (window as unknown as ProbeWindow).cobroBenchProbes.armClick({ kind: 'element', hostSelector: 'cobro-panel', selector }, timeoutMs),
      { selector: PICKER, timeoutMs: options.timeoutMs },
    );
    await button.click();
    const shown: Timing | null = await page.evaluate(() => (window as unknown as ProbeWindow).cobroBenchProbes.armed());
    await picker.waitFor();

    if (result.expected === '') {
      const chosen = await picker.locator('[role="option"][aria-selected="true"]').getAttribute('data-template-id');
      result.expected = distinctiveWord(options.renderedText(chosen ?? '') ?? '');
      if (result.expected === '') throw new BenchError('bench-page', `no rendered text for the chosen template ${chosen ?? '(none)'}`);
    }
    await page.evaluate(
      ({ selector, text, timeoutMs }) => (window as unknown as ProbeWindow).cobroBenchProbes.armClick({ kind: 'text', selector, text }, timeoutMs),
      { selector: REPLY_BODY, text: result.expected, timeoutMs: options.timeoutMs },
    );
    await picker.getByRole('button', { name: 'Insert' }).click();
    const inserted: Timing | null = await page.evaluate(() => (window as unknown as ProbeWindow).cobroBenchProbes.armed());
    await picker.waitFor({ state: 'detached' });

    if (i < options.warmup) continue;
    if (shown) result.pickerMs.push(shown.paintedMs);
    if (inserted) {
      result.insertInDomMs.push(inserted.inDomMs);
      result.insertPaintedMs.push(inserted.paintedMs);
    }
    if (!shown || !inserted) result.failures += 1;
  }
  return result;
}
