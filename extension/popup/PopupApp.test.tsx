// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestLedger, must } from '../../shared/ledger/test-ledger';
import { completeSetup, renderUi } from '../../shared/ui/test-support';
import type { PendingComposeFields } from '../messaging/compose-opened';
import { PopupApp } from './PopupApp';

afterEach(() => cleanup());

async function popupWithOneFollowup(
  remember: (compose: PendingComposeFields) => Promise<void>,
  options: { profile?: 'empty' | 'done'; locale?: string; now?: string } = {},
) {
  const ledger = createTestLedger(options.now ?? '2026-03-02T10:00:00.000Z');
  if (options.profile !== 'empty') await completeSetup(ledger.client);
  const { debtor } = must(
    await ledger.client.send('debtor-create', {
      name: 'Ana',
      emails: ['ana@x.es'],
      locale: 'es-ES',
      firstInvoice: { number: 'F-1', currency: 'EUR', amount: 10_000, dueDate: '2026-02-10' },
    }),
  );
  const calls: string[] = [];
  const openTab = vi.fn((url: string) => void calls.push(`open ${new URL(url).searchParams.get('to')}`));
  const rememberCompose = vi.fn(async (compose: PendingComposeFields) => {
    calls.push(`remember ${compose.templateId}`);
    await remember(compose);
  });
  const openSetup = vi.fn();
  renderUi(
    <PopupApp client={ledger.client} language="en" openTab={openTab} rememberCompose={rememberCompose} openWorkspace={vi.fn()} openSetup={openSetup} />,
    options.locale ?? 'en',
  );
  return { ledger, debtor, calls, openTab, rememberCompose, openSetup, user: userEvent.setup() };
}

describe('PopupApp', () => {
  it('notes the template of the compose before opening it', async () => {
    const { ledger, debtor, calls, openTab, rememberCompose, user } = await popupWithOneFollowup(async () => undefined);
    const row = await screen.findByRole('button', { name: /Ana/ });
    await user.click(row);
    await vi.waitFor(() => expect(openTab).toHaveBeenCalledTimes(1));

    const templates = must(await ledger.client.send('templates-for-debtor', { debtorId: debtor.id }));
    const recommended = templates.items[0]!;
    expect(calls).toEqual([`remember ${recommended.template.id}`, 'open ana@x.es']);
    expect(rememberCompose.mock.calls[0]?.[0]).toMatchObject({
      debtorId: debtor.id,
      step: templates.recommended,
      invoiceIds: recommended.invoiceIds,
      to: ['ana@x.es'],
    });
  });

  it('still opens the compose when the note could not be kept', async () => {
    const { openTab, rememberCompose, user } = await popupWithOneFollowup(async () => {
      throw new Error('The message port closed before a response was received.');
    });
    await user.click(await screen.findByRole('button', { name: /Ana/ }));
    await vi.waitFor(() => expect(openTab).toHaveBeenCalledTimes(1));
    expect(rememberCompose).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['en', 'Cobro does not know yet who signs your reminders or how customers can pay.', 'Before inserting a reminder, Cobro needs a name to sign with and a way to pay.', 'Finish setup'],
    ['es-ES', 'Cobro aún no sabe quién firma sus recordatorios ni cómo pueden pagarle sus clientes.', 'Antes de insertar un recordatorio, Cobro necesita un nombre con el que firmar y una forma de pago.', 'Terminar la configuración'],
  ])('on a fresh install, says the setup is missing and leads to it; a follow-up explains instead of opening a template (%s)', async (locale, banner, refusal, button) => {
    const { openTab, rememberCompose, openSetup, user } = await popupWithOneFollowup(async () => undefined, { profile: 'empty', locale });
    await screen.findByText(banner);
    await user.click(await screen.findByRole('button', { name: /Ana/ }));
    expect((await screen.findByRole('alert')).querySelector('p')?.textContent).toBe(refusal);
    expect(openTab).not.toHaveBeenCalled();
    expect(rememberCompose).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: button }));
    expect(openSetup).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['en', 'Today is not a contact day in Madrid; these are for Monday.'],
    ['es-ES', 'Hoy no es día de contacto en Madrid; estos son para el lunes.'],
  ])('puts the search first, and on a Saturday says once, above the list, that the follow-ups are for Monday (%s)', async (locale, said) => {
    // Saturday 7 March 2026, 11:00 in Madrid.
    await popupWithOneFollowup(async () => undefined, { locale, now: '2026-03-07T10:00:00.000Z' });
    const row = await screen.findByRole('button', { name: /Ana/ });
    const search = screen.getByRole('search');
    expect(search.compareDocumentPosition(row) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect([...document.querySelectorAll('[data-cobro="contact-day"]')].map((p) => p.textContent)).toEqual([said]);
    expect(row.querySelector('.cobro-row-notnow')).toBeNull();
  });

  it('says nothing of the setup once it is done', async () => {
    await popupWithOneFollowup(async () => undefined);
    await screen.findByRole('button', { name: /Ana/ });
    expect(document.querySelector('[data-cobro="setup-banner"]')).toBeNull();
  });
});
