// The browser's side of turning Cobro on for an invoicing tool's site: which pages can have it,
// whether a site has it, asking for a site from the user's click, the sites that have it, and
// taking it away. A site is on exactly when the user granted its optional host permission; the
// background registers the tools' script for the granted sites and drops it when one goes.
import { SiteOrigin, siteTurnedOn, sitePattern } from '../messaging/site-turned-on';

/** What this module needs of `browser.permissions` (Chrome's and Firefox's have these shapes). */
export interface SitePermissions {
  contains(permissions: { origins: string[] }): Promise<boolean>;
  request(permissions: { origins: string[] }): Promise<boolean>;
  remove(permissions: { origins: string[] }): Promise<boolean>;
  getAll(): Promise<{ origins?: string[] | undefined }>;
}

/** The permission events, for views that follow the list as it changes. */
export interface SitePermissionEvents {
  onAdded: { addListener(cb: () => void): void; removeListener(cb: () => void): void };
  onRemoved: { addListener(cb: () => void): void; removeListener(cb: () => void): void };
}

export interface SiteRuntime {
  sendMessage(message: unknown): Promise<unknown>;
}

export type TurnOnResult = 'on' | 'refused' | 'failed';

/**
 * Hosts Cobro never asks for: Gmail is always on (a required permission), and browsers forbid
 * extensions' scripts on their own stores whatever was granted.
 */
const NOT_A_SITE = new Set(['mail.google.com', 'chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com']);

/** The site of a page Cobro could be turned on for, or null (not a web page, Gmail, a store). */
export function siteOfUrl(url: string): { origin: string } | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (parsed.hostname === '' || NOT_A_SITE.has(parsed.hostname.toLowerCase())) return null;
  const origin = SiteOrigin.safeParse(parsed.origin);
  return origin.success ? { origin: origin.data } : null;
}

/** 'app.invoicing.co' (with a port when it has one): how the UI names a site. */
export function siteHost(origin: string): string {
  return new URL(origin).host;
}

export function isSiteOn(permissions: SitePermissions, origin: string): Promise<boolean> {
  return permissions.contains({ origins: [sitePattern(origin)] });
}

/**
 * Asks the browser for the site, then tells the background so it runs at once in `tabId`.
 * Call it straight from the click: the browser grants only inside the user's gesture, so the
 * request is made before anything is awaited (this function returns only after making it).
 * A notice the background missed still leaves the site on: it registers granted sites at start-up.
 */
export function turnSiteOn(permissions: SitePermissions, runtime: SiteRuntime, origin: string, tabId?: number): Promise<TurnOnResult> {
  let asked: Promise<boolean>;
  try {
    asked = permissions.request({ origins: [sitePattern(origin)] });
  } catch (error) {
    console.warn('Cobro: asking for the site failed', error);
    return Promise.resolve('failed');
  }
  return asked.then(
    async (granted): Promise<TurnOnResult> => {
      if (!granted) return 'refused';
      await runtime.sendMessage(siteTurnedOn(origin, tabId)).catch((error: unknown) => console.warn('Cobro: telling the background failed', error));
      return 'on';
    },
    (error: unknown) => {
      console.warn('Cobro: asking for the site failed', error);
      return 'failed';
    },
  );
}

/** The origin a granted pattern covers whole ('https://app.invoicing.co/*'), or null for any other pattern. */
function originOfPattern(pattern: string): string | null {
  const match = /^(https?:\/\/[^/*]+)\/\*$/.exec(pattern);
  if (!match?.[1]) return null;
  return siteOfUrl(`${match[1]}/`)?.origin ?? null;
}

/** The sites Cobro is on besides Gmail, sorted; wildcard-host and other patterns are not sites. */
export async function sitesTurnedOn(permissions: SitePermissions): Promise<string[]> {
  const { origins = [] } = await permissions.getAll();
  const sites = new Set(origins.flatMap((pattern) => originOfPattern(pattern) ?? []));
  return [...sites].sort();
}

export async function turnSiteOff(permissions: SitePermissions, origin: string): Promise<void> {
  const removed = await permissions.remove({ origins: [sitePattern(origin)] });
  if (!removed) throw new Error(`The browser kept the permission for ${origin}`);
}

/** Calls `cb` whenever a permission is granted or taken away (here, in another page, or in the browser's settings). */
export function onSitesChanged(events: SitePermissionEvents, cb: () => void): () => void {
  const listener = () => cb();
  events.onAdded.addListener(listener);
  events.onRemoved.addListener(listener);
  return () => {
    events.onAdded.removeListener(listener);
    events.onRemoved.removeListener(listener);
  };
}
