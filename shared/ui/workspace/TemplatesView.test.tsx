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
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Hola {{debtorName}, debe {{totalOwed}.');
    await user.click(screen.getByRole('button', { name: 'Preview for a debtor…' }));
    await user.type(screen.getByRole('searchbox'), 'gomez');
    await user.click(await screen.findByRole('button', { name: /Construcciones Gómez/ }));
    await waitFor(() => expect(within(preview()).getByRole('group', { name: 'Preview' }).textContent).toMatch(/^Hola Construcciones Gómez, debe MX\$34,800\.00\./));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByText('Template saved.')).toBeTruthy());
    expect((await ledger.db.templates.toArray()).map((t) => t.name)).toEqual(['Short nudge']);
  });
});
