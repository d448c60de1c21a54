// Screenshots of the Outlook task pane at 320 px, in English and Spanish, written to screens/
// (not committed) to be looked at; look() also fails on a pane wider than 320 px, on clipped text
// and on axe findings.
import { expect, test } from '@playwright/test';
import { buildSeedScript, ensureAddinBuilt } from '../outlook/addin-build';
import { ADDIN_BROWSER, ADDIN_ORIGIN, openAddinSession, writeMailbox } from '../outlook/addin-host';
import { mailbox, type FakeItem } from '../outlook/fake-mailbox';
import { addDays, dateIn } from '../../../shared/dates';
import { look } from './look';

test.use(ADDIN_BROWSER);

let seedScript = '';
test.beforeAll(async () => {
  test.setTimeout(180_000);
  await ensureAddinBuilt();
  seedScript = await buildSeedScript();
});

/** What the test-only seed script (seed-entry.ts) offers in the pane's origin. */
type E2e = {
  createDebtor(i: unknown): Promise<{ debtorId: string; invoiceId: string }>;
  logReminder(i: unknown): Promise<void>;
  completeSetup(): Promise<void>;
  clearProfile(): Promise<void>;
};

/** Counted on the customer's clock (Madrid), as Cobro counts days late. */
const daysAgo = (days: number) => addDays(dateIn('Europe/Madrid', new Date()), -days);
const RUIZ = { emailAddress: 'pagos@talleresruiz.example', displayName: 'Lucía Ruiz' };
const STRANGER = { emailAddress: 'administracion@bodegasolmo.example', displayName: 'Bodegas Olmo' };
const ME = { emailAddress: 'me@mybusiness.example', displayName: 'Me' };

for (const language of ['en-US', 'es-ES'] as const) {
  const prefix = language === 'es-ES' ? 'es-' : '';
  test(`pane screens (${language}): setup on a fresh install, then the phone step's card and picker`, async ({ browser }) => {
    // Six pictures, each with an axe run, on a shared machine.
    test.setTimeout(180_000);
    const session = await openAddinSession(browser, seedScript);
    const { debtorId, invoiceId } = await session.seedPage.evaluate((input) => (window as unknown as { cobroE2e: E2e }).cobroE2e.createDebtor(input), {
      name: 'Talleres Ruiz',
      contactName: 'Lucía Ruiz',
      emails: [RUIZ.emailAddress],
      locale: 'es-ES',
      timeZone: 'Europe/Madrid',
      firstInvoice: { number: 'F-2025-014', currency: 'EUR', amount: 125_000, dueDate: daysAgo(18) },
    });
    await session.seedPage.evaluate((input) => (window as unknown as { cobroE2e: E2e }).cobroE2e.logReminder(input), {
      debtorId,
      invoiceId,
      step: 'overdue',
      at: `${daysAgo(11)}T09:00:00.000Z`,
    });
    await session.seedPage.evaluate(() => (window as unknown as { cobroE2e: E2e }).cobroE2e.clearProfile());
    const read: FakeItem = { kind: 'read', from: RUIZ, to: [ME], subject: 'Re: factura F-2025-014' };
    await writeMailbox(session.seedPage, mailbox([read], { displayLanguage: language }));
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 320, height: 720 });
    await page.goto(`${ADDIN_ORIGIN}/taskpane.html`);
    await expect(page.locator('form').first()).toBeVisible();
    await look(page, `${prefix}12-outlook-setup`, { fullPage: true });

    await session.seedPage.evaluate(() => (window as unknown as { cobroE2e: E2e }).cobroE2e.completeSetup());
    await page.reload();
    await expect(page.locator(`[data-cobro="debtor-card"], [data-cobro="status-chip"]`).first()).toBeVisible();
    await expect(page.locator('[data-cobro="debtor-card"] tbody tr').first()).toBeVisible();
    await look(page, `${prefix}12-outlook-read`, { fullPage: true });

    // A sender Cobro does not know: who it is and what tracking does, beside the button.
    const stranger: FakeItem = { kind: 'read', from: STRANGER, to: [ME], subject: 'Presupuesto' };
    await writeMailbox(session.seedPage, mailbox([stranger], { displayLanguage: language }));
    await page.reload();
    await expect(page.locator('[data-cobro="track-sender"]')).toBeVisible();
    await look(page, `${prefix}12-outlook-unknown`);

    const compose: FakeItem = { kind: 'compose', to: [RUIZ], subject: '', body: '<p></p>', conversationId: 'conv-ruiz' };
    await writeMailbox(session.seedPage, mailbox([compose], { displayLanguage: language }));
    await page.reload();
    await expect(page.locator('[data-cobro="template-picker"] .cobro-preview-text')).not.toBeEmpty();
    await look(page, `${prefix}12-outlook-picker`, { fullPage: true });

    await page.locator('[data-cobro="template-picker"]').getByRole('button', { name: language === 'es-ES' ? 'Insertar' : 'Insert', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: /Insert/ })).toBeVisible();
    await look(page, `${prefix}12-outlook-inserted`);

    // Lucía's answer: a dispute of the late fee and three installments asked for, her earlier
    // reminder quoted below as Outlook quotes it. The lines sit above the card.
    const reply: FakeItem = {
      kind: 'read',
      from: RUIZ,
      to: [ME],
      subject: 'RE: factura F-2025-014',
      internetMessageId: '<reply-ruiz@talleresruiz.example>',
      sentAt: new Date().toISOString(),
      body:
        'Buenos días:\n\nEl recargo de la factura no es lo que acordamos, no lo reconocemos. Del resto, ¿podríamos pagarlo en 3 plazos? Este trimestre vamos muy justos de liquidez.\n\nUn saludo,\nLucía Ruiz\n\n' +
        'De: Me <me@mybusiness.example>\nEnviado: lunes, 30 de noviembre de 2026 9:14\nPara: Lucía Ruiz <pagos@talleresruiz.example>\nAsunto: Factura F-2025-014 vencida\n\nLe escribimos por la factura F-2025-014.',
    };
    await writeMailbox(session.seedPage, mailbox([reply], { displayLanguage: language }));
    await page.reload();
    const findings = page.locator('[data-cobro="reply-findings"]');
    // Two lines: the dispute, and the request for installments with the hardship beside it (one
    // line quoting both, offering the plan once).
    await expect(findings.getByRole('listitem')).toHaveCount(2);
    await look(page, `${prefix}12-outlook-reply`, { fullPage: true });
    await findings.getByRole('button', { name: language === 'es-ES' ? 'Ofrecer un plan de pagos' : 'Offer a plan' }).first().click();
    await expect(findings.getByRole('form')).toBeVisible();
    await look(page, `${prefix}12-outlook-reply-plan`, { fullPage: true });
    await session.context.close();
  });
}
