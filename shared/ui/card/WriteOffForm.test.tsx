// @vitest-environment happy-dom
// Write off from the card: the reason is required, the sentence says whom Cobro stops chasing and
// for how much (following the invoices ticked), and the save goes through the real ledger.
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axeViolations, HOSTILE, renderUi, talleresRuiz, textOf } from '../test-support';
import { debtorActionsFor } from './ledger-actions';
import { QuickActions } from './QuickActions';

afterEach(() => cleanup());

async function open(locale: string, name = 'Talleres Ruiz') {
  const scenario = await talleresRuiz({ name });
  const actions = debtorActionsFor(scenario.ledger.client, scenario.debtorId);
  const user = userEvent.setup();
  const view = renderUi(<QuickActions detail={await scenario.detail()} actions={actions} headingId="qa" />, locale);
  return { scenario, user, ...view };
}

describe('WriteOffForm', () => {
  it.each([
    ['en', 'Write off…', 'Cobro stops chasing Talleres Ruiz for €2,220.00. The history stays.', 'Cobro stops chasing Talleres Ruiz for €720.00. The history stays.'],
    ['es-ES', 'Dar por incobrable…', 'Cobro deja de reclamar a Talleres Ruiz 2220,00 €. El historial se conserva.', 'Cobro deja de reclamar a Talleres Ruiz 720,00 €. El historial se conserva.'],
  ] as const)('in %s, says what is given up, following the invoices ticked', async (locale, button, all, second) => {
    const { user } = await open(locale);
    await user.click(screen.getByRole('button', { name: button }));
    const sentence = () => textOf(document.querySelector('[data-cobro="write-off-confirm"]'));
    expect(sentence()).toBe(all);
    await user.click(screen.getByRole('checkbox', { name: /F-2026-007/ }));
    expect(sentence()).toBe(second);
  });

  it('requires a reason, then writes off what was chosen, and is accessible', async () => {
    const { scenario, user, container } = await open('en');
    await user.click(screen.getByRole('button', { name: 'Write off…' }));
    await user.click(screen.getByRole('button', { name: 'Write off' }));
    expect(screen.getByRole('alert').textContent).toBeTruthy();
    expect((await scenario.detail()).invoices.map((invoice) => invoice.status)).toEqual(['open', 'open']);
    expect(await axeViolations(container)).toEqual([]);
    await user.type(screen.getByLabelText(/Why give up on it/), 'They closed down');
    await user.click(screen.getByRole('checkbox', { name: /F-2026-007/ }));
    await user.click(screen.getByRole('button', { name: 'Write off' }));
    await vi.waitFor(async () => {
      const detail = await scenario.detail();
      expect(detail.invoices.map((invoice) => [invoice.number, invoice.status, invoice.writeOff?.amount])).toEqual([
        ['F-2025-118', 'open', undefined],
        ['F-2026-007', 'written_off', 72_000],
      ]);
      expect(detail.status.outstanding).toEqual([{ currency: 'EUR', amount: 150_000 }]);
    });
  });

  it('renders a hostile name as text', async () => {
    const { user, container } = await open('en', `Ruiz ${HOSTILE}`);
    await user.click(screen.getByRole('button', { name: 'Write off…' }));
    expect(textOf(document.querySelector('[data-cobro="write-off-confirm"]'))).toContain(`Ruiz ${HOSTILE}`);
    expect(container.querySelector('img')).toBeNull();
  });
});
