import { describe, expect, it } from 'vitest';
import { demoLanguage, demoTips, mailboxUrl, optionValue } from './options';

describe('optionValue', () => {
  it.each<[string[], string, string | undefined]>([
    [['--screenshot', 'out'], '--screenshot', 'out'],
    [['--headless', '--screenshot=shots/demo'], '--screenshot', 'shots/demo'],
    [['--headless'], '--screenshot', undefined],
    [['--lang', 'es', '--headless'], '--lang', 'es'],
  ])('%j %s → %j', (argv, name, expected) => {
    expect(optionValue(argv, name)).toBe(expected);
  });

  it.each([[['--screenshot']], [['--screenshot', '--headless']]])('%j: a flag without its value is refused', (argv) => {
    expect(() => optionValue(argv, '--screenshot')).toThrow(/needs a value/);
  });
});

describe('demoLanguage', () => {
  it.each<[string | undefined, Record<string, string | undefined>, string]>([
    ['en', { LANG: 'es_ES.UTF-8' }, 'en'],
    ['es', { LANG: 'C.UTF-8' }, 'es'],
    [undefined, { LANG: 'es_MX.UTF-8' }, 'es'],
    [undefined, { LANG: 'en_GB.UTF-8' }, 'en'],
    [undefined, { LC_ALL: 'es_ES.UTF-8', LANG: 'en_US.UTF-8' }, 'es'],
    [undefined, { LC_MESSAGES: 'de_DE.UTF-8' }, 'en'],
    [undefined, {}, 'en'],
  ])('--lang %j with %j → %s', (flag, env, expected) => {
    expect(demoLanguage(flag, env)).toBe(expected);
  });

  it('refuses a language the mailbox does not speak', () => {
    expect(() => demoLanguage('fr', {})).toThrow(/es or en/);
  });
});

describe('what npm start opens and prints', () => {
  it.each([
    ['es', 'https://mail.google.com/mail/u/0/?hl=es#inbox', 'Responder'],
    ['en', 'https://mail.google.com/mail/u/0/?hl=en#inbox', 'Reply'],
  ] as const)('%s: %s, and the tips name the %s button', (lang, url, reply) => {
    expect(mailboxUrl(lang)).toBe(url);
    const tips = demoTips(lang).split('\n');
    expect(tips.length).toBeGreaterThanOrEqual(4);
    expect(tips.length).toBeLessThanOrEqual(6);
    expect(tips[1]).toContain('"Factura F-2025-014 pendiente" (Talleres Ruiz)');
    expect(tips[2]).toContain(`Press ${reply}`);
    expect(tips[2]).toContain('Alt+Shift+C');
  });
});
