import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeFormula, unescapeFormula } from './formula';

describe('formula escaping', () => {
  it.each<[string, string]>([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+34 612', "'+34 612"],
    ['-5', "'-5"],
    ['@home', "'@home"],
    ["'=x", "''=x"],
    ["'plain", "'plain"],
    ['Acme', 'Acme'],
  ])('%j ↔ %j', (value, escaped) => {
    expect(escapeFormula(value)).toBe(escaped);
    expect(unescapeFormula(escaped)).toBe(value);
  });

  it('unescaping undoes escaping for any text', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        expect(unescapeFormula(escapeFormula(value))).toBe(value);
      }),
    );
  });
});
