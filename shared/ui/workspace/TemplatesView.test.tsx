// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestLedger, must } from '../../ledger/test-ledger';
import { axeViolations } from '../test-support';
import { TemplatesView } from './TemplatesView';
import { renderWorkspaceView } from './test-support';

afterEach(() => cleanup());

async function open(name: RegExp) {
  const user = userEvent.setup();
  const harness = renderWorkspaceView(<TemplatesView />, { ledger: createTestLedger('2026-03-02T10:00:00.000Z') });
  await user.selectOptions(await screen.findByLabelText('Language'), 'English');
  await user.click(await screen.findByRole('button', { name: name }));
  await screen.findByRole('textbox', { name: 'Message' });
  return { ...harness, user };
}

const preview = () => screen.getByRole('region', { name: 'Preview' });

describe('TemplatesView', () => {
  it('lists templates by step and language and opens one with a live preview; accessible', async () => {
    const { container } = await open(/Overdue reminder/);
    await waitFor(() => expect(within(preview()).getByRole('group', { name: 'Preview' }).textContent?.length).toBeGreaterThan(20));
    expect(within(preview()).getByText(/Preview for a sample customer/)).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows the tone check’s findings as the message is typed', async () => {
    const { user } = await open(/Courtesy reminder/);
    const body = screen.getByRole('textbox', { name: 'Message' });
    await user.type(body, ' Otherwise our lawyers will take you to court.');
    await waitFor(() => expect(screen.getByRole('region', { name: 'Tone check' }).textContent).toMatch(/sounds like a threat/));
  });

  it('saves an edit of a built-in as the user’s version and can restore the original', async () => {
    const { user, ledger } = await open(/Due-day reminder/);
    const subject = screen.getByRole('textbox', { name: 'Subject' });
    await user.clear(subject);
    await user.type(subject, 'Friendly nudge');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByText('Template saved.')).toBeTruthy());
    const [stored] = await ledger.db.templates.toArray();
    expect([stored?.builtinId, stored?.subject]).toEqual(['builtin:due:en', 'Friendly nudge']);
    expect(await within(screen.getByRole('list', { name: 'Templates to choose from' })).findByRole('button', { name: /Edited.*Due-day reminder/ })).toBeTruthy();
    await user.click(await screen.findByRole('button', { name: 'Restore the original' }));
    await waitFor(() => expect(screen.getByText('The original template is back.')).toBeTruthy());
    expect(await ledger.db.templates.count()).toBe(0);
  });

  it('creates a template and previews it for a chosen debtor', async () => {
    const user = userEvent.setup();
    const ledger = createTestLedger('2026-03-02T10:00:00.000Z');
    must(await ledger.client.send('demo-load', {}));
    renderWorkspaceView(<TemplatesView />, { ledger });
    await user.click(await screen.findByRole('button', { name: 'New template' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Short nudge');
    const message = screen.getByRole('textbox', { name: 'Message' });
    await user.type(message, 'Hola , debe .');
    // Fields go in at the cursor from the menu; the user never types a brace.
    message.focus();
    (message as HTMLTextAreaElement).setSelectionRange(5, 5);
    await user.click(screen.getByRole('button', { name: /Insert a field/ }));
    await user.click(screen.getByRole('button', { name: 'Customer name' }));
    expect((message as HTMLTextAreaElement).value).toBe('Hola ⟦Customer name⟧, debe .');
    (message as HTMLTextAreaElement).setSelectionRange(27, 27);
    await user.click(screen.getByRole('button', { name: /Insert a field/ }));
    await user.click(screen.getByRole('button', { name: 'Amount owed' }));
    expect((message as HTMLTextAreaElement).value).toBe('Hola ⟦Customer name⟧, debe ⟦Amount owed⟧.');
    await user.click(screen.getByRole('button', { name: 'Preview for a debtor…' }));
    await user.type(screen.getByRole('searchbox'), 'gomez');
    await user.click(await screen.findByRole('button', { name: /Construcciones Gómez/ }));
    await waitFor(() => expect(within(preview()).getByRole('group', { name: 'Preview' }).textContent).toMatch(/^Hola Construcciones Gómez, debe MX\$34,800\.00\./));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByText('Template saved.')).toBeTruthy());
    expect((await ledger.db.templates.toArray()).map((t) => [t.name, t.body])).toEqual([['Short nudge', 'Hola {debtorName}, debe {totalOwed}.']]);
  });

  it('shows a built-in in words, its ICU source only under Advanced, and saves the same ICU back', async () => {
    const { user, ledger } = await open(/Overdue reminder/);
    const message = screen.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement;
    const subject = screen.getByRole('textbox', { name: 'Subject' }) as HTMLInputElement;
    expect(subject.value).toBe('Overdue: ⟦invoice / invoices⟧ ⟦Invoice numbers⟧ (⟦Days late (“30 days”)⟧ late)');
    expect(message.value).toMatch(/^Hello ⟦Contact person⟧,\n/);
    expect(message.value).not.toMatch(/[{}]/);
    await user.click(screen.getByRole('button', { name: /Insert a field/ }));
    expect(screen.getByRole('button', { name: 'Days late (“30 days”)' })).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('button', { name: 'Days late (“30 days”)' })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: /Advanced/ }));
    expect(subject.value).toBe('Overdue: {invoiceCount, plural, one {invoice} other {invoices}} {invoiceNumbers} ({daysLate, plural, one {# day} other {# days}} late)');
    await user.click(screen.getByRole('checkbox', { name: /Advanced/ }));
    expect(subject.value).toMatch(/^Overdue: ⟦/);
    // A whole field goes with one Backspace.
    subject.focus();
    subject.setSelectionRange(subject.value.length - 6, subject.value.length - 6);
    await user.keyboard('{Backspace}');
    expect(subject.value).toBe('Overdue: ⟦invoice / invoices⟧ ⟦Invoice numbers⟧ ( late)');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByText('Template saved.')).toBeTruthy());
    const [stored] = await ledger.db.templates.toArray();
    expect(stored?.subject).toBe('Overdue: {invoiceCount, plural, one {invoice} other {invoices}} {invoiceNumbers} ( late)');
    const { LIBRARY_EN } = await import('../../templates/library.en');
    expect(stored?.body).toBe(LIBRARY_EN.overdue.body);
  });

  it('refuses a field whose name was changed by hand, and says which', async () => {
    const { user } = await open(/Overdue reminder/);
    const message = screen.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement;
    await user.clear(message);
    await user.type(message, 'Hi ⟦Contact persn⟧');
    await waitFor(() => expect(screen.getByRole('region', { name: 'Tone check' }).textContent).toMatch(/⟦Contact persn⟧ is not a field Cobro knows/));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert').textContent).toMatch(/Contact persn/);
  });
});
