import { afterEach, describe, expect, it } from 'vitest';
import { officeRuntimeApi, runtimeStore, type OfficeRuntimeApi } from './runtime-storage';

function memoryRuntime(): OfficeRuntimeApi {
  const data = new Map<string, string>();
  return {
    storage: {
      getItem: async (key) => data.get(key) ?? null,
      setItem: async (key, value) => void data.set(key, value),
      removeItem: async (key) => void data.delete(key),
      getKeys: async () => [...data.keys()],
    },
  };
}

const scope = globalThis as { OfficeRuntime?: unknown };

describe('OfficeRuntime.storage as a key-value store', () => {
  afterEach(() => {
    delete scope.OfficeRuntime;
  });

  it('is absent where Outlook provides no OfficeRuntime', () => {
    expect(officeRuntimeApi()).toBeNull();
    scope.OfficeRuntime = {};
    expect(officeRuntimeApi()).toBeNull();
  });

  it('stores, lists and removes through the global', async () => {
    scope.OfficeRuntime = memoryRuntime();
    const runtime = officeRuntimeApi();
    if (!runtime) throw new Error('expected OfficeRuntime');
    const store = runtimeStore(runtime);
    await store.set('cobro.sent.a', '1');
    await store.set('other', '2');
    expect(await store.keys()).toEqual(['cobro.sent.a', 'other']);
    expect(await store.get('cobro.sent.a')).toBe('1');
    await store.remove('cobro.sent.a');
    expect(await store.get('cobro.sent.a')).toBeNull();
  });
});
