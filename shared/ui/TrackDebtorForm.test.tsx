// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../ledger/api';
import { createTestLedger, must } from '../ledger/test-ledger';
import { TrackDebtorForm, type TrackDebtorInput } from './TrackDebtorForm';
import { axeViolations, failure, HOSTILE, renderUi, textOf } from './test-support';

afterEach(() => cleanup());

const DEFAULTS = { currency: 'EUR', locale: 'es-ES', timeZone: 'Europe/Madrid' };

const LABELS = {
  en: { name: 'Customer name', email: 'Email', number: 'Invoice number', amount: 'Amount', currency: 'Currency', due: 'Due date', issue: 'Issue date (optional)', submit: 'Track' },
  es: { name: 'Nombre del cliente', email: 'Correo electrónico', number: 'Número de factura', amount: 'Importe', currency: 'Moneda', due: 'Fecha de vencimiento', issue: 'Fecha de emisión (opcional)', submit: 'Seguir' },
};

function renderForm(locale: 'en' | 'es', onSubmit = vi.fn<(input: TrackDebtorInput) => Promise<Result<unknown>>>(async () => ({ ok: true, value: null })), name = 'Ana Pérez') {
  const onCancel = vi.fn();
  const view = renderUi(<TrackDebtorForm email="ana@perez.example" name={name} defaults={DEFAULTS} onSubmit={onSubmit} onCancel={onCancel} />, locale === 'en' ? 'en' : 'es-ES');
  return { ...view, onSubmit, onCancel, user: userEvent.setup(), labels: LABELS[locale] };
}

async function fill(view: ReturnType<typeof renderForm>, values: { number?: string; amount?: string; due?: string; issue?: string }) {
  const { user, labels } = view;
  if (values.number) await user.type(screen.getByLabelText(labels.number), values.number);
  if (values.amount) await user.type(screen.getByLabelText(labels.amount), values.amount);
  if (values.due !== undefined) fireEvent.change(screen.getByLabelText(labels.due), { target: { value: values.due } });
  if (values.issue !== undefined) fireEvent.change(screen.getByLabelText(labels.issue), { target: { value: values.issue } });
}

describe('TrackDebtorForm', () => {
  it.each([
    ['en', 'Track ana@perez.example', '1.234,56', 123_456],
    ['es', 'Seguir a ana@perez.example', '1.234,56', 123_456],
    ['es', 'Seguir a ana@perez.example', '1.500', 150_000],
    ['en', 'Track ana@perez.example', '1,500', 150_000],
  ] as const)('submits a debtor with the first invoice in exact minor units (%s, %s)', async (locale, title, typed, minor) => {
    const view = renderForm(locale);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(title);
    expect((screen.getByLabelText(view.labels.name) as HTMLInputElement).value).toBe('Ana Pérez');
    expect((screen.getByLabelText(view.labels.email) as HTMLInputElement).value).toBe('ana@perez.example');
    await fill(view, { number: 'F-77', amount: typed, due: '2026-03-31' });
    await view.user.click(screen.getByRole('button', { name: view.labels.submit }));
    expect(view.onSubmit).toHaveBeenCalledExactlyOnceWith({
      name: 'Ana Pérez',
      emails: ['ana@perez.example'],
      locale: 'es-ES',
      timeZone: 'Europe/Madrid',
      firstInvoice: { number: 'F-77', currency: 'EUR', amount: minor, dueDate: '2026-03-31' },
    });
  });

  it('sends the issue date and the chosen currency when given', async () => {
    const view = renderForm('en');
    await fill(view, { number: 'INV-1', amount: '99.5', due: '2026-03-31', issue: '2026-03-01' });
    await view.user.selectOptions(screen.getByLabelText('Currency'), 'USD');
    await view.user.click(screen.getByRole('button', { name: 'Track' }));
    expect(view.onSubmit.mock.calls[0]?.[0].firstInvoice).toEqual({ number: 'INV-1', currency: 'USD', amount: 9_950, dueDate: '2026-03-31', issueDate: '2026-03-01' });
  });

  it.each([
    [{ number: '', amount: '', due: '' }, { number: 'Required', amount: 'Enter an amount.', due: 'Choose a date.' }],
    [{ number: 'F-1', amount: 'mucho', due: '2026-03-31' }, { amount: 'Write the amount as a number, for example 1234.56.' }],
    [{ number: 'F-1', amount: '-4', due: '2026-03-31' }, { amount: 'The amount must be more than zero.' }],
    [{ number: 'F-1', amount: '10', due: '2026-03-01', issue: '2026-03-31' }, { issue: 'The issue date cannot be after the due date.' }],
  ])('explains each wrong field and sends nothing: %j', async (values, messages) => {
    const view = renderForm('en');
    await fill(view, values);
    await view.user.click(screen.getByRole('button', { name: 'Track' }));
    expect(view.onSubmit).not.toHaveBeenCalled();
    for (const [field, message] of Object.entries(messages)) {
      const input = screen.getByLabelText(LABELS.en[field as keyof typeof LABELS.en]);
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent).toBe(message);
    }
    expect(screen.getByRole('alert').textContent).toBe('Please correct the marked fields.');
  });

  it('checks the name and the address too', async () => {
    const view = renderForm('es');
    await view.user.clear(screen.getByLabelText('Nombre del cliente'));
    await view.user.clear(screen.getByLabelText('Correo electrónico'));
    await view.user.type(screen.getByLabelText('Correo electrónico'), 'ana-arroba-perez');
    await view.user.click(screen.getByRole('button', { name: 'Seguir' }));
    const errorOf = (label: string) => document.getElementById(screen.getByLabelText(label).getAttribute('aria-describedby') ?? '')?.textContent;
    expect(errorOf('Nombre del cliente')).toBe('Obligatorio');
    expect(errorOf('Correo electrónico')).toBe('Indique un correo electrónico como nombre@ejemplo.com.');
    expect(view.onSubmit).not.toHaveBeenCalled();
  });

  it('shows the handler’s error on the field it concerns and keeps everything typed', async () => {
    const view = renderForm('es', vi.fn(async () => failure('email-taken')));
    await fill(view, { number: 'F-9', amount: '10', due: '2026-03-31' });
    await view.user.click(screen.getByRole('button', { name: 'Seguir' }));
    expect(screen.getByRole('alert').textContent).toBe('Esa dirección de correo ya pertenece a otro cliente.');
    expect(screen.getByLabelText('Correo electrónico').getAttribute('aria-invalid')).toBe('true');
    expect((screen.getByLabelText('Número de factura') as HTMLInputElement).value).toBe('F-9');
  });

  it('disables submit while busy and submits once', async () => {
    let finish: (result: Result<unknown>) => void = () => {};
    const view = renderForm('en', vi.fn(() => new Promise<Result<unknown>>((resolve) => (finish = resolve))));
    await fill(view, { number: 'F-9', amount: '10', due: '2026-03-31' });
    await view.user.click(screen.getByRole('button', { name: 'Track' }));
    const busy = screen.getByRole('button', { name: 'Saving…' }) as HTMLButtonElement;
    expect(busy.disabled).toBe(true);
    fireEvent.submit(busy.form!);
    expect(view.onSubmit).toHaveBeenCalledOnce();
    await act(async () => finish({ ok: true, value: null }));
    expect(textOf(screen.getByRole('status'))).toBe('Ana Pérez is now tracked.');
  });

  it('is accepted by the real debtor-create handler', async () => {
    const ledger = createTestLedger('2026-03-03T10:00:00.000Z');
    const view = renderForm('en', vi.fn((input: TrackDebtorInput) => ledger.client.send('debtor-create', input)));
    await fill(view, { number: 'F-2026-031', amount: '1815', due: '2026-03-31' });
    await view.user.click(screen.getByRole('button', { name: 'Track' }));
    await screen.findByText('Ana Pérez is now tracked.');
    const [match] = must(await ledger.client.send('debtor-lookup', { emails: ['ana@perez.example'] }));
    expect(match?.status.outstanding).toEqual([{ currency: 'EUR', amount: 181_500 }]);
  });

  it('cancels with the button and with Escape', async () => {
    const view = renderForm('en');
    await view.user.click(screen.getByRole('button', { name: 'Cancel' }));
    screen.getByLabelText('Invoice number').focus();
    await view.user.keyboard('{Escape}');
    expect(view.onCancel).toHaveBeenCalledTimes(2);
  });

  it('shows a hostile sender name as text and passes axe with errors showing', async () => {
    const view = renderForm('en', undefined, HOSTILE);
    expect(view.container.querySelector('img')).toBeNull();
    expect((screen.getByLabelText('Customer name') as HTMLInputElement).value).toBe(HOSTILE);
    await view.user.click(screen.getByRole('button', { name: 'Track' }));
    expect(await axeViolations(view.container)).toEqual([]);
  });
});
