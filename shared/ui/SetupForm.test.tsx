// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../ledger/api';
import type { SettingsPatchValue } from '../ledger/handlers/settings';
import { DEFAULT_SETTINGS, type Settings } from '../ledger/schema';
import { setupMissing } from '../ledger/setup';
import { createTestLedger, must } from '../ledger/test-ledger';
import { SetupForm, type LanguageHost } from './SetupForm';
import { axeViolations, renderUi } from './test-support';

afterEach(() => cleanup());

function renderSetup(locale = 'en', settings: Settings = DEFAULT_SETTINGS, host?: LanguageHost) {
  const ledger = createTestLedger();
  const onSave = vi.fn((patch: SettingsPatchValue): Promise<Result<Settings>> => ledger.client.send('settings-set', { patch }));
  const onDone = vi.fn<(saved: Settings) => void>();
  const onLater = vi.fn();
  const view = renderUi(<SetupForm settings={settings} onSave={onSave} onDone={onDone} onLater={onLater} host={host} />, locale);
  return { ...view, ledger, onSave, onDone, onLater, user: userEvent.setup() };
}

describe('SetupForm', () => {
  it.each([
    ['en', undefined, 'Same as the browser'],
    ['en', 'outlook', 'Same as Outlook'],
    ['es-ES', 'browser', 'Como el navegador'],
    ['es-ES', 'outlook', 'Como Outlook'],
  ] as const)('names the automatic language after the host (%s, %s)', (locale, host, label) => {
    renderSetup(locale, DEFAULT_SETTINGS, host);
    const select = screen.getByLabelText(locale === 'en' ? 'Language of Cobro' : 'Idioma de Cobro') as HTMLSelectElement;
    expect(select.options[0]?.textContent).toBe(label);
  });

  it('saves names, a signature made from them, an IBAN in groups of four and the defaults in one call; accessible', async () => {
    const { user, onSave, onDone, ledger, container } = renderSetup();
    await user.type(screen.getByLabelText('Business name'), 'Estudio Lumen');
    await user.type(screen.getByLabelText('Your name'), 'Lucía Gómez');
    expect((screen.getByLabelText('Signature') as HTMLTextAreaElement).value).toBe('Lucía Gómez\nEstudio Lumen');
    const method = screen.getByRole('group', { name: 'Way to pay 1' });
    await user.type(within(method).getByLabelText('IBAN'), 'es9121000418450200051332');
    await user.tab();
    expect((within(method).getByLabelText('IBAN') as HTMLInputElement).value).toBe('ES91 2100 0418 4502 0005 1332');
    await user.click(screen.getByRole('button', { name: 'Add another way to pay' }));
    await user.type(within(screen.getByRole('group', { name: 'Way to pay 2' })).getByLabelText('Payment link'), 'https://pay.example/lumen');
    await user.selectOptions(screen.getByLabelText('Language of Cobro'), 'Spanish');
    await user.click(screen.getByLabelText(/claim statutory interest/));
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(onSave).toHaveBeenCalledTimes(1);
    const saved = must(await ledger.client.send('settings-get', {}));
    expect(onDone).toHaveBeenCalledWith(saved);
    expect(saved).toMatchObject({
      business: { ...DEFAULT_SETTINGS.business, name: 'Estudio Lumen' },
      senderName: 'Lucía Gómez',
      signature: 'Lucía Gómez\nEstudio Lumen',
      paymentMethods: [
        { kind: 'iban', label: '', value: 'ES91 2100 0418 4502 0005 1332' },
        { kind: 'link', label: '', value: 'https://pay.example/lumen' },
      ],
      uiLanguage: 'es',
      claimSpanishLatePaymentCosts: true,
      contactPolicy: { preset: 'spain' },
      defaultLocale: 'es-ES',
    });
    expect(setupMissing(saved)).toEqual([]);
  });

  it('keeps a signature the user wrote, and a country sets the rules and new customers’ defaults', async () => {
    const { user, onDone, ledger } = renderSetup();
    await user.type(screen.getByLabelText('Your name'), 'Ana');
    const signature = screen.getByLabelText('Signature');
    await user.clear(signature);
    await user.type(signature, 'Ana, Taller Sur');
    await user.type(screen.getByLabelText('Business name'), 'Taller Sur');
    expect((signature as HTMLTextAreaElement).value).toBe('Ana, Taller Sur');
    await user.selectOptions(screen.getByLabelText('Kind'), 'Other');
    await user.type(screen.getByLabelText('Details'), '032180000118359719');
    await user.type(screen.getByLabelText('Name shown (optional)'), 'CLABE');
    await user.selectOptions(screen.getByLabelText('Country where you work'), 'Mexico');
    expect(screen.queryByLabelText(/claim statutory interest/)).toBeNull();
    expect(screen.getByText(/New customers: Spanish \(Mexico\) · Mexican Peso \(MXN\) · hours of Mexico City/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(must(await ledger.client.send('settings-get', {}))).toMatchObject({
      signature: 'Ana, Taller Sur',
      paymentMethods: [{ kind: 'other', label: 'CLABE', value: '032180000118359719' }],
      contactPolicy: { preset: 'none' },
      defaultLocale: 'es-MX',
      defaultCurrency: 'MXN',
      defaultTimeZone: 'America/Mexico_City',
      claimSpanishLatePaymentCosts: false,
    });
  });

  it('asks for a name and a way to pay before saving anything', async () => {
    const { user, onSave } = renderSetup();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Enter your business name or your own name, to sign the messages with.')).toBeTruthy();
    expect(screen.getByText('Add at least one way to pay.')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('Please correct the marked fields.');
    expect(onSave).not.toHaveBeenCalled();
  });

  it.each([
    ['en', 'Business name', 'IBAN', 'ES91 2100 0418 4502 0005 1333', 'This IBAN is not valid: its check digits do not match. A character may be mistyped.', 'Save'],
    ['es-ES', 'Nombre de la empresa', 'IBAN', 'ES91 2100 0418 4502 0005 1333', 'Este IBAN no es válido: sus dígitos de control no cuadran. Puede que haya un carácter mal escrito.', 'Guardar'],
    ['en', 'Business name', 'IBAN', 'ES91 2100 0418', 'IBANs from this country have 24 characters; this one has 12.', 'Save'],
    ['es-ES', 'Nombre de la empresa', 'IBAN', '032180000118359719', 'Parece una CLABE mexicana, que no es un IBAN: elija «Otro» como tipo.', 'Guardar'],
  ])('says what is wrong with an IBAN in the user’s language (%s: %s)', async (locale, nameLabel, ibanLabel, iban, message, save) => {
    const { user, onSave } = renderSetup(locale);
    await user.type(screen.getByLabelText(nameLabel), 'Lumen');
    const field = screen.getByLabelText(ibanLabel);
    await user.type(field, iban);
    await user.tab();
    expect(screen.getByText(message)).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain(screen.getByText(message).id);
    await user.click(screen.getByRole('button', { name: save }));
    expect(onSave).not.toHaveBeenCalled();
  });

  it('starts from what is stored, and Later leaves without saving', async () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, business: { ...DEFAULT_SETTINGS.business, name: 'Lumen' } };
    const { user, onLater, onSave } = renderSetup('en', settings);
    expect((screen.getByLabelText('Business name') as HTMLInputElement).value).toBe('Lumen');
    await user.click(screen.getByRole('button', { name: 'Later' }));
    expect(onLater).toHaveBeenCalledTimes(1);
    expect(onSave).not.toHaveBeenCalled();
  });
});
