// Templates: the built-in library merged with the user's edits and own templates, rendered
// for a debtor with the tone check's findings.
import type { HandlerArgs } from '../api';
import type { CobroDb } from '../db';
import { LedgerError, notFound, type HandlerIssue } from '../errors';
import { LADDER_STEPS, SIDE_TRACKS, Template, type Debtor, type Invoice, type LadderStep, type Settings, type TemplateLocale, type TemplatePurpose } from '../schema';
import type { IsoDate } from '../../dates';
import { BUILTIN_TEMPLATES } from '../../templates/library';
import { buildTemplateContext } from '../../templates/context';
import { isUnpaid } from '../../collection/invoices';
import { ladderOffer, recommendedEmail } from '../../collection/recommend';
import { computeTemplateFacts, templateFit, type FitReason, type TemplateFacts } from '../../templates/fit';
import { languageOf } from '../../templates/format';
import { parseSource } from '../../templates/icu';
import { renderTemplate, type TemplateError } from '../../templates/render';
import { checkTone, type ToneFinding } from '../../templates/tone';
import { isTemplateVariable } from '../../templates/variables';
import { nowIso, requireDebtor, requireInvoicesOf, type HandlerContext } from './context';
import { readSettings } from './settings';
import { loadDebtorData, statusOf, STATUS_TABLES, type CollectionStatus, type DebtorData } from './status';

export type TemplateOrigin = 'builtin' | 'edited' | 'custom';

export interface TemplateItem {
  template: Template;
  origin: TemplateOrigin;
}

export type Rendered =
  | { ok: true; subject: string; html: string; text: string; findings: ToneFinding[] }
  | { ok: false; error: TemplateError };

const builtinById = new Map(BUILTIN_TEMPLATES.map((template) => [template.id, template]));
const PURPOSE_ORDER: readonly TemplatePurpose[] = [...LADDER_STEPS, ...SIDE_TRACKS];
const ORIGIN_ORDER: Record<TemplateOrigin, number> = { builtin: 0, edited: 0, custom: 1 };

function compareItems(a: TemplateItem, b: TemplateItem): number {
  return (
    PURPOSE_ORDER.indexOf(a.template.purpose) - PURPOSE_ORDER.indexOf(b.template.purpose) ||
    a.template.locale.localeCompare(b.template.locale) ||
    ORIGIN_ORDER[a.origin] - ORIGIN_ORDER[b.origin] ||
    a.template.name.localeCompare(b.template.name) ||
    a.template.id.localeCompare(b.template.id)
  );
}

/** Built-ins, each replaced by the user's edit when there is one, then the user's own. */
export async function mergedTemplates(db: CobroDb): Promise<TemplateItem[]> {
  const stored = await db.templates.toArray();
  const edits = new Map(stored.flatMap((t) => (t.builtinId && builtinById.has(t.builtinId) ? [[t.builtinId, t] as const] : [])));
  const items: TemplateItem[] = BUILTIN_TEMPLATES.map((builtin) => {
    const edit = edits.get(builtin.id);
    return edit ? { template: edit, origin: 'edited' } : { template: builtin, origin: 'builtin' };
  });
  // An edit whose built-in no longer ships is kept as the user's own template.
  for (const template of stored) if (!template.builtinId || !builtinById.has(template.builtinId)) items.push({ template, origin: 'custom' });
  return items.sort(compareItems);
}

/** The template a message uses: a stored one, the user's edit of a built-in, or the built-in. */
export async function findTemplate(db: CobroDb, id: string): Promise<Template | undefined> {
  const stored = await db.templates.get(id);
  if (stored) return stored;
  if (!builtinById.has(id)) return undefined;
  return (await db.templates.where('builtinId').equals(id).first()) ?? builtinById.get(id);
}

/** Refuses sources that could never render: bad ICU syntax or variables Cobro does not know. */
function checkSources(fields: { subject?: string | undefined; body?: string | undefined }, prefix: string): void {
  const issues: HandlerIssue[] = [];
  for (const field of ['subject', 'body'] as const) {
    const source = fields[field];
    if (source === undefined) continue;
    const parsed = parseSource(source);
    if (!parsed.ok) {
      issues.push({ path: `${prefix}${field}`, message: parsed.message, rule: 'template-syntax' });
      continue;
    }
    for (const use of parsed.variables) {
      if (!isTemplateVariable(use.name)) issues.push({ path: `${prefix}${field}`, message: `unknown variable {${use.name}}`, rule: 'unknown-variable', value: use.name });
    }
  }
  const first = issues[0];
  if (first) throw new LedgerError('invalid-input', `The template cannot be used (${first.path}: ${first.message})`, issues);
}

/** The invoices a message is about when the caller does not say. */
export function invoicesFor(purpose: TemplatePurpose, status: CollectionStatus, data: DebtorData): Invoice[] {
  const action = status.nextAction;
  const unpaid = data.invoices.filter(isUnpaid);
  if (action && action.purpose === purpose && action.invoiceIds.length > 0) {
    // Thanks name what was paid; every other message only what is still owed.
    const named = purpose === 'thank-you' ? data.invoices : unpaid;
    const chosen = named.filter((invoice) => action.invoiceIds.includes(invoice.id));
    if (chosen.length > 0) return chosen;
  }
  if (purpose !== 'thank-you') return unpaid;
  // Thanks are for what the latest payment paid, else the most recently settled invoices.
  const latest = data.payments.reduce<(typeof data.payments)[number] | undefined>(
    (last, p) => (!last || p.date > last.date || (p.date === last.date && p.id > last.id) ? p : last),
    undefined,
  );
  const allocated = new Set(latest?.allocations.map((allocation) => allocation.invoiceId) ?? []);
  const thanked = data.invoices.filter((invoice) => allocated.has(invoice.id));
  if (thanked.length > 0) return thanked;
  if (unpaid.length > 0) return unpaid;
  const paid = data.invoices.filter((i) => i.status === 'paid');
  const settledLast = paid.reduce((max, i) => (i.updatedAt > max ? i.updatedAt : max), '');
  return paid.filter((i) => i.updatedAt === settledLast);
}

/** Formats in the debtor's own locale when the template speaks their language. */
function renderLocale(debtor: Debtor, language: TemplateLocale): string {
  return languageOf(debtor.locale) === language ? debtor.locale : language;
}

interface RenderArgs {
  template: Template;
  debtor: Debtor;
  data: DebtorData;
  invoices: Invoice[];
  deadline?: IsoDate | undefined;
  /** The facts for these invoices when the caller already has them (computeTemplateFacts, to judge fit). */
  facts?: TemplateFacts | undefined;
}

export function renderFor(ctx: HandlerContext, settings: Settings, args: RenderArgs): Rendered {
  const { template, debtor, data } = args;
  const locale = renderLocale(debtor, template.locale);
  // The contact log, payments, promises and plans decide what the message may say happened.
  const context = buildTemplateContext({
    debtor,
    invoices: args.invoices,
    records: data,
    settings,
    now: ctx.now(),
    purpose: template.purpose,
    locale,
    ...(args.deadline ? { deadline: args.deadline } : {}),
    ...(args.facts ? { facts: args.facts } : {}),
  });
  const result = renderTemplate(template, context, locale);
  if (!result.ok) return result;
  return { ...result, findings: checkTone(template, locale) };
}

/** Why a template is not offered: it could not be filled truthfully, or it would skip a step of the ladder. */
export type TemplateOffer =
  | { ok: true }
  | { ok: false; reason: FitReason | 'cannot-render' }
  | { ok: false; reason: 'skips-ladder'; first: LadderStep };

function offerOf(purpose: TemplatePurpose, facts: TemplateFacts, status: CollectionStatus, rendered: Rendered): TemplateOffer {
  const fit = templateFit(purpose, facts);
  if (!fit.ok) return fit;
  const ladder = ladderOffer(purpose, status);
  if (!ladder.ok) return ladder;
  // A user's own template may use a value this debtor does not have (a promise date without a promise).
  return rendered.ok ? { ok: true } : { ok: false, reason: 'cannot-render' };
}

export function templateHandlers(ctx: HandlerContext) {
  const { db } = ctx;
  const TABLES = [...STATUS_TABLES, 'templates'] as const;
  return {
    'templates-list': async (input: HandlerArgs<'templates-list'>): Promise<TemplateItem[]> => {
      const items = await mergedTemplates(db);
      return items.filter(
        ({ template }) =>
          (input.purpose === undefined || template.purpose === input.purpose) &&
          (input.locale === undefined || template.locale === input.locale),
      );
    },

    'template-create': async (input: HandlerArgs<'template-create'>): Promise<Template> => {
      checkSources(input, '');
      const template = Template.parse({ ...input, id: ctx.newId(), updatedAt: nowIso(ctx) });
      await db.templates.add(template);
      return template;
    },

    'template-update': async (input: HandlerArgs<'template-update'>): Promise<Template> =>
      db.transaction('rw', db.templates, async () => {
        checkSources(input.patch, 'patch.');
        const updatedAt = nowIso(ctx);
        const builtin = builtinById.get(input.id);
        if (builtin) {
          const { purpose = builtin.purpose, locale = builtin.locale } = input.patch;
          if (purpose !== builtin.purpose || locale !== builtin.locale) {
            throw new LedgerError('conflict', 'A built-in template keeps its purpose and language; create a new template instead.');
          }
          // Editing a built-in stores the user's version beside it; the built-in stays intact.
          const edit = await db.templates.where('builtinId').equals(builtin.id).first();
          const template = Template.parse({
            ...(edit ?? builtin),
            ...input.patch,
            id: edit?.id ?? ctx.newId(),
            builtinId: builtin.id,
            updatedAt,
          });
          await db.templates.put(template);
          return template;
        }
        const current = await db.templates.get(input.id);
        if (!current) throw notFound('template', input.id);
        if (current.builtinId && (input.patch.purpose ?? current.purpose) !== current.purpose) {
          throw new LedgerError('conflict', 'An edited built-in keeps its purpose and language; create a new template instead.');
        }
        if (current.builtinId && (input.patch.locale ?? current.locale) !== current.locale) {
          throw new LedgerError('conflict', 'An edited built-in keeps its purpose and language; create a new template instead.');
        }
        const template = Template.parse({ ...current, ...input.patch, updatedAt });
        await db.templates.put(template);
        return template;
      }),

    'template-delete': async (input: HandlerArgs<'template-delete'>): Promise<{ deleted: string; restored: Template | null }> =>
      db.transaction('rw', db.templates, async () => {
        // A built-in's id deletes the user's edit of it, if any; the built-in itself stays.
        const stored = builtinById.has(input.id)
          ? await db.templates.where('builtinId').equals(input.id).first()
          : await db.templates.get(input.id);
        if (!stored) {
          if (builtinById.has(input.id)) throw new LedgerError('conflict', 'Built-in templates cannot be deleted.');
          throw notFound('template', input.id);
        }
        await db.templates.delete(stored.id);
        return { deleted: stored.id, restored: (stored.builtinId && builtinById.get(stored.builtinId)) || null };
      }),

    'template-render': async (input: HandlerArgs<'template-render'>): Promise<Extract<Rendered, { ok: true }>> =>
      db.transaction('r', TABLES, async () => {
        const template = await findTemplate(db, input.templateId);
        if (!template) throw notFound('template', input.templateId);
        const debtor = await requireDebtor(db, input.debtorId);
        const [data, settings] = await Promise.all([loadDebtorData(db, debtor.id), readSettings(db)]);
        const status = statusOf(debtor, data, settings, ctx.now());
        const invoices = input.invoiceIds
          ? await requireInvoicesOf(db, debtor.id, input.invoiceIds)
          : invoicesFor(template.purpose, status, data);
        const rendered = renderFor(ctx, settings, { template, debtor, data, invoices, deadline: input.deadline });
        if (!rendered.ok) {
          throw new LedgerError('invalid-input', rendered.error.message, [
            { path: rendered.error.field ?? 'templateId', message: rendered.error.message },
          ]);
        }
        return rendered;
      }),

    'templates-for-debtor': async (
      input: HandlerArgs<'templates-for-debtor'>,
    ): Promise<{
      /** The e-mail that fits the debtor now, if one does and it can be filled truthfully. */
      recommended: TemplatePurpose | null;
      policy: CollectionStatus['policy'];
      /**
       * Each template filled in, with the invoices it names (what a send of it is logged against)
       * and whether it may be offered: the recommended one first, those that cannot be sent
       * truthfully (or would skip a step of the ladder) last, with the reason.
       */
      items: Array<TemplateItem & { rendered: Rendered; invoiceIds: string[]; offer: TemplateOffer }>;
    }> =>
      db.transaction('r', TABLES, async () => {
        const debtor = await requireDebtor(db, input.debtorId);
        const [data, settings, all] = await Promise.all([loadDebtorData(db, debtor.id), readSettings(db), mergedTemplates(db)]);
        const now = ctx.now();
        const status = statusOf(debtor, data, settings, now);
        const language = input.locale ?? languageOf(debtor.locale);
        // Most purposes name the same invoices: their facts are worked out once per set.
        const factsByInvoices = new Map<string, TemplateFacts>();
        const factsFor = (invoices: Invoice[]) => {
          const key = invoices.map((invoice) => invoice.id).join(' ');
          let facts = factsByInvoices.get(key);
          if (!facts) factsByInvoices.set(key, (facts = computeTemplateFacts({ debtor, invoices, records: data, settings, now })));
          return facts;
        };
        const items = all
          .filter((item) => item.template.locale === language)
          .map((item) => {
            const { purpose } = item.template;
            const invoices = invoicesFor(purpose, status, data);
            const facts = factsFor(invoices);
            const rendered = renderFor(ctx, settings, { template: item.template, debtor, data, invoices, facts });
            return { ...item, rendered, invoiceIds: invoices.map((invoice) => invoice.id), offer: offerOf(purpose, facts, status, rendered) };
          });
        const wanted = recommendedEmail(status, data.events);
        const recommended = items.some((item) => item.template.purpose === wanted && item.offer.ok) ? wanted : null;
        const rank = (item: (typeof items)[number]) => (item.template.purpose === recommended ? 0 : item.offer.ok ? 1 : 2);
        // A stable sort keeps the library's order within each group.
        return { recommended, policy: status.policy, items: items.sort((a, b) => rank(a) - rank(b)) };
      }),
  };
}
