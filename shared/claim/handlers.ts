// The claim file's data for one debtor ('claim-file'): read-only, in one read transaction so
// the invoices, payments and timeline it shows belong to the same moment of the ledger.
import { z } from 'zod';
import { dateIn } from '../dates';
import type { HandlerArgs } from '../ledger/api';
import { requireDebtor, type HandlerContext } from '../ledger/handlers/context';
import { readSettings } from '../ledger/handlers/settings';
import { findTemplate } from '../ledger/handlers/templates';
import { loadDebtorData } from '../ledger/handlers/status';
import { Id, IsoDate, type Template } from '../ledger/schema';
import { chainOf } from './chain';
import { buildClaimData, type ClaimFileData } from './claim-data';
import { rateOf, ratesInUse } from './ecb-rates';
import { lateInterest } from './interest';

export const ClaimFileInput = z.strictObject({
  debtorId: Id,
  /** The day the amounts are worked out to; the debtor's today when absent. */
  asOf: IsoDate.optional(),
  language: z.enum(['es', 'en']),
});

export function claimHandlers(ctx: HandlerContext) {
  const { db } = ctx;
  return {
    'claim-file': async (input: HandlerArgs<'claim-file'>): Promise<ClaimFileData> =>
      db.transaction('r', [db.debtors, db.invoices, db.payments, db.promises, db.plans, db.events, db.settings, db.templates], async () => {
        const debtor = await requireDebtor(db, input.debtorId);
        const [data, settings] = await Promise.all([loadDebtorData(db, debtor.id), readSettings(db)]);
        const templates = new Map<string, Pick<Template, 'name'>>();
        for (const id of new Set(data.events.flatMap((event) => (event.templateId ? [event.templateId] : [])))) {
          const template = await findTemplate(db, id);
          if (template) templates.set(id, { name: template.name });
        }
        const now = ctx.now();
        return buildClaimData(
          { debtor, ...data, settings, templates },
          {
            asOf: input.asOf ?? dateIn(debtor.timeZone, now),
            language: input.language,
            madeAt: now,
            interest: (invoice) => lateInterest({ ...invoice, rates: ratesInUse(settings.interestRates) }),
            rateOf: (half) => rateOf(half, settings.interestRates),
            chain: chainOf,
          },
        );
      }),
  };
}
