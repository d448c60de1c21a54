// The Outlook add-in end to end: the built task pane and commands page served at
// https://localhost:3000, Office.js replaced by a fake host, in Debian's Chromium.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { buildSeedScript, ensureAddinBuilt } from './addin-build';
import { ADDIN_BROWSER, ADDIN_ORIGIN, foreignRequests, openAddinSession, readMailbox, writeMailbox, type AddinSession } from './addin-host';
import { mailbox, type FakeItem, type FakeState } from './fake-mailbox';
import { addDays, dateIn } from '../../../shared/dates';
import { NEVER_SAID } from '../support/true-reminders';


test.use(ADDIN_BROWSER);

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
/** A day counted back from today on the customers' clock (Madrid), as Cobro counts days late; not UTC's, which is a day behind after midnight there. */
function daysAgo(days: number): string {
  return addDays(dateIn('Europe/Madrid', new Date()), -days);
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

type ReadItem = Extract<FakeItem, { kind: 'read' }>;

const readFromAcme: ReadItem = { kind: 'read', from: ACME, to: [ME], subject: 'Re: factura F-2026-012', internetMessageId: '<m1@acme.example>' };
const readFromStranger: FakeItem = { kind: 'read', from: STRANGER, to: [ME], subject: 'Presupuesto' };
const replyToAcme: FakeItem = {
  kind: 'compose',
  to: [ACME],
  subject: '',
  body: '<p>Hola,</p>',
  conversationId: 'conv-acme-1',
  quotedText: '________________________________\nFrom: Acme <pagos@acme.example>\nSent: Monday\nSubject: Pedido\n\nEl pedido llega el martes.',
};

let session: AddinSession;

test.beforeEach(async ({ browser }) => {
  session = await openAddinSession(browser, seedScript);
  await session.seedPage.evaluate(() => (window as unknown as { cobroE2e: { completeSetup(): Promise<void> } }).cobroE2e.completeSetup());
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
  // Money reads in the pane's language (English here), whatever the debtor's.
  await expect(chip).toContainText('€1,500.00');
  const card = page.locator(`[data-cobro="debtor-card"][data-debtor-id="${debtorId}"]`);
  await expect(card).toBeVisible();
  await expect(card).toContainText('Acme SL');
  await expect(card).toContainText('F-2026-012');
  expect(await new AxeBuilder({ page }).analyze().then((r) => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`))).toEqual([]);
});

/** "el viernes 11 de diciembre": a day ahead as a customer in Madrid would write it, and the same day as the ledger stores it. */
function spanishDayAhead(days: number): { words: string; iso: string } {
  const iso = daysAgo(-days);
  const noon = new Date(`${iso}T12:00:00Z`);
  const words = new Intl.DateTimeFormat('es-ES', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(noon);
  return { words: `el ${words.replace(',', '')}`, iso };
}

/** Acme's answer to our reminder, the reminder quoted below it as Outlook does. */
function acmeReply(body: string): ReadItem {
  return {
    ...readFromAcme,
    internetMessageId: '<reply-1@acme.example>',
    conversationId: 'conv-acme-1',
    sentAt: new Date().toISOString(),
    body: `${body}\n\nUn saludo,\nMarta Gil\nAcme SL\n\nDe: Me <me@mybusiness.example>\nEnviado: lunes, 30 de noviembre de 2026 9:14\nPara: Acme Pagos <pagos@acme.example>\nAsunto: Factura F-2026-012 vencida\n\nHola, le escribimos por la factura F-2026-012 de 1.500,00 €, que venció hace 10 días. ¿Podrá pagarla esta semana?`,
  };
}

test('a promise in a debtor’s reply: one line under the message, its form started from it, one save records it', async () => {
  const { debtorId } = await seedAcme(session);
  const day = spanishDayAhead(5);
  const page = await openPane(session, mailbox([acmeReply(`Buenos días, le confirmo que ${day.words} le hacemos la transferencia de los 1.500 €.`)]));
  const findings = page.locator(`[data-cobro="reply-findings"][data-debtor-id="${debtorId}"]`);
  await expect(findings).toBeVisible();
  await expect(findings.getByRole('listitem')).toHaveCount(1);
  await expect(findings).toContainText('Promises to pay €1,500.00 on');
  await expect(findings.locator('q')).toContainText('le hacemos la transferencia');
  // The quoted reminder below the reply is not read ("¿Podrá pagarla esta semana?").
  await expect(findings).not.toContainText('Podrá');
  expect(await new AxeBuilder({ page }).analyze().then((r) => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`))).toEqual([]);

  await findings.getByRole('button', { name: 'Record promise' }).click();
  const form = findings.getByRole('form', { name: 'Record a promise' });
  await expect(form.getByLabel('Amount promised')).toHaveValue('1500.00');
  await expect(form.getByLabel('They will pay by')).toHaveValue(day.iso);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(findings.locator('.cobro-finding-done')).toContainText('Promise recorded · €1,500.00 on');
  await expect(page.locator(`[data-cobro="status-chip"][data-debtor-id="${debtorId}"]`)).toContainText('Promised to pay');

  const records = await session.seedPage.evaluate(
    (id) =>
      (window as unknown as { cobroE2e: { replyRecords(i: string): Promise<{ promises: unknown[]; readings: Array<Record<string, unknown>> }> } }).cobroE2e.replyRecords(id),
    debtorId,
  );
  expect(records.promises).toEqual([expect.objectContaining({ amount: 150_000, currency: 'EUR', date: day.iso })]);
  expect(records.readings).toEqual([
    expect.objectContaining({
      kind: 'note',
      direction: 'inbound',
      reading: { intent: 'promise', decision: 'accepted', record: { kind: 'promise', id: expect.any(String) } },
      mail: expect.objectContaining({ host: 'outlook', messageId: '<reply-1@acme.example>' }),
    }),
  ]);
});

test('a denied promise offers nothing to record', async () => {
  const { debtorId } = await seedAcme(session);
  const denied = acmeReply('No le he dicho que vayamos a pagar esta semana. Lo estamos revisando con contabilidad.');
  const page = await openPane(session, mailbox([denied]));
  await expect(page.locator(`[data-cobro="status-chip"][data-debtor-id="${debtorId}"]`)).toBeVisible();
  await page.waitForTimeout(1000);
  await expect(page.locator('[data-cobro="reply-findings"]')).toHaveCount(0);
});

test('an automatic reply, known by its headers, offers to snooze until the day they are back', async () => {
  const { debtorId } = await seedAcme(session);
  const back = spanishDayAhead(8);
  const away: ReadItem = {
    ...acmeReply(`Gracias por su mensaje. Estaré fuera de la oficina y volveré ${back.words}. Para asuntos urgentes, escriba a info@acme.example.`),
    subject: 'Respuesta automática: Factura F-2026-012 vencida',
    headers: { 'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All' },
  };
  const page = await openPane(session, mailbox([away]));
  const findings = page.locator(`[data-cobro="reply-findings"][data-debtor-id="${debtorId}"]`);
  await expect(findings).toContainText('Away, back on');
  await findings.getByRole('button', { name: /^Snooze until/ }).click();
  await expect(findings.locator('.cobro-finding-done')).toContainText('Reminders paused until');
  await expect(page.locator(`[data-cobro="status-chip"][data-debtor-id="${debtorId}"]`)).toContainText('Paused');
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
  await expect(chip).toContainText('€320.50');
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
  // The words sent, with the signature, and not the quoted history under them.
  const text = (events[0] as { sentText?: string }).sentText ?? '';
  expect(text).toMatch(/^Hola,/);
  expect(text).toContain('F-2026-012');
  expect(text).toMatch(/Lucía Gómez\s+Estudio Lumen/); // the signature in the settings
  expect(text).toMatch(/\[quoted text left out\]$/);
  expect(text).not.toContain('El pedido llega');
  // Written directly: nothing left in the queue.
  expect(sent.state.storage).toEqual({});

  // Outlook may run the handler again for the same message (a retried send): still one event.
  expect((await send(session)).completed).toEqual({ allowEvent: true });
  expect(await emailEvents(session, debtorId)).toHaveLength(1);
});

test('each customer is offered a true reminder for their step, never the call script or a claim without a record', async () => {
  type E2e = { createDebtor(i: unknown): Promise<Seeded>; logReminder(i: unknown): Promise<void> };
  const cases = [
    { who: 'pagos@ruiz.example', late: 18, reminded: 11, templateId: 'builtin:call:es', says: ['Ya le enviamos un recordatorio', 'hace 18 días'] },
    { who: 'admin@sonrisa.example', late: 5, reminded: null, templateId: 'builtin:due:es', says: ['venció el', 'hace 5 días'] },
    { who: 'hola@reformas.example', late: 35, reminded: null, templateId: 'builtin:overdue:es', says: ['hace 35 días'] },
  ];
  for (const [index, c] of cases.entries()) {
    const seeded = await session.seedPage.evaluate(
      async ({ c, index, dueDate, remindedAt }) => {
        const e2e = (window as unknown as { cobroE2e: E2e }).cobroE2e;
        const created = await e2e.createDebtor({
          name: `Cliente ${index + 1}`,
          emails: [c.who],
          locale: 'es-ES',
          timeZone: 'Europe/Madrid',
          firstInvoice: { number: `T-${index + 1}`, currency: 'EUR', amount: 90_000, dueDate },
        });
        if (remindedAt) await e2e.logReminder({ debtorId: created.debtorId, invoiceId: created.invoiceId, step: 'overdue', at: remindedAt });
        return created;
      },
      { c, index, dueDate: daysAgo(c.late), remindedAt: c.reminded === null ? null : `${daysAgo(c.reminded)}T09:00:00.000Z` },
    );
    const compose: FakeItem = { kind: 'compose', to: [{ emailAddress: c.who, displayName: c.who }], subject: '', body: '<p></p>', conversationId: `conv-${index}` };
    const page = await openPane(session, mailbox([compose]));
    const picker = page.locator(`[data-cobro="template-picker"][data-debtor-id="${seeded.debtorId}"]`);
    await expect(picker.locator('[role="option"][aria-selected="true"]'), c.who).toHaveAttribute('data-template-id', c.templateId);
    await picker.getByRole('button', { name: 'Insert' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Inserted' })).toBeVisible();
    const draft = (await readMailbox(page)).items[0] as Extract<FakeItem, { kind: 'compose' }>;
    for (const phrase of c.says) expect(draft.body, c.who).toContain(phrase);
    for (const phrase of NEVER_SAID) expect(draft.body, `${c.who} says "${phrase}"`).not.toContain(phrase);
    await page.close();
  }
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
  await nav.getByRole('button', { name: 'Buscar cliente' }).click();
  await page.getByRole('searchbox').fill('acme');
  await page.getByRole('button', { name: /Acme SL/ }).click();
  await expect(page.locator('[data-cobro="debtor-card"]')).toContainText('Acme SL');
  await nav.getByRole('button', { name: 'Seguimientos de hoy' }).click();
  await expect(page.getByRole('button', { name: /Acme SL/ })).toBeVisible();
  expect(await new AxeBuilder({ page }).analyze().then((r) => r.violations.map((v) => v.id))).toEqual([]);
});

// The workspace from the task pane: an Office dialog over the same ledger, or the pane itself.

interface FakeDialogCall {
  url: string;
  options: Record<string, unknown> | null;
}

const dialogCalls = (page: Page) => page.evaluate(() => (window as unknown as { __fakeOffice: { dialogs(): FakeDialogCall[] } }).__fakeOffice.dialogs());
const workspaceNotice = (page: Page) => page.locator('[data-cobro="workspace-notice"]');

async function axeClean(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`)), `axe on ${where}`).toEqual([]);
}

/** A Cobro CSV with one more invoice for Acme, due `days` ago. */
function acmeInvoiceCsv(number: string, amount: string, days: number): Buffer {
  return Buffer.from(
    [
      'debtor_name,debtor_email,invoice_number,currency,amount,paid,issue_date,due_date,status',
      `Acme SL,${ACME.emailAddress},${number},EUR,${amount},0,${daysAgo(days + 30)},${daysAgo(days)},open`,
    ].join('\n'),
  );
}

test('the workspace opens in an Office dialog over the pane’s ledger; what it imports shows in the pane', async () => {
  const { debtorId } = await seedAcme(session);
  const page = await openPane(session, mailbox([readFromAcme]));
  const chip = page.locator(`[data-cobro="status-chip"][data-debtor-id="${debtorId}"]`);
  await expect(chip).toContainText('€1,500.00');

  const entry = page.getByRole('navigation', { name: 'Cobro views' }).getByRole('button', { name: 'Workspace' });
  await expect(entry).toHaveAttribute('aria-haspopup', 'dialog');
  const [dialog] = await Promise.all([page.waitForEvent('popup'), entry.click()]);
  const calls = await dialogCalls(page);
  expect(calls).toHaveLength(1);
  expect(calls[0]!.options).toEqual({ height: 80, width: 80, displayInIframe: true });
  expect(new URL(calls[0]!.url).pathname).toBe('/workspace.html');
  await expect(workspaceNotice(page)).toHaveText('The workspace is open in its own window. What you change there shows here too.');

  // The debtors table, read from the same database by the page's worker.
  await expect(dialog.getByRole('heading', { name: 'Debtors', level: 2 })).toBeVisible();
  await expect(dialog.getByRole('status').filter({ hasText: /debtors?$/ })).toHaveText('1 debtor');
  await expect(dialog.locator('[data-cobro="debtor-table"]').getByRole('link', { name: /Acme SL/ })).toBeVisible();
  await axeClean(dialog, 'the debtors in the workspace dialog');

  // One more invoice for Acme through the import wizard.
  await dialog.getByRole('navigation', { name: 'Workspace sections' }).getByRole('link', { name: 'Import' }).click();
  await dialog.getByLabel('File to import').setInputFiles({ name: 'acme.csv', mimeType: 'text/csv', buffer: acmeInvoiceCsv('F-2026-031', '300.00', 5) });
  await dialog.getByRole('button', { name: 'Read the file' }).click();
  const preview = dialog.locator('[data-cobro="import-preview"]');
  await expect(preview.locator('[data-count="invoicesToCreate"] dd')).toHaveText('1');
  await expect(preview.locator('[data-count="debtorsToCreate"] dd')).toHaveText('0');
  await axeClean(dialog, 'the import preview in the workspace dialog');
  await dialog.getByRole('button', { name: /^Import 1 invoice/ }).click();
  await expect(dialog.getByRole('heading', { name: 'Import finished' })).toBeVisible();

  // The workspace's own Close: the pane closes the dialog and shows the new balance.
  await Promise.all([dialog.waitForEvent('close'), dialog.getByRole('button', { name: 'Close and go back to Outlook' }).click()]);
  await expect(chip).toContainText('€1,800.00');
  await expect(page.locator(`[data-cobro="debtor-card"][data-debtor-id="${debtorId}"]`)).toContainText('F-2026-031');
  await expect(workspaceNotice(page)).toHaveText('');
});

test('the debtor card opens the debtor’s page in the workspace; closing its window brings the pane up to date', async () => {
  const { debtorId } = await seedAcme(session);
  const page = await openPane(session, mailbox([readFromAcme]));
  const card = page.locator(`[data-cobro="debtor-card"][data-debtor-id="${debtorId}"]`);
  await expect(card).toContainText('F-2026-012');
  await expect(card).not.toContainText('Paused');

  const [dialog] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Open Acme SL in the workspace' }).click()]);
  const workspaceCard = dialog.locator(`[data-cobro="debtor-card"][data-debtor-id="${debtorId}"]`);
  await expect(workspaceCard).toBeVisible();
  await workspaceCard.getByRole('button', { name: 'Pause reminders' }).click();
  await workspaceCard.getByLabel(/^Why pause/).fill('On holiday until the 10th');
  await workspaceCard.getByRole('button', { name: 'Save' }).click();
  await expect(workspaceCard).toContainText('Paused');
  await axeClean(dialog, 'a debtor’s page in the workspace dialog');

  // The user closes the window itself (Office reports 12006 to the pane).
  await dialog.close();
  await expect(card).toContainText('Paused');
  await expect(workspaceNotice(page)).toHaveText('');
  // Nothing is left open: the workspace opens again rather than "already open".
  const [again] = await Promise.all([page.waitForEvent('popup'), page.getByRole('navigation', { name: 'Cobro views' }).getByRole('button', { name: 'Workspace' }).click()]);
  await expect(again.getByRole('heading', { name: 'Debtors', level: 2 })).toBeVisible();
  expect(await dialogCalls(page)).toHaveLength(2);
});

test('when Outlook refuses the dialog, the pane says why', async () => {
  await seedAcme(session);
  const page = await openPane(session, mailbox([readFromAcme], { dialogError: 12009 }));
  await page.getByRole('navigation', { name: 'Cobro views' }).getByRole('button', { name: 'Workspace' }).click();
  await expect(workspaceNotice(page)).toHaveText('The workspace window was not allowed to open. Choose Workspace again and allow it when Outlook asks.');
  await expect(page.locator('[data-cobro="debtor-card"]')).toBeVisible();
  await axeClean(page, 'the pane after a refused dialog');
});

test('an Outlook without the Dialog API shows the workspace in the narrow pane, in Spanish', async () => {
  const { debtorId } = await seedAcme(session);
  await writeMailbox(session.seedPage, mailbox([readFromAcme], { displayLanguage: 'es-ES', dialogApi: false }));
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 320, height: 720 });
  await page.goto(`${ADDIN_ORIGIN}/taskpane.html`);
  await expect(page.locator('[data-cobro="debtor-card"]')).toBeVisible();

  const entry = page.getByRole('navigation', { name: 'Vistas de Cobro' }).getByRole('button', { name: 'Espacio de trabajo' });
  await expect(entry).not.toHaveAttribute('aria-haspopup', /.*/);
  await entry.click();
  await expect(entry).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { name: 'Clientes', level: 2 })).toBeVisible();
  const row = page.locator('[data-cobro="debtor-table"]').getByRole('link', { name: /Acme SL/ });
  await expect(row).toBeVisible();
  // Narrow, still whole: nothing runs off the side of the pane.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await axeClean(page, 'the workspace in the pane');
  expect(await dialogCalls(page)).toEqual([]);

  // Pause Acme on their page in the pane, then back to the message.
  await row.click();
  const workspaceCard = page.locator(`.cobro-workspace [data-cobro="debtor-card"][data-debtor-id="${debtorId}"]`);
  await workspaceCard.getByRole('button', { name: 'Pausar recordatorios' }).click();
  await workspaceCard.getByLabel(/^¿Por qué pausar/).fill('Vacaciones');
  await workspaceCard.getByRole('button', { name: 'Guardar' }).click();
  await expect(workspaceCard).toContainText('En pausa');
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await page.getByRole('navigation', { name: 'Vistas de Cobro' }).getByRole('button', { name: 'Este mensaje' }).click();
  await expect(page.locator(`[data-cobro="debtor-card"][data-debtor-id="${debtorId}"]`)).toContainText('En pausa');
});

test('on a fresh install the pane opens on the setup, whole at 320 px; once saved, the compose picker inserts', async () => {
  await seedAcme(session);
  await session.seedPage.evaluate(() => (window as unknown as { cobroE2e: { clearProfile(): Promise<void> } }).cobroE2e.clearProfile());
  await writeMailbox(session.seedPage, mailbox([replyToAcme], { displayLanguage: 'es-ES' }));
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 320, height: 720 });
  await page.goto(`${ADDIN_ORIGIN}/taskpane.html`);
  await expect(page.getByRole('heading', { name: 'Configure Cobro', level: 2 })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await axeClean(page, 'the setup in the pane');

  await page.getByLabel('Nombre de la empresa').fill('Estudio Lumen');
  await page.getByLabel('IBAN').fill('ES91 2100 0418 4502 0005 1333');
  await page.getByLabel('Su nombre').focus();
  await expect(page.getByText('Este IBAN no es válido: sus dígitos de control no cuadran. Puede que haya un carácter mal escrito.')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await page.getByLabel('IBAN').fill('ES91 2100 0418 4502 0005 1332');
  await page.getByRole('button', { name: 'Guardar' }).click();
  await expect(page.getByText('Listo: sus recordatorios van firmados y dicen cómo pagar.')).toBeVisible();
  const picker = page.locator('[data-cobro="template-picker"]');
  await expect(picker.getByRole('button', { name: 'Insertar' })).toBeVisible();
  await expect(picker.locator('[data-cobro="setup-needed"]')).toHaveCount(0);
});
