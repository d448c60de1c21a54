import { describe, expect, it } from 'vitest';
import { createClient } from '../../shared/ledger/client';
import { PROTOCOL } from './protocol';
import { runtimeTransport } from './runtime-transport';

describe('runtimeTransport', () => {
  it('sends the handler envelope and returns the reply', async () => {
    const sent: unknown[] = [];
    const client = createClient(
      runtimeTransport(async (message) => {
        sent.push(message);
        return { ok: true, value: [] };
      }),
    );
    expect(await client.send('debtor-lookup', { emails: ['a@b.es'] })).toEqual({ ok: true, value: [] });
    expect(sent).toEqual([{ protocol: PROTOCOL, type: 'handler', name: 'debtor-lookup', input: { emails: ['a@b.es'] } }]);
  });

  it.each<[string, () => Promise<unknown>, string]>([
    ['a handler error, as it came', async () => ({ ok: false, error: { code: 'not-found', message: 'No debtor with id x' } }), 'not-found'],
    ['no reply (nobody listening)', async () => undefined, 'storage'],
    ['a reply of another shape', async () => ({ ok: 'yes' }), 'storage'],
    ['a rejected send (extension reloaded)', async () => Promise.reject(new Error('Extension context invalidated.')), 'storage'],
  ])('turns %s into a typed error', async (_label, reply, code) => {
    const client = createClient(runtimeTransport(reply));
    const result = await client.send('debtor-get', { id: 'x' });
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.error.code).toBe(code);
  });
});
