// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../ledger/api';
import { createTestLedger, must } from '../ledger/test-ledger';
import type { CaptureDraft } from '../sites/capture-draft';
import type { InvoiceCaptured } from '../sites/handlers';
import { CaptureInvoiceForm, type CaptureInvoiceFormProps, type CaptureInvoiceInput } from './CaptureInvoiceForm';
import { axeViolations, failure, HOSTILE, renderUi, textOf } from './test-support';

afterEach(() => cleanup());

const DEFAULTS = { currency: 'EUR', locale: 'es-ES', timeZone: 'Europe/Madrid' };

const PAGE: CaptureDraft = {
  number: 'INV-0042',
  customer: 'Talleres Ruiz',
  email: 'pagos@talleresruiz.example',
  amountText: '1.234,56 €',
  balanceText: '234,56 €',
  currency: null,
  issueDate: '2026-02-01',
  dueDate: '2026-03-01',
  status: 'partial',
};

const CAPTURED = { ok: true, value: { debtor: { name: 'Talleres Ruiz' }, invoice: { number: 'INV-0042' }, created: { debtor: true } } } as unknown as Result<InvoiceCaptured>;

type Submit = (input: CaptureInvoiceInput) => Promise<Result<InvoiceCaptured>>;

function renderForm(locale: 'en' | 'es', props: Partial<CaptureInvoiceFormProps> = {}, onSubmit = vi.fn<Submit>(async () => CAPTURED)) {
  const onCancel = vi.fn();
  const view = renderUi(
    <CaptureInvoiceForm draft={PAGE} defaults={DEFAULTS} format="invoice-ninja" toolName="Invoice Ninja" onSubmit={onSubmit} onCancel={onCancel} {...props} />,
    locale === 'en' ? 'en' : 'es-ES',
  );
  return { ...view, onSubmit, onCancel, user: userEvent.setup() };
}

const valueOf = (label: string) => (screen.getByLabelText(label) as HTMLInputElement | HTMLSelectElement).value;
const errorOf = (label: string) => {
  const ids = screen.getByLabelText(label).getAttribute('aria-describedby') ?? '';
  return ids
    .split(' ')
    .map((id) => document.getElementById(id))
    .find((element) => element?.classList.contains('cobro-field-error'))?.textContent;
};
const hintOf = (label: string) => document.getElementById(`${screen.getByLabelText(label).id}-hint`)?.textContent;

describe('CaptureInvoiceForm', () => {
  it.each([
    ['en', 'Read from Invoice Ninja — check before adding.', { name: 'Customer name', number: 'Invoice number', amount: 'Amount', currency: 'Currency', paid: 'Already paid (optional)', due: 'Due date', submit: 'Add to Cobro' }, '1234.56', '1000.00', 'Euro (EUR)'],
    ['es', 'Datos leídos de Invoice Ninja: revíselos antes de añadir la factura.', { name: 'Nombre del cliente', number: 'Número de factura', amount: 'Importe', currency: 'Moneda', paid: 'Ya pagado (opcional)', due: 'Fecha de vencimiento', submit: 'Añadir a Cobro' }, '1234,56', '1000,00', 'euro (EUR)'],
  ] as const)('prefills from the page and sends minor units (%s)', async (locale, from, labels, amount, paid, euro) => {
    const view = renderForm(locale);
    expect(screen.getByText(from)).toBeTruthy();
    expect(valueOf(labels.name)).toBe('Talleres Ruiz');
    expect(valueOf(labels.number)).toBe('INV-0042');
    expect(valueOf(labels.amount)).toBe(amount);
    expect(valueOf(labels.paid)).toBe(paid);
    expect(valueOf(labels.due)).toBe('2026-03-01');
    const currency = screen.getByLabelText(labels.currency) as HTMLSelectElement;
    expect(currency.selectedOptions[0]?.textContent).toBe(euro);
    await view.user.click(screen.getByRole('button', { name: labels.submit }));
    expect(view.onSubmit).toHaveBeenCalledExactlyOnceWith({
      debtor: { name: 'Talleres Ruiz', emails: ['pagos@talleresruiz.example'], locale: 'es-ES', timeZone: 'Europe/Madrid' },
      invoice: { number: 'INV-0042', currency: 'EUR', amount: 123_456, paid: 100_000, dueDate: '2026-03-01', issueDate: '2026-02-01' },
      source: { format: 'invoice-ninja' },
    });
    expect(textOf(screen.getByRole('status'))).toBe(locale === 'en' ? 'Invoice INV-0042 added for Talleres Ruiz.' : 'Factura INV-0042 añadida a Talleres Ruiz.');
  });

  it('makes the user choose which currency a bare "$" is, and says what the page wrote', async () => {
    const view = renderForm('es', { draft: { ...PAGE, amountText: '$1,200.00', balanceText: null, status: 'open' }, toolName: undefined, format: 'page' });
    expect(screen.getByText('Datos leídos de esta página: revíselos antes de añadir la factura.')).toBeTruthy();
    expect(valueOf('Moneda')).toBe('');
    expect(hintOf('Moneda')).toBe('En la página pone «$», que puede ser más de una moneda: elija cuál.');
    const offered = [...(screen.getByLabelText('Moneda') as HTMLSelectElement).options].map((option) => option.value);
    expect(offered.slice(0, 4)).toEqual(['', 'USD', 'MXN', 'ARS']);
    expect(offered).not.toContain('EUR');
    await view.user.click(screen.getByRole('button', { name: 'Añadir a Cobro' }));
    expect(view.onSubmit).not.toHaveBeenCalled();
    expect(errorOf('Moneda')).toBe('Elija una moneda.');
    await view.user.selectOptions(screen.getByLabelText('Moneda'), 'MXN');
    await view.user.click(screen.getByRole('button', { name: 'Añadir a Cobro' }));
    expect(view.onSubmit.mock.calls[0]?.[0]).toMatchObject({ invoice: { currency: 'MXN', amount: 120_000, paid: 0 }, source: { format: 'page' } });
  });

  it('adds to the customer who has the address, by id', async () => {
    const view = renderForm('en', { existing: { id: 'd-7', name: 'Talleres Ruiz S.L.' } });
    expect(screen.getByText('Adds to “Talleres Ruiz S.L.”, who has this email address.')).toBeTruthy();
    expect(screen.queryByLabelText('Customer name')).toBeNull();
    await view.user.click(screen.getByRole('button', { name: 'Add to Cobro' }));
    expect(view.onSubmit.mock.calls[0]?.[0].debtor).toEqual({ id: 'd-7' });
  });

  it('allows no address, and says what that means', async () => {
    const view = renderForm('en', { draft: { ...PAGE, email: null } });
    expect(valueOf('Email (optional)')).toBe('');
    expect(hintOf('Email (optional)')).toBe('No email address: Cobro will track the invoice, but cannot write to this customer until you add one.');
    await view.user.click(screen.getByRole('button', { name: 'Add to Cobro' }));
    expect(view.onSubmit.mock.calls[0]?.[0].debtor).toMatchObject({ name: 'Talleres Ruiz', emails: [] });
  });

  it.each([
    ['no due date on the page', { dueDate: null }, {}, { 'Due date': 'Choose a date.' }],
    ['more paid than the amount', {}, { 'Already paid (optional)': '2000' }, { 'Already paid (optional)': 'What was paid cannot be more than the amount.' }],
    ['an amount that is not one', {}, { Amount: 'mucho' }, { Amount: 'Write the amount as a number, for example 1234.56.' }],
    ['no number, no name, a broken address', { number: null, customer: null }, { 'Email (optional)': 'pagos-arroba' }, { 'Invoice number': 'Required', 'Customer name': 'Required', 'Email (optional)': 'Enter an email address such as name@example.com.' }],
  ] as const)('explains each wrong field and sends nothing: %s', async (_label, page, typed, messages) => {
    const view = renderForm('en', { draft: { ...PAGE, ...page } });
    if ('dueDate' in page) expect(hintOf('Due date')).toBe('The page does not show the due date: enter it.');
    for (const [label, text] of Object.entries(typed)) {
      await view.user.clear(screen.getByLabelText(label));
      await view.user.type(screen.getByLabelText(label), text);
    }
    await view.user.click(screen.getByRole('button', { name: 'Add to Cobro' }));
    expect(view.onSubmit).not.toHaveBeenCalled();
    for (const [label, message] of Object.entries(messages)) {
      expect(screen.getByLabelText(label).getAttribute('aria-invalid')).toBe('true');
      expect(errorOf(label)).toBe(message);
    }
    expect(screen.getByRole('alert').textContent).toBe('Please correct the marked fields.');
  });

  it.each([
    [
      'a number the customer already has',
      { ok: false, error: { code: 'conflict', message: '', issues: [{ path: 'invoice.number', message: '', rule: 'number-taken', value: 'INV-0042' }] } },
      'Número de factura',
      'Este cliente ya tiene una factura con el número INV-0042.',
      'Este cliente ya tiene una factura con el número INV-0042.',
    ],
    ['an address another customer has', failure('email-taken'), 'Correo electrónico (opcional)', 'Esa dirección de correo ya pertenece a otro cliente.', 'Esa dirección de correo ya pertenece a otro cliente.'],
  ] as const)('shows the ledger’s refusal of %s in the user’s language, keeping what was typed', async (_label, answer, label, fieldError, alert) => {
    const view = renderForm('es', {}, vi.fn<Submit>(async () => answer as Result<InvoiceCaptured>));
    await view.user.click(screen.getByRole('button', { name: 'Añadir a Cobro' }));
    expect(screen.getByRole('alert').textContent).toBe(alert);
    expect(errorOf(label)).toBe(fieldError);
    expect(valueOf('Número de factura')).toBe('INV-0042');
    expect((screen.getByRole('button', { name: 'Añadir a Cobro' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('is accepted by the real invoice-capture handler', async () => {
    const ledger = createTestLedger('2026-03-03T10:00:00.000Z');
    const view = renderForm('es', {}, vi.fn<Submit>((input) => ledger.client.send('invoice-capture', input)));
    await view.user.click(screen.getByRole('button', { name: 'Añadir a Cobro' }));
    await screen.findByText('Factura INV-0042 añadida a Talleres Ruiz.');
    const found = must(await ledger.client.send('page-lookup', { numbers: ['INV-0042'], emails: [] }));
    expect(found.invoices[0]?.invoice).toMatchObject({ amount: 123_456, paid: 100_000, source: { kind: 'page', format: 'invoice-ninja' } });
    expect(found.invoices[0]?.status.outstanding).toEqual([{ currency: 'EUR', amount: 23_456 }]);
  });

  it('cancels with the button and with Escape', async () => {
    const view = renderForm('en');
    await view.user.click(screen.getByRole('button', { name: 'Cancel' }));
    screen.getByLabelText('Invoice number').focus();
    await view.user.keyboard('{Escape}');
    expect(view.onCancel).toHaveBeenCalledTimes(2);
  });

  it('shows hostile page text as text and passes axe with errors showing', async () => {
    const view = renderForm('en', { draft: { ...PAGE, customer: HOSTILE, number: HOSTILE, dueDate: null, amountText: `${HOSTILE} $` } });
    expect(view.container.querySelector('img')).toBeNull();
    expect(valueOf('Customer name')).toBe(HOSTILE);
    fireEvent.change(screen.getByLabelText('Due date'), { target: { value: '' } });
    await view.user.click(screen.getByRole('button', { name: 'Add to Cobro' }));
    expect(view.onSubmit).not.toHaveBeenCalled();
    expect(await axeViolations(view.container)).toEqual([]);
  });
});
