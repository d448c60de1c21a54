// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { must } from '../../ledger/test-ledger';
import { axeViolations, talleresRuiz } from '../test-support';
import { DebtorPage } from './DebtorPage';
import { renderWorkspaceView } from './test-support';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

async function page() {
  const scenario = await talleresRuiz();
  must(await scenario.ledger.client.send('payment-record', { debtorId: scenario.debtorId, currency: 'EUR', amount: 20_000, date: '2026-03-01', method: 'Transferencia' }));
  const harness = renderWorkspaceView(<DebtorPage debtorId={scenario.debtorId} />, { ledger: scenario.ledger });
  await waitFor(() => expect(document.querySelector('[data-cobro="debtor-card"]')).not.toBeNull());
  return { ...harness, debtorId: scenario.debtorId, user: userEvent.setup() };
}

describe('DebtorPage', () => {
  it('shows the debtor card, their payments, and is accessible', async () => {
    const { container, debtorId } = await page();
    expect(container.querySelector(`[data-cobro="debtor-card"][data-debtor-id="${debtorId}"]`)).not.toBeNull();
    const payments = screen.getByRole('region', { name: 'Payments' });
    expect(within(payments).getAllByRole('row')[1]?.textContent).toContain('Transferencia');
    expect(within(payments).getAllByRole('row')[1]?.textContent).toContain('F-2025-118');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('is a page, not a dialog: the name once, as its heading, and nothing to close', async () => {
    await page();
    expect(screen.getAllByText('Talleres Ruiz').map((element) => element.tagName)).toEqual(['H2']);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Talleres Ruiz');
    expect(screen.queryByRole('button', { name: 'Close' })).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('runs a quick action and shows its effect', async () => {
    const { user, ledger, changed, debtorId } = await page();
    await user.click(screen.getByRole('button', { name: 'Record a payment' }));
    const amount = await screen.findByLabelText(/^Amount/);
    await user.type(amount, '100');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(changed).toHaveBeenCalledWith({ all: false, debtorIds: [debtorId] }));
    await waitFor(async () => expect(await ledger.db.payments.count()).toBe(2));
    await waitFor(() => expect(within(screen.getByRole('region', { name: 'Payments' })).getAllByRole('row')).toHaveLength(3));
  });

  it('edits the debtor, refusing an address another debtor has', async () => {
    const { user, ledger, debtorId } = await page();
    must(await ledger.client.send('debtor-create', { name: 'Otro', emails: ['otro@x.es'] }));
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit Talleres Ruiz' });
    const emails = within(dialog).getByLabelText(/Email addresses/);
    await user.type(emails, '\notro@x.es');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText(/already belongs to another debtor/)).toBeTruthy();
    await user.clear(within(dialog).getByLabelText('Name'));
    await user.type(within(dialog).getByLabelText('Name'), 'Talleres Ruiz S.L.');
    await user.clear(emails);
    await user.type(emails, 'pagos@talleres-ruiz.example');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /^Edit/ })).toBeNull());
    const debtor = await ledger.db.debtors.get(debtorId);
    expect([debtor?.name, debtor?.emails]).toEqual(['Talleres Ruiz S.L.', ['pagos@talleres-ruiz.example']]);
  });

  it('adds an invoice', async () => {
    const { user, ledger, debtorId } = await page();
    await user.click(screen.getByRole('button', { name: 'Add invoice' }));
    const dialog = screen.getByRole('dialog', { name: 'New invoice' });
    await user.type(within(dialog).getByLabelText('Invoice number'), 'F-2026-010');
    await user.type(within(dialog).getByLabelText('Amount'), '350,50');
    await user.type(within(dialog).getByLabelText('Due date'), '2026-04-01');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await ledger.db.invoices.where('debtorId').equals(debtorId).toArray()).map((i) => i.number)).toContain('F-2026-010'));
    const invoice = (await ledger.db.invoices.toArray()).find((i) => i.number === 'F-2026-010');
    expect(invoice?.amount).toBe(35_050);
  });

  it('reopens a written-off invoice: the write-off goes and the timeline says so', async () => {
    const { user, ledger, debtorId, changed } = await page();
    const first = (await ledger.db.invoices.where('debtorId').equals(debtorId).sortBy('dueDate'))[0]!;
    const [invoice] = must(await ledger.client.send('debtor-write-off', { debtorId, invoiceIds: [first.id], reason: 'Closed down' })).invoices;
    changed.mockClear();
    const reopen = await screen.findByRole('button', { name: `Reopen invoice ${invoice!.number}: chase it again` });
    // Only the written-off invoice offers it.
    expect(screen.getAllByRole('button', { name: /^Reopen invoice/ })).toHaveLength(1);
    await user.click(reopen);
    await waitFor(() => expect(changed).toHaveBeenCalledWith({ all: false, debtorIds: [debtorId] }));
    expect((await ledger.db.invoices.get(invoice!.id))?.status).toBe('open');
    expect((await ledger.db.events.where('debtorId').equals(debtorId).toArray()).map((event) => event.kind)).toContain('reopened');
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Reopen invoice/ })).toBeNull());
  });

  it('merges a duplicate into this debtor', async () => {
    const { user, ledger, debtorId } = await page();
    const twin = must(
      await ledger.client.send('debtor-create', {
        name: 'Talleres Ruiz SL (old)',
        emails: ['facturas@talleres-ruiz.example'],
        firstInvoice: { number: 'F-2024-900', currency: 'EUR', amount: 5_000, dueDate: '2025-11-01' },
      }),
    ).debtor;
    await user.click(screen.getByRole('button', { name: 'Merge duplicate' }));
    const dialog = screen.getByRole('dialog', { name: /Merge a duplicate/ });
    await user.type(within(dialog).getByRole('searchbox'), 'talleres ruiz sl');
    await user.click(await within(dialog).findByRole('button', { name: /Talleres Ruiz SL \(old\)/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Merge' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /Merge a duplicate/ })).toBeNull());
    expect(await ledger.db.debtors.get(twin.id)).toBeUndefined();
    expect((await ledger.db.debtors.get(debtorId))?.emails).toContain('facturas@talleres-ruiz.example');
  });

  it('deletes after confirmation and goes back to the list', async () => {
    const { user, ledger, debtorId } = await page();
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete Talleres Ruiz?' });
    expect(dialog.textContent).toContain('2 invoices, 1 payment');
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(window.location.hash).toBe('#/debtors'));
    expect(await ledger.db.debtors.get(debtorId)).toBeUndefined();
  });

  it('makes the formal letter, downloads it, and records that it went by burofax', async () => {
    const { user, ledger, download, debtorId, container } = await page();
    await user.click(screen.getByRole('button', { name: 'Formal letter (PDF)' }));
    const dialog = screen.getByRole('dialog', { name: 'Formal letter to Talleres Ruiz' });
    expect(await axeViolations(container)).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Make the PDF' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    const [fileName, blob] = download.mock.calls[0]!;
    expect(fileName).toMatch(/^requerimiento-talleres-ruiz-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(new TextDecoder().decode(new Uint8Array(await blob.arrayBuffer()).subarray(0, 5))).toBe('%PDF-');
    await user.type(within(dialog).getByLabelText('Certificate or tracking reference'), 'BF-2026-77');
    await user.click(within(dialog).getByRole('button', { name: 'Record' }));
    await within(dialog).findByText('Recorded on the timeline.');
    const letters = (await ledger.db.events.where('debtorId').equals(debtorId).toArray()).filter((event) => event.kind === 'letter');
    expect(letters.map((event) => [event.channel, event.note])).toEqual([['letter', 'Burofax · reference BF-2026-77']]);
  });

  it('opens with the claim file dialog when the address names it', async () => {
    const scenario = await talleresRuiz();
    renderWorkspaceView(<DebtorPage debtorId={scenario.debtorId} document="claim-file" />, { ledger: scenario.ledger });
    expect(await screen.findByRole('dialog', { name: 'Claim file for Talleres Ruiz' })).toBeTruthy();
  });

  it('keeps the tax id and postal address the claim file names the customer by', async () => {
    const { user, ledger, debtorId } = await page();
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    const dialog = screen.getByRole('dialog');
    await user.type(within(dialog).getByLabelText('Tax ID'), 'B12345678');
    await user.type(within(dialog).getByLabelText('Address'), 'Calle Mayor 1, Madrid');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await ledger.db.debtors.get(debtorId)).toMatchObject({ taxId: 'B12345678', address: 'Calle Mayor 1, Madrid' }));
  });
});
