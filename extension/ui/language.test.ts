import { describe, expect, it } from 'vitest';
import { createClient } from '../../shared/ledger/client';
import { createTestLedger, must } from '../../shared/ledger/test-ledger';
import { chooseUiLanguage, loadUiContext } from './language';

describe('chooseUiLanguage', () => {
  it.each<['auto' | 'es' | 'en', string, { language: string; locale: string }]>([
    ['auto', 'es-MX', { language: 'es', locale: 'es-MX' }],
    ['auto', 'es_419', { language: 'es', locale: 'es-419' }],
    ['auto', 'en-GB', { language: 'en', locale: 'en-GB' }],
    ['auto', 'de-DE', { language: 'en', locale: 'en' }],
    ['auto', '', { language: 'en', locale: 'en' }],
    ['es', 'en-US', { language: 'es', locale: 'es' }],
    ['en', 'es-ES', { language: 'en', locale: 'en' }],
    ['es', 'es-AR', { language: 'es', locale: 'es-AR' }],
  ])('setting %s with browser %j → %j', (setting, browser, expected) => {
    expect(chooseUiLanguage(setting, browser)).toEqual(expected);
  });
});

describe('loadUiContext', () => {
  it('follows the setting stored in the ledger and translates in that language', async () => {
    const ledger = createTestLedger();
    must(await ledger.client.send('settings-set', { patch: { uiLanguage: 'es' } }));
    const ui = await loadUiContext(ledger.client, 'en-US');
    expect(ui.language).toBe('es');
    expect(ui.t('common.close')).toBe('Cerrar');
  });

  it('falls back to the browser language when the ledger does not answer', async () => {
    const silent = createClient(async () => ({ ok: false, error: { code: 'storage', message: 'no answer' } }));
    const ui = await loadUiContext(silent, 'es-ES');
    expect(ui.locale).toBe('es-ES');
    expect(ui.t('common.close')).toBe('Cerrar');
  });
});
