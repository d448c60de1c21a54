// Cobro reads a known customer's reply in Gmail (Chromium, fake Gmail): the line under the message,
// the promise form started from it, and what one save records; a denied promise offers nothing.
// Every request stays on the fixture origin (the cobro fixture fails the test otherwise).
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/chromium';
import { seedMailboxLedger } from '../support/mailbox-ledger';
import { findingsOf, openReplyThread, promisedDay, REPLY_THREADS } from './replies-mailbox';

interface Detail {
  promises: Array<{ id: string; amount: number; currency: string; date: string }>;
  events: Array<{ kind: string; direction: string; note?: string; reading?: { intent: string; decision: string; record?: { kind: string; id: string } } }>;
}

const chip = (page: Page, debtorId: string) => page.locator(`[data-cobro="status-chip"][data-debtor-id="${debtorId}"]`);

test('a customer’s promise in a reply: the line shows, Record promise opens the form started from it, and saving records the promise and the reply', async ({ cobro }) => {
  const ids = await seedMailboxLedger(cobro.call);
  const page = await openReplyThread(cobro, REPLY_THREADS.promise);
  const findings = findingsOf(page);
  await expect(findings).toBeVisible();
  await expect(findings).toHaveAttribute('data-debtor-id', ids.sonrisa);
  await expect(findings.getByRole('listitem')).toHaveCount(1);
  await expect(findings).toContainText('Promises to pay €480.00 on');
  await expect(findings.locator('q')).toContainText('le hacemos la transferencia');
  expect((await new AxeBuilder({ page }).include('cobro-replies').analyze()).violations).toEqual([]);

  await findings.getByRole('button', { name: 'Record promise' }).click();
  const form = findings.getByRole('form', { name: 'Record a promise' });
  await expect(form.getByLabel('Amount promised')).toHaveValue('480.00');
  await expect(form.getByLabel('They will pay by')).toHaveValue(promisedDay());
  expect((await new AxeBuilder({ page }).include('cobro-replies').analyze()).violations).toEqual([]);
  await form.getByRole('button', { name: 'Save' }).click();

  await expect(findings.locator('.cobro-finding-done')).toContainText('Promise recorded · €480.00 on');
  await expect(findings.getByRole('button')).toHaveCount(0);
  const detail = await cobro.value<Detail>('debtor-get', { id: ids.sonrisa });
  expect(detail.promises.map(({ amount, currency, date }) => ({ amount, currency, date }))).toEqual([{ amount: 48_000, currency: 'EUR', date: promisedDay() }]);
  const readings = detail.events.filter((event) => event.reading);
  // The reading links the promise it recorded, so the line can say it again after a reload.
  const promiseId = detail.promises[0]?.id;
  expect(readings).toEqual([
    expect.objectContaining({ kind: 'note', direction: 'inbound', reading: { intent: 'promise', decision: 'accepted', record: { kind: 'promise', id: promiseId } } }),
  ]);
  expect(readings[0]!.note).toContain('le hacemos la transferencia');
  await expect(chip(page, ids.sonrisa)).toContainText('Promised to pay');
});

test('a denied promise offers nothing under the message', async ({ cobro }) => {
  const ids = await seedMailboxLedger(cobro.call);
  const page = await openReplyThread(cobro, REPLY_THREADS.denied);
  await expect(chip(page, ids.ruiz)).toHaveCount(1);
  // The reply has been read by the time the chip is drawn a second time; give it a moment more.
  await page.waitForTimeout(1500);
  await expect(findingsOf(page)).toHaveCount(0);
  const detail = await cobro.value<Detail>('debtor-get', { id: ids.ruiz });
  expect(detail.events.filter((event) => event.reading)).toEqual([]);
});
