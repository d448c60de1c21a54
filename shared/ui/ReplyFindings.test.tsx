// @vitest-environment happy-dom
// The lines under a debtor's message, against the real ledger and reader: what is shown, what a
// click records (through 'reply-act', with the timeline's inbound event), and what is not shown.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LedgerClient } from '../ledger/client';
import { must } from '../ledger/test-ledger';
import { doneText, ReplyFindings, sayDay, type ReplyMessage } from './ReplyFindings';
import { createTranslator } from '../i18n/translate';
import { axeViolations, HOSTILE, renderUi, talleresRuiz, textOf } from './test-support';

afterEach(() => cleanup());

// Talleres Ruiz owes 2,220.00 € (Madrid); the ledger's now is Tuesday 3 March 2026, 21:15 there.
const SENT = '2026-03-03T09:00:00+01:00';

function message(text: string, messageId = 'msg-f:1'): ReplyMessage {
  return { mail: { host: 'gmail', threadId: 'thread-f:1', messageId }, text, sentAt: SENT };
}

async function shown(text: string, locale = 'en', messageId?: string) {
  const scenario = await talleresRuiz();
  const onChanged = vi.fn();
  // The handlers that have answered, to know when there is nothing more to wait for.
  const answered: string[] = [];
  const client: LedgerClient = {
    send: async (name, input) => {
      const result = await scenario.ledger.client.send(name, input);
      answered.push(name);
      return result;
    },
  };
  const view = renderUi(<ReplyFindings client={client} debtorId={scenario.debtorId} message={message(text, messageId)} onChanged={onChanged} />, locale);
  return { ...scenario, ...view, answered, onChanged, user: userEvent.setup() };
}

const region = (name: string) => screen.findByRole('region', { name });

describe('ReplyFindings shows what the reply says', () => {
  it.each([
    [
      'en',
      'Cobro: what the reply says',
      'Buenos días, le confirmo que el viernes 6 de marzo le hacemos la transferencia de los 480 €. Un saludo, Marta',
      'Promises to pay €480.00 on Friday, March 6',
      ['Record promise', 'Dismiss'],
    ],
    [
      'es-ES',
      'Cobro: lo que dice la respuesta',
      'Buenos días, le confirmo que el viernes 6 de marzo le hacemos la transferencia de los 480 €. Un saludo, Marta',
      'Promete pagar 480,00 € el viernes 6 de marzo',
      ['Registrar promesa', 'Descartar'],
    ],
  ])('in %s', async (locale, name, text, what, buttons) => {
    await shown(text, locale);
    const lines = await region(name);
    const line = within(lines).getByRole('listitem');
    expect(textOf(line.querySelector('.cobro-finding-what'))).toBe(what);
    expect(textOf(line.querySelector('q'))).toContain('el viernes 6 de marzo');
    expect(within(line).getAllByRole('button').map((button) => textOf(button))).toEqual(buttons);
    expect(await axeViolations(lines)).toEqual([]);
  });

  it.each([
    ['a reply with nothing to act on', 'Gracias, lo miro y le digo.'],
    ['a promise denied', 'No le he dicho que vayamos a pagar esta semana… Ya le escribiremos cuando tengamos fecha.'],
  ])('draws nothing for %s', async (_name, text) => {
    const { container, answered } = await shown(text);
    await waitFor(() => expect(answered).toEqual(['reply-read']));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(container.innerHTML).toBe('');
  });

  it('renders the debtor\'s words as text, never markup', async () => {
    await shown(`Les pagamos el viernes 6 de marzo ${HOSTILE}`);
    const lines = await region('Cobro: what the reply says');
    expect(lines.querySelector('img')).toBeNull();
  });
});

describe('ReplyFindings records only what the user chooses', () => {
  it('Record promise opens the promise form started from the reply; saving records it with the inbound event', async () => {
    const { user, ledger, debtorId, onChanged } = await shown('Le hacemos la transferencia de los 480 € el viernes 6 de marzo. Un saludo');
    const lines = await region('Cobro: what the reply says');
    await user.click(within(lines).getByRole('button', { name: 'Record promise' }));
    const form = within(lines).getByRole('form', { name: 'Record a promise' });
    expect((within(form).getByLabelText('Amount promised') as HTMLInputElement).value).toBe('480.00');
    expect((within(form).getByLabelText('They will pay by') as HTMLInputElement).value).toBe('2026-03-06');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(textOf(lines.querySelector('.cobro-finding-done'))).toBe('Promise recorded · €480.00 on Friday, March 6'));
    expect(within(lines).queryAllByRole('button')).toEqual([]);
    expect(onChanged).toHaveBeenCalled();
    const detail = must(await ledger.client.send('debtor-get', { id: debtorId }));
    expect(detail.promises.map((p) => [p.amount, p.currency, p.date])).toEqual([[48_000, 'EUR', '2026-03-06']]);
    const reading = detail.events.find((event) => event.reading);
    expect(reading).toMatchObject({ kind: 'note', direction: 'inbound', reading: { intent: 'promise', decision: 'accepted' } });
    expect(reading?.note).toContain('el viernes 6 de marzo');
  });

  it('Dismiss logs the reading as dismissed, and the same message opened again shows it decided', async () => {
    const { user, ledger, debtorId, unmount } = await shown('Le pagamos el viernes 6 de marzo.');
    const lines = await region('Cobro: what the reply says');
    await user.click(within(lines).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(textOf(lines.querySelector('.cobro-finding-done'))).toBe('Dismissed'));
    const detail = must(await ledger.client.send('debtor-get', { id: debtorId }));
    expect(detail.promises).toEqual([]);
    expect(detail.events.find((event) => event.reading)?.reading).toEqual({ intent: 'promise', decision: 'dismissed' });

    unmount();
    renderUi(<ReplyFindings client={ledger.client} debtorId={debtorId} message={message('Le pagamos el viernes 6 de marzo.')} onChanged={vi.fn()} />);
    const again = await region('Cobro: what the reply says');
    await waitFor(() => expect(textOf(again.querySelector('.cobro-finding-done'))).toBe('Dismissed'));
    expect(within(again).queryAllByRole('button')).toEqual([]);
  });

  it('an out-of-office with a return day snoozes in one click, through the day they are back', async () => {
    const { user, ledger, debtorId } = await shown('Estoy fuera de la oficina hasta el lunes 9 de marzo, sin acceso al correo.');
    const lines = await region('Cobro: what the reply says');
    await user.click(within(lines).getByRole('button', { name: 'Snooze until Tuesday, March 10' }));
    await waitFor(() => expect(textOf(lines.querySelector('.cobro-finding-done'))).toBe('Reminders paused until Tuesday, March 10'));
    const detail = must(await ledger.client.send('debtor-get', { id: debtorId }));
    expect(detail.debtor.pause).toMatchObject({ until: '2026-03-10' });
    expect(detail.debtor.pause?.reason).toContain('fuera de la oficina');
  });
});

describe('sayDay', () => {
  it.each([
    ['2026-12-11', 'en', '2026-12-06', 'Friday, December 11'],
    ['2026-12-11', 'en-GB', '2026-12-06', 'Friday 11 December'],
    ['2026-12-11', 'es-ES', '2026-12-06', 'viernes 11 de diciembre'],
    ['2027-01-08', 'es-ES', '2026-12-06', 'viernes 8 de enero de 2027'],
    ['2027-01-08', 'en', '2026-12-06', 'Friday, January 8, 2027'],
  ])('%s in %s (today %s) is %j', (date, locale, today, expected) => {
    expect(sayDay(date, locale, today)).toBe(expected);
  });
});

describe('a decided line says what was done, after a reload too', () => {
  it.each([
    ['a promise', 'Le hacemos la transferencia de los 480 € el viernes 6 de marzo.', 'Record promise', 'Promise recorded · €480.00 on Friday, March 6'],
    ['a snooze', 'Estoy fuera de la oficina hasta el lunes 9 de marzo, sin acceso al correo.', 'Snooze until Tuesday, March 10', 'Reminders paused until Tuesday, March 10'],
    ['a dismissal', 'Le pagamos el viernes 6 de marzo.', 'Dismiss', 'Dismissed'],
  ])('%s', async (_name, text, button, said) => {
    const { user, ledger, debtorId, unmount } = await shown(text);
    const lines = await region('Cobro: what the reply says');
    await user.click(within(lines).getByRole('button', { name: button }));
    if (button === 'Record promise') await user.click(within(lines).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(textOf(lines.querySelector('.cobro-finding-done'))).toBe(said));
    unmount();

    // Opened again: one read, and the line words what the ledger holds, never a bare "Recorded".
    const answered: string[] = [];
    const client: LedgerClient = { send: async (name, input) => (answered.push(name), ledger.client.send(name, input)) };
    renderUi(<ReplyFindings client={client} debtorId={debtorId} message={message(text)} onChanged={vi.fn()} />);
    const again = await region('Cobro: what the reply says');
    await waitFor(() => expect(textOf(again.querySelector('.cobro-finding-done'))).toBe(said));
    expect(within(again).queryAllByRole('button')).toEqual([]);
    expect(answered).toEqual(['reply-read']);
  });
});

describe('hardship beside a request for a plan is one line, offering the plan once', () => {
  const TEXT = 'Estamos con problemas de liquidez. ¿Podríamos pagarlo en 3 plazos?';

  it.each([
    ['en', 'Cobro: what the reply says', 'Cannot pay right now; asks to pay in 3 installments', ['Offer a plan', 'Dismiss']],
    ['es-ES', 'Cobro: lo que dice la respuesta', 'Ahora no puede pagar; pide hacerlo en 3 plazos', ['Ofrecer un plan de pagos', 'Descartar']],
  ])('in %s', async (locale, name, what, buttons) => {
    await shown(TEXT, locale);
    const lines = await region(name);
    const line = within(lines).getByRole('listitem');
    expect(textOf(line.querySelector('.cobro-finding-what'))).toBe(what);
    expect([...line.querySelectorAll('q')].map((quote) => textOf(quote))).toEqual(['Estamos con problemas de liquidez.', '¿Podríamos pagarlo en 3 plazos?']);
    expect(within(line).getAllByRole('button').map((button) => textOf(button))).toEqual(buttons);
    expect(await axeViolations(lines)).toEqual([]);
  });

  it('Dismiss decides both findings, each logged with its own words', async () => {
    const { user, ledger, debtorId } = await shown(TEXT);
    const lines = await region('Cobro: what the reply says');
    await user.click(within(lines).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(textOf(lines.querySelector('.cobro-finding-done'))).toBe('Dismissed'));
    const detail = must(await ledger.client.send('debtor-get', { id: debtorId }));
    expect(detail.events.filter((event) => event.reading).map((event) => [event.reading?.intent, event.note]).sort()).toEqual([
      ['hardship', 'Estamos con problemas de liquidez.'],
      ['plan_request', '¿Podríamos pagarlo en 3 plazos?'],
    ]);
  });
});

describe('doneText', () => {
  const today = '2026-03-03';
  it.each([
    ['en', { kind: 'promise', amount: 60_000, currency: 'EUR', date: '2026-12-18', cancelled: false }, 'Promise recorded · €600.00 on Friday, December 18'],
    ['es-ES', { kind: 'promise', amount: 60_000, currency: 'EUR', date: '2026-12-18', cancelled: false }, 'Promesa registrada · 600,00\u00a0€ el viernes 18 de diciembre'],
    ['en', { kind: 'promise', amount: 60_000, currency: 'EUR', date: '2026-12-18', cancelled: true }, 'Promise recorded · €600.00 on Friday, December 18 (cancelled since)'],
    ['es-ES', { kind: 'payment', amount: 20_000, currency: 'EUR', date: '2026-03-02' }, 'Pago registrado · 200,00\u00a0€ el lunes 2 de marzo'],
    ['en', { kind: 'pause', until: '2027-01-12', current: true }, 'Reminders paused until Tuesday, January 12, 2027'],
    ['es-ES', { kind: 'pause', until: null, current: true }, 'Recordatorios en pausa hasta que los reanude'],
    ['en', { kind: 'pause', until: null, current: false }, 'Reminders were paused (resumed since)'],
    ['es-ES', { kind: 'dispute' }, 'Marcada en disputa'],
    ['en', { kind: 'plan', installments: 3, cancelled: false }, 'Plan started · 3 installments'],
    ['es-ES', { kind: 'plan', installments: 1, cancelled: true }, 'Plan de pagos creado · 1 plazo (cancelado después)'],
    ['en', { kind: 'dismissed' }, 'Dismissed'],
    ['es-ES', { kind: 'recorded' }, 'Registrado'],
  ] as const)('%s: %j', (locale, done, expected) => {
    expect(doneText(createTranslator(locale), locale, done, today)).toBe(expected);
  });
});
