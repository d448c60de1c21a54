// The typed face of the handler map. The same client works in-process (tests, extension
// pages that own the database) and over runtime messaging (content scripts): only the
// transport differs.
import type { HandlerInput, HandlerName, HandlerOutput, Result } from './api';

export type Transport = (name: HandlerName, input: unknown) => Promise<Result<unknown>>;

export interface LedgerClient {
  send<K extends HandlerName>(name: K, input: HandlerInput<K>): Promise<Result<HandlerOutput<K>>>;
}

export function createClient(transport: Transport): LedgerClient {
  return {
    send<K extends HandlerName>(name: K, input: HandlerInput<K>) {
      // The far end validated the input against the same schema and ran this handler.
      return transport(name, input) as Promise<Result<HandlerOutput<K>>>;
    },
  };
}
