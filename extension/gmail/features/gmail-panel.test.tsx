// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestLedger, must } from '../../../shared/ledger/test-ledger';
import { debtorActionsFor } from '../../../shared/ui/card/ledger-actions';
import { chooseUiLanguage, uiContextFor } from '../../ui/language';
import { GmailPanel as Panel } from './gmail-panel';
import { guardActions, standing, STALE_PANEL, type OnScreen } from '../../overlay/panel-subject';
import { plainHosts } from '../../overlay/test-hosts';

const NOW = '2026-03-02T10:00:00.000Z';
const RUIZ = 'pagos@ruiz.example';
const ME = 'cobros@estudio.example';

const screenOf = (threadId: string, ...addresses: string[]): OnScreen => ({ threadId, addresses: new Set([ME, ...addresses]) });

describe('standing', () => {
  const subject = { threadId: 't1', addresses: [RUIZ, 'conta@ruiz.example'] };
  it.each<[string, OnScreen | null, string]>([
    ['the same thread', screenOf('t1', RUIZ), 'same'],
    ['another thread of the same customer', screenOf('t2', 'conta@ruiz.example'), 'moved'],
    ['another customer’s thread', screenOf('t3', 'accounts@pixel.example'), 'gone'],
    ['the inbox (no thread)', null, 'gone'],
  ])('%s → %s', (_label, screenNow, expected) => {
    expect(standing(subject, screenNow)).toBe(expected);
  });
});

async function ledgerWithRuiz() {
  const ledger = createTestLedger(NOW);
  const { debtor } = must(
    await ledger.client.send('debtor-create', {
      name: 'Talleres Ruiz',
      emails: [RUIZ],
      firstInvoice: { number: 'F-14', currency: 'EUR', amount: 125_000, dueDate: '2026-02-15' },
    }),
  );
  return { ledger, debtor };
}

const paymentsOf = async (ledger: Awaited<ReturnType<typeof ledgerWithRuiz>>['ledger'], debtorId: string) =>
  must(await ledger.client.send('debtor-get', { id: debtorId })).payments.length;

describe('guardActions', () => {
  it('writes while the customer is on screen, and writes nothing once they are not', async () => {
    const { ledger, debtor } = await ledgerWithRuiz();
    let shown = true;
    const stale: string[] = [];
    const actions = guardActions(debtorActionsFor(ledger.client, debtor.id), () => shown, () => void stale.push('stale'));
    const payment = { amount: 10_000, currency: 'EUR', date: '2026-03-02' as const };

    expect((await actions.recordPayment(payment)).ok).toBe(true);
    expect(await paymentsOf(ledger, debtor.id)).toBe(1);

    shown = false;
    const events = must(await ledger.client.send('debtor-get', { id: debtor.id })).events.length;
    expect(await actions.recordPayment(payment)).toEqual(STALE_PANEL);
    expect(await actions.logCall({ outcome: 'reached' })).toEqual(STALE_PANEL);
    expect(await paymentsOf(ledger, debtor.id)).toBe(1);
    expect(must(await ledger.client.send('debtor-get', { id: debtor.id })).events).toHaveLength(events);
    expect(stale).toEqual(['stale', 'stale']);
  });
});

function setup(ledger: Awaited<ReturnType<typeof ledgerWithRuiz>>['ledger'], language: 'en' | 'es' = 'en') {
  let onScreen: OnScreen | null = screenOf('t1', RUIZ, 'hola@sur.example');
  const hosts = plainHosts('panel');
  const ui = uiContextFor(chooseUiLanguage(language, 'en-US'));
  const panel = new Panel({ client: ledger.client, ui: () => ui, createHost: () => hosts.createHost((host) => document.body.append(host)), onScreen: () => onScreen });
  return {
    panel,
    goTo: (next: OnScreen | null) => {
      onScreen = next;
    },
  };
}

const card = () => document.querySelector('[data-cobro="debtor-card"]');
const trackForm = () => document.querySelector('[data-cobro="track-form"]');
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Panel follows the thread', () => {
  it.each<[string, OnScreen | null, boolean]>([
    ['stays on its own thread', screenOf('t1', RUIZ), true],
    ['stays on another thread of the same customer', screenOf('t2', RUIZ), true],
    ['closes over another customer’s thread', screenOf('t3', 'accounts@pixel.example'), false],
    ['closes over the inbox', null, false],
  ])('the card %s', async (_label, next, open) => {
    const { ledger, debtor } = await ledgerWithRuiz();
    const { panel, goTo } = setup(ledger);
    await panel.openCard(debtor.id, { threadId: 't1' });
    expect(card()).not.toBeNull();
    goTo(next);
    panel.follow();
    await settle();
    expect(card() !== null).toBe(open);
  });

  it('the Track form closes over another thread, and stays on its own', async () => {
    const { ledger } = await ledgerWithRuiz();
    const { panel, goTo } = setup(ledger);
    await panel.openTrackForm('hola@sur.example', 'Reformas del Sur', { threadId: 't1' });
    panel.follow();
    expect(trackForm()).not.toBeNull();
    goTo(screenOf('t3', RUIZ));
    panel.follow();
    await settle();
    expect(trackForm()).toBeNull();
  });

  it('does not show a card whose thread was left while the ledger answered', async () => {
    const { ledger, debtor } = await ledgerWithRuiz();
    const { panel, goTo } = setup(ledger);
    const opening = panel.openCard(debtor.id, { threadId: 't1' });
    goTo(null);
    await opening;
    expect(card()).toBeNull();
  });

  it('a payment recorded after the page changed unseen writes nothing and says so', async () => {
    const { ledger, debtor } = await ledgerWithRuiz();
    const { panel, goTo } = setup(ledger);
    await panel.openCard(debtor.id, { threadId: 't1' });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Record a payment' }));
    fireEvent.change(screen.getByLabelText('Amount'), { target: { value: '100' } });
    // The page changed and the watch has not run yet: only the check at the write stands between.
    goTo(screenOf('t3', 'accounts@pixel.example'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await settle();
    expect(await paymentsOf(ledger, debtor.id)).toBe(0);
    expect(card()).toBeNull();
    expect(document.querySelector('[data-cobro="notice"]')?.textContent).toContain('Nothing was saved: the conversation with Talleres Ruiz is no longer open.');
  });

  it('tracking a sender after the page changed unseen creates nobody', async () => {
    const { ledger } = await ledgerWithRuiz();
    const { panel, goTo } = setup(ledger, 'es');
    await panel.openTrackForm('hola@sur.example', 'Reformas del Sur', { threadId: 't1' });
    fireEvent.change(screen.getByLabelText('Número de factura'), { target: { value: 'P-1' } });
    fireEvent.change(screen.getByLabelText('Importe'), { target: { value: '100' } });
    fireEvent.change(screen.getByLabelText('Fecha de vencimiento'), { target: { value: '2026-03-10' } });
    goTo(null);
    fireEvent.submit(trackForm() as HTMLFormElement);
    await settle();
    expect(must(await ledger.client.send('debtor-lookup', { emails: ['hola@sur.example'] }))).toEqual([]);
    expect(document.querySelector('[data-cobro="notice"]')?.textContent).toContain('No se ha guardado nada');
  });
});

describe('Panel focus', () => {
  it('Escape closes the card and gives the focus back to the chip that opened it', async () => {
    const { ledger, debtor } = await ledgerWithRuiz();
    const { panel } = setup(ledger);
    // As in Gmail, the chip's button is in a shadow root of its own: the page sees only the host focused.
    const host = document.createElement('cobro-chip');
    document.body.append(host);
    const chip = document.createElement('button');
    chip.textContent = 'chip';
    host.attachShadow({ mode: 'open' }).append(chip);
    chip.focus();
    await panel.openCard(debtor.id, { threadId: 't1' });
    expect(host.shadowRoot?.activeElement).not.toBe(chip);
    fireEvent.keyDown(card() as Element, { key: 'Escape' });
    await settle();
    expect(card()).toBeNull();
    expect(document.activeElement).toBe(host);
    expect(host.shadowRoot?.activeElement).toBe(chip);
  });

  it('a card closed because the thread changed leaves the focus alone', async () => {
    const { ledger, debtor } = await ledgerWithRuiz();
    const { panel, goTo } = setup(ledger);
    const chip = document.createElement('button');
    const search = document.createElement('input');
    document.body.append(chip, search);
    chip.focus();
    await panel.openCard(debtor.id, { threadId: 't1' });
    search.focus();
    // The thread's DOM, the chip with it, is replaced by the list.
    chip.remove();
    goTo(null);
    panel.follow();
    await settle();
    expect(document.activeElement).toBe(search);
  });
});
