import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type PaymentMethod, type Settings } from './schema';
import { countryOf, setupMissing, type SetupItem } from './setup';

const IBAN: PaymentMethod = { kind: 'iban', label: 'Transferencia', value: 'ES91 2100 0418 4502 0005 1332' };
const LINK: PaymentMethod = { kind: 'link', label: '', value: 'https://pay.example/lumen' };

interface Change {
  name?: string;
  senderName?: string;
  methods?: PaymentMethod[];
}

function settings(change: Change): Settings {
  return {
    ...DEFAULT_SETTINGS,
    business: { ...DEFAULT_SETTINGS.business, name: change.name ?? '' },
    senderName: change.senderName ?? '',
    paymentMethods: change.methods ?? [],
  };
}

describe('setupMissing', () => {
  it.each<[string, Change, SetupItem[]]>([
    ['a fresh install', {}, ['business-name', 'payment-method']],
    ['a business name only', { name: 'Estudio Lumen' }, ['payment-method']],
    ['a sender name only', { senderName: 'Lucía Gómez' }, ['payment-method']],
    ['a name of spaces', { name: '   ', senderName: ' ', methods: [LINK] }, ['business-name']],
    ['a way to pay only', { methods: [IBAN] }, ['business-name']],
    ['a name and an IBAN', { name: 'Estudio Lumen', methods: [IBAN] }, []],
    ['a sender name and a payment link', { senderName: 'Lucía Gómez', methods: [LINK] }, []],
    ['both names and cash', { name: 'Lumen', senderName: 'Lucía', methods: [{ kind: 'cash', label: 'Efectivo', value: 'En la oficina' }] }, []],
    ['an IBAN that fails its check', { name: 'Lumen', methods: [{ ...IBAN, value: 'ES91 2100 0418 4502 0005 1333' }] }, ['payment-method']],
    ['a bad IBAN beside a good link', { name: 'Lumen', methods: [{ ...IBAN, value: 'ES00' }, LINK] }, []],
    ['a method with a blank value', { name: 'Lumen', methods: [{ kind: 'other', label: 'CLABE', value: '  ' }] }, ['payment-method']],
  ])('%s → %j', (_what, change, missing) => {
    expect(setupMissing(settings(change))).toEqual(missing);
  });

  it('finds the defaults incomplete', () => {
    expect(setupMissing(DEFAULT_SETTINGS)).toEqual(['business-name', 'payment-method']);
  });
});

describe('countryOf', () => {
  it.each<[string, string, Settings['contactPolicy']['preset'], string]>([
    ['the defaults', 'es-ES', 'spain', 'es'],
    ['Mexico', 'es-MX', 'none', 'mx'],
    ['the United States', 'en-US', 'us-regulation-f', 'us'],
    ['Spanish defaults without the Spanish rules', 'es-ES', 'none', 'other'],
  ])('%s', (_what, defaultLocale, preset, country) => {
    expect(countryOf({ defaultLocale, contactPolicy: { preset } })).toBe(country);
  });
});
