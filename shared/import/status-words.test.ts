import { describe, expect, it } from 'vitest';
import { statusFromWord } from './status-words';

describe('statusFromWord', () => {
  it.each<[string, string | null]>([
    ['Sent', 'open'],
    ['Parcial', 'open'],
    ['PAGADA', 'paid'],
    ['Anulada', 'void'],
    ['written off', 'written_off'],
    ['written_off', 'written_off'],
    ['En disputa', 'disputed'],
    ['Borrador', 'skip'],
    ['Draft', 'skip'],
    ['Teleported', null],
  ])('%s → %s', (word, expected) => {
    expect(statusFromWord(word)).toBe(expected);
  });
});
