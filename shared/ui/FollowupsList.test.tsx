// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { must } from '../ledger/test-ledger';
import { FollowupsList, type FollowupItem } from './FollowupsList';
import { axeViolations, EVENING_IN_MADRID, HOSTILE, MORNING_IN_MADRID, renderUi, talleresRuiz, textOf } from './test-support';

afterEach(() => cleanup());

async function followups(now: string, secondName = 'Ana Pérez') {
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
  return must(await client.send('followups-today', {}));
}

function renderList(items: FollowupItem[], locale = 'en') {
  const onOpen = vi.fn<(item: FollowupItem) => void>();
  const view = renderUi(<FollowupsList items={items} onOpen={onOpen} />, locale);
  return { ...view, onOpen, user: userEvent.setup() };
}

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
      '2 follow-ups today',
      [
        ['Talleres Ruiz', '€2,220.00', 'Collection agency · 83 days late', 'Not now: outside contact hours (21:15 in Madrid)'],
        ['Ana Pérez', 'US$450.00', 'Overdue reminder · 11 days late', ''],
      ],
    ],
    [
      'es-ES',
      MORNING_IN_MADRID,
      '2 seguimientos hoy',
      [
        ['Talleres Ruiz', '2220,00 €', 'Agencia de cobro · 83 días de retraso', ''],
        ['Ana Pérez', '450,00 US$', 'Recordatorio de factura vencida · 11 días de retraso', 'Ahora no: fuera del horario de contacto (las 03:30 en Ciudad de México)'],
      ],
    ],
  ])('lists the rows in order (%s)', async (locale, now, label, rows) => {
    const items = await followups(now);
    renderList(items, locale);
    expect(screen.getByRole('list', { name: label })).toBeTruthy();
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
