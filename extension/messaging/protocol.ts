// The messages this extension's own contexts exchange over runtime messaging. Everything that
// arrives is parsed here first: anything else is ignored.
import { z } from 'zod';

export const PROTOCOL = 'cobro/1';

/** A content script or extension page asks the background to run one ledger handler. */
export const HandlerRequest = z
  .object({
    protocol: z.literal(PROTOCOL),
    type: z.literal('handler'),
    name: z.string().min(1).max(64),
    input: z.unknown(),
  })
  .strict();
export type HandlerRequest = z.infer<typeof HandlerRequest>;

/** The background tells open pages that debtors changed, so chips and cards refresh. */
export const DebtorsChanged = z
  .object({
    protocol: z.literal(PROTOCOL),
    type: z.literal('debtors-changed'),
    /** Empty with `all: true` after bulk work (an import, a restore). */
    debtorIds: z.array(z.string().min(1).max(64)).max(5000),
    all: z.boolean(),
  })
  .strict();
export type DebtorsChanged = z.infer<typeof DebtorsChanged>;

export function handlerRequest(name: string, input: unknown): HandlerRequest {
  return { protocol: PROTOCOL, type: 'handler', name, input };
}

export function debtorsChanged(debtorIds: string[], all = false): DebtorsChanged {
  return { protocol: PROTOCOL, type: 'debtors-changed', debtorIds, all };
}
