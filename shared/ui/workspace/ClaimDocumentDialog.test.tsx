// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { invoicePdf } from '../../claim/test-invoice-pdf';
import { axeViolations, talleresRuiz } from '../test-support';
import { DebtorPage } from './DebtorPage';
import { renderWorkspaceView } from './test-support';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

async function claimDialog() {
  const scenario = await talleresRuiz();
  const harness = renderWorkspaceView(<DebtorPage debtorId={scenario.debtorId} document="claim-file" />, { ledger: scenario.ledger });
  const dialog = await screen.findByRole('dialog', { name: 'Claim file for Talleres Ruiz' });
  return { ...harness, dialog, user: userEvent.setup() };
}

const pdfFile = async (name: string) => new File([(await invoicePdf('F-2025-118')) as Uint8Array<ArrayBuffer>], name, { type: 'application/pdf' });

describe('the invoice PDFs in the claim file dialog', () => {
  it('offers one for each invoice, says Cobro keeps no copy, and the letter has none', async () => {
    const { dialog, container } = await claimDialog();
    const group = within(dialog).getByRole('group', { name: 'Original invoices (optional)' });
    expect(within(group).getByText('Attached to this file only; Cobro does not keep a copy.')).toBeTruthy();
    for (const number of ['F-2025-118', 'F-2026-007']) expect(within(group).getByLabelText(`Attach the PDF of invoice ${number}`).getAttribute('accept')).toBe('application/pdf');
    expect(await axeViolations(container)).toEqual([]);
    cleanup();
    const scenario = await talleresRuiz();
    renderWorkspaceView(<DebtorPage debtorId={scenario.debtorId} document="letter" />, { ledger: scenario.ledger });
    const letter = await screen.findByRole('dialog', { name: 'Formal letter to Talleres Ruiz' });
    expect(within(letter).queryByRole('group', { name: 'Original invoices (optional)' })).toBeNull();
  });

  it.each([
    ['a file that is no PDF', () => new File(['Factura F-2025-118: 1.500,00 €'], 'factura.pdf', { type: 'application/pdf' }), '“factura.pdf” was not attached: it is not a PDF (a PDF begins with “%PDF-”). Choose the invoice as a PDF file.'],
    ['a damaged PDF', () => new File(['%PDF-1.7\n%%EOF\n'], 'rota.pdf', { type: 'application/pdf' }), '“rota.pdf” was not attached: it looks like a PDF but cannot be read, it may be damaged. Open it and save or print it again as PDF.'],
  ])('refuses %s beside its input and attaches nothing', async (_name, file, message) => {
    const { dialog, user, container } = await claimDialog();
    const input = within(dialog).getByLabelText('Attach the PDF of invoice F-2025-118');
    await user.upload(input, file());
    expect((await within(dialog).findByRole('alert')).textContent).toBe(message);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(within(dialog).getByRole('alert').id);
    expect(within(dialog).queryByRole('button', { name: /^Remove/ })).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows an accepted file by name and size with Remove, and the focus follows', async () => {
    const { dialog, user, container } = await claimDialog();
    await user.upload(within(dialog).getByLabelText('Attach the PDF of invoice F-2025-118'), await pdfFile('F-2025-118 firmada.pdf'));
    const remove = await within(dialog).findByRole('button', { name: 'Remove the PDF of invoice F-2025-118' });
    await waitFor(() => expect(document.activeElement).toBe(remove));
    expect(within(dialog).getByRole('status').textContent).toMatch(/^F-2025-118 firmada\.pdf · \d kB$/);
    expect(await axeViolations(container)).toEqual([]);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByLabelText('Attach the PDF of invoice F-2025-118')));
    expect(within(dialog).queryByRole('status')).toBeNull();
  });
});
