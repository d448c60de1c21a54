import { describe, expect, it } from 'vitest';
import { readEmails } from './emails';

describe('readEmails', () => {
  it.each<[string, string[] | null]>([
    ['', []],
    [' Pagos@Ruiz.Example ', ['pagos@ruiz.example']],
    ['a@x.example;b@x.example', ['a@x.example', 'b@x.example']],
    ['a@x.example, b@x.example ; A@X.example', ['a@x.example', 'b@x.example']],
    ['a@x.example;nope', null],
    ['@x.example', null],
    [Array.from({ length: 21 }, (_, i) => `u${i}@x.example`).join(';'), null],
  ])('%j → %j', (cell, expected) => {
    const result = readEmails(cell);
    if (expected === null) expect(result.ok).toBe(false);
    else expect(result).toEqual({ ok: true, value: expected });
  });
});
