// The Outlook add-in end to end: the built task pane and commands page served at
// https://localhost:3000, Office.js replaced by a fake host, in Debian's Chromium.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { buildSeedScript, ensureAddinBuilt } from './addin-build';
import { ADDIN_ORIGIN, foreignRequests, openAddinSession, readMailbox, writeMailbox, type AddinSession } from './addin-host';
import { mailbox, type FakeItem, type FakeState } from './fake-mailbox';

const CHROMIUM = process.env.COBRO_CHROMIUM ?? '/usr/bin/chromium';

test.use({
  browserName: 'chromium',
  launchOptions: {
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
  },
});

let seedScript = '';

test.beforeAll(async () => {
  test.setTimeout(180_000);
  await ensureAddinBuilt();
  seedScript = await buildSeedScript();
});

const ACME = { emailAddress: 'pagos@acme.example', displayName: 'Acme Pagos' };
const STRANGER = { emailAddress: 'nuevo@cliente.example', displayName: 'Cliente Nuevo' };
const ME = { emailAddress: 'me@mybusiness.example', displayName: 'Me' };

/** A due date `days` before today (UTC), so the debtor is that many days late whenever the suite runs. */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

interface Seeded {
  debtorId: string;
  invoiceId: string | null;
}

async function seedAcme(session: AddinSession): Promise<Seeded> {
  return session.seedPage.evaluate(
    (input) => (window as unknown as { cobroE2e: { createDebtor(i: unknown): Promise<Seeded> } }).cobroE2e.createDebtor(input),
    {
      name: 'Acme SL',
      emails: [ACME.emailAddress],
      locale: 'es-ES',
      timeZone: 'Europe/Madrid',
      firstInvoice: { number: 'F-2026-012', currency: 'EUR', amount: 150_000, dueDate: daysAgo(10) },
    },
  );
}

async function emailEvents(session: AddinSession, debtorId: string): Promise<Array<Record<string, unknown>>> {
  return session.seedPage.evaluate(
    (id) => (window as unknown as { cobroE2e: { emailEvents(i: string): Promise<Array<Record<string, unknown>>> } }).cobroE2e.emailEvents(id),
    debtorId,
  );
}

async function openPane(session: AddinSession, state: FakeState): Promise<Page> {
  await writeMailbox(session.seedPage, state);
  const page = await session.context.newPage();
  await page.goto(`${ADDIN_ORIGIN}/taskpane.html`);
  return page;
}

/**
 * Loads commands.html as Outlook's send runtime would and fires OnMessageSend on it. Returns
 * what the handler passed to event.completed and the mailbox as that page left it (pages see
 * each other's localStorage writes only eventually, so state is read where it was written).
 */
async function send(session: AddinSession): Promise<{ completed: unknown; state: FakeState; pageQueue: string[] }> {
  const page = await session.context.newPage();
  await page.goto(`${ADDIN_ORIGIN}/commands.html`);
  await expect.poll(() => page.evaluate(() => (window as unknown as { __fakeOffice: { associated(): string[] } }).__fakeOffice.associated())).toEqual([
    'onMessageSendHandler',
  ]);
  const completed = await page.evaluate(() => (window as unknown as { __fakeOffice: { send(): Promise<unknown> } }).__fakeOffice.send());
  const state = await readMailbox(page);
  const pageQueue = await page.evaluate(() => Object.keys(window.localStorage).filter((key) => key.startsWith('cobro.sent.')));
  await page.close();
  return { completed, state, pageQueue };
}

const readFromAcme: FakeItem = { kind: 'read', from: ACME, to: [ME], subject: 'Re: factura F-2026-012', internetMessageId: '<m1@acme.example>' };
const readFromStranger: FakeItem = { kind: 'read', from: STRANGER, to: [ME], subject: 'Presupuesto' };
const replyToAcme: FakeItem = { kind: 'compose', to: [ACME], subject: '', body: '<p>Hola,</p>', conversationId: 'conv-acme-1' };

let session: AddinSession;

test.beforeEach(async ({ browser }) => {
  session = await openAddinSession(browser, seedScript);
});

test.afterEach(async () => {
  expect(foreignRequests(session.requests)).toEqual([]);
  await session.context.close();
});

test('reading a known debtor’s message shows their status and card', async () => {
  const { debtorId } = await seedAcme(session);
  const page = await openPane(session, mailbox([readFromAcme]));
  const chip = page.locator(`[data-cobro="status-chip"][data-debtor-id="${debtorId}"]`);
  await expect(chip).toBeVisible();
  // Spanish writes four-digit amounts without a thousands separator.
  await expect(chip).toContainText('1500,00 €');
  const card = page.locator(`[data-cobro="debtor-card"][data-debtor-id="${debtorId}"]`);
  await expect(card).toBeVisible();
  await expect(card).toContainText('Acme SL');
  await expect(card).toContainText('F-2026-012');
  expect(await new AxeBuilder({ page }).analyze().then((r) => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`))).toEqual([]);
});

test('an unknown sender can be tracked from their message', async () => {
  const page = await openPane(session, mailbox([readFromStranger]));
  await page.locator('[data-cobro="track-sender"]').click();
  const form = page.locator('[data-cobro="track-form"]');
  await expect(form.getByLabel('Email')).toHaveValue(STRANGER.emailAddress);
  await form.getByLabel('Invoice number').fill('P-77');
  await form.getByLabel('Amount').fill('320.50');
  await form.getByLabel('Due date').fill(daysAgo(3));
  expect(await new AxeBuilder({ page }).analyze().then((r) => r.violations.map((v) => v.id))).toEqual([]);
  await form.getByRole('button', { name: 'Track' }).click();
  const chip = page.locator('[data-cobro="status-chip"]');
  await expect(chip).toBeVisible();
  await expect(chip).toContainText('320,50');
  await expect(page.locator('[data-cobro="debtor-card"]')).toContainText('P-77');
});

test('compose: one click inserts the template, sets the subject and marks the draft; sending logs it once', async () => {
  const { debtorId, invoiceId } = await seedAcme(session);
  const page = await openPane(session, mailbox([replyToAcme]));
  const picker = page.locator(`[data-cobro="template-picker"][data-debtor-id="${debtorId}"]`);
  await expect(picker).toBeVisible();
  expect(await new AxeBuilder({ page }).analyze().then((r) => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`))).toEqual([]);
  await picker.getByRole('button', { name: 'Insert' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Inserted' })).toBeVisible();

  const draft = (await readMailbox(page)).items[0] as Extract<FakeItem, { kind: 'compose' }>;
  expect(draft.inserted?.map((entry) => entry.coercionType)).toEqual(['html']);
  expect(draft.body).toContain('F-2026-012');
  expect(draft.body?.startsWith('<p>Hola,</p>')).toBe(true);
  expect(draft.subject).not.toBe('');
  const mark = JSON.parse(draft.sessionData?.cobro ?? '{}');
  expect(mark).toMatchObject({ v: 1, debtorId, step: 'overdue', invoiceIds: [invoiceId] });
  expect(mark.sendId).toMatch(/^cobro-/);

  const sent = await send(session);
  expect(sent.completed).toEqual({ allowEvent: true });
  const events = await emailEvents(session, debtorId);
  expect(events).toHaveLength(1);
  expect(events[0]).toMatchObject({
    direction: 'outbound',
    templateId: mark.templateId,
    step: 'overdue',
    invoiceIds: [invoiceId],
    subject: draft.subject,
    mail: { host: 'outlook', messageId: mark.sendId, threadId: 'conv-acme-1' },
  });
  // Written directly: nothing left in the queue.
  expect(sent.state.storage).toEqual({});

  // Outlook may run the handler again for the same message (a retried send): still one event.
  expect((await send(session)).completed).toEqual({ allowEvent: true });
  expect(await emailEvents(session, debtorId)).toHaveLength(1);
});

test('Outlook on the web, without OfficeRuntime.storage: the send is written straight into the ledger', async () => {
  const { debtorId } = await seedAcme(session);
  const page = await openPane(session, mailbox([replyToAcme], { officeRuntime: false }));
  await page.locator('[data-cobro="template-picker"]').getByRole('button', { name: 'Insert' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Inserted' })).toBeVisible();
  const sent = await send(session);
  expect(sent.completed).toEqual({ allowEvent: true });
  expect(sent.pageQueue).toEqual([]);
  expect(await emailEvents(session, debtorId)).toHaveLength(1);
});

test('a draft Cobro did not mark is sent without logging anything', async () => {
  const { debtorId } = await seedAcme(session);
  await writeMailbox(session.seedPage, mailbox([{ ...replyToAcme, body: '<p>Escrito a mano</p>' }]));
  const sent = await send(session);
  expect(sent.completed).toEqual({ allowEvent: true });
  expect(sent.state.storage).toEqual({});
  expect(await emailEvents(session, debtorId)).toEqual([]);
});

test('JavaScript-only runtime: the send is queued, and the task pane folds it in once', async () => {
  const { debtorId } = await seedAcme(session);
  const page = await openPane(session, mailbox([replyToAcme], { runtime: 'javascript' }));
  await page.locator('[data-cobro="template-picker"]').getByRole('button', { name: 'Insert' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Inserted' })).toBeVisible();
  await page.close();

  const sent = await send(session);
  expect(sent.completed).toEqual({ allowEvent: true });
  const queued = sent.state.storage;
  expect(Object.keys(queued)).toHaveLength(1);
  expect(Object.keys(queued)[0]).toMatch(/^cobro\.sent\.cobro-/);
  expect(await emailEvents(session, debtorId)).toEqual([]);

  // The user reads the debtor's next message: the pane opens and folds the queue in.
  const pane = await openPane(session, { ...sent.state, items: [readFromAcme], selected: 0 });
  await expect(pane.locator('[data-cobro="debtor-card"]')).toBeVisible();
  await expect.poll(() => emailEvents(session, debtorId).then((events) => events.length)).toBe(1);
  await expect.poll(() => readMailbox(pane).then((s) => Object.keys(s.storage).length)).toBe(0);
  await expect(pane.getByRole('status').filter({ hasText: '1 sent reminder was added to the timeline.' })).toBeAttached();
  await pane.close();

  // Opened again, even with the same send queued once more: still one event.
  const again = await openPane(session, { ...sent.state, items: [readFromAcme], selected: 0, storage: queued });
  await expect(again.locator('[data-cobro="debtor-card"]')).toBeVisible();
  await expect.poll(() => readMailbox(again).then((s) => Object.keys(s.storage).length)).toBe(0);
  expect(await emailEvents(session, debtorId)).toHaveLength(1);
});

test('a pinned pane follows the selected message', async () => {
  const { debtorId } = await seedAcme(session);
  const page = await openPane(session, mailbox([readFromAcme, readFromStranger]));
  await expect(page.locator(`[data-cobro="status-chip"][data-debtor-id="${debtorId}"]`)).toBeVisible();
  await page.evaluate(() => (window as unknown as { __fakeOffice: { selectItem(i: number): void } }).__fakeOffice.selectItem(1));
  await expect(page.locator(`[data-cobro="track-sender"][data-email="${STRANGER.emailAddress}"]`)).toBeVisible();
  await expect(page.locator('[data-cobro="status-chip"]')).toHaveCount(0);
  await page.evaluate(() => (window as unknown as { __fakeOffice: { selectItem(i: number): void } }).__fakeOffice.selectItem(0));
  await expect(page.locator(`[data-cobro="status-chip"][data-debtor-id="${debtorId}"]`)).toBeVisible();
});

test('the pane speaks Spanish in a Spanish Outlook, and its other views work', async () => {
  await seedAcme(session);
  const page = await openPane(session, mailbox([readFromStranger], { displayLanguage: 'es-ES' }));
  await expect(page.locator('html')).toHaveAttribute('lang', 'es-ES');
  const nav = page.getByRole('navigation', { name: 'Vistas de Cobro' });
  await nav.getByRole('button', { name: 'Buscar deudor' }).click();
  await page.getByRole('searchbox').fill('acme');
  await page.getByRole('button', { name: /Acme SL/ }).click();
  await expect(page.locator('[data-cobro="debtor-card"]')).toContainText('Acme SL');
  await nav.getByRole('button', { name: 'Seguimientos de hoy' }).click();
  await expect(page.getByRole('button', { name: /Acme SL/ })).toBeVisible();
  expect(await new AxeBuilder({ page }).analyze().then((r) => r.violations.map((v) => v.id))).toEqual([]);
});
