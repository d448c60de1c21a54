// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IsoDate } from '../dates';
import { must } from '../ledger/test-ledger';
import { FollowupsList, type FollowupItem } from './FollowupsList';
import { axeViolations, EVENING_IN_MADRID, HOSTILE, MORNING_IN_MADRID, renderUi, talleresRuiz, textOf } from './test-support';

/** Saturday 7 March 2026, 10:30 in Madrid and 03:30 in Mexico City. */
const SATURDAY_MORNING_IN_MADRID = '2026-03-07T09:30:00.000Z';

afterEach(() => cleanup());

async function followups(now: string, secondName = 'Ana Pérez', options: { paidInFull?: boolean } = {}) {
  const scenario = await talleresRuiz({ now });
  const { client } = scenario.ledger;
  must(
    await client.send('debtor-create', {
      name: secondName,
      emails: ['ana@perez.example'],
      locale: 'en-US',
      timeZone: 'America/Mexico_City',
      firstInvoice: { number: 'A-1', currency: 'USD', amount: 45_000, dueDate: '2026-02-20' },
    }),
  );
  if (options.paidInFull) {
    // Paid everything yesterday: on the list for the thank-you only.
    const { debtor } = must(
      await client.send('debtor-create', {
        name: 'Frutas Martínez',
        emails: ['frutas@martinez.example'],
        locale: 'es-ES',
        timeZone: 'Europe/Madrid',
        firstInvoice: { number: 'FM-1', currency: 'EUR', amount: 30_000, dueDate: '2026-02-20' },
      }),
    );
    must(await client.send('payment-record', { debtorId: debtor.id, currency: 'EUR', amount: 30_000, date: now.slice(0, 10) as IsoDate, method: 'transfer' }));
  }
  return must(await client.send('followups-today', {}));
}

function renderList(items: FollowupItem[], locale = 'en') {
  const onOpen = vi.fn<(item: FollowupItem) => void>();
  const view = renderUi(<FollowupsList items={items} onOpen={onOpen} />, locale);
  return { ...view, onOpen, user: userEvent.setup() };
}

const headings = () => [...document.querySelectorAll('[data-cobro="contact-day"]')].map((p) => p.textContent);

const rowTexts = () =>
  screen.getAllByRole('button').map((button) => [
    textOf(button.querySelector('.cobro-row-name')),
    textOf(button.querySelector('.cobro-row-amount')),
    textOf(button.querySelector('.cobro-row-detail')),
    textOf(button.querySelector('.cobro-row-notnow')),
  ]);

describe('FollowupsList', () => {
  it.each([
    [
      'en',
      EVENING_IN_MADRID,
      {},
      '2 follow-ups today',
      ['Outside contact hours in Madrid (21:15 there); these are for tomorrow.'],
      [
        ['Talleres Ruiz', '€2,220.00', 'Collection agency · 83 days late', ''],
        ['Ana Pérez', 'US$450.00', 'Overdue reminder · 11 days late', ''],
      ],
    ],
    [
      'es-ES',
      MORNING_IN_MADRID,
      {},
      '2 seguimientos hoy',
      ['Fuera del horario de contacto en Ciudad de México (03:30 allí); estos son para hoy a partir de las 09:00.'],
      [
        ['Talleres Ruiz', '2220,00 €', 'Agencia de cobro · 83 días de retraso', ''],
        ['Ana Pérez', '450,00 US$', 'Recordatorio de factura vencida · 11 días de retraso', ''],
      ],
    ],
    [
      'en',
      SATURDAY_MORNING_IN_MADRID,
      { paidInFull: true },
      '3 follow-ups today',
      ['Today is not a contact day in Madrid and Mexico City; these are for Monday.'],
      [
        ['Talleres Ruiz', '€2,220.00', 'Collection agency · 87 days late', ''],
        ['Ana Pérez', 'US$450.00', 'Overdue reminder · 15 days late', ''],
        ['Frutas Martínez', '', 'Thank-you note', ''],
      ],
    ],
    [
      'es-ES',
      SATURDAY_MORNING_IN_MADRID,
      { paidInFull: true },
      '3 seguimientos hoy',
      ['Hoy no es día de contacto en Madrid y Ciudad de México; estos son para el lunes.'],
      [
        ['Talleres Ruiz', '2220,00 €', 'Agencia de cobro · 87 días de retraso', ''],
        ['Ana Pérez', '450,00 US$', 'Recordatorio de factura vencida · 15 días de retraso', ''],
        ['Frutas Martínez', '', 'Nota de agradecimiento', ''],
      ],
    ],
  ])('lists the rows in order, the calendar said once above them (%s, %s)', async (locale, now, options, label, said, rows) => {
    const items = await followups(now, 'Ana Pérez', options);
    renderList(items, locale);
    expect(screen.getByRole('list', { name: label })).toBeTruthy();
    expect(headings()).toEqual(said);
    expect(rowTexts()).toEqual(rows);
  });

  it('opens a row on click, and moves between rows with the arrow keys', async () => {
    const items = await followups(EVENING_IN_MADRID);
    const { user, onOpen } = renderList(items);
    const [first, second] = screen.getAllByRole('button');
    first!.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(second);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(second);
    await user.keyboard('{ArrowUp}{Enter}');
    expect(onOpen).toHaveBeenCalledExactlyOnceWith(items[0]);
    await user.click(second!);
    expect(onOpen).toHaveBeenLastCalledWith(items[1]);
  });

  it.each([
    ['en', 'Nothing to chase today.'],
    ['es-ES', 'Hoy no hay nada que reclamar.'],
  ])('says when there is nothing to do (%s)', (locale, text) => {
    renderList([], locale);
    expect(screen.getByText(text)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows hostile names as text and passes axe', async () => {
    const items = await followups(EVENING_IN_MADRID, HOSTILE);
    const { container } = renderList(items);
    expect(container.querySelector('img')).toBeNull();
    expect(within(screen.getByRole('list')).getByText(HOSTILE)).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });
});
