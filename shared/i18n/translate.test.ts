import { describe, expect, it } from 'vitest';
import { pickUiLanguage } from './language';
import { createTranslator, parsedCatalog } from './translate';
import { createTranslatorFor, type Catalog } from './translator';

const NBSP = '\u00a0';

describe('createTranslator', () => {
  it.each([
    ['en', 'chip.daysLate', { days: 0 }, 'due today'],
    ['en', 'chip.daysLate', { days: 1 }, '1 day late'],
    ['en', 'chip.daysLate', { days: 5 }, '5 days late'],
    ['en-US', 'chip.daysLate', { days: 1200 }, '1,200 days late'],
    ['es', 'chip.daysLate', { days: 0 }, 'vence hoy'],
    ['es', 'chip.daysLate', { days: 1 }, '1 día de retraso'],
    ['es', 'chip.daysLate', { days: 5 }, '5 días de retraso'],
    ['es-ES', 'chip.daysLate', { days: 12000 }, '12.000 días de retraso'],
    ['en', 'evidence.broken-promises', { count: 1 }, '1 broken promise'],
    ['es', 'evidence.broken-promises', { count: 3 }, '3 promesas incumplidas'],
    ['en', 'card.contactsInWindow', { count: 1, days: 7 }, '1 contact in the last 7 days'],
    ['es', 'card.contactsInWindow', { count: 0, days: 1 }, 'Ningún contacto en el último día'],
    ['es', 'card.contactsInWindow', { count: 2, days: 30 }, '2 contactos en los últimos 30 días'],
    ['en', 'popup.followUps', { count: 0 }, 'No follow-ups today'],
    ['es', 'popup.followUps', { count: 2 }, '2 seguimientos hoy'],
    ['es', 'policy.allowedFrom', { time: 'lunes 9:00' }, 'Podrá contactar a partir de lunes 9:00.'],
    ['en', 'chip.owes', { amount: `1${NBSP}210,00 €` }, `Owes 1${NBSP}210,00 €`],
    ['en', 'tone.missing-amount', undefined, 'Say exactly how much is owed: add {totalOwed} or {invoiceList}.'],
    ['es', 'step.formal', undefined, 'Requerimiento formal'],
    ['fr', 'step.formal', undefined, 'Formal notice'],
    ['es-MX', 'workspace.backup', undefined, 'Copia de seguridad'],
  ] as const)('%s %s %j → %s', (locale, key, values, expected) => {
    expect(createTranslator(locale)(key, values)).toBe(expected);
  });

  it('shows the key instead of failing when a value is missing', () => {
    expect(createTranslator('en')('chip.owes')).toBe('chip.owes');
  });

  it('does not break on a malformed locale', () => {
    expect(createTranslator('not a locale!')('common.save')).toBe('Save');
  });
});

describe('pickUiLanguage', () => {
  it.each([
    ['es', ['en-US'], 'es'],
    ['en', ['es-ES'], 'en'],
    ['auto', ['es-ES', 'en'], 'es'],
    ['auto', ['es-419'], 'es'],
    ['auto', ['ES'], 'es'],
    ['auto', ['en-GB', 'es'], 'en'],
    ['auto', ['fr-FR'], 'en'],
    ['auto', [], 'en'],
    ['auto', ['', 'es'], 'es'],
  ] as const)('%s with %j → %s', (setting, locales, expected) => {
    expect(pickUiLanguage(setting, locales)).toBe(expected);
  });
});

describe('a parsed catalog (what the content scripts get from the background)', () => {
  it.each<[string, Parameters<ReturnType<typeof createTranslator>>[0], Record<string, string | number> | undefined]>([
    ['es-ES', 'chip.daysLate', { days: 1 }],
    ['es-ES', 'chip.daysLate', { days: 18 }],
    ['en-GB', 'chip.daysLate', { days: 0 }],
    ['es-MX', 'chip.ariaOwes', { name: 'Talleres Ruiz', amount: '1250,00 €' }],
    ['en-US', 'common.save', undefined],
  ])('%s %s says the same', (locale, key, values) => {
    const language = locale.startsWith('es') ? 'es' : 'en';
    expect(createTranslatorFor(parsedCatalog(language), locale)(key, values)).toBe(createTranslator(locale)(key, values));
  });

  it('answers the key for a message the catalog lacks', () => {
    expect(createTranslatorFor({} as Catalog, 'es-ES')('common.save')).toBe('common.save');
  });
});
