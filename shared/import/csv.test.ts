import { describe, expect, it } from 'vitest';
import { isBlankRow, looksBinary, normalizeText, readCsvRows } from './csv';

describe('readCsvRows', () => {
  it('strips the BOM, unifies line ends and numbers lines across quoted breaks', () => {
    const text = normalizeText('\ufeffa,b\r\n"x\r\ny",2\r\n\r\n3,"4"\r\n');
    expect(readCsvRows(text, ',').map((row) => [row.line, row.cells])).toEqual([
      [1, ['a', 'b']],
      [2, ['x\ny', '2']],
      [4, ['']],
      [5, ['3', '4']],
      [6, ['']],
    ]);
  });

  it('reads quoted separators and doubled quotes', () => {
    expect(readCsvRows('"a;b";"say ""hi""";c', ';')[0]!.cells).toEqual(['a;b', 'say "hi"', 'c']);
  });

  it('marks a row whose quote never closes', () => {
    const rows = readCsvRows('a,b\n"c,d\ne,f', ',');
    expect(rows.map((row) => row.unterminatedQuote)).toEqual([false, true]);
  });

  it('stops after the limit', () => {
    expect(readCsvRows('1\n2\n3\n4', ',', 2).map((row) => row.cells[0])).toEqual(['1', '2']);
  });
});

describe('looksBinary and isBlankRow', () => {
  it.each<[string, boolean]>([
    ['a,b\n1,2\n', false],
    ['Nombre;Año;Señal\tñ\n', false],
    ['%PDF-1.7\n\u0000\u0001', true],
    ['\u0001\u0002\u0003\u0004abc', true],
    ['\ufffd\ufffd\ufffd\ufffd,ok', true],
  ])('%j → %s', (text, expected) => {
    expect(looksBinary(text)).toBe(expected);
  });

  it.each<[string[], boolean]>([
    [[''], true],
    [[' ', '\t', ''], true],
    [['', 'x'], false],
  ])('%j blank → %s', (cells, expected) => {
    expect(isBlankRow(cells)).toBe(expected);
  });
});
