// `npm start`: builds the Chrome extension and opens Chromium with it loaded.
//   npm start                          the fake mailbox (tests/fixtures/gmail) with the demo ledger
//   npm start -- --lang en             mailbox and Cobro in English (or es); default: your system's language
//   npm start -- --real-gmail          real Gmail, in a profile kept in .cobro-profile/ between runs
//   npm start -- --headless            the same without a window (a smoke check on machines without a display)
//   npm start -- --screenshot <dir>    writes inbox.png, thread-card.png and picker.png to <dir>, then stops
// The browser stays open until you close it (or press Ctrl+C here).
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { launchCobroChromium } from '../e2e/support/chromium-launch';
import { MAILBOX_THREADS, seedMailboxLedger } from '../e2e/support/mailbox-ledger';
import { ROOT } from '../e2e/support/paths';
import { demoLanguage, demoTips, mailboxUrl, optionValue } from './options';

const argv = process.argv.slice(2);
const args = new Set(argv);
const realGmail = args.has('--real-gmail');
const screenshotDir = optionValue(argv, '--screenshot');
const headless = args.has('--headless');
const lang = demoLanguage(optionValue(argv, '--lang'), process.env);

console.log('Building the Chrome extension…');
execFileSync('npx', ['wxt', 'build', '-b', 'chrome'], { cwd: ROOT, stdio: 'inherit' });

const cobro = await launchCobroChromium({
  headless,
  fakeGmail: !realGmail,
  // Chromium's own language follows, so Cobro's "as the browser" setting would agree too.
  args: [`--lang=${lang}`],
  // Real Gmail needs you signed in, so that profile is kept; the fake mailbox starts fresh each time.
  userDataDir: realGmail ? join(ROOT, '.cobro-profile') : '',
});

if (realGmail) {
  await cobro.extensionPage.close();
  await cobro.openGmail('https://mail.google.com/mail/u/0/');
  console.log('Chromium is open on Gmail with Cobro loaded. Close the window to stop.');
} else {
  const ids = await seedMailboxLedger(cobro.call);
  // Cobro speaks the mailbox's language.
  await cobro.value('settings-set', { patch: { uiLanguage: lang } });
  console.log(`Demo ledger loaded (${Object.keys(ids).length} mailbox customers plus the demo debtors).`);
  await cobro.extensionPage.close();
  const page = await cobro.context.newPage();
  if (screenshotDir) await page.setViewportSize({ width: 1366, height: 860 });
  await cobro.openGmail(mailboxUrl(lang), page);
  if (screenshotDir) {
    await screenshots(page, resolve(screenshotDir), ids.ruiz);
  } else {
    console.log(`Chromium is open on the demo mailbox (${page.url()}), mailbox and Cobro in ${lang === 'es' ? 'Spanish' : 'English'}.`);
    console.log(demoTips(lang));
    console.log('Close the window to stop.');
  }
}

/** The three pictures a reader without a display needs: the inbox, Ruiz's card over the thread, the picker in a reply. */
async function screenshots(page: Page, dir: string, ruizId: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  await page.locator('tr.zA').first().waitFor();
  await page.screenshot({ path: join(dir, 'inbox.png') });
  await page.evaluate((token) => (location.hash = `#inbox/${token}`), MAILBOX_THREADS.ruiz);
  // Unfolded, our reminder shows when it went; the card's timeline shows it logged at that instant.
  await page.locator('[role="listitem"].kv .y2').first().click();
  const chip = page.locator(`[data-cobro="status-chip"][data-debtor-id="${ruizId}"]`).last();
  await chip.click();
  await page.locator('[data-cobro="debtor-card"] .cobro-timeline').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(dir, 'thread-card.png') });
  await page.keyboard.press('Escape');
  await page.locator('.ams.bkH').click();
  await page.locator('[data-cobro="compose-button"]').click();
  await page.locator('[data-cobro="template-picker"] .cobro-preview-text').waitFor();
  await page.screenshot({ path: join(dir, 'picker.png') });
  console.log(`Wrote inbox.png, thread-card.png and picker.png to ${dir}`);
}

if (headless || screenshotDir) {
  await cobro.context.close();
} else {
  await new Promise<void>((resolve) => {
    cobro.context.on('close', () => resolve());
    process.on('SIGINT', () => void cobro.context.close().then(resolve));
  });
}
