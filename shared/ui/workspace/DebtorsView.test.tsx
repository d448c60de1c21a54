// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { generateLedger, loadLedger } from '../../ledger/sample-ledger';
import { createTestLedger, must } from '../../ledger/test-ledger';
import { axeViolations, HOSTILE } from '../test-support';
import { DebtorsView, INITIAL_FILTERS, listRequest } from './DebtorsView';
import { renderWorkspaceView } from './test-support';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

const NOW = '2026-03-02T10:00:00.000Z';

async function demoLedger() {
  const ledger = createTestLedger(NOW);
  must(await ledger.client.send('demo-load', {}));
  return ledger;
}

const status = () => screen.getByRole('status');
const bodyRows = () => within(screen.getByRole('table', { name: 'Debtors' })).queryAllByRole('row').filter((row) => row.getAttribute('aria-rowindex') !== '1');

describe('listRequest', () => {
  it.each([
    [{}, { filters: {}, sort: { by: 'severity', direction: 'desc' } }],
    [{ query: '  gomez ' }, { query: 'gomez', filters: {}, sort: { by: 'severity', direction: 'desc' } }],
    [
      { step: 'call', bucket: '31-60', kind: 'none', currency: 'EUR', paused: 'yes', disputed: 'no' },
      { filters: { steps: ['call'], agingBuckets: ['31-60'], kinds: ['none'], currency: 'EUR', paused: true, disputed: false }, sort: { by: 'severity', direction: 'desc' } },
    ],
  ] as const)('%j → %j', (state, request) => {
    expect(listRequest({ ...INITIAL_FILTERS, ...state })).toEqual(request);
  });
});

describe('DebtorsView', () => {
  it('lists the debtors with their summary, and is accessible', async () => {
    const { container } = renderWorkspaceView(<DebtorsView />, { ledger: await demoLedger() });
    await waitFor(() => expect(status().textContent).toBe('12 debtors'));
    await waitFor(() => expect(screen.getByRole('link', { name: /Construcciones Gómez/ })).toBeTruthy());
    expect(screen.getByRole('table', { name: 'Debtors' }).getAttribute('aria-rowcount')).toBe('13');
    const row = screen.getByRole('link', { name: /Construcciones Gómez/ }).closest('[role="row"]')!;
    expect(within(row as HTMLElement).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'Construcciones Gómezobras@construccionesgomez.example',
      // MXN in the debtor's own locale (es-MX) is written with "$".
      'MX$34,800.00',
      '35 days late',
      // Reminded twice, never called: the chase is at the call, however late.
      'Phone call',
      'Overdue · Temporary',
      'Broken promise · Mar 2, 2026',
      'Feb 2, 2026, 9:00 AM',
    ]);
    expect(await axeViolations(container)).toEqual([]);
  });

  it.each([
    ['Paused', 'Yes', 1],
    ['In dispute', 'Yes', 1],
    ['Step', 'Phone call', 4],
    ['Currency', 'MXN', 1],
  ])('filters by %s = %s', async (label, option, count) => {
    const user = userEvent.setup();
    renderWorkspaceView(<DebtorsView />, { ledger: await demoLedger() });
    await waitFor(() => expect(status().textContent).toBe('12 debtors'));
    await waitFor(() => expect(within(screen.getByLabelText('Currency')).queryByRole('option', { name: 'MXN' })).toBeTruthy());
    await user.selectOptions(screen.getByLabelText(label), option);
    await waitFor(() => expect(status().textContent).toBe(count === 1 ? '1 debtor' : `${count} debtors`));
    await waitFor(() => expect(bodyRows()).toHaveLength(count));
  });

  it('searches by name as the user types', async () => {
    const user = userEvent.setup();
    renderWorkspaceView(<DebtorsView />, { ledger: await demoLedger() });
    await user.type(screen.getByLabelText('Search debtors'), 'gomez');
    await waitFor(() => expect(status().textContent).toBe('1 debtor'));
    expect(screen.getByRole('link', { name: /Construcciones Gómez/ }).getAttribute('href')).toBe('#/debtors/demo-broken-promise');
  });

  it('sorts by a column, saying which and how', async () => {
    const user = userEvent.setup();
    renderWorkspaceView(<DebtorsView />, { ledger: await demoLedger() });
    await waitFor(() => expect(status().textContent).toBe('12 debtors'));
    await user.click(screen.getByRole('button', { name: /^Debtor/ }));
    const header = screen.getByRole('button', { name: /^Debtor/ }).closest('[role="columnheader"]')!;
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    await waitFor(() => expect(bodyRows()[0]?.textContent).toMatch(/^Bright|^Ana|^[A-C]/));
    const names = bodyRows().map((row) => within(row).getByRole('link').textContent ?? '');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it('draws only the rows in view of a long list', async () => {
    const ledger = createTestLedger(NOW);
    const now = new Date(NOW);
    await loadLedger(ledger.db, generateLedger({ debtors: 400, invoicesPerDebtor: 1, eventsPerDebtor: 0, seed: 3, now }), { now });
    renderWorkspaceView(<DebtorsView height={440} />, { ledger });
    await waitFor(() => expect(status().textContent).toBe('400 debtors'));
    await waitFor(() => expect(bodyRows().length).toBeGreaterThan(5));
    expect(bodyRows().length).toBeLessThan(30);
    expect(screen.getByRole('table', { name: 'Debtors' }).getAttribute('aria-rowcount')).toBe('401');
  });

  it('moves through rows with the arrow keys', async () => {
    const user = userEvent.setup();
    renderWorkspaceView(<DebtorsView />, { ledger: await demoLedger() });
    await waitFor(() => expect(bodyRows().length).toBe(12));
    await waitFor(() => expect(within(bodyRows()[0]!).queryByRole('link')).toBeTruthy());
    within(bodyRows()[0]!).getByRole('link').focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(within(bodyRows()[1]!).getByRole('link'));
    await user.keyboard('{End}');
    await waitFor(() => expect(document.activeElement).toBe(within(bodyRows()[11]!).getByRole('link')));
  });

  it('shows a hostile name as text', async () => {
    const ledger = createTestLedger(NOW);
    must(await ledger.client.send('debtor-create', { name: HOSTILE, emails: ['x@y.es'] }));
    const { container } = renderWorkspaceView(<DebtorsView />, { ledger });
    await waitFor(() => expect(screen.getByRole('link', { name: HOSTILE })).toBeTruthy());
    expect(container.querySelector('img')).toBeNull();
  });

  it('creates a debtor and goes to their page', async () => {
    const user = userEvent.setup();
    const harness = renderWorkspaceView(<DebtorsView />);
    await user.click(screen.getByRole('button', { name: 'New debtor' }));
    const dialog = screen.getByRole('dialog', { name: 'New debtor' });
    await user.type(within(dialog).getByLabelText('Name'), 'Talleres Ruiz');
    await user.type(within(dialog).getByLabelText(/Email addresses/), 'pagos@ruiz.es, not-an-address');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByText('“not-an-address” is not an email address.')).toBeTruthy();
    await user.clear(within(dialog).getByLabelText(/Email addresses/));
    await user.type(within(dialog).getByLabelText(/Email addresses/), 'pagos@ruiz.es');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/debtors\/.+/));
    const [debtor] = await harness.ledger.db.debtors.toArray();
    expect(debtor?.emails).toEqual(['pagos@ruiz.es']);
    expect(harness.changed).toHaveBeenCalledWith({ all: false, debtorIds: [debtor!.id] });
  });

  it('asks for the customer’s language and time zone by name and stores the tag and the zone', async () => {
    const user = userEvent.setup();
    const harness = renderWorkspaceView(<DebtorsView />);
    await user.click(screen.getByRole('button', { name: 'New debtor' }));
    const dialog = screen.getByRole('dialog', { name: 'New debtor' });
    expect(within(dialog).queryByDisplayValue(/Europe\/|America\//)).toBeNull();
    await user.type(within(dialog).getByLabelText('Name'), 'Constructora Azteca');
    const zone = within(dialog).getByRole('combobox', { name: /Their time zone/ });
    await user.clear(zone);
    await user.type(zone, 'mexico city');
    await user.click(await within(dialog).findByRole('option', { name: /^Mexico City/ }));
    const language = within(dialog).getByRole('combobox', { name: /Their language/ });
    await user.clear(language);
    await user.type(language, 'spanish mexico');
    await user.click(await within(dialog).findByRole('option', { name: 'Spanish (Mexico)' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/debtors\/.+/));
    const [debtor] = await harness.ledger.db.debtors.toArray();
    expect([debtor?.locale, debtor?.timeZone]).toEqual(['es-MX', 'America/Mexico_City']);
  });
});
