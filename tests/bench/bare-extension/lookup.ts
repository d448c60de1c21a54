// The one message the bare baseline sends: the address of the thread's sender.
export const BARE_DB_NAME = 'cobro';

export interface BareLookup {
  type: 'bare-lookup';
  email: string;
}

export interface BareAnswer {
  id: string;
  name: string;
}

export function isBareLookup(message: unknown): message is BareLookup {
  if (typeof message !== 'object' || message === null) return false;
  const { type, email } = message as { type?: unknown; email?: unknown };
  return type === 'bare-lookup' && typeof email === 'string' && email.length > 0 && email.length <= 320;
}
