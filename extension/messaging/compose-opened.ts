// The popup tells the background it opened a Gmail compose prefilled with a template, so the
// send that follows is logged with that template, its step and its invoices (the compose page
// itself knows none of them). Only extension pages send this; the background checks it here.
// Not part of the Gmail content script: full zod and the ledger's own field schemas are fine.
import { z } from 'zod';
import { Email, Id, TemplatePurpose } from '../../shared/ledger/schema';
import { PROTOCOL } from './protocol';

/** What the send of that compose should be logged with, and how to recognise it. */
export const PendingComposeFields = z.strictObject({
  debtorId: Id,
  templateId: Id,
  step: TemplatePurpose,
  invoiceIds: z.array(Id).max(500),
  /** As the compose was opened with it; a send with another subject is not this compose. */
  subject: z.string().trim().max(500),
  to: z.array(Email).min(1).max(20),
});
export type PendingComposeFields = z.infer<typeof PendingComposeFields>;

export const ComposeOpened = z.strictObject({
  protocol: z.literal(PROTOCOL),
  type: z.literal('compose-opened'),
  compose: PendingComposeFields,
});
export type ComposeOpened = z.infer<typeof ComposeOpened>;

export function composeOpened(compose: PendingComposeFields): ComposeOpened {
  return { protocol: PROTOCOL, type: 'compose-opened', compose };
}
