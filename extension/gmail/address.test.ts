import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseAddress, uniqueAddresses } from './address';

describe('normaliseAddress', () => {
  it.each<[string | null | undefined, string | null]>([
    ['pagos@talleresruiz.example', 'pagos@talleresruiz.example'],
    ['  Pagos@TalleresRuiz.Example ', 'pagos@talleresruiz.example'],
    ['<ap@northwind.example>', 'ap@northwind.example'],
    ['mailto:AP@northwind.example', 'ap@northwind.example'],
    ['test+to@test.com', 'test+to@test.com'],
    ['Lucía Ruiz', null],
    ['Lucía Ruiz <pagos@talleresruiz.example>', null], // a display form, not an address attribute
    ['a@b@c', null],
    ['@northwind.example', null],
    ['ap@', null],
    ['', null],
    [null, null],
    [undefined, null],
  ])('%j → %j', (raw, expected) => {
    expect(normaliseAddress(raw)).toBe(expected);
  });

  it('is idempotent and keeps any valid address, lower-cased', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (address) => {
        const once = normaliseAddress(address.toUpperCase());
        expect(once).toBe(address.toLowerCase());
        expect(normaliseAddress(once)).toBe(once);
      }),
    );
  });
});

describe('uniqueAddresses', () => {
  it('keeps first-seen order, drops duplicates and non-addresses', () => {
    expect(uniqueAddresses(['B@x.example', null, 'a@x.example', 'b@X.example', 'nobody', undefined])).toEqual([
      'b@x.example',
      'a@x.example',
    ]);
  });
});
