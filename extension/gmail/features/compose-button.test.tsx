// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestLedger, must } from '../../../shared/ledger/test-ledger';
import type { TemplatePickerProps } from '../../../shared/ui/TemplatePicker';
import { chooseUiLanguage, uiContextFor } from '../../ui/language';
import { findComposeViews } from '../compose';
import { loadFixture } from '../fixture-dom';
import { ComposeButtons, isComposeShortcut } from './compose-button';
import type { GmailPanel as Panel } from './gmail-panel';
import { TemplateInsertions } from './template-insertions';
import { ProfileCache } from '../../overlay/profile-cache';
import { plainHosts } from '../../overlay/test-hosts';
import { completeSetup } from '../../../shared/ui/test-support';
import { setupMissing } from '../../../shared/ledger/setup';

async function setup(options: { profileDone?: boolean } = {}) {
  const ledger = createTestLedger('2026-03-02T10:00:00.000Z');
  if (options.profileDone !== false) await completeSetup(ledger.client);
  const { debtor, invoice } = must(
    await ledger.client.send('debtor-create', {
      name: 'Talleres Ruiz',
      emails: ['pagos@talleresruiz.example'],
      locale: 'es-ES',
      timeZone: 'Europe/Madrid',
      firstInvoice: { number: 'F-2025-022', currency: 'EUR', amount: 125_000, dueDate: '2026-02-20' },
    }),
  );
  const hosts = plainHosts('compose');
  const pickers: Array<Omit<TemplatePickerProps, 'onClose'>> = [];
  const notices: string[] = [];
  const closed = vi.fn();
  const panel = {
    openPicker: async (props: Omit<TemplatePickerProps, 'onClose'>) => void pickers.push(props),
    showNotice: async (text: string) => void notices.push(text),
    close: closed,
  } as unknown as Panel;
  const profile = new ProfileCache(ledger.client);
  const openSetup = vi.fn();
  const insertions = new TemplateInsertions();
  const buttons = new ComposeButtons({
    doc: document,
    client: ledger.client,
    ui: () => uiContextFor(chooseUiLanguage('en', 'en-US')),
    panel,
    insertions,
    profile,
    openSetup,
    createHost: hosts.createHost,
  });
  return { ledger, debtor, invoice: invoice!, hosts, pickers, notices, insertions, buttons, profile, openSetup, closed };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ComposeButtons', () => {
  it('adds one labelled button per compose, in a cell of its own right after Send', async () => {
    const { buttons, hosts } = await setup();
    loadFixture('compose-inline-reply.html');
    buttons.update();
    buttons.update();
    await vi.waitFor(() => expect(document.querySelectorAll('[data-cobro="compose-button"]')).toHaveLength(1));
    expect(hosts.created).toHaveLength(1);
    const button = document.querySelector<HTMLButtonElement>('[data-cobro="compose-button"]')!;
    expect(button.tagName).toBe('BUTTON');
    expect(button.textContent).toBe('Cobro templates');
    const cell = button.closest('td')!;
    expect(cell.dataset.cobroSlot).toBe('compose-button');
    expect(cell.previousElementSibling?.matches('td.gU.Up')).toBe(true);
  });

  it('removes the button with its cell when the compose goes away', async () => {
    const { buttons } = await setup();
    loadFixture('compose-inline-reply.html');
    buttons.update();
    await vi.waitFor(() => expect(document.querySelectorAll('[data-cobro="compose-button"]')).toHaveLength(1));
    const row = document.querySelector('td[data-cobro-slot]')!.parentElement!;
    findComposeViews(document)[0]!.root.remove();
    buttons.update();
    await vi.waitFor(() => expect(row.querySelector('td[data-cobro-slot]')).toBeNull());
  });

  it('opens the picker for the recipient debtor; inserting puts the text in and remembers the template', async () => {
    const { buttons, pickers, insertions, debtor, invoice } = await setup();
    loadFixture('compose-inline-reply.html');
    const view = findComposeViews(document)[0]!;
    await buttons.openPicker(view);
    expect(pickers).toHaveLength(1);
    const picker = pickers[0]!;
    expect(picker.debtor.id).toBe(debtor.id);
    expect(picker.recommended).toBe('overdue');
    const item = picker.items.find((i) => i.template.purpose === 'overdue' && i.template.locale === 'es' && i.rendered.ok)!;
    picker.onInsert(item);
    expect(view.body.textContent).toContain('F-2025-022');
    // The reply's hidden subject is Gmail's; it is left as it is.
    expect(view.subject?.value).toBe('Re: Factura F-2025-022');
    expect(insertions.claim({ messageId: view.draftId ?? '', to: ['pagos@talleresruiz.example'], cc: [], bcc: [] })).toEqual({
      templateId: item.template.id,
      step: 'overdue',
      invoiceIds: [invoice.id],
    });
  });

  it('logs the send as the call step when the picker was opened instead of a call', async () => {
    const { buttons, pickers, insertions, invoice } = await setup();
    loadFixture('compose-inline-reply.html');
    const view = findComposeViews(document)[0]!;
    await buttons.openPicker(view, { step: 'call' });
    const picker = pickers[0]!;
    const item = picker.items.find((i) => i.template.purpose === 'overdue' && i.template.locale === 'es' && i.rendered.ok)!;
    picker.onInsert(item);
    expect(insertions.claim({ messageId: view.draftId ?? '', to: ['pagos@talleresruiz.example'], cc: [], bcc: [] })).toEqual({
      templateId: item.template.id,
      step: 'call',
      invoiceIds: [invoice.id],
    });
  });

  it('gives the picker the stored profile, and its setup button opens the setup through the host', async () => {
    const { buttons, pickers, openSetup, closed, ledger, profile } = await setup({ profileDone: false });
    loadFixture('compose-inline-reply.html');
    const view = findComposeViews(document)[0]!;
    await buttons.openPicker(view);
    const picker = pickers[0]!;
    expect(setupMissing(picker.settings)).toEqual(['business-name', 'payment-method']);
    picker.onOpenSetup();
    expect(closed).toHaveBeenCalled();
    expect(openSetup).toHaveBeenCalledTimes(1);
    // Done elsewhere: the tab reads the profile again on the settings-change notice.
    await completeSetup(ledger.client);
    await profile.refresh();
    await buttons.openPicker(view);
    expect(setupMissing(pickers[1]!.settings)).toEqual([]);
  });

  it('reads the stored settings once, however many pickers it opens', async () => {
    const { buttons, ledger } = await setup();
    loadFixture('compose-inline-reply.html');
    const send = vi.spyOn(ledger.client, 'send');
    await buttons.openPicker(findComposeViews(document)[0]!);
    await buttons.openPicker(findComposeViews(document)[0]!);
    expect(send.mock.calls.filter(([name]) => name === 'settings-get')).toHaveLength(1);
  });

  it('says why there is no picker when no recipient is a debtor', async () => {
    const { buttons, pickers, notices, ledger } = await setup();
    loadFixture('compose-popup.html');
    // The popup writes to Ruiz and to Sonrisa; with Ruiz gone from the ledger, nobody is tracked.
    const [ruiz] = must(await ledger.client.send('debtor-lookup', { emails: ['pagos@talleresruiz.example'] }));
    must(await ledger.client.send('debtor-delete', { id: ruiz!.debtor.id }));
    await buttons.openPicker(findComposeViews(document)[0]!);
    expect(pickers).toEqual([]);
    expect(notices).toEqual([expect.stringContaining('None of the recipients')]);
  });
});

describe('isComposeShortcut', () => {
  it.each([
    [{ altKey: true, shiftKey: true, ctrlKey: false, metaKey: false, code: 'KeyC' }, true],
    [{ altKey: true, shiftKey: false, ctrlKey: false, metaKey: false, code: 'KeyC' }, false],
    [{ altKey: true, shiftKey: true, ctrlKey: true, metaKey: false, code: 'KeyC' }, false],
    [{ altKey: true, shiftKey: true, ctrlKey: false, metaKey: false, code: 'KeyV' }, false],
  ])('%j → %s', (event, expected) => {
    expect(isComposeShortcut(event)).toBe(expected);
  });
});
