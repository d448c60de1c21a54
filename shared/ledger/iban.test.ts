import { describe, expect, it } from 'vitest';
import { compactIban, formatIban, ibanProblem, isValidIban } from './iban';

describe('ibanProblem', () => {
  it.each([
    'ES91 2100 0418 4502 0005 1332',
    'es9121000418450200051332',
    'GB82 WEST 1234 5698 7654 32',
    'DE89 3704 0044 0532 0130 00',
    'FR14 2004 1010 0505 0001 3M02 606',
    'NL91 ABNA 0417 1643 00',
    'BE68 5390 0754 7034',
    'NO93 8601 1117 947',
    'IT60 X054 2811 1010 0000 0123 456',
    'PT50 0002 0123 1234 5678 9015 4',
    'CH93 0076 2011 6238 5295 7',
    ' ES91-2100-0418-4502-0005-1332 ',
  ])('accepts %s', (value) => {
    expect(ibanProblem(value)).toBeNull();
    expect(isValidIban(value)).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['032180000118359719', 'clabe'],
    ['0321 8000 0118 3597 19', 'clabe'],
    ['ES91 2100 0418 4502 0005 133!', 'characters'],
    ['2100 0418 4502 0005 1332', 'characters'],
    ['XX91 2100 0418 4502 0005 1332', 'country'],
    ['ES91 2100 0418 4502 0005 133', 'length'],
    ['ES91 2100 0418 4502 0005 13321', 'length'],
    ['ES91 2100 0418 4502 0005 1333', 'checksum'],
    ['ES19 2100 0418 4502 0005 1332', 'checksum'],
    ['GB82 WEST 1234 5698 7654 23', 'checksum'],
    ['ES12 3456', 'length'],
  ])('refuses %j: %s', (value, problem) => {
    expect(ibanProblem(value)).toBe(problem);
  });
});

describe('the forms an IBAN is kept in', () => {
  it('compacts for the check and groups by four to show', () => {
    expect(compactIban(' es91 2100-0418 4502 0005 1332')).toBe('ES9121000418450200051332');
    expect(formatIban('es9121000418450200051332')).toBe('ES91 2100 0418 4502 0005 1332');
    expect(formatIban('NO9386011117947')).toBe('NO93 8601 1117 947');
  });
});
