// The fake Gmail showing customers' answers to our reminders (tests/fixtures/gmail/replies-data.json)
// instead of the everyday mailbox: the same account, the same customers as the seeded ledger.
import type { Page } from '@playwright/test';
import { addDays, dateIn } from '../../../shared/dates';
import type { CobroChromium } from '../support/chromium';
import { threadUrl } from '../support/gmail-knobs';
import { MAILBOX_TIME_ZONE } from '../support/mailbox-ledger';

/** Thread tokens of replies-data.json, by what the customer's answer says. */
export const REPLY_THREADS = {
  /** Clínica Sonrisa: "le confirmo que el <weekday> <today + 5> le hacemos la transferencia de los 480 €". */
  promise: 'FMfcgzQZTVsbWJxKcDqPjhzkRHnSnSwS',
  /** Talleres Ruiz (accounts): "No le he dicho que vayamos a pagar esta semana…". */
  denied: 'FMfcgzQZTVsbWJxKcDqPjhzkRHnSnSwT',
  /** Bright Pixel: a disputed late fee and a request to pay in three instalments. */
  disputeAndPlan: 'FMfcgzQZTVsbWJxKcDqPjhzkRHnSnSwU',
  /** Talleres Ruiz: an automatic reply, away until <today + 8> (back the day after). */
  away: 'FMfcgzQZTVsbWJxKcDqPjhzkRHnSnSwV',
  /** Clínica Sonrisa: short of cash since their main client closed, asks to pay in 3 instalments. */
  hardshipAndPlan: 'FMfcgzQZTVsbWJxKcDqPjhzkRHnSnSwW',
} as const;

/** The day Sonrisa's answer promises, as the ledger stores it. */
export function promisedDay(now: Date = new Date()): string {
  return addDays(dateIn(MAILBOX_TIME_ZONE, now), 5);
}

/** Opens a thread of the replies mailbox in a new tab, `lang` being the mailbox's language (?hl=). */
export async function openReplyThread(cobro: CobroChromium, token: string, options: { lang?: 'es' | 'en'; width?: number } = {}): Promise<Page> {
  const page = await cobro.context.newPage();
  await page.setViewportSize({ width: options.width ?? 1366, height: 900 });
  await page.addInitScript(() => {
    const win = window as unknown as { __gmailFixture?: Record<string, unknown> };
    win.__gmailFixture = Object.assign(win.__gmailFixture ?? {}, { dataUrl: '/cobro-fixture/gmail/replies-data.json' });
  });
  return cobro.openGmail(threadUrl(token, options.lang ? `?hl=${options.lang}` : ''), page);
}

export const findingsOf = (page: Page) => page.locator('[data-cobro="reply-findings"]');
