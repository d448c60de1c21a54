// Screenshots of the toolbar popup at its own width (about 400 px; a popup is not a 1366 px page)
// in English and Spanish, on a Saturday and on a weekday, with the mailbox's customers in Madrid,
// London and Mexico City. The ledger's clock is the background service worker's: each test fixes
// it there (the handlers ask `new Date()` on every call), and seeds the ledger relative to it.
import type { Worker } from '@playwright/test';
import { expect, test } from '../support/chromium';
import { seedMailboxLedger } from '../support/mailbox-ledger';
import { look } from './look';

/** Makes `new Date()` and `Date.now()` in the service worker answer `at`; Date's other uses are untouched. */
async function fixWorkerClock(worker: Worker, at: string): Promise<void> {
  await worker.evaluate((iso) => {
    const fixed = Date.parse(iso);
    const RealDate = Date;
    class FixedDate extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(fixed);
        else super(...(args as [string]));
      }
      static override now() {
        return fixed;
      }
    }
    (globalThis as { Date: DateConstructor }).Date = FixedDate as DateConstructor;
  }, at);
}

const DAYS = [
  // Saturday 5 December 2026: 10:30 in Madrid, 09:30 in London, 03:30 in Mexico City.
  ['weekend', '2026-12-05T09:30:00.000Z'],
  // Tuesday 1 December 2026: 16:30 in Madrid, 15:30 in London, 09:30 in Mexico City; all open.
  ['weekday', '2026-12-01T15:30:00.000Z'],
] as const;

for (const lang of ['en', 'es'] as const) {
  const prefix = lang === 'es' ? 'es-' : '';
  for (const [day, at] of DAYS) {
    test(`popup (${lang}, ${day})`, async ({ cobro }) => {
      const worker = cobro.context.serviceWorkers()[0]!;
      await fixWorkerClock(worker, at);
      expect(await worker.evaluate(() => new Date().toISOString())).toBe(at);
      await seedMailboxLedger(cobro.call, new Date(at));
      await cobro.value('settings-set', { patch: { uiLanguage: lang } });

      const popup = await cobro.context.newPage();
      await popup.clock.setFixedTime(new Date(at));
      await popup.setViewportSize({ width: 400, height: 900 });
      await popup.goto(`chrome-extension://${cobro.extensionId}/popup.html`);
      await expect(popup.locator('.cobro-row-button').first()).toBeVisible();
      const said = popup.locator('[data-cobro="contact-day"]');
      if (day === 'weekend') await expect(said.first()).toBeVisible();
      else await expect(said).toHaveCount(0);
      await look(popup, `${prefix}13-popup-${day}`, { fullPage: true });
    });
  }
}
