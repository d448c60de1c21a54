import { describe, expect, it } from 'vitest';
import { debtorsChanged, handlerRequest } from '../messaging/protocol';
import { listenForDebtorChanges } from './debtor-notices';

type Listener = (message: unknown, sender: { id?: string }) => void;

function fakeRuntime() {
  const listeners = new Set<Listener>();
  return {
    id: 'cobro',
    onMessage: { addListener: (l: Listener) => void listeners.add(l), removeListener: (l: Listener) => void listeners.delete(l) },
    deliver: (message: unknown, sender: { id?: string }) => listeners.forEach((l) => l(message, sender)),
    listeners,
  };
}

describe('listenForDebtorChanges', () => {
  it.each<[string, unknown, { id?: string }, number]>([
    ['a notice from this extension', debtorsChanged(['d1']), { id: 'cobro' }, 1],
    ['a notice claiming to be from another extension', debtorsChanged(['d1']), { id: 'evil' }, 0],
    ['a handler request (not a notice)', handlerRequest('debtor-get', { id: 'd1' }), { id: 'cobro' }, 0],
    ['a notice with extra fields', { ...debtorsChanged(['d1']), more: true }, { id: 'cobro' }, 0],
  ])('%s → %i calls', (_label, message, sender, calls) => {
    const runtime = fakeRuntime();
    const seen: unknown[] = [];
    listenForDebtorChanges(runtime, new AbortController().signal, (c) => seen.push(c));
    runtime.deliver(message, sender);
    expect(seen).toHaveLength(calls);
  });

  it('removes its listener when the signal aborts', () => {
    const runtime = fakeRuntime();
    const controller = new AbortController();
    listenForDebtorChanges(runtime, controller.signal, () => undefined);
    expect(runtime.listeners.size).toBe(1);
    controller.abort();
    expect(runtime.listeners.size).toBe(0);
  });
});
