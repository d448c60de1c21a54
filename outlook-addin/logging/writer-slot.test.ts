import { afterEach, describe, expect, it, vi } from 'vitest';
import { canHoldLedger, findWriter, offerWriter, type SentMailWriter } from './writer-slot';

const scope = globalThis as { document?: unknown };
const writer: SentMailWriter = { log: async () => ({ kind: 'duplicate' }) };

describe('finding the direct writer', () => {
  afterEach(() => {
    delete scope.document;
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('cobro.sentMailWriter')];
    vi.useRealTimers();
  });

  it('a runtime without a page (the JavaScript-only runtime) has none, at once', async () => {
    expect(canHoldLedger()).toBe(false);
    expect(await findWriter(60_000)).toBeNull();
  });

  it('a page finds the writer the module offered before', async () => {
    scope.document = {};
    offerWriter(writer);
    expect(await findWriter(10)).toBe(writer);
  });

  it('a page waits for the writer the module offers later', async () => {
    scope.document = {};
    const found = findWriter(60_000);
    offerWriter(writer);
    expect(await found).toBe(writer);
  });

  it('a page whose module never offers one gives up after the wait', async () => {
    vi.useFakeTimers();
    scope.document = {};
    const found = findWriter(1500);
    await vi.advanceTimersByTimeAsync(1500);
    expect(await found).toBeNull();
  });
});
