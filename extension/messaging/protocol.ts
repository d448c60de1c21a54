// The messages this extension's own contexts exchange over runtime messaging. Everything that
// arrives is parsed here first: anything else is ignored.
// zod/mini: the same checks as zod, in a form the bundler can trim; this module is part of the
// Gmail content script, whose size is budgeted.
import * as z from 'zod/mini';

export const PROTOCOL = 'cobro/1';

/** A content script or extension page asks the background to run one ledger handler. */
export const HandlerRequest = z.strictObject({
  protocol: z.literal(PROTOCOL),
  type: z.literal('handler'),
  name: z.string().check(z.minLength(1), z.maxLength(64)),
  input: z.optional(z.unknown()),
});
export type HandlerRequest = z.infer<typeof HandlerRequest>;

/** The background tells open pages that debtors changed, so chips and cards refresh. */
export const DebtorsChanged = z.strictObject({
  protocol: z.literal(PROTOCOL),
  type: z.literal('debtors-changed'),
  /** Empty with `all: true` after bulk work (an import, a restore). */
  debtorIds: z.array(z.string().check(z.minLength(1), z.maxLength(64))).check(z.maxLength(5000)),
  all: z.boolean(),
});
export type DebtorsChanged = z.infer<typeof DebtorsChanged>;

/**
 * A content script asks the background to open the workspace at one of its places (it cannot open
 * an extension page itself): the setup, or a debtor's page with the claim file's or the formal
 * letter's dialog open ('debtors/<encoded id>/claim-file'), as the workspace's routes write it.
 */
export const OpenWorkspace = z.strictObject({
  protocol: z.literal(PROTOCOL),
  type: z.literal('open-workspace'),
  place: z.union([z.literal('setup'), z.string().check(z.regex(/^debtors\/[A-Za-z0-9%._~!*'()-]{1,200}\/(claim-file|letter)$/))]),
});
export type OpenWorkspace = z.infer<typeof OpenWorkspace>;

export function openWorkspace(place: OpenWorkspace['place']): OpenWorkspace {
  return { protocol: PROTOCOL, type: 'open-workspace', place };
}

/** The place of a debtor's page with a document's dialog open. */
export function debtorDocumentPlace(debtorId: string, document: 'claim-file' | 'letter'): string {
  return `debtors/${encodeURIComponent(debtorId)}/${document}`;
}

export function handlerRequest(name: string, input: unknown): HandlerRequest {
  return { protocol: PROTOCOL, type: 'handler', name, input };
}

export function debtorsChanged(debtorIds: string[], all = false): DebtorsChanged {
  return { protocol: PROTOCOL, type: 'debtors-changed', debtorIds, all };
}

/**
 * An invoicing tool's page asks the background to open a Gmail compose to a customer, prefilled
 * with the template Cobro recommends for them (a content script cannot note the compose for the
 * send log, and the page must not choose what is written: the background does both).
 */
export const Chase = z.strictObject({
  protocol: z.literal(PROTOCOL),
  type: z.literal('chase'),
  debtorId: z.string().check(z.minLength(1), z.maxLength(64)),
});
export type Chase = z.infer<typeof Chase>;

export function chase(debtorId: string): Chase {
  return { protocol: PROTOCOL, type: 'chase', debtorId };
}
