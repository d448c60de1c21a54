import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeDialogMessage, encodeDialogMessage, type DialogMessage } from './dialog-message';

describe('messages from the workspace dialog', () => {
  it.each<DialogMessage>([{ type: 'ledger-changed' }, { type: 'close' }])('%j goes through', (message) => {
    expect(decodeDialogMessage(encodeDialogMessage(message))).toEqual(message);
  });

  it.each([
    ['an unknown type', '{"type":"wipe"}'],
    ['extra fields', '{"type":"close","debtorId":"x"}'],
    ['no type', '{}'],
    ['not JSON', 'ledger-changed'],
    ['an array', '[{"type":"close"}]'],
    ['JSON null', 'null'],
    ['an empty string', ''],
  ])('%s is ignored', (_name, raw) => {
    expect(decodeDialogMessage(raw)).toBeNull();
  });

  it('never throws, and accepts only the two messages', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const decoded = decodeDialogMessage(raw);
        expect(decoded === null || decoded.type === 'close' || decoded.type === 'ledger-changed').toBe(true);
      }),
    );
  });
});
