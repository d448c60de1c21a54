// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DebtorCard } from '../DebtorCard';
import { atPhoneStep, axeViolations, recordingActions, renderUi, talleresRuiz, textOf, type RecordingActions } from '../test-support';
import { debtorActionsFor } from './ledger-actions';
import type { DebtorDetail } from './form-support';
import { telHref, totalsByCurrency } from './CallGuide';

afterEach(() => cleanup());

function renderCard(detail: DebtorDetail, options: { locale?: string; actions?: RecordingActions; onEmailInsteadOfCall?: () => void } = {}) {
  const actions = options.actions ?? recordingActions();
  const view = renderUi(
    <DebtorCard
      detail={detail}
      actions={actions}
      onClose={vi.fn()}
      {...(options.onEmailInsteadOfCall ? { onEmailInsteadOfCall: options.onEmailInsteadOfCall } : {})}
    />,
    options.locale ?? 'en',
  );
  return { ...view, actions, user: userEvent.setup() };
}

const guide = () => screen.getByRole('region', { name: /^(Call guide|Guía para la llamada)$/ });

describe('the call guide', () => {
  it('is there at the phone step, filled in with the debtor’s data', async () => {
    const scenario = await atPhoneStep({ phone: '+34 600 12 34 56', contactName: 'Marta Ruiz' });
    const detail = await scenario.detail();
    expect(detail.status.nextAction).toMatchObject({ purpose: 'call', channel: 'phone' });
    renderCard(detail);
    const region = guide();
    expect(region.getAttribute('data-cobro')).toBe('call-guide');
    const boxes = within(region).getAllByRole('checkbox');
    expect(boxes.map((box) => textOf(document.querySelector(`label[for="${box.id}"]`)))).toEqual([
      'Ask for Marta Ruiz.',
      'Say why you are calling: the 2 unpaid invoices.',
      'Ask for the full balance: €1,500.00 and US$400.00.',
      'Listen, and let them explain without interrupting.',
      'If they cannot pay it all now, agree on a date or a payment plan.',
      'Repeat the amount and the date back to them, so you both agree.',
      'Tell them how they can pay.',
      'Log the call: how it went and what was agreed.',
    ]);
    const link = within(region).getByRole('link', { name: '+34 600 12 34 56' });
    expect(link.getAttribute('href')).toBe('tel:+34600123456');
    // At the phone step the guide belongs on the card: nothing puts it away.
    expect(within(region).queryByRole('button', { name: 'Hide the call guide' })).toBeNull();
    const text = textOf(region);
    expect(text).toContain('F-2026-031: €1,500.00 owed, due Feb 12, 2026 (19 days late)');
    expect(text).toContain('F-2026-032: US$400.00 owed, due Feb 15, 2026 (16 days late)');
    expect(text).toContain('Transferencia: ES91 2100 0418 4502 0005 1332');
    expect(text).toContain('Payment link: https://pay.example/ruiz');
  });

  it('speaks Spanish, and asks for whoever pays when there is no contact name', async () => {
    const scenario = await atPhoneStep({ phone: '600123456', paymentMethods: false });
    renderCard(await scenario.detail(), { locale: 'es-ES' });
    const text = textOf(guide());
    expect(text).toContain('Pregunte por la persona que gestiona los pagos en Talleres Ruiz.');
    expect(text).toContain('Pida el pago de todo lo pendiente: 1500,00 € y 400,00 US$.');
    expect(text).toContain('F-2026-031: 1500,00 € pendientes, vencía el 12 feb 2026 (19 días de retraso)');
    expect(text).toContain('Aún no hay formas de pago: añádalas en Ajustes.');
  });

  it('is not shown away from the phone step, but the call form offers it', async () => {
    const { user } = renderCard(await (await talleresRuiz()).detail());
    expect(screen.queryByRole('region', { name: 'Call guide' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Log a call' }));
    await user.click(screen.getByRole('button', { name: 'Show the call guide' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Call guide' }));
    expect(textOf(guide())).toContain('Say why you are calling: the 2 unpaid invoices.');
    expect(screen.queryByRole('button', { name: 'Show the call guide' })).toBeNull();
    expect(screen.getByRole('form', { name: 'Log a call' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Hide the call guide' }));
    expect(screen.queryByRole('region', { name: 'Call guide' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Log a call' }));
    expect(screen.getByRole('button', { name: 'Show the call guide' })).toBeTruthy();
  });

  it('has checkboxes that are labelled and ticked from the keyboard, saving nothing', async () => {
    const scenario = await atPhoneStep({ phone: '600123456' });
    const { user, actions } = renderCard(await scenario.detail());
    const box = within(guide()).getByRole('checkbox', { name: 'Listen, and let them explain without interrupting.' });
    box.focus();
    await user.keyboard(' ');
    expect((box as HTMLInputElement).checked).toBe(true);
    await user.tab();
    await user.keyboard(' ');
    expect((within(guide()).getByRole('checkbox', { name: /^If they cannot pay/ }) as HTMLInputElement).checked).toBe(true);
    await user.keyboard('{Shift>}{Tab}{/Shift} ');
    expect((box as HTMLInputElement).checked).toBe(false);
    for (const action of Object.values(actions)) expect(action).not.toHaveBeenCalled();
  });

  it('opens the promise, plan and call forms from its steps', async () => {
    const scenario = await atPhoneStep({ phone: '600123456' });
    const { user } = renderCard(await scenario.detail());
    await user.click(within(guide()).getByRole('button', { name: 'Record a promise' }));
    expect(screen.getByRole('form', { name: 'Record a promise' })).toBeTruthy();
    await user.click(within(guide()).getByRole('button', { name: 'Start a payment plan' }));
    expect(screen.getByRole('form', { name: 'Start a payment plan' })).toBeTruthy();
    await user.click(within(guide()).getByRole('button', { name: 'Log a call' }));
    expect(screen.getByRole('form', { name: 'Log a call' })).toBeTruthy();
    // The guide stays while the forms change, with what was ticked.
    expect(guide()).toBeTruthy();
  });

  it('has no axe violations', async () => {
    const scenario = await atPhoneStep({ phone: '600123456', contactName: 'Marta Ruiz' });
    const { container } = renderCard(await scenario.detail());
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('the phone step without a phone number', () => {
  it('says so instead of "Phone call now", and offers a number or an e-mail', async () => {
    const scenario = await atPhoneStep();
    const onEmailInsteadOfCall = vi.fn();
    const { user } = renderCard(await scenario.detail(), { onEmailInsteadOfCall });
    const next = screen.getByRole('region', { name: 'Next action' });
    expect(textOf(next)).toContain('It is time to call Talleres Ruiz, but there is no phone number.');
    expect(textOf(next)).not.toContain('Phone call now');
    expect(screen.queryByRole('region', { name: 'Call guide' })).toBeNull();
    await user.click(within(next).getByRole('button', { name: 'Send an e-mail instead' }));
    expect(onEmailInsteadOfCall).toHaveBeenCalledOnce();
  });

  it('says it in Spanish', async () => {
    const scenario = await atPhoneStep();
    renderCard(await scenario.detail(), { locale: 'es-ES', onEmailInsteadOfCall: vi.fn() });
    const next = screen.getByRole('region', { name: 'Siguiente paso' });
    expect(textOf(next)).toContain('Toca llamar a Talleres Ruiz, pero no hay ningún número de teléfono.');
    expect(within(next).getByRole('button', { name: 'Añadir un teléfono' })).toBeTruthy();
    expect(within(next).getByRole('button', { name: 'Enviar un correo en su lugar' })).toBeTruthy();
  });

  it('offers no e-mail where the host cannot open one', async () => {
    const scenario = await atPhoneStep();
    renderCard(await scenario.detail());
    expect(screen.getByRole('button', { name: 'Add a phone number' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Send an e-mail instead' })).toBeNull();
  });

  it('saves a phone number through debtor-update, after which the card shows the guide', async () => {
    const scenario = await atPhoneStep();
    const actions = debtorActionsFor(scenario.ledger.client, scenario.debtorId);
    const send = vi.spyOn(scenario.ledger.client, 'send');
    const { rerender } = renderUi(<DebtorCard detail={await scenario.detail()} actions={actions} onClose={vi.fn()} />);
    const user = userEvent.setup();
    const next = screen.getByRole('region', { name: 'Next action' });
    await user.click(within(next).getByRole('button', { name: 'Add a phone number' }));
    const field = screen.getByLabelText('Phone number');
    expect(document.activeElement).toBe(field);
    await user.type(field, '  +34 600 123 456 ');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(send).toHaveBeenCalledWith('debtor-update', { id: scenario.debtorId, patch: { phone: '+34 600 123 456' } });
    await waitFor(() => expect(within(next).getByRole('status').textContent).toBe('Saved'));
    const updated = await scenario.detail();
    expect(updated.debtor.phone).toBe('+34 600 123 456');
    rerender(<DebtorCard detail={updated} actions={actions} onClose={vi.fn()} />);
    expect(textOf(screen.getByRole('region', { name: 'Next action' }))).toContain('Phone call now');
    expect(within(guide()).getByRole('link', { name: '+34 600 123 456' })).toBeTruthy();
  });

  it('asks for a number rather than saving an empty one', async () => {
    const scenario = await atPhoneStep();
    const { user, actions } = renderCard(await scenario.detail());
    await user.click(screen.getByRole('button', { name: 'Add a phone number' }));
    await user.type(screen.getByLabelText('Phone number'), '   ');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(actions.updatePhone).not.toHaveBeenCalled();
    expect(screen.getByText('Enter a phone number.')).toBeTruthy();
  });
});

describe('helpers', () => {
  it('totals per currency, never across them', () => {
    expect(
      totalsByCurrency([
        { currency: 'USD', amount: 1000, paid: 250 },
        { currency: 'EUR', amount: 500, paid: 0 },
        { currency: 'USD', amount: 300, paid: 0 },
      ]),
    ).toEqual([
      { currency: 'EUR', amount: 500 },
      { currency: 'USD', amount: 1050 },
    ]);
  });

  it('dials the digits of a written number', () => {
    expect(telHref(' +34 (600) 12-34-56 ')).toBe('tel:+34600123456');
    expect(telHref('600 123 456')).toBe('tel:600123456');
  });
});
