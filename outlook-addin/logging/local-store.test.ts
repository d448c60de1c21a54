import { afterEach, describe, expect, it } from 'vitest';
import { localStore } from './local-store';

const scope = globalThis as { localStorage?: unknown };

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    key: (index: number) => [...data.keys()][index] ?? null,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
    clear: () => data.clear(),
  };
}

describe('localStorage as a send queue', () => {
  afterEach(() => {
    delete scope.localStorage;
  });

  it('is absent in a runtime without localStorage (the JavaScript-only runtime)', () => {
    expect(localStore()).toBeNull();
  });

  it('is absent where reading it throws (storage blocked for the frame)', () => {
    Object.defineProperty(scope, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    expect(localStore()).toBeNull();
  });

  it('stores, lists and removes', async () => {
    scope.localStorage = memoryStorage();
    const store = localStore()!;
    await store.set('cobro.sent.a', '1');
    await store.set('cobro.sent.b', '2');
    await store.remove('cobro.sent.a');
    expect(await store.keys()).toEqual(['cobro.sent.b']);
    expect(await store.get('cobro.sent.b')).toBe('2');
  });
});
