// The handler map over runtime messaging, for contexts that do not own the database: the Gmail
// content script (which must never open it) and the popup. The background validates and runs.
import type { Result } from '../../shared/ledger/api';
import type { Transport } from '../../shared/ledger/client';
import { handlerRequest } from './protocol';

export type SendMessage = (message: unknown) => Promise<unknown>;

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const reply = value as { ok: unknown; value?: unknown; error?: unknown };
  if (reply.ok === true) return 'value' in reply;
  if (reply.ok !== false || typeof reply.error !== 'object' || reply.error === null) return false;
  const error = reply.error as { code?: unknown; message?: unknown };
  return typeof error.code === 'string' && typeof error.message === 'string';
}

function unavailable(detail: string): Result<never> {
  return { ok: false, error: { code: 'storage', message: `The Cobro ledger did not answer (${detail}).` } };
}

export function runtimeTransport(sendMessage: SendMessage): Transport {
  return async (name, input) => {
    let reply: unknown;
    try {
      reply = await sendMessage(handlerRequest(name, input));
    } catch (error) {
      // The extension was updated or reloaded under this page, or the background failed to start.
      return unavailable(error instanceof Error ? error.message : String(error));
    }
    return isResult(reply) ? reply : unavailable('no reply');
  };
}
