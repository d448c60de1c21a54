// Things the overlay could not make sense of, kept once per dedupe key for the user to report.
import type { HandlerArgs } from '../api';
import { Diagnostic } from '../schema';
import { nowIso, type HandlerContext } from './context';

export function diagnosticHandlers(ctx: HandlerContext) {
  const { db } = ctx;
  return {
    'diagnostic-record': async (
      input: HandlerArgs<'diagnostic-record'>,
    ): Promise<{ diagnostic: Diagnostic; created: boolean }> =>
      db.transaction('rw', db.diagnostics, async () => {
        const existing = await db.diagnostics.where('dedupeKey').equals(input.dedupeKey).first();
        if (existing) return { diagnostic: existing, created: false };
        const diagnostic = Diagnostic.parse({ id: ctx.newId(), at: nowIso(ctx), ...input });
        await db.diagnostics.add(diagnostic);
        return { diagnostic, created: true };
      }),

    'diagnostics-list': async (input: HandlerArgs<'diagnostics-list'>): Promise<Diagnostic[]> =>
      db.diagnostics.orderBy('at').reverse().limit(input.limit).toArray(),
  };
}
