// A content script asks the background for the UI catalog of one language: the scripts every
// Gmail tab (and every invoicing tool's tab) parses carry no catalog of their own — the two
// catalogs were a third of the Gmail script. zod/mini: this module is part of the content scripts.
import * as z from 'zod/mini';
import type { Catalog } from '../../shared/i18n/translator';
import { PROTOCOL } from './protocol';

export const UiCatalogRequest = z.strictObject({
  protocol: z.literal(PROTOCOL),
  type: z.literal('ui-catalog'),
  language: z.enum(['en', 'es']),
});
export type UiCatalogRequest = z.infer<typeof UiCatalogRequest>;

/** What comes back: message keys to parsed ICU messages, checked before use (nothing else is taken for a catalog). */
const CatalogReply = z.record(z.string().check(z.maxLength(200)), z.array(z.looseObject({ type: z.number() })).check(z.maxLength(500)));

export function uiCatalogRequest(language: UiCatalogRequest['language']): UiCatalogRequest {
  return { protocol: PROTOCOL, type: 'ui-catalog', language };
}

/** The catalog in a reply, or null when the reply is not one. */
export function catalogOf(reply: unknown): Catalog | null {
  const parsed = CatalogReply.safeParse(reply);
  return parsed.success ? (parsed.data as unknown as Catalog) : null;
}
