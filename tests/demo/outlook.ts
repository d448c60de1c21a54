// `npm run outlook:demo`: the Outlook task pane against the fake Office host the e2e suite uses
// (tests/e2e/outlook), with no Outlook and no certificates: builds the add-in if its sources
// changed, serves it at https://localhost:3000 through the browser's own request routing (so only
// the window this opens can reach it), and opens the pane at 360 px, reading a mail from Talleres
// Ruiz, whose ledger (invoice, our reminder) and business profile are seeded first.
//   npm run outlook:demo -- --lang en        pane in English (or es); default: your system's language
//   npm run outlook:demo -- --headless --screenshot <dir>   writes outlook-pane.png to <dir>, then stops
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSeedScript, ensureAddinBuilt } from '../e2e/outlook/addin-build';
import { ADDIN_BROWSER, ADDIN_ORIGIN, openAddinSession, writeMailbox } from '../e2e/outlook/addin-host';
import { mailbox } from '../e2e/outlook/fake-mailbox';
import { MAILBOX_DEBTORS, mailDate } from '../e2e/support/mailbox-ledger';
import { addDays, dateIn } from '../../shared/dates';
import { demoLanguage, optionValue } from './options';

type Seed = {
  completeSetup(): Promise<void>;
  createDebtor(input: unknown): Promise<{ debtorId: string; invoiceId: string }>;
  logReminder(input: unknown): Promise<void>;
};

const argv = process.argv.slice(2);
const headless = argv.includes('--headless');
const screenshotDir = optionValue(argv, '--screenshot');
const lang = demoLanguage(optionValue(argv, '--lang'), process.env);

console.log('Building the Outlook add-in (if its sources changed)…');
await ensureAddinBuilt();
const seedScript = await buildSeedScript();
const browser = await chromium.launch({ ...ADDIN_BROWSER.launchOptions, headless });
const session = await openAddinSession(browser, seedScript);

// The same customers as the Gmail demo, with our reminder to Ruiz logged when the mailbox dates it.
const now = new Date();
for (const debtor of MAILBOX_DEBTORS) {
  const { daysOverdue, ...invoice } = debtor.invoice;
  const dueDate = addDays(dateIn(debtor.timeZone, now), -daysOverdue);
  const input = {
    name: debtor.name,
    contactName: debtor.contactName,
    emails: debtor.emails,
    locale: debtor.locale,
    timeZone: debtor.timeZone,
    firstInvoice: { ...invoice, issueDate: addDays(dueDate, -30), dueDate },
  };
  const created = await session.seedPage.evaluate((i) => (window as unknown as { cobroE2e: Seed }).cobroE2e.createDebtor(i), input);
  if (debtor.reminded) {
    const at = mailDate(debtor.reminded.daysAgo, debtor.reminded.time, now);
    await session.seedPage.evaluate((i) => (window as unknown as { cobroE2e: Seed }).cobroE2e.logReminder(i), { ...created, step: debtor.reminded.step, at });
  }
}
await session.seedPage.evaluate(() => (window as unknown as { cobroE2e: Seed }).cobroE2e.completeSetup());
const ruiz = MAILBOX_DEBTORS.find((d) => d.key === 'ruiz')!;
await writeMailbox(
  session.seedPage,
  mailbox(
    [{ kind: 'read', from: { emailAddress: ruiz.emails[0]!, displayName: ruiz.contactName }, to: [{ emailAddress: 'cobros@estudiolumen.example', displayName: 'Estudio Lumen' }], subject: `Re: ${ruiz.reminded?.subject}` }],
    { displayLanguage: lang === 'es' ? 'es-ES' : 'en-US', userEmail: 'cobros@estudiolumen.example' },
  ),
);

const pane = await session.context.newPage();
await pane.setViewportSize({ width: 360, height: 800 });
const url = `${ADDIN_ORIGIN}/taskpane.html`;
await pane.goto(url);
await pane.locator('[data-cobro="debtor-card"], [data-cobro="status-chip"]').first().waitFor();

if (screenshotDir) {
  const dir = resolve(screenshotDir);
  mkdirSync(dir, { recursive: true });
  await pane.screenshot({ path: join(dir, 'outlook-pane.png'), fullPage: true });
  console.log(`Wrote outlook-pane.png to ${dir}`);
}
if (headless || screenshotDir) {
  await browser.close();
} else {
  console.log(`The task pane is open at ${url} (360 px), reading a mail from ${ruiz.contactName} (${ruiz.name}).`);
  console.log('That address is served by this window only (the fake Office host answers office.js). Close it to stop.');
  await new Promise<void>((resolveClosed) => {
    browser.on('disconnected', () => resolveClosed());
    process.on('SIGINT', () => void browser.close().then(resolveClosed));
  });
}
