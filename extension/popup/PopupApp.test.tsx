// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestLedger, must } from '../../shared/ledger/test-ledger';
import { axeViolations, completeSetup, renderUi } from '../../shared/ui/test-support';
import type { TurnOnResult } from '../sites/site-permissions';
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

  describe('over an invoicing tool’s page', () => {
    async function popupOver(site: { host: string; on: boolean } | undefined, answer: TurnOnResult, locale = 'en') {
      const ledger = createTestLedger('2026-03-02T10:00:00.000Z');
      await completeSetup(ledger.client);
      let settle: (result: TurnOnResult) => void = () => undefined;
      const turnOnSite = vi.fn(() => new Promise<TurnOnResult>((resolve) => (settle = resolve)));
      const openSites = vi.fn();
      const view = renderUi(
        <PopupApp client={ledger.client} language="en" openTab={vi.fn()} rememberCompose={vi.fn()} {...(site ? { site } : {})} turnOnSite={turnOnSite} openSites={openSites} />,
        locale,
      );
      await screen.findByText(locale === 'en' ? 'Nothing to chase today.' : 'Hoy no hay nada que reclamar.');
      return { ...view, turnOnSite, openSites, answer: () => settle(answer) };
    }

    it.each([
      ['en', 'Use Cobro on app.invoicing.co', 'See what customers owe beside their invoices. Cobro reads this site’s pages on this computer only; nothing is sent anywhere.', 'Turn on for this site', 'Cobro is on for app.invoicing.co', 'Manage sites'],
      ['es-ES', 'Usar Cobro en app.invoicing.co', 'Vea lo que le deben sus clientes junto a sus facturas. Cobro lee las páginas de este sitio solo en este equipo; no se envía nada a ninguna parte.', 'Activar en este sitio', 'Cobro está activado en app.invoicing.co', 'Gestionar sitios'],
    ])('offers the site at the top, asks the browser inside the click, then says it is on (%s)', async (locale, offer, why, button, on, manage) => {
      const { container, turnOnSite, openSites, answer } = await popupOver({ host: 'app.invoicing.co', on: false }, 'on', locale);
      const section = container.querySelector('[data-cobro="popup-site"]')!;
      expect(section.compareDocumentPosition(screen.getByRole('search')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(screen.getByRole('heading', { name: offer })).toBeTruthy();
      expect(screen.getByText(why)).toBeTruthy();
      expect(await axeViolations(container)).toEqual([]);

      fireEvent.click(screen.getByRole('button', { name: button }));
      // Synchronously, inside the click's task: nothing awaited before the browser is asked.
      expect(turnOnSite).toHaveBeenCalledTimes(1);
      answer();
      const heading = await screen.findByRole('heading', { name: on });
      expect(document.activeElement).toBe(heading);
      expect(screen.queryByRole('button', { name: button })).toBeNull();
      await userEvent.setup().click(screen.getByRole('button', { name: manage }));
      expect(openSites).toHaveBeenCalledTimes(1);
      expect(await axeViolations(container)).toEqual([]);
    });

    it.each<[TurnOnResult, string]>([
      ['refused', 'Nothing changed: Cobro stays off on this site.'],
      ['failed', 'The browser could not turn Cobro on for this site. Nothing changed.'],
    ])('when the browser answers %s, says nothing changed and offers the button again', async (result, said) => {
      const { answer } = await popupOver({ host: 'app.invoicing.co', on: false }, result);
      fireEvent.click(screen.getByRole('button', { name: 'Turn on for this site' }));
      expect(screen.getByRole('button', { name: 'Turn on for this site' }).hasAttribute('disabled')).toBe(true);
      answer();
      const section = screen.getByRole('region', { name: 'Use Cobro on app.invoicing.co' });
      await vi.waitFor(() => expect(within(section).getByRole('status').textContent).toBe(said));
      expect(screen.getByRole('button', { name: 'Turn on for this site' }).hasAttribute('disabled')).toBe(false);
    });

    it('says the site is on when it already is, and says nothing over other pages', async () => {
      await popupOver({ host: 'localhost:8000', on: true }, 'on');
      expect(screen.getByRole('heading', { name: 'Cobro is on for localhost:8000' })).toBeTruthy();
      expect(screen.queryByRole('button', { name: 'Turn on for this site' })).toBeNull();
      cleanup();
      const { container } = await popupOver(undefined, 'on');
      expect(container.querySelector('[data-cobro="popup-site"]')).toBeNull();
    });
  });
});
