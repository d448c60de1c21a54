// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../ledger/api';
import { must } from '../ledger/test-ledger';
import { DebtorCard } from './DebtorCard';
import { debtorActionsFor } from './card/ledger-actions';
import type { DebtorDetail } from './card/form-support';
import {
  axeViolations,
  failure,
  HOSTILE,
  MORNING_IN_MADRID,
  recordingActions,
  renderUi,
  talleresRuiz,
  textOf,
  type RecordingActions,
} from './test-support';

afterEach(() => cleanup());

function renderCard(detail: DebtorDetail, locale = 'en', actions: RecordingActions = recordingActions()) {
  const onClose = vi.fn();
  const onComposeTemplate = vi.fn();
  const view = renderUi(<DebtorCard detail={detail} actions={actions} onClose={onClose} onComposeTemplate={onComposeTemplate} />, locale);
  const dialog = screen.getByRole('dialog');
  return { ...view, dialog, actions, onClose, onComposeTemplate, user: userEvent.setup() };
}

function section(name: RegExp | string) {
  return screen.getByRole('region', { name });
}

describe('DebtorCard shows the debtor', () => {
  it.each([
    [
      'en',
      {
        owed: '€2,220.00',
        state: 'Overdue · 83 days late',
        kind: 'Chronic',
        evidence: ['2 overdue invoices', '83 days late', '2 invoices more than 30 days late', '2 contacts without reply'],
        next: 'Collection agency now · Channel: Task for you',
        policy: 'Not now: outside contact hours (21:15 in Madrid) — from Wed, Mar 4, 09:00',
        row: ['F-2025-118', 'Dec 10, 2025', '€1,500.00', '€1,500.00', '83 days late · 61–90 days', 'Open'],
        events: ['Call', 'Email · Formal notice'],
        outcome: 'Outcome: Left a voicemail',
      },
    ],
    [
      'es-ES',
      {
        owed: '2220,00 €',
        state: 'Con retraso · 83 días de retraso',
        kind: 'Crónica',
        evidence: ['2 facturas vencidas', '83 días de retraso', '2 facturas con más de 30 días de retraso', '2 contactos sin respuesta'],
        next: 'Agencia de cobro ahora · Canal: Tarea para usted',
        policy: 'Ahora no: fuera del horario de contacto (las 21:15 en Madrid) — a partir del mié, 4 mar, 09:00',
        row: ['F-2025-118', '10 dic 2025', '1500,00 €', '1500,00 €', '83 días de retraso · 61–90 días', 'Pendiente'],
        events: ['Llamada', 'Correo · Requerimiento formal'],
        outcome: 'Resultado: Dejé un mensaje de voz',
      },
    ],
  ])('in %s', async (locale, expected) => {
    const scenario = await talleresRuiz();
    const { dialog } = renderCard(await scenario.detail(), locale);
    expect(dialog.getAttribute('data-cobro')).toBe('debtor-card');
    expect(dialog.getAttribute('data-debtor-id')).toBe(scenario.debtorId);
    expect(screen.getByRole('heading', { level: 2, name: 'Talleres Ruiz' })).toBeTruthy();
    expect(textOf(dialog)).toContain('pagos@talleres-ruiz.example');
    expect(textOf(dialog)).toContain('admin@talleres-ruiz.example');
    expect(textOf(dialog.querySelector('.cobro-owed'))).toBe(expected.owed);
    expect(textOf(dialog)).toContain(expected.state);
    expect(textOf(dialog.querySelector('.cobro-kind'))).toBe(expected.kind);
    for (const line of expected.evidence) expect(screen.getByText(line)).toBeTruthy();
    expect(textOf(dialog.querySelector('.cobro-next'))).toBe(expected.next);
    expect(textOf(dialog.querySelector('.cobro-policy'))).toBe(expected.policy);

    const rows = within(dialog.querySelector('table')!).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect([...rows[1]!.children].map(textOf)).toEqual(expected.row);

    const events = [...dialog.querySelectorAll('.cobro-event')];
    expect(events.map((event) => textOf(event.querySelector('.cobro-event-head')).split(' · ').slice(1).join(' · '))).toEqual(expected.events);
    expect(textOf(events[0])).toContain(expected.outcome);
    expect(textOf(events[0])).toContain('Dejé mensaje a la administración');
    expect(textOf(events[1])).toContain('Requerimiento de pago');
  });

  it('says when the kind of late payer was set by the user', async () => {
    const scenario = await talleresRuiz();
    must(await scenario.ledger.client.send('delinquency-override', { debtorId: scenario.debtorId, kind: 'intentional', reason: 'Nunca contesta' }));
    const { dialog } = renderCard(await scenario.detail(), 'es-ES');
    expect(textOf(dialog.querySelector('.cobro-kind'))).toBe('Indicado por usted: Intencionada');
  });

  it('says "You can write now" inside contact hours', async () => {
    const scenario = await talleresRuiz({ now: MORNING_IN_MADRID });
    const { dialog } = renderCard(await scenario.detail());
    expect(textOf(dialog.querySelector('.cobro-policy'))).toBe('You can write now');
  });

  it('lists promises and the plan with their amounts and dates', async () => {
    const scenario = await talleresRuiz({ now: MORNING_IN_MADRID });
    const { client } = scenario.ledger;
    const detail = await scenario.detail();
    const [first, second] = detail.invoices;
    must(await client.send('promise-record', { debtorId: scenario.debtorId, amount: 50_000, currency: 'EUR', date: '2026-03-20' }));
    must(
      await client.send('plan-create', {
        debtorId: scenario.debtorId,
        invoiceIds: [first!.id, second!.id],
        installments: [
          { dueDate: '2026-04-01', amount: 111_000 },
          { dueDate: '2026-05-01', amount: 111_000 },
        ],
      }),
    );
    renderCard(await scenario.detail());
    expect(textOf(section('Promises'))).toContain('Open €500.00 by Mar 20, 2026');
    const plan = section(/Payment plan/);
    expect(textOf(plan)).toContain('Next installment: €1,110.00 on Apr 1, 2026');
    expect(textOf(plan)).toContain('Left to pay: €2,220.00');
  });

  it('shows hostile strings from debtors, files and e-mails as text', async () => {
    const scenario = await talleresRuiz({ name: HOSTILE, invoiceNumber: HOSTILE, subject: HOSTILE, note: HOSTILE });
    const { container, dialog } = renderCard(await scenario.detail());
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(HOSTILE);
    expect(within(dialog.querySelector('table')!).getByText(HOSTILE)).toBeTruthy();
    expect(dialog.querySelectorAll('.cobro-event-subject')[0]?.textContent).toBe(HOSTILE);
    expect(dialog.querySelector('.cobro-event-note')?.textContent).toBe(HOSTILE);
  });
});

describe('DebtorCard as a dialog', () => {
  it('takes focus when it opens and gives it back when it closes', async () => {
    const scenario = await talleresRuiz();
    const detail = await scenario.detail();
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    const { dialog, unmount } = renderCard(detail);
    expect(document.activeElement).toBe(dialog);
    expect(dialog.getAttribute('aria-labelledby')).toBe(screen.getByRole('heading', { level: 2 }).id);
    unmount();
    expect(document.activeElement).toBe(opener);
    opener.remove();
  });

  it('closes on Escape, from anywhere inside, and with the close button', async () => {
    const { user, onClose } = renderCard(await (await talleresRuiz()).detail());
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Log a call' }));
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(2);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(3);
  });

  it('offers the template picker when the host can open it', async () => {
    const { user, onComposeTemplate } = renderCard(await (await talleresRuiz()).detail());
    await user.click(screen.getByRole('button', { name: 'Write with a template' }));
    expect(onComposeTemplate).toHaveBeenCalledOnce();
  });

  it('reaches every control with Tab, forms open included', async () => {
    const { user, dialog } = renderCard(await (await talleresRuiz()).detail());
    await user.click(screen.getByRole('button', { name: 'Start a payment plan' }));
    const controls = [...dialog.querySelectorAll<HTMLElement>('button, input, select, textarea, [tabindex="0"]')].filter(
      (element) => !(element as HTMLButtonElement).disabled,
    );
    expect(controls.length).toBeGreaterThan(15);
    (dialog as HTMLElement).focus();
    const reached = new Set<Element | null>();
    for (let i = 0; i < controls.length + 2; i++) {
      await user.tab();
      reached.add(document.activeElement);
    }
    for (const control of controls) expect(reached.has(control), control.outerHTML.slice(0, 80)).toBe(true);
  });

  it.each([['Log a call'], ['Record a promise'], ['Record a payment'], ['Start a payment plan'], ['Pause reminders'], ['Mark as disputed']])(
    'has no axe violations with "%s" open',
    async (action) => {
      const { user, container } = renderCard(await (await talleresRuiz()).detail());
      await user.click(screen.getByRole('button', { name: action }));
      await user.click(screen.getByRole('button', { name: 'Save' }));
      expect(await axeViolations(container)).toEqual([]);
    },
  );
});

async function openForm(action: string, locale = 'en', actions = recordingActions()) {
  const scenario = await talleresRuiz();
  const view = renderCard(await scenario.detail(), locale, actions);
  await view.user.click(screen.getByRole('button', { name: action }));
  const form = screen.getByRole('form');
  return { ...view, form, scenario };
}

describe('DebtorCard quick actions', () => {
  it.each([
    ['150,50', 'en', 15_050],
    ['150.50', 'en', 15_050],
    ['1.500', 'es-ES', 150_000],
    ['1500', 'en', 150_000],
  ])('records a payment of "%s" (%s) as exactly %i minor units', async (typed, locale, minor) => {
    const amountLabel = locale === 'en' ? 'Amount' : 'Importe';
    const { user, actions } = await openForm(locale === 'en' ? 'Record a payment' : 'Registrar pago', locale);
    await user.type(screen.getByLabelText(amountLabel), typed);
    await user.type(screen.getByLabelText(locale === 'en' ? 'Method' : 'Forma de pago'), 'Transferencia');
    await user.click(screen.getByRole('button', { name: locale === 'en' ? 'Save' : 'Guardar' }));
    expect(actions.recordPayment).toHaveBeenCalledWith({ amount: minor, currency: 'EUR', date: '2026-03-03', method: 'Transferencia' });
    expect(screen.queryByRole('form')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe(locale === 'en' ? 'Saved' : 'Guardado');
  });

  it.each([
    ['', 'Enter an amount.'],
    ['doce', 'Write the amount as a number, for example 1234.56.'],
    ['1,2,3', 'Write the amount as a number, for example 1234.56.'],
    ['0', 'The amount must be more than zero.'],
  ])('refuses the amount %j with "%s" and sends nothing', async (typed, message) => {
    const { user, actions } = await openForm('Record a payment');
    const input = screen.getByLabelText('Amount');
    if (typed !== '') await user.type(input, typed);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(actions.recordPayment).not.toHaveBeenCalled();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const describedBy = input.getAttribute('aria-describedby')!;
    expect(document.getElementById(describedBy)?.textContent).toBe(message);
  });

  it('shows the handler’s error in the UI language and keeps the form filled in', async () => {
    const { user, actions } = await openForm('Registrar pago', 'es-ES', recordingActions(failure('overpayment', 'Payment exceeds')));
    await user.type(screen.getByLabelText('Importe'), '9999');
    await user.click(screen.getByRole('button', { name: 'Guardar' }));
    expect(actions.recordPayment).toHaveBeenCalledOnce();
    expect(screen.getByRole('alert').textContent).toBe('El pago supera lo que se debe.');
    expect((screen.getByLabelText('Importe') as HTMLInputElement).value).toBe('9999');
    expect(screen.getByRole('form')).toBeTruthy();
  });

  it('shows a generic message when the callback itself fails', async () => {
    const actions = recordingActions();
    actions.logCall.mockRejectedValue(new Error('port closed'));
    const { user } = await openForm('Log a call', 'en', actions);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert').textContent).toBe('Something went wrong. Your data has not changed.');
  });

  it('keeps the button busy while the callback runs, and does not send twice', async () => {
    let finish: (result: Result<unknown>) => void = () => {};
    const actions = recordingActions();
    actions.logCall.mockImplementation(() => new Promise((resolve) => (finish = resolve)));
    const { user } = await openForm('Log a call', 'en', actions);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const busy = screen.getByRole('button', { name: 'Saving…' }) as HTMLButtonElement;
    expect(busy.disabled).toBe(true);
    fireEvent.submit(screen.getByRole('form'));
    expect(actions.logCall).toHaveBeenCalledOnce();
    await act(async () => finish({ ok: true, value: null }));
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('logs a call with its outcome and note', async () => {
    const { user, actions } = await openForm('Registrar llamada', 'es-ES');
    await user.selectOptions(screen.getByLabelText('Resultado'), 'No contestó');
    await user.type(screen.getByLabelText('Qué se dijo'), `  ${HOSTILE}  `);
    await user.click(screen.getByRole('button', { name: 'Guardar' }));
    expect(actions.logCall).toHaveBeenCalledWith({ outcome: 'no-answer', note: HOSTILE });
  });

  it.each([
    ['en', '2220.00'],
    ['es-ES', '2220,00'],
  ])('records a promise for what is owed by default (%s)', async (locale, prefilled) => {
    const { user, actions } = await openForm(locale === 'en' ? 'Record a promise' : 'Registrar promesa de pago', locale);
    const amount = screen.getByLabelText(locale === 'en' ? 'Amount promised' : 'Importe prometido') as HTMLInputElement;
    expect(amount.value).toBe(prefilled);
    fireEvent.change(screen.getByLabelText(locale === 'en' ? 'They will pay by' : 'Pagará antes del'), { target: { value: '2026-03-20' } });
    await user.click(screen.getByRole('button', { name: locale === 'en' ? 'Save' : 'Guardar' }));
    expect(actions.recordPromise).toHaveBeenCalledWith({ amount: 222_000, currency: 'EUR', date: '2026-03-20' });
  });

  it('needs a date for a promise', async () => {
    const { user, actions } = await openForm('Record a promise');
    fireEvent.change(screen.getByLabelText('They will pay by'), { target: { value: '' } });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(actions.recordPromise).not.toHaveBeenCalled();
    expect(screen.getByText('Choose a date.')).toBeTruthy();
  });

  it('splits the outstanding into monthly installments that can be edited but must add up', async () => {
    const { user, actions, scenario } = await openForm('Start a payment plan');
    const amountInputs = () => screen.getAllByLabelText(/Installment \d: amount/) as HTMLInputElement[];
    const dateInputs = () => screen.getAllByLabelText(/Installment \d: date/) as HTMLInputElement[];
    expect(amountInputs().map((input) => input.value)).toEqual(['740.00', '740.00', '740.00']);
    expect(dateInputs().map((input) => input.value)).toEqual(['2026-04-03', '2026-05-03', '2026-06-03']);

    const count = screen.getByLabelText('Number of installments');
    await user.clear(count);
    await user.type(count, '2');
    expect(amountInputs().map((input) => input.value)).toEqual(['1110.00', '1110.00']);

    await user.clear(amountInputs()[1]!);
    await user.type(amountInputs()[1]!, '1000');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(actions.startPlan).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent?.replace(/\s+/g, ' ')).toBe('The installments add up to €2,110.00; they must add up to €2,220.00.');

    await user.clear(amountInputs()[0]!);
    await user.type(amountInputs()[0]!, '1220');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const invoiceIds = (await scenario.detail()).invoices.map((invoice) => invoice.id);
    expect(actions.startPlan).toHaveBeenCalledWith({
      installments: [
        { dueDate: '2026-04-03', amount: 122_000 },
        { dueDate: '2026-05-03', amount: 100_000 },
      ],
      invoiceIds,
    });
  });

  it('refuses installments out of date order and an empty invoice choice', async () => {
    const { user, actions } = await openForm('Start a payment plan');
    const dates = screen.getAllByLabelText(/Installment \d: date/);
    fireEvent.change(dates[1]!, { target: { value: '2026-04-03' } });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Each installment must fall after the one before it.')).toBeTruthy();
    for (const box of screen.getAllByRole('checkbox')) await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Choose at least one invoice.')).toBeTruthy();
    expect(actions.startPlan).not.toHaveBeenCalled();
  });

  it('pauses with a reason and an optional end date', async () => {
    const { user, actions } = await openForm('Pause reminders');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Required')).toBeTruthy();
    expect(actions.pause).not.toHaveBeenCalled();
    await user.type(screen.getByLabelText('Why pause?'), 'Cierre por vacaciones');
    fireEvent.change(screen.getByLabelText('Until'), { target: { value: '2026-03-31' } });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(actions.pause).toHaveBeenCalledWith({ reason: 'Cierre por vacaciones', until: '2026-03-31' });
  });

  it('marks chosen invoices as disputed, or all of them', async () => {
    const { user, actions, scenario } = await openForm('Mark as disputed');
    await user.type(screen.getByLabelText('What do they dispute?'), 'No reconocen la factura');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(actions.markDisputed).toHaveBeenLastCalledWith({ reason: 'No reconocen la factura' });
    await user.click(screen.getByRole('button', { name: 'Mark as disputed' }));
    await user.type(screen.getByLabelText('What do they dispute?'), 'Solo la segunda');
    await user.click(screen.getByRole('checkbox', { name: /F-2026-007/ }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const second = (await scenario.detail()).invoices[1]!;
    expect(actions.markDisputed).toHaveBeenLastCalledWith({ reason: 'Solo la segunda', invoiceIds: [second.id] });
  });

  it('resumes a paused debtor and resolves a dispute straight away', async () => {
    const scenario = await talleresRuiz();
    const { client } = scenario.ledger;
    must(await client.send('debtor-pause', { id: scenario.debtorId, reason: 'Vacaciones', until: null }));
    must(await client.send('invoice-dispute', { debtorId: scenario.debtorId, reason: 'No recibida' }));
    const { user, actions } = renderCard(await scenario.detail());
    expect(screen.queryByRole('button', { name: 'Pause reminders' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Resume reminders' }));
    await user.click(screen.getByRole('button', { name: 'Resolve dispute' }));
    expect(actions.resume).toHaveBeenCalledOnce();
    expect(actions.resolveDispute).toHaveBeenCalledOnce();
  });
});

describe('DebtorCard with the real ledger behind it', () => {
  it('every quick action reaches its handler with an input the handler accepts', async () => {
    const scenario = await talleresRuiz({ now: MORNING_IN_MADRID });
    const { client } = scenario.ledger;
    const actions = debtorActionsFor(client, scenario.debtorId);
    const { user, rerender } = renderCard(await scenario.detail(), 'en', actions as unknown as RecordingActions);
    const refresh = async () =>
      rerender(
        <DebtorCard detail={await scenario.detail()} actions={actions} onClose={() => {}} />,
      );
    const save = async () => {
      await user.click(screen.getByRole('button', { name: 'Save' }));
      await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    };

    await user.click(screen.getByRole('button', { name: 'Log a call' }));
    await user.type(screen.getByLabelText('What was said'), 'Pagarán el viernes');
    await save();
    await user.click(screen.getByRole('button', { name: 'Record a promise' }));
    fireEvent.change(screen.getByLabelText('They will pay by'), { target: { value: '2026-03-13' } });
    await save();
    await user.click(screen.getByRole('button', { name: 'Record a payment' }));
    await user.type(screen.getByLabelText('Amount'), '220');
    await save();
    expect(screen.queryByRole('alert')).toBeNull();
    await refresh();
    await user.click(screen.getByRole('button', { name: 'Start a payment plan' }));
    await save();
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Mark as disputed' }));
    await user.type(screen.getByLabelText('What do they dispute?'), 'Precio');
    await save();
    await user.click(screen.getByRole('button', { name: 'Pause reminders' }));
    await user.type(screen.getByLabelText('Why pause?'), 'Vacaciones');
    await save();
    expect(screen.queryByRole('alert')).toBeNull();
    await refresh();
    await user.click(screen.getByRole('button', { name: 'Resume reminders' }));
    const resolve = screen.getByRole('button', { name: 'Resolve dispute' }) as HTMLButtonElement;
    await waitFor(() => expect(resolve.disabled).toBe(false));
    await user.click(resolve);
    expect(screen.queryByRole('alert')).toBeNull();

    await waitFor(async () => {
      const latest = await scenario.detail();
      expect(latest.debtor.pause).toBeNull();
      expect(latest.invoices.every((invoice) => invoice.status !== 'disputed')).toBe(true);
    });
    const detail = await scenario.detail();
    expect(detail.payments.map((payment) => payment.amount)).toEqual([22_000]);
    expect(detail.promises.map((promise) => [promise.amount, promise.date])).toEqual([[222_000, '2026-03-13']]);
    expect(detail.plans[0]?.installments.reduce((sum, item) => sum + item.amount, 0)).toBe(200_000);
    expect(detail.debtor.pause).toBeNull();
    expect(detail.invoices.every((invoice) => invoice.status !== 'disputed')).toBe(true);
    expect(detail.events.map((event) => event.kind)).toEqual(
      expect.arrayContaining(['call', 'promise', 'payment', 'plan', 'dispute', 'pause', 'resume', 'dispute-resolved']),
    );
  });
});

describe('DebtorCard and the claim documents', () => {
  it('offers the claim file and the letter only when the host can open them', async () => {
    const detail = await (await talleresRuiz()).detail();
    const without = renderCard(detail);
    expect(within(without.dialog).queryByRole('button', { name: 'Claim file (PDF)' })).toBeNull();
    cleanup();
    const onOpenDocument = vi.fn();
    renderUi(<DebtorCard detail={detail} actions={recordingActions()} onClose={() => undefined} onOpenDocument={onOpenDocument} />, 'es-ES');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Expediente (PDF)' }));
    await user.click(screen.getByRole('button', { name: 'Requerimiento de pago (PDF)' }));
    expect(onOpenDocument.mock.calls).toEqual([['claim-file'], ['letter']]);
  });
});
