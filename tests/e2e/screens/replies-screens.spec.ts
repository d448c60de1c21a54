// Screenshots of what Cobro reads in a customer's reply, under the message in Gmail, in English and
// Spanish at 1366 px: a promise (the line, the promise form it opens, the line once recorded and
// again after a reload), a dispute with a request to pay in instalments in one reply (open, then
// decided and reloaded, with the card after it), hardship beside a request for a plan (one line),
// and an out-of-office. axe checks our overlay only: the fake mailbox stands in for Gmail.
import { expect, test } from '../support/chromium';
import { seedMailboxLedger } from '../support/mailbox-ledger';
import { findingsOf, openReplyThread, REPLY_THREADS } from '../replies/replies-mailbox';
import { look } from './look';

const OVERLAY = { axeInclude: ['cobro-replies', 'cobro-chip'] };

const TEXT = {
  en: { recordPromise: 'Record promise', form: 'Record a promise', recorded: 'Promise recorded', save: 'Save', markDisputed: 'Mark disputed', dismiss: 'Dismiss', disputed: 'Marked as disputed', dismissed: 'Dismissed', offerPlan: 'Offer a plan', noReply: 'without reply' },
  es: { recordPromise: 'Registrar promesa', form: 'Registrar promesa de pago', recorded: 'Promesa registrada', save: 'Guardar', markDisputed: 'Marcar en disputa', dismiss: 'Descartar', disputed: 'Marcada en disputa', dismissed: 'Descartado', offerPlan: 'Ofrecer un plan de pagos', noReply: 'sin respuesta' },
} as const;

for (const lang of ['en', 'es'] as const) {
  const prefix = lang === 'es' ? 'es-' : '';
  const text = TEXT[lang];

  test(`replies screens (${lang}): a promise, its form and the line once recorded`, async ({ cobro }) => {
    await seedMailboxLedger(cobro.call);
    await cobro.value('settings-set', { patch: { uiLanguage: lang } });
    const page = await openReplyThread(cobro, REPLY_THREADS.promise, { lang });
    const findings = findingsOf(page);
    await expect(findings.getByRole('button', { name: text.recordPromise })).toBeVisible();
    await look(page, `${prefix}70-replies-promise`, OVERLAY);

    await findings.getByRole('button', { name: text.recordPromise }).click();
    const form = findings.getByRole('form', { name: text.form });
    await expect(form).toBeVisible();
    await look(page, `${prefix}71-replies-promise-form`, OVERLAY);

    await form.getByRole('button', { name: text.save }).click();
    await expect(findings.locator('.cobro-finding-done')).toContainText(text.recorded);
    await look(page, `${prefix}72-replies-promise-recorded`, OVERLAY);

    // After a reload the line still says what was recorded, from the ledger.
    await page.reload();
    await expect(findingsOf(page).locator('.cobro-finding-done')).toContainText(text.recorded);
    await expect(findingsOf(page).locator('.cobro-finding-done')).toContainText(lang === 'es' ? '480,00' : '€480.00');
    await look(page, `${prefix}75-replies-promise-after-reload`, OVERLAY);
  });

  test(`replies screens (${lang}): a dispute and a plan request decided, after a reload, and the card`, async ({ cobro }) => {
    const ids = await seedMailboxLedger(cobro.call);
    await cobro.value('settings-set', { patch: { uiLanguage: lang } });
    const page = await openReplyThread(cobro, REPLY_THREADS.disputeAndPlan, { lang });
    const findings = findingsOf(page);
    await findings.getByRole('button', { name: text.markDisputed }).click();
    await findings.getByRole('form').getByRole('button', { name: text.save }).click();
    await expect(findings.locator('.cobro-finding-done')).toHaveCount(1);
    await findings.getByRole('button', { name: text.dismiss }).click();
    await expect(findings.locator('.cobro-finding-done')).toHaveCount(2);

    await page.reload();
    const again = findingsOf(page).locator('.cobro-finding-done');
    await expect(again).toHaveText([text.disputed, text.dismissed]);
    await look(page, `${prefix}76-replies-decided-after-reload`, OVERLAY);

    // The reminder three days ago was answered: the card counts no contact without reply.
    await page.locator(`[data-cobro="status-chip"][data-debtor-id="${ids.brightpixel}"]`).first().click();
    const card = page.locator('[data-cobro="debtor-card"]');
    await expect(card).toBeVisible();
    await expect(card).not.toContainText(text.noReply);
    await look(page, `${prefix}77-replies-card-after-reply`, { axeInclude: ['cobro-panel', 'cobro-replies'] });
  });

  test(`replies screens (${lang}): hardship beside a request for a plan is one line`, async ({ cobro }) => {
    await seedMailboxLedger(cobro.call);
    await cobro.value('settings-set', { patch: { uiLanguage: lang } });
    const page = await openReplyThread(cobro, REPLY_THREADS.hardshipAndPlan, { lang });
    const findings = findingsOf(page);
    await expect(findings.getByRole('listitem')).toHaveCount(1);
    await expect(findings.getByRole('button', { name: text.offerPlan })).toHaveCount(1);
    await expect(findings.locator('q')).toHaveCount(2);
    await look(page, `${prefix}78-replies-hardship-and-plan`, OVERLAY);
  });

  test(`replies screens (${lang}): a dispute and a plan request in one reply, and an out-of-office`, async ({ cobro }) => {
    await seedMailboxLedger(cobro.call);
    await cobro.value('settings-set', { patch: { uiLanguage: lang } });
    const page = await openReplyThread(cobro, REPLY_THREADS.disputeAndPlan, { lang });
    await expect(findingsOf(page).getByRole('listitem')).toHaveCount(2);
    await look(page, `${prefix}73-replies-dispute-and-plan`, OVERLAY);

    await page.evaluate((token) => (location.hash = `#inbox/${token}`), REPLY_THREADS.away);
    await expect(findingsOf(page).getByRole('listitem')).toHaveCount(1);
    await look(page, `${prefix}74-replies-away`, OVERLAY);
  });
}
