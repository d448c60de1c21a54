// Screenshots of what Cobro reads in a customer's reply, under the message in Gmail, in English and
// Spanish at 1366 px: a promise (the line, the promise form it opens, the line once recorded), a
// dispute with a request to pay in instalments in one reply, and an out-of-office. axe checks our
// overlay only: the fake mailbox stands in for Gmail.
import { expect, test } from '../support/chromium';
import { seedMailboxLedger } from '../support/mailbox-ledger';
import { findingsOf, openReplyThread, REPLY_THREADS } from '../replies/replies-mailbox';
import { look } from './look';

const OVERLAY = { axeInclude: ['cobro-replies', 'cobro-chip'] };

const TEXT = {
  en: { recordPromise: 'Record promise', form: 'Record a promise', recorded: 'Promise recorded' },
  es: { recordPromise: 'Registrar promesa', form: 'Registrar promesa de pago', recorded: 'Promesa registrada' },
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

    await form.getByRole('button', { name: lang === 'es' ? 'Guardar' : 'Save' }).click();
    await expect(findings.locator('.cobro-finding-done')).toContainText(text.recorded);
    await look(page, `${prefix}72-replies-promise-recorded`, OVERLAY);
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
