// Cobro in Gmail, in Chromium: the built extension against the fake mailbox.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, type CobroChromium } from './support/chromium';
import { showThread, threadUrl } from './support/gmail-knobs';
import { MAILBOX_THREADS, seedMailboxLedger, type MailboxDebtorIds } from './support/mailbox-ledger';
import { stopServiceWorker } from './support/service-worker';
import { NEVER_SAID, TRUE_REMINDERS, trackedLateDebtor } from './support/true-reminders';

async function seeded(cobro: CobroChromium): Promise<MailboxDebtorIds> {
  return seedMailboxLedger(cobro.call);
}

const chip = (page: Page, debtorId: string) => page.locator(`[data-cobro="status-chip"][data-debtor-id="${debtorId}"]`);

test('a thread shows a chip with what the debtor owes; recording a payment updates it, in every tab', async ({ cobro }) => {
  const ids = await seeded(cobro);
  const other = await cobro.openGmail(threadUrl(MAILBOX_THREADS.ruiz));
  const page = await cobro.openGmail(threadUrl(MAILBOX_THREADS.ruiz));
  // Three messages: my collapsed reminder to them (no chip: it is mine), their collapsed reply, their expanded answer.
  await expect(chip(page, ids.ruiz)).toHaveCount(2);
  await expect(chip(page, ids.ruiz).first()).toContainText('€1,250.00');
  // Cobro's stylesheet reaches every chip's shadow root (one sheet they all share, in Chromium).
  for (const one of await chip(page, ids.ruiz).all()) await expect(one).toHaveCSS('display', 'inline-flex');

  await chip(page, ids.ruiz).last().click();
  const card = page.locator('[data-cobro="debtor-card"]');
  await expect(card).toBeVisible();
  await expect(page.locator('.cobro-panel')).toHaveCSS('position', 'fixed');
  await expect(card).toHaveAttribute('data-debtor-id', ids.ruiz);

  await card.getByRole('button', { name: 'Record a payment' }).click();
  await card.getByLabel('Amount').fill('250');
  await card.getByRole('button', { name: 'Save' }).click();

  await expect(chip(page, ids.ruiz).first()).toContainText('€1,000.00');
  await expect(card).toContainText('€1,000.00');
  // The background told the other Gmail tab; it redrew without a reload.
  await expect(chip(other, ids.ruiz).first()).toContainText('€1,000.00');
});

test('from the inbox, a thread shows its chip; a payment recorded in another tab reaches it, and reopening it shows no older amount', async ({ cobro }) => {
  const ids = await seeded(cobro);
  const page = await cobro.openGmail('https://mail.google.com/mail/u/0/#inbox');
  const ruizRow = page.locator('tr.zA', { hasText: 'Lucía Ruiz' });
  await ruizRow.click();
  await expect(chip(page, ids.ruiz)).toHaveCount(2);
  await expect(chip(page, ids.ruiz).first()).toContainText('€1,250.00');

  const other = await cobro.openGmail(threadUrl(MAILBOX_THREADS.ruiz));
  await chip(other, ids.ruiz).last().click();
  const card = other.locator('[data-cobro="debtor-card"]');
  await card.getByRole('button', { name: 'Record a payment' }).click();
  await card.getByLabel('Amount').fill('250');
  await card.getByRole('button', { name: 'Save' }).click();
  await expect(chip(other, ids.ruiz).first()).toContainText('€1,000.00');
  await expect(chip(page, ids.ruiz).first()).toContainText('€1,000.00');

  // Back to the list and into the thread again: the first chip drawn already has the new amount.
  await page.getByRole('link', { name: 'Recibidos' }).click();
  await expect(ruizRow).toBeVisible();
  await ruizRow.click();
  await chip(page, ids.ruiz).first().waitFor();
  expect(await chip(page, ids.ruiz).first().textContent()).toContain('€1,000.00');
  await expect(chip(page, ids.ruiz)).toHaveCount(2);
});

interface LoggedEvent {
  kind: string;
  templateId?: string;
  step?: string;
  invoiceIds?: string[];
  subject?: string;
  sentText?: string;
  mail?: { host: string; messageId?: string; threadId?: string };
}

interface TemplatesForDebtor {
  recommended: string | null;
  items: Array<{ template: { id: string; purpose: string }; invoiceIds: string[] }>;
}

/** Stops the MV3 service worker, as Chromium does when it is idle; the next message starts a new one. */
const stopWorker = (cobro: CobroChromium) => stopServiceWorker(cobro.context, cobro.extensionPage, cobro.extensionId);

/** The toolbar badge's text, read from an extension page (which does not wake the worker). */
const badgeText = (cobro: CobroChromium) => cobro.extensionPage.evaluate(() => chrome.action.getBadgeText({}));

async function emailEvents(cobro: CobroChromium, debtorId: string): Promise<LoggedEvent[]> {
  const events = await cobro.value<LoggedEvent[]>('events-list', { debtorId, limit: 500 });
  return events.filter((event) => event.kind === 'email' && event.mail?.host === 'gmail' && event.mail.messageId?.startsWith('msg-a:r73'));
}

/** The sync POSTs the fake Gmail made, as it recorded them. */
async function syncRequests(page: Page): Promise<Array<{ url: string; body: string }>> {
  return page.evaluate(() => (window as unknown as { __gmailFixture: { requests: Array<{ url: string; body: string }> } }).__gmailFixture.requests);
}

async function openReplyWithTemplate(page: Page): Promise<string> {
  await page.getByRole('link', { name: 'Responder' }).click();
  const button = page.locator('[data-cobro="compose-button"]');
  await expect(button).toBeVisible();
  await button.click();
  const picker = page.locator('[data-cobro="template-picker"]');
  await expect(picker).toBeVisible();
  const chosen = await picker.locator('[role="option"][aria-selected="true"]').getAttribute('data-template-id');
  await picker.getByRole('button', { name: 'Insert' }).click();
  await expect(picker).toHaveCount(0);
  return chosen ?? '';
}

test('a reply written with a template is logged once, with the template, when it is sent', async ({ cobro }) => {
  const ids = await seeded(cobro);
  const page = await cobro.openGmail(threadUrl(MAILBOX_THREADS.ruiz));
  await expect(chip(page, ids.ruiz)).toHaveCount(2);
  // The page runs under a CSP like Gmail's (its un-nonced probe script was blocked), and Cobro's
  // send reporter still gets in: the send below is logged.
  expect(await page.evaluate(() => 'cobroFixtureCspBroken' in window)).toBe(false);
  const templateId = await openReplyWithTemplate(page);
  expect(templateId).not.toBe('');
  const body = page.locator('.ip.adB [g_editable="true"]');
  await expect(body).toContainText('F-2025-014');

  await page.locator('.ip.adB').getByRole('button', { name: 'Enviar' }).click();
  await expect.poll(() => emailEvents(cobro, ids.ruiz), { timeout: 15_000 }).toHaveLength(1);
  await page.waitForTimeout(500);
  expect(await emailEvents(cobro, ids.ruiz)).toHaveLength(1);
  const [event] = await emailEvents(cobro, ids.ruiz);
  expect(event).toMatchObject({ kind: 'email', templateId, mail: { host: 'gmail', threadId: 'thread-f:1801000000000000001' } });
  // What the customer received: the invoice and the signature, and not their own message quoted under it.
  expect(event!.sentText).toContain('F-2025-014');
  expect(event!.sentText).toMatch(/Lucía Gómez\s+Estudio Lumen/);
  expect(event!.sentText).toMatch(/\[quoted text left out\]$/);
  expect(event!.sentText).not.toContain('hacemos la transferencia el viernes');
  // The chip now counts the contact.
  await expect(chip(page, ids.ruiz).first()).toHaveAttribute('title', /Last contacted/);
});

test('each customer is offered a true reminder for their step: the call request after a reminder, the due-day reminder sent late, the overdue reminder first', async ({ cobro }) => {
  const ids = await seeded(cobro);
  await cobro.value('debtor-create', trackedLateDebtor());
  const page = await cobro.openGmail(threadUrl(MAILBOX_THREADS.ruiz));
  for (const [key, expected] of Object.entries(TRUE_REMINDERS)) {
    await page.evaluate(showThread, expected.thread);
    await page.getByRole('link', { name: 'Responder' }).click();
    await page.locator('[data-cobro="compose-button"]').click();
    const picker = page.locator('[data-cobro="template-picker"]');
    await expect(picker.locator('[role="option"][aria-selected="true"]'), key).toHaveAttribute('data-template-id', expected.templateId);
    // A step above the next one is shown but not offered, with the reason.
    await expect(picker.locator('[data-template-id="builtin:firm:es"]')).toHaveAttribute('aria-disabled', 'true');
    await expect(picker.locator('[data-template-id="builtin:firm:es"]')).toContainText('Not yet: each step comes in turn');
    await picker.getByRole('button', { name: 'Insert' }).click();
    const body = page.locator('.ip.adB [g_editable="true"]');
    for (const phrase of expected.says) await expect(body, key).toContainText(phrase);
    const text = (await body.textContent()) ?? '';
    for (const phrase of NEVER_SAID) expect(text, `${key} says "${phrase}"`).not.toContain(phrase);
    expect(text).toContain('Lucía Gómez');
    await page.locator('.ip.adB').getByRole('button', { name: 'Descartar borrador' }).click();
  }
  // At the phone step the card guides the call; with no number on file it says so and offers to add one.
  await page.evaluate(showThread, MAILBOX_THREADS.ruiz);
  await chip(page, ids.ruiz).first().click();
  const card = page.locator('[data-cobro="debtor-card"]');
  await expect(card).toContainText('It is time to call Talleres Ruiz, but there is no phone number.');
  await card.getByRole('button', { name: 'Add a phone number' }).click();
  await card.getByRole('textbox', { name: 'Phone number' }).fill('+34 944 000 123');
  await card.getByRole('button', { name: 'Save' }).click();
  const guide = card.locator('[data-cobro="call-guide"]');
  await expect(guide).toContainText('Ask for Lucía Ruiz.');
  await expect(guide.locator('a[href^="tel:"]')).toHaveText('+34 944 000 123');
  await expect(guide).toContainText('F-2025-014');
});

test('an undone send is never logged', async ({ cobro }) => {
  const ids = await seeded(cobro);
  const page = await cobro.openGmail(threadUrl(MAILBOX_THREADS.ruiz));
  await expect(chip(page, ids.ruiz)).toHaveCount(2);
  await openReplyWithTemplate(page);
  await page.locator('.ip.adB').getByRole('button', { name: 'Enviar' }).click();
  await page.locator('#link_undo').click();
  await expect(page.locator('.ip.adB [g_editable="true"]')).toBeVisible();
  // Past the undo window: Gmail never posted the send, so there is nothing to log.
  await page.waitForTimeout(2500);
  expect((await syncRequests(page)).filter((r) => r.body.includes('^pfg'))).toEqual([]);
  expect(await emailEvents(cobro, ids.ruiz)).toEqual([]);
});

test('a send seen by two Gmail tabs is logged once; a message without a template is a plain email', async ({ cobro }) => {
  const ids = await seeded(cobro);
  const first = await cobro.openGmail(threadUrl(MAILBOX_THREADS.sonrisa));
  const second = await cobro.openGmail(threadUrl(MAILBOX_THREADS.sonrisa));
  await expect(chip(first, ids.sonrisa).first()).toBeVisible();
  await expect(chip(second, ids.sonrisa).first()).toBeVisible();

  await first.getByRole('link', { name: 'Responder' }).click();
  await first.locator('.ip.adB [g_editable="true"]').fill('Gracias, quedamos atentos.');
  await first.locator('.ip.adB').getByRole('button', { name: 'Enviar' }).click();
  await expect.poll(() => emailEvents(cobro, ids.sonrisa), { timeout: 15_000 }).toHaveLength(1);

  // The other tab sees the same send (Gmail syncs both): it reports it too, and the ledger keeps one.
  const send = (await syncRequests(first)).find((r) => r.body.includes('^pfg'));
  expect(send).toBeDefined();
  await second.evaluate(
    ({ url, body }) =>
      new Promise<void>((resolve) => {
        const xhr = new XMLHttpRequest();
        xhr.open('POST', url);
        xhr.addEventListener('loadend', () => resolve());
        xhr.send(body);
      }),
    send!,
  );
  await second.waitForTimeout(1000);
  const events = await emailEvents(cobro, ids.sonrisa);
  expect(events).toHaveLength(1);
  expect(events[0]?.templateId).toBeUndefined();
  expect(events[0]?.step).toBeUndefined();
});

test('when Gmail’s layout changes, the page keeps working, no chip is drawn and one diagnostic is kept', async ({ cobro }) => {
  await seeded(cobro);
  const page = await cobro.openGmail(threadUrl(MAILBOX_THREADS.ruiz, '?layout=changed'));
  await expect(page.locator('h2.q9Zt')).toHaveText('Factura F-2025-014 pendiente');
  const diagnostics = () => cobro.value<Array<{ code: string }>>('diagnostics-list', {});
  await expect.poll(diagnostics, { timeout: 15_000 }).toHaveLength(1);
  expect((await diagnostics())[0]?.code).toBe('gmail-layout');
  await expect(page.locator('[data-cobro]')).toHaveCount(0);

  // Another thread, a reload: still one record for this problem and version.
  await page.goto(threadUrl(MAILBOX_THREADS.sonrisa, '?layout=changed'));
  await expect(page.locator('h2.q9Zt')).toHaveText('Factura 2025-031');
  await page.waitForTimeout(5000);
  expect(await diagnostics()).toHaveLength(1);
  // Gmail's own navigation still works.
  await page.getByRole('link', { name: 'Recibidos' }).click();
  await expect(page.locator('tr.zA').first()).toBeVisible();
});

test('opening another thread moves the chips to its debtor; an unknown sender can be tracked from the email', async ({ cobro }) => {
  const ids = await seeded(cobro);
  const page = await cobro.openGmail(threadUrl(MAILBOX_THREADS.ruiz));
  await expect(chip(page, ids.ruiz)).toHaveCount(2);
  await page.evaluate(showThread, MAILBOX_THREADS.brightpixel);
  await expect(chip(page, ids.brightpixel)).toHaveCount(1);
  await expect(chip(page, ids.ruiz)).toHaveCount(0);
  await expect(chip(page, ids.brightpixel).first()).toContainText('£2,400.00');

  await page.evaluate(showThread, MAILBOX_THREADS.reformas);
  const track = page.locator('[data-cobro="track-sender"][data-email="hola@reformasdelsur.example"]');
  await track.click();
  const form = page.locator('[data-cobro="track-form"]');
  await expect(form).toBeVisible();
  await form.getByLabel('Invoice number').fill('RS-77');
  await form.getByLabel('Amount').fill('640,50');
  await form.getByLabel('Due date').fill('2026-01-15');
  await form.getByRole('button', { name: 'Track' }).click();
  const card = page.locator('[data-cobro="debtor-card"]');
  await expect(card).toBeVisible();
  const newId = await card.getAttribute('data-debtor-id');
  await expect(chip(page, newId ?? '')).toHaveCount(1);
  await expect(track).toHaveCount(0);
  await expect(chip(page, newId ?? '')).toContainText('€640.50');
});

test('the card and the Track form follow the thread: they close over another customer’s thread and the inbox; Escape gives the focus back to the chip', async ({ cobro }) => {
  const ids = await seeded(cobro);
  const page = await cobro.openGmail(threadUrl(MAILBOX_THREADS.ruiz));
  const card = page.locator('[data-cobro="debtor-card"]');
  const go = (hash: string) => page.evaluate((value) => (location.hash = value), hash);

  // Escape closes the card; the chip that opened it has the focus again (inside its shadow root).
  await chip(page, ids.ruiz).last().focus();
  await page.keyboard.press('Enter');
  await expect(card).toHaveAttribute('data-debtor-id', ids.ruiz);
  // The card takes the focus as it opens, so Escape reaches it.
  await expect(card).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect(chip(page, ids.ruiz).last()).toBeFocused();

  // Another customer's thread: the Ruiz card closes, so nothing can be recorded against Ruiz there.
  await chip(page, ids.ruiz).last().click();
  await expect(card).toBeVisible();
  await go(`#inbox/${MAILBOX_THREADS.brightpixel}`);
  await expect(chip(page, ids.brightpixel)).toHaveCount(1);
  await expect(card).toHaveCount(0);

  // The inbox: the card closes too.
  await chip(page, ids.brightpixel).click();
  await expect(card).toHaveAttribute('data-debtor-id', ids.brightpixel);
  await go('#inbox');
  await expect(page.locator('tr.zA').first()).toBeVisible();
  await expect(card).toHaveCount(0);

  // The Track form of one sender does not stay over another customer's thread.
  await go(`#inbox/${MAILBOX_THREADS.reformas}`);
  await page.locator('[data-cobro="track-sender"][data-email="hola@reformasdelsur.example"]').click();
  const form = page.locator('[data-cobro="track-form"]');
  await expect(form).toBeVisible();
  await go(`#inbox/${MAILBOX_THREADS.ruiz}`);
  await expect(chip(page, ids.ruiz)).toHaveCount(2);
  await expect(form).toHaveCount(0);
  expect(await cobro.value('debtor-lookup', { emails: ['hola@reformasdelsur.example'] })).toEqual([]);
});

test('on Gmail’s 2025 header markup the chip sits after the sender’s address, on the same line', async ({ cobro }) => {
  const ids = await seeded(cobro);
  const page = await cobro.openGmail(threadUrl(MAILBOX_THREADS.ruiz));
  const message = page.locator('div.adn', { has: chip(page, ids.ruiz) }).last();
  // The fake mailbox writes the real structure: name, an empty span, then the address group.
  await expect(message.locator('h3.iw span.gD + span.cfXrwd:empty + span.go')).toHaveCount(1);
  const address = await message.locator('span.go').boundingBox();
  const drawn = await message.locator('[data-cobro="status-chip"]').boundingBox();
  if (!address || !drawn) throw new Error('no address or chip box');
  // Same line: the chip's middle is within the address's line box; and it comes after the address.
  const middle = drawn.y + drawn.height / 2;
  expect(middle).toBeGreaterThan(address.y);
  expect(middle).toBeLessThan(address.y + address.height);
  expect(drawn.x).toBeGreaterThanOrEqual(address.x + address.width);
  // The chip's host comes right after the address group in the DOM as well.
  expect(await message.locator('span.go').evaluate((e) => e.nextElementSibling?.localName)).toBe('cobro-chip');
});

test('Alt+Shift+C in a compose opens the picker; the insert lands at the cursor and fills an empty subject', async ({ cobro }) => {
  const ids = await seeded(cobro);
  const page = await cobro.openGmail('https://mail.google.com/mail/u/0/#inbox');
  await page.locator('[gh="cm"]').click();
  const compose = page.locator('.AD .M9');
  await compose.getByRole('textbox', { name: 'Destinatarios en Para' }).fill('accounts@brightpixel.example,');
  const body = compose.locator('[g_editable="true"]');
  await body.click();
  await page.keyboard.type('Hello Sam,');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Alt+Shift+C');
  const picker = page.locator(`[data-cobro="template-picker"][data-debtor-id="${ids.brightpixel}"]`);
  await expect(picker).toBeVisible();
  await picker.getByRole('button', { name: 'Insert' }).click();
  await expect(body).toContainText('BP-2025-007');
  expect(await body.innerText()).toMatch(/^Hello Sam,/);
  await expect(compose.locator('input[name="subjectbox"]')).not.toHaveValue('');
  // Gmail's undo takes the insertion back out.
  await body.press('Control+z');
  await expect(body).not.toContainText('BP-2025-007');
});

test('before the first-run setup, the picker previews but offers the setup, which opens in the workspace; done, it inserts', async ({ cobro }) => {
  const ids = await seeded(cobro);
  await cobro.value('settings-set', { patch: { business: { name: '' }, senderName: '', signature: '', paymentMethods: [] } });
  const page = await cobro.openGmail('https://mail.google.com/mail/u/0/#inbox');
  await page.locator('[gh="cm"]').click();
  const compose = page.locator('.AD .M9');
  await compose.getByRole('textbox', { name: 'Destinatarios en Para' }).fill('accounts@brightpixel.example,');
  await compose.locator('[g_editable="true"]').click();
  await page.keyboard.press('Alt+Shift+C');
  const picker = page.locator(`[data-cobro="template-picker"][data-debtor-id="${ids.brightpixel}"]`);
  await expect(picker.locator('.cobro-preview-text')).not.toBeEmpty();
  await expect(picker.locator('[data-cobro="setup-needed"]')).toHaveText('Before inserting a reminder, Cobro needs a name to sign with and a way to pay.');
  await expect(picker.getByRole('button', { name: 'Insert' })).toHaveCount(0);
  const [workspace] = await Promise.all([cobro.context.waitForEvent('page'), picker.getByRole('button', { name: 'Finish setup' }).click()]);
  await expect(workspace).toHaveURL(new RegExp(`^chrome-extension://${cobro.extensionId}/options\\.html#/setup$`));
  await workspace.getByLabel('Business name').fill('Estudio Lumen');
  await workspace.getByLabel('IBAN').fill('ES91 2100 0418 4502 0005 1332');
  await workspace.getByRole('button', { name: 'Save' }).click();
  await expect(workspace.getByText('Ready: your reminders are signed and say how to pay.')).toBeVisible();
  // The Gmail tab hears of the change and reads the profile again.
  await page.bringToFront();
  await compose.locator('[g_editable="true"]').click();
  await expect(async () => {
    await page.keyboard.press('Alt+Shift+C');
    await expect(picker.getByRole('button', { name: 'Insert' })).toBeVisible({ timeout: 1000 });
  }).toPass();
});

test('chip, card, picker and popup pass axe', async ({ cobro }) => {
  const ids = await seeded(cobro);
  const page = await cobro.openGmail(threadUrl(MAILBOX_THREADS.ruiz));
  await expect(chip(page, ids.ruiz)).toHaveCount(2);
  const axe = (target: Page, include: string) => new AxeBuilder({ page: target }).include(include).analyze();
  expect((await axe(page, 'cobro-chip')).violations).toEqual([]);

  await chip(page, ids.ruiz).first().click();
  await expect(page.locator('[data-cobro="debtor-card"]')).toBeVisible();
  expect((await axe(page, 'cobro-panel')).violations).toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByRole('link', { name: 'Responder' }).click();
  expect((await axe(page, 'cobro-compose')).violations).toEqual([]);
  await page.locator('[data-cobro="compose-button"]').click();
  await expect(page.locator('[data-cobro="template-picker"]')).toBeVisible();
  expect((await axe(page, 'cobro-panel')).violations).toEqual([]);

  const popup = await cobro.openGmail(`chrome-extension://${cobro.extensionId}/popup.html`);
  await expect(popup.getByRole('heading', { name: 'Today' })).toBeVisible();
  await expect(popup.locator('.cobro-row-button').first()).toBeVisible();
  expect((await new AxeBuilder({ page: popup }).analyze()).violations).toEqual([]);
});

test('the popup lists today’s follow-ups; one click opens a Gmail compose with the recommended text, whose send is logged with its template', async ({ cobro }) => {
  const ids = await seeded(cobro);
  const followups = await cobro.value<Array<{ debtor: { id: string } }>>('followups-today', {});
  const templates = await cobro.value<TemplatesForDebtor>('templates-for-debtor', { debtorId: ids.ruiz });
  const recommended = templates.items[0]!;
  expect(recommended.template.purpose).toBe(templates.recommended);
  expect(recommended.invoiceIds).toHaveLength(1);

  const popup = await cobro.openGmail(`chrome-extension://${cobro.extensionId}/popup.html`);
  const rows = popup.locator('.cobro-row-button');
  await expect(rows).toHaveCount(followups.length);
  // The toolbar badge counts the same follow-ups.
  await expect.poll(() => popup.evaluate(() => chrome.action.getBadgeText({}))).toBe(String(followups.length));
  expect(await rows.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-debtor-id')))).toEqual(followups.map((f) => f.debtor.id));

  await popup.getByRole('searchbox').fill('bright');
  await expect(popup.getByText('Bright Pixel Ltd')).toBeVisible();

  const opened = cobro.context.waitForEvent('page');
  await popup.locator(`.cobro-row-button[data-debtor-id="${ids.ruiz}"]`).click();
  const compose = await opened;
  await compose.waitForURL(/[?&]view=cm/);
  const url = new URL(compose.url());
  expect(url.searchParams.get('view')).toBe('cm');
  expect(url.searchParams.get('to')).toBe('pagos@talleresruiz.example');
  expect(url.searchParams.get('body')).toContain('F-2025-014');
  const subject = url.searchParams.get('su') ?? '';
  expect(subject).not.toBe('');
  // The popup closes once the compose is open.
  await expect.poll(() => popup.isClosed()).toBe(true);

  // Gmail opens the compose the address describes.
  const form = compose.locator('.aSs .M9');
  await expect(form.locator('input[name="subjectbox"]')).toHaveValue(subject);
  await expect(form.locator('[g_editable="true"]')).toContainText('F-2025-014');

  // Nothing about this compose may live only in the service worker's memory.
  await stopWorker(cobro);
  await form.getByRole('button', { name: 'Enviar' }).click();
  await expect.poll(() => emailEvents(cobro, ids.ruiz), { timeout: 15_000 }).toHaveLength(1);
  await compose.waitForTimeout(500);
  const events = await emailEvents(cobro, ids.ruiz);
  expect(events).toHaveLength(1);
  expect(events[0]).toMatchObject({
    kind: 'email',
    templateId: recommended.template.id,
    step: templates.recommended,
    invoiceIds: recommended.invoiceIds,
    subject,
    mail: { host: 'gmail' },
  });
});

test('the popup works from the keyboard: Tab reaches the follow-ups, arrows move between them, Enter opens one; search results too', async ({ cobro }) => {
  const ids = await seeded(cobro);
  const followups = await cobro.value<Array<{ debtor: { id: string } }>>('followups-today', {});
  expect(followups.length).toBeGreaterThan(2);
  const popup = await cobro.openGmail(`chrome-extension://${cobro.extensionId}/popup.html`);
  const rows = popup.getByRole('list', { name: /follow-up/i }).locator('.cobro-row-button');
  await expect(rows).toHaveCount(followups.length);

  // The workspace link comes first, then the search, then the first follow-up.
  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('button', { name: 'Open workspace' })).toBeFocused();
  await popup.keyboard.press('Tab');
  const search = popup.getByRole('searchbox');
  await expect(search).toBeFocused();
  await popup.keyboard.press('Tab');
  await expect(rows.first()).toBeFocused();
  await popup.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toBeFocused();
  await popup.keyboard.press('ArrowUp');
  await popup.keyboard.press('ArrowUp');
  await expect(rows.first()).toBeFocused();
  await popup.keyboard.press('End');
  await expect(rows.last()).toBeFocused();
  await popup.keyboard.press('Home');
  await expect(rows.first()).toBeFocused();

  // Back to the search above the list; Down from it goes into the results.
  await popup.keyboard.press('Shift+Tab');
  await expect(search).toBeFocused();
  await popup.keyboard.type('bright');
  const results = popup.getByRole('list', { name: /results/i }).locator('.cobro-row-button');
  await expect(results).toHaveCount(1);
  expect((await new AxeBuilder({ page: popup }).analyze()).violations).toEqual([]);
  await popup.keyboard.press('ArrowDown');
  await expect(results.first()).toBeFocused();
  await expect(results.first()).toHaveAttribute('data-debtor-id', ids.brightpixel);

  const opened = cobro.context.waitForEvent('page');
  await popup.keyboard.press('Enter');
  const compose = await opened;
  await compose.waitForURL(/[?&]view=cm/);
  expect(new URL(compose.url()).searchParams.get('to')).toBe('accounts@brightpixel.example');
});

test('with the service worker stopped between steps, a thread still paints its chip, a card action updates it, a send is logged once and the badge counts', async ({ cobro }) => {
  const ids = await seeded(cobro);
  const countDue = async () => (await cobro.value<{ count: number }>('followups-count', {})).count;
  const dueBefore = await countDue();
  expect(dueBefore).toBeGreaterThan(1);
  await expect.poll(() => badgeText(cobro)).toBe(String(dueBefore));

  // Opening a thread: the content script's lookup starts a new worker.
  await stopWorker(cobro);
  const page = await cobro.openGmail(threadUrl(MAILBOX_THREADS.ruiz));
  await expect(chip(page, ids.ruiz)).toHaveCount(2);
  await expect(chip(page, ids.ruiz).first()).toContainText('€1,250.00');

  // A card action: the write runs in a new worker, which tells the tab to redraw.
  await chip(page, ids.ruiz).last().click();
  const card = page.locator('[data-cobro="debtor-card"]');
  await expect(card).toBeVisible();
  await stopWorker(cobro);
  await card.getByRole('button', { name: 'Record a payment' }).click();
  await card.getByLabel('Amount').fill('250');
  await card.getByRole('button', { name: 'Save' }).click();
  await expect(chip(page, ids.ruiz).first()).toContainText('€1,000.00');
  await expect(card).toContainText('€1,000.00');
  await page.keyboard.press('Escape');

  // A send: the template is chosen with one worker and the send logged by another.
  await stopWorker(cobro);
  const templateId = await openReplyWithTemplate(page);
  await stopWorker(cobro);
  await page.locator('.ip.adB').getByRole('button', { name: 'Enviar' }).click();
  await expect.poll(() => emailEvents(cobro, ids.ruiz), { timeout: 15_000 }).toHaveLength(1);
  await page.waitForTimeout(500);
  const events = await emailEvents(cobro, ids.ruiz);
  expect(events).toHaveLength(1);
  expect(events[0]).toMatchObject({ kind: 'email', templateId, mail: { host: 'gmail', threadId: 'thread-f:1801000000000000001' } });

  // The badge was recounted after that send, by a worker started after a stop: today's step for this debtor is done.
  await stopWorker(cobro);
  expect(await countDue()).toBe(dueBefore - 1);
  await expect.poll(() => badgeText(cobro)).toBe(String(dueBefore - 1));
});

test('the extension’s own pages cannot reach the network: their CSP allows no connection', async ({ cobro }) => {
  const seen: string[] = [];
  cobro.context.on('request', (request) => {
    if (request.url().includes('/cobro-probe')) seen.push(request.url());
  });
  // mail.google.com is routed to the fixture, so only the CSP can stop this.
  const outcome = await cobro.extensionPage.evaluate(() =>
    fetch('https://mail.google.com/cobro-probe').then(
      () => 'connected',
      (error: unknown) => `refused: ${String(error)}`,
    ),
  );
  expect(outcome).toMatch(/^refused/);
  const worker = cobro.context.serviceWorkers()[0]!;
  expect(await worker.evaluate(() => fetch('https://mail.google.com/cobro-probe').then(() => 'connected', () => 'refused'))).toBe('refused');
  expect(seen).toEqual([]);
});
