// What the workspace's dialog page tells the task pane that opened it, as JSON strings through
// Office's messageParent. The pane accepts only these shapes and ignores anything else.
import * as z from 'zod/mini';
import { decodeStoredJson } from '../logging/stored-json';

const DialogMessageSchema = z.discriminatedUnion('type', [
  /** A write made in the workspace succeeded: what the pane shows may be out of date. */
  z.strictObject({ type: z.literal('ledger-changed') }),
  /** The user chose the workspace's own Close: the pane closes the dialog. */
  z.strictObject({ type: z.literal('close') }),
]);

export type DialogMessage = z.infer<typeof DialogMessageSchema>;

export function encodeDialogMessage(message: DialogMessage): string {
  return JSON.stringify(message);
}

/** The message, or null for anything that is not one of Cobro's (another page, garbage). */
export function decodeDialogMessage(raw: string): DialogMessage | null {
  return decodeStoredJson(DialogMessageSchema, raw);
}
