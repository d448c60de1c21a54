// What a click on a follow-up opens: a Gmail compose to the debtor, prefilled with the text of
// the template recommended for their next step (in their language), or empty when none fits;
// and, when a template went in, what its send should be logged with.
import type { HandlerOutput } from '../../shared/ledger/api';
import type { LedgerClient } from '../../shared/ledger/client';
import type { Debtor, TemplatePurpose } from '../../shared/ledger/schema';
import type { PendingComposeFields } from '../messaging/compose-opened';
import { gmailComposeUrl } from './compose-url';

type TemplatesForDebtor = HandlerOutput<'templates-for-debtor'>;

export interface RecommendedTemplate {
  templateId: string;
  step: TemplatePurpose;
  invoiceIds: string[];
  subject: string;
  text: string;
}

/** The recommended template, rendered, if it rendered; the first of the list is recommended first. */
export function recommendedTemplate(templates: TemplatesForDebtor): RecommendedTemplate | null {
  if (templates.recommended === null) return null;
  for (const item of templates.items) {
    if (item.template.purpose === templates.recommended && item.rendered.ok) {
      return {
        templateId: item.template.id,
        step: item.template.purpose,
        invoiceIds: item.invoiceIds,
        subject: item.rendered.subject,
        text: item.rendered.text,
      };
    }
  }
  return null;
}

export interface FollowupCompose {
  url: string;
  /** What the background should log the send with; null when no template went in (a plain email). */
  pending: PendingComposeFields | null;
}

export async function followupCompose(client: LedgerClient, debtor: Debtor): Promise<FollowupCompose> {
  const to = debtor.emails.slice(0, 1);
  const templates = await client.send('templates-for-debtor', { debtorId: debtor.id });
  const template = templates.ok ? recommendedTemplate(templates.value) : null;
  if (!template) return { url: gmailComposeUrl({ to }), pending: null };
  return {
    url: gmailComposeUrl({ to, subject: template.subject, body: template.text }),
    pending:
      to.length === 0
        ? null
        : {
            debtorId: debtor.id,
            templateId: template.templateId,
            step: template.step,
            invoiceIds: template.invoiceIds,
            // As the send will name it: Gmail trims it, and the log keeps 500 characters.
            subject: template.subject.trim().slice(0, 500),
            to,
          },
  };
}
