import { describe, expect, it, vi } from 'vitest';
import type { LedgerClient } from '../../shared/ledger/client';
import { DEFAULT_SETTINGS } from '../../shared/ledger/schema';
import { ProfileCache } from './profile-cache';

function countingClient(answers: Array<'ok' | 'fail'>) {
  const send = vi.fn(async () => {
    const answer = answers.shift() ?? 'ok';
    return answer === 'ok' ? { ok: true as const, value: DEFAULT_SETTINGS } : { ok: false as const, error: { code: 'storage' as const, message: 'down' } };
  });
  return { send: send as unknown as LedgerClient['send'], calls: () => send.mock.calls.length };
}

describe('ProfileCache', () => {
  it('asks the ledger once, however often it is read', async () => {
    const client = countingClient(['ok']);
    const cache = new ProfileCache(client);
    expect(await cache.get()).toEqual(DEFAULT_SETTINGS);
    await Promise.all([cache.get(), cache.get()]);
    expect(client.calls()).toBe(1);
  });

  it('asks again after a refresh, and after a failed read', async () => {
    const client = countingClient(['fail', 'ok', 'ok']);
    const cache = new ProfileCache(client);
    expect(await cache.get()).toBeNull();
    expect(await cache.get()).toEqual(DEFAULT_SETTINGS);
    expect(client.calls()).toBe(2);
    await cache.refresh();
    expect(client.calls()).toBe(3);
  });
});
