// The template editor's live preview: a draft that is not saved yet, rendered for a chosen
// debtor (or a sample one) with the tone check's findings, so the user sees the message a
// debtor would get while typing.
import { z } from 'zod';
import type { HandlerArgs } from '../api';
import { Id, Template, TemplateLocale, TemplatePurpose } from '../schema';
import { buildTemplateContext } from '../../templates/context';
import { renderTemplate, type TemplateError } from '../../templates/render';
import { sampleTemplateInput } from '../../templates/sample';
import { checkTone, type ToneFinding } from '../../templates/tone';
import { requireDebtor, type HandlerContext } from './context';
import { readSettings } from './settings';
import { loadDebtorData, statusOf, STATUS_TABLES } from './status';
import { invoicesFor, renderFor } from './templates';

export const TemplatePreviewInput = z.strictObject({
  /** Without one, a sample debtor with two invoices and a history that fits the purpose (the business is the user's). */
  debtorId: Id.optional(),
  purpose: TemplatePurpose,
  locale: TemplateLocale,
  subject: Template.shape.subject,
  body: z.string().max(20000),
  /** The language the tone check's messages are written in (the UI's). */
  uiLocale: z.string().max(35).optional(),
});

export type TemplatePreview =
  | { ok: true; subject: string; text: string; html: string; findings: ToneFinding[] }
  | { ok: false; error: TemplateError; findings: ToneFinding[] };

export function templatePreviewHandlers(ctx: HandlerContext) {
  const { db } = ctx;
  return {
    'template-preview': async (input: HandlerArgs<'template-preview'>): Promise<TemplatePreview> => {
      const { debtorId, uiLocale, ...source } = input;
      const findings = checkTone(source, uiLocale ?? source.locale);
      if (source.body.trim() === '') {
        return { ok: false, error: { code: 'syntax', message: 'the message is empty', field: 'body' }, findings };
      }
      const draft: Template = { id: 'preview', name: 'preview', updatedAt: ctx.now().toISOString(), ...source };
      if (debtorId === undefined) {
        // The sample debtor with the user's own settings: what Settings still lacks (a business
        // name, a way to pay) shows as a bracketed note instead of being filled in for them.
        const settings = await readSettings(db);
        const sample = sampleTemplateInput(source.purpose, source.locale);
        const context = buildTemplateContext({ ...sample, settings });
        const rendered = renderTemplate(draft, context, source.locale);
        return rendered.ok ? { ...rendered, findings } : { ok: false, error: rendered.error, findings };
      }
      return db.transaction('r', STATUS_TABLES, async () => {
        const debtor = await requireDebtor(db, debtorId);
        const [data, settings] = await Promise.all([loadDebtorData(db, debtor.id), readSettings(db)]);
        const status = statusOf(debtor, data, settings, ctx.now());
        const rendered = renderFor(ctx, settings, { template: draft, debtor, data, invoices: invoicesFor(draft.purpose, status, data) });
        return rendered.ok ? { ...rendered, findings } : { ok: false, error: rendered.error, findings };
      });
    },
  };
}
