// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../ledger/schema';
import { createTestLedger, must } from '../../ledger/test-ledger';
import { axeViolations } from '../test-support';
import { basisPoints, formOf, patchOf, SettingsView } from './SettingsView';
import { renderWorkspaceView } from './test-support';

afterEach(() => cleanup());

describe('the settings form', () => {
  it.each([
    ['2.15', 215],
    ['2,15', 215],
    ['4', 400],
    ['-0,5', -50],
    ['abc', Number.NaN],
  ])('reads the ECB rate %s as %d basis points', (text, expected) => {
    expect(basisPoints(text)).toBe(expected);
  });

  it('turns the stored settings into a form and back without changing them', () => {
    const patch = patchOf(formOf(DEFAULT_SETTINGS));
    expect({ ...DEFAULT_SETTINGS, ...patch, contactPolicy: DEFAULT_SETTINGS.contactPolicy }).toEqual(DEFAULT_SETTINGS);
    expect(patch.contactPolicy).toMatchObject({ preset: 'spain', startHour: 9, endHour: 21 });
  });
});

describe('SettingsView', () => {
  it('saves the business, a payment method and the ladder; accessible', async () => {
    const user = userEvent.setup();
    const harness = renderWorkspaceView(<SettingsView />, { ledger: createTestLedger() });
    const business = await screen.findByRole('region', { name: 'Your business' });
    await user.type(within(business).getByLabelText('Name'), 'Estudio Lumen');
    await user.type(within(business).getByLabelText('Signature'), 'Ana Ruiz');
    await user.click(screen.getByRole('button', { name: 'Add a payment method' }));
    const method = screen.getByRole('group', { name: 'Payment method 1' });
    await user.type(within(method).getByLabelText('Label'), 'Transferencia');
    await user.type(within(method).getByLabelText(/Details/), 'ES91 2100 0418 4502 0005 1332');
    const call = screen.getByLabelText('Phone call');
    await user.clear(call);
    await user.type(call, '12');
    expect(await axeViolations(harness.container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByText('Settings saved.')).toBeTruthy());
    const settings = must(await harness.ledger.client.send('settings-get', {}));
    expect(settings.business.name).toBe('Estudio Lumen');
    expect(settings.signature).toBe('Ana Ruiz');
    expect(settings.paymentMethods).toEqual([{ kind: 'iban', label: 'Transferencia', value: 'ES91 2100 0418 4502 0005 1332' }]);
    expect(settings.ladderDays.call).toBe(12);
    expect(harness.changed).toHaveBeenCalledWith({ all: true, debtorIds: [] });
  });

  it('saves the user’s own half-year rate, shown beside Cobro’s table; accessible', async () => {
    const user = userEvent.setup();
    const harness = renderWorkspaceView(<SettingsView />, { ledger: createTestLedger() });
    await user.click(await screen.findByRole('button', { name: 'Add a half-year' }));
    const half = screen.getByRole('textbox', { name: 'Half-year' });
    await user.clear(half);
    await user.type(half, '2026-H2');
    await user.type(screen.getByRole('textbox', { name: 'Rate %' }), '10,40');
    expect(screen.getByRole('cell', { name: '10.40% · not verified' })).toBeTruthy();
    expect(await axeViolations(harness.container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByText('Settings saved.')).toBeTruthy());
    expect(must(await harness.ledger.client.send('settings-get', {})).interestRates).toEqual([{ half: '2026-H2', percent: '10.40' }]);
  });

  it('shows what the ledger refused and saves nothing', async () => {
    const user = userEvent.setup();
    const harness = renderWorkspaceView(<SettingsView />, { ledger: createTestLedger() });
    const call = await screen.findByLabelText('Phone call');
    await user.clear(call);
    await user.type(call, '99');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Please correct the marked fields.')).toBeTruthy();
    expect(screen.getAllByText('Each step must come later than the one before it: the days must go up.').length).toBeGreaterThan(0);
    expect(screen.queryByText(/ladderDays|each step must come after/)).toBeNull();
    expect(must(await harness.ledger.client.send('settings-get', {})).ladderDays.call).toBe(14);
  });

  it("says what the ledger refused in Spanish, never in the ledger's English", async () => {
    const user = userEvent.setup();
    renderWorkspaceView(<SettingsView />, { ledger: createTestLedger(), locale: 'es' });
    const call = await screen.findByLabelText('Llamada');
    await user.clear(call);
    await user.type(call, '99');
    await user.click(screen.getByRole('button', { name: 'Guardar' }));
    expect(await screen.findAllByText('Cada paso debe ir después del anterior: los días deben ir en aumento.')).not.toHaveLength(0);
    expect(screen.queryByText(/each step|ladderDays/)).toBeNull();
  });

  it('fills in a preset’s hours and days when chosen', async () => {
    const user = userEvent.setup();
    renderWorkspaceView(<SettingsView />, { ledger: createTestLedger() });
    await user.selectOptions(await screen.findByLabelText('Rules'), 'United States (Regulation F)');
    expect((screen.getByLabelText('From hour') as HTMLInputElement).value).toBe('8');
    expect((screen.getByLabelText('Until hour') as HTMLInputElement).value).toBe('21');
    expect((screen.getByLabelText('Saturday') as HTMLInputElement).checked).toBe(true);
  });

  it.each([
    ['Currency', 'Euro (EUR)', 'mexican pe', /^Mexican Peso \(MXN\)$/i, 'defaultCurrency', 'MXN'],
    ['Language of messages', 'Spanish (Spain)', 'spanish mex', /^Spanish \(Mexico\)$/, 'defaultLocale', 'es-MX'],
    // The offset is today's: +01:00 in winter, +02:00 in summer.
    ['Time zone', /^Madrid · GMT\+0[12]:00$/, 'mexico', /^Mexico City · GMT/, 'defaultTimeZone', 'America/Mexico_City'],
  ] as const)('%s: shows %s, finds what is typed in a list of names, and saves the code', async (label, shown, typed, option, field, stored) => {
    const user = userEvent.setup();
    const harness = renderWorkspaceView(<SettingsView />, { ledger: createTestLedger() });
    const box = (await screen.findByRole('combobox', { name: label })) as HTMLInputElement;
    expect(box.value).toMatch(shown);
    await user.clear(box);
    await user.type(box, typed);
    expect(box.getAttribute('aria-expanded')).toBe('true');
    await user.click(within(screen.getByRole('listbox', { name: label })).getByRole('option', { name: option }));
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(await axeViolations(harness.container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Settings saved.');
    expect(must(await harness.ledger.client.send('settings-get', {}))[field]).toBe(stored);
  });

  it('keeps the chosen value when what was typed matches nothing, and says so', async () => {
    const user = userEvent.setup();
    renderWorkspaceView(<SettingsView />, { ledger: createTestLedger() });
    const box = (await screen.findByRole('combobox', { name: 'Time zone' })) as HTMLInputElement;
    await user.clear(box);
    await user.type(box, 'Atlantis');
    expect(within(screen.getByRole('listbox', { name: 'Time zone' })).getByRole('option').textContent).toBe('Nothing matches what you typed.');
    await user.keyboard('{Escape}');
    expect(box.value).toMatch(/^Madrid · GMT/);
  });

  it('takes a name typed out in full when the user moves on', async () => {
    const user = userEvent.setup();
    renderWorkspaceView(<SettingsView />, { ledger: createTestLedger() });
    const box = (await screen.findByRole('combobox', { name: 'Currency' })) as HTMLInputElement;
    await user.clear(box);
    await user.type(box, 'mexican peso (mxn)');
    await user.tab();
    expect(box.value).toBe('Mexican Peso (MXN)');
  });

  it('picks from the keyboard: arrows move through the matches, Enter chooses', async () => {
    const user = userEvent.setup();
    renderWorkspaceView(<SettingsView />, { ledger: createTestLedger() });
    const box = (await screen.findByRole('combobox', { name: 'Language of messages' })) as HTMLInputElement;
    await user.clear(box);
    await user.type(box, 'english');
    // The first match is highlighted as soon as one types; ↓ goes to the second.
    await user.keyboard('{ArrowDown}{Enter}');
    expect(box.value).toBe('English (Canada)');
  });

  it.each([
    ['en', 'Add a payment method', 'Payment method 1', /Details/, 'Save', 'This IBAN is not valid: its check digits do not match. A character may be mistyped.'],
    ['es-ES', 'Añadir una forma de pago', 'Forma de pago 1', /Datos/, 'Guardar', 'Este IBAN no es válido: sus dígitos de control no cuadran. Puede que haya un carácter mal escrito.'],
  ])('says in the user’s language why the ledger refused an IBAN, and saves nothing (%s)', async (locale, add, group, details, save, message) => {
    const user = userEvent.setup();
    const harness = renderWorkspaceView(<SettingsView />, { ledger: createTestLedger(), locale });
    await user.click(await screen.findByRole('button', { name: add }));
    await user.type(within(screen.getByRole('group', { name: group })).getByLabelText(details), 'ES91 2100 0418 4502 0005 1333');
    await user.click(screen.getByRole('button', { name: save }));
    const field = await screen.findByText(message);
    expect(field.classList.contains('cobro-field-error')).toBe(true);
    expect(must(await harness.ledger.client.send('settings-get', {})).paymentMethods).toEqual([]);
  });
});
