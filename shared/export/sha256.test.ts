import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex, sha256HexPure } from './sha256';

describe('sha256', () => {
  it.each<[string, string]>([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
    ['a'.repeat(1000), '41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3'],
  ])('%j', async (text, hex) => {
    expect(await sha256Hex(text)).toBe(hex);
    expect(sha256HexPure(new TextEncoder().encode(text))).toBe(hex);
  });

  it('the pure implementation agrees with Node for any bytes, across block boundaries', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(sha256HexPure(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
      }),
    );
  });

  it('hashes text as UTF-8', async () => {
    expect(await sha256Hex('Clínica €')).toBe(createHash('sha256').update('Clínica €', 'utf8').digest('hex'));
  });
});
