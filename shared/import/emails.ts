// A cell may hold several addresses ("a@x.example; b@x.example"); each is normalised the way
// the ledger stores it and checked with the ledger's own rule.
import { Email } from '../ledger/schema';
import type { RowReason } from './types';

/** The ledger's limit on addresses per debtor. */
export const MAX_EMAILS = 20;

export type EmailsResult = { ok: true; value: string[] } | { ok: false; message: string; reason: RowReason };

export function readEmails(cell: string): EmailsResult {
  const value: string[] = [];
  for (const part of cell.split(/[;,\s]+/)) {
    if (part === '') continue;
    const parsed = Email.safeParse(part);
    if (!parsed.success) return { ok: false, message: `"${part}" is not an e-mail address`, reason: { code: 'not-an-email', value: part } };
    if (!value.includes(parsed.data)) value.push(parsed.data);
  }
  if (value.length > MAX_EMAILS) return { ok: false, message: `more than ${MAX_EMAILS} addresses in one cell`, reason: { code: 'too-many-emails', max: MAX_EMAILS } };
  return { ok: true, value };
}
