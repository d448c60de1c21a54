import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldText, nameKeys } from './search-key';

describe('foldText', () => {
  it.each([
    ['José García', 'jose garcia'],
    ['  MARÍA   Núñez ', 'maria nunez'],
    ['Çağla Öztürk', 'cagla ozturk'],
    ['Ferretería Hermanos López S.L.', 'ferreteria hermanos lopez s.l.'],
    ['', ''],
  ])('%j → %j', (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (text) => foldText(foldText(text)) === foldText(text)));
  });
});

describe('nameKeys', () => {
  it.each([
    ['Ana López Ruiz', ['ana lopez ruiz', 'lopez ruiz', 'ruiz']],
    ['Acme', ['acme']],
    ['  ', []],
    ['Bar Bar', ['bar bar', 'bar']],
  ])('%j → %j', (name, keys) => {
    expect(nameKeys(name)).toEqual(keys);
  });

  it('starts with the folded name and every key is a word-aligned tail of it', () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        const keys = nameKeys(name);
        const folded = foldText(name);
        if (folded === '') return keys.length === 0;
        return keys[0] === folded && keys.every((key) => folded === key || folded.endsWith(` ${key}`));
      }),
    );
  });
});
