// The mark the task pane leaves on a draft (item.sessionData) when it inserts a template, for
// the send handler to read: which debtor, template and invoices, and a send id that stays the
// same however many templates go into the same message. zod/mini keeps the send script small.
import * as z from 'zod/mini';
import { decodeStoredJson } from './stored-json';

/** The sessionData key Cobro writes under. */
export const MARK_KEY = 'cobro';

const Text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

const DraftMarkSchema = z.object({
  v: z.literal(1),
  /** Stands in for the internet message id, which a draft does not have yet. */
  sendId: Text(200),
  debtorId: Text(64),
  templateId: z.optional(Text(64)),
  /** The template's purpose; the ledger checks it against its own list when the send is logged. */
  step: z.optional(Text(40)),
  invoiceIds: z.array(Text(64)).check(z.maxLength(500)),
  markedAt: Text(40),
});

export type DraftMark = z.infer<typeof DraftMarkSchema>;

export interface TemplateUse {
  debtorId: string;
  templateId: string;
  step: string;
  invoiceIds: readonly string[];
}

export function encodeMark(mark: DraftMark): string {
  return JSON.stringify(mark);
}

/** The mark, or null when there is none or it is not one Cobro wrote (another version, garbage). */
export function decodeMark(raw: string | null | undefined): DraftMark | null {
  return decodeStoredJson(DraftMarkSchema, raw);
}

/**
 * The mark after inserting a template: the latest template describes the message, but the send
 * id is kept so the message is still logged once.
 */
export function nextMark(previous: DraftMark | null, use: TemplateUse, newSendId: () => string, now: Date): DraftMark {
  return {
    v: 1,
    sendId: previous?.sendId ?? newSendId(),
    debtorId: use.debtorId,
    templateId: use.templateId,
    step: use.step,
    invoiceIds: [...new Set(use.invoiceIds)],
    markedAt: now.toISOString(),
  };
}
