// `npm start`: builds the Chrome extension and opens Chromium with it loaded.
//   npm start                    the fake mailbox (tests/fixtures/gmail) with the demo ledger
//   npm start -- --real-gmail    real Gmail, in a profile kept in .cobro-profile/ between runs
//   npm start -- --headless      the same without a window (a smoke check on machines without a display)
// The browser stays open until you close it (or press Ctrl+C here).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { GMAIL_FIXTURE_URL } from '../fixtures/gmail/serve';
import { launchCobroChromium } from '../e2e/support/chromium-launch';
import { seedMailboxLedger } from '../e2e/support/mailbox-ledger';
import { ROOT } from '../e2e/support/paths';

const args = new Set(process.argv.slice(2));
const realGmail = args.has('--real-gmail');
const headless = args.has('--headless');

console.log('Building the Chrome extension…');
execFileSync('npx', ['wxt', 'build', '-b', 'chrome'], { cwd: ROOT, stdio: 'inherit' });

const cobro = await launchCobroChromium({
  headless,
  fakeGmail: !realGmail,
  // Real Gmail needs you signed in, so that profile is kept; the fake mailbox starts fresh each time.
  userDataDir: realGmail ? join(ROOT, '.cobro-profile') : '',
});

if (realGmail) {
  await cobro.extensionPage.close();
  await cobro.openGmail('https://mail.google.com/mail/u/0/');
  console.log('Chromium is open on Gmail with Cobro loaded. Close the window to stop.');
} else {
  const ids = await seedMailboxLedger(cobro.call);
  console.log(`Demo ledger loaded (${Object.keys(ids).length} mailbox customers plus the demo debtors).`);
  await cobro.extensionPage.close();
  const page = await cobro.openGmail(GMAIL_FIXTURE_URL);
  console.log(`Chromium is open on the fake mailbox (${page.url()}). Close the window to stop.`);
}

if (headless) {
  await cobro.context.close();
} else {
  await new Promise<void>((resolve) => {
    cobro.context.on('close', () => resolve());
    process.on('SIGINT', () => void cobro.context.close().then(resolve));
  });
}
