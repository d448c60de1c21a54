// The popup tells the background that the user just turned Cobro on for a site (the browser
// granted its host permission from the popup's click): the background registers the invoicing
// tools' script for that site and runs it at once in the tab the user is looking at. Only
// extension pages send this; the background checks the sender and that the permission is held.
import { z } from 'zod';
import { PROTOCOL } from './protocol';

/** 'https://app.invoicing.co' — scheme and host (and port), no path. */
export const SiteOrigin = z
  .string()
  .max(300)
  .regex(/^https?:\/\/[^/?#\s*]+$/, 'an origin: scheme and host only');

export const SiteTurnedOn = z.strictObject({
  protocol: z.literal(PROTOCOL),
  type: z.literal('site-turned-on'),
  origin: SiteOrigin,
  /** The tab to run in now; absent when there is none (the site was added from the workspace). */
  tabId: z.number().int().nonnegative().optional(),
});
export type SiteTurnedOn = z.infer<typeof SiteTurnedOn>;

export function siteTurnedOn(origin: string, tabId?: number): SiteTurnedOn {
  return { protocol: PROTOCOL, type: 'site-turned-on', origin, ...(tabId === undefined ? {} : { tabId }) };
}

/** The host-permission pattern that covers every page of an origin: 'https://app.invoicing.co/*'. */
export function sitePattern(origin: string): string {
  return `${origin}/*`;
}
