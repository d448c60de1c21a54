import { describe, expect, it } from 'vitest';
import { boundSentText, SENT_TEXT_MAX } from './sent-text';

describe('boundSentText', () => {
  it.each([
    ['short text: whole, trimmed', '  Hola  ', 'Hola'],
    ['exactly the limit: whole', 'a'.repeat(SENT_TEXT_MAX), 'a'.repeat(SENT_TEXT_MAX)],
    ['over the limit: cut to fit with a mark', 'a'.repeat(SENT_TEXT_MAX + 50), `${'a'.repeat(SENT_TEXT_MAX - 4)}\n[…]`],
  ])('%s', (_label, text, expected) => {
    const bounded = boundSentText(text);
    expect(bounded).toBe(expected);
    expect(bounded.length).toBeLessThanOrEqual(SENT_TEXT_MAX);
  });
});
