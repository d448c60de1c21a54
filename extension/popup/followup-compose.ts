// What a click on a follow-up opens: a Gmail compose to the debtor, prefilled with the text of
// the template recommended for their next step (in their language), or empty when none fits.
import type { HandlerOutput } from '../../shared/ledger/api';
import type { LedgerClient } from '../../shared/ledger/client';
import type { Debtor } from '../../shared/ledger/schema';
import { gmailComposeUrl } from './compose-url';

type TemplatesForDebtor = HandlerOutput<'templates-for-debtor'>;

/** The recommended template's rendering, if it rendered; the first of the list is recommended first. */
export function recommendedText(templates: TemplatesForDebtor): { subject: string; text: string } | null {
  if (templates.recommended === null) return null;
  for (const item of templates.items) {
    if (item.template.purpose === templates.recommended && item.rendered.ok) {
      return { subject: item.rendered.subject, text: item.rendered.text };
    }
  }
  return null;
}

export async function composeUrlFor(client: LedgerClient, debtor: Debtor): Promise<string> {
  const templates = await client.send('templates-for-debtor', { debtorId: debtor.id });
  const text = templates.ok ? recommendedText(templates.value) : null;
  return gmailComposeUrl({ to: debtor.emails.slice(0, 1), ...(text ? { subject: text.subject, body: text.text } : {}) });
}
