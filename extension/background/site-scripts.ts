// Cobro's script on the invoicing tools' sites the user turned on. Nothing is asked at install:
// each site is granted from a click (an optional host permission), and the script is registered
// for the sites granted, at run time. The browser's granted origins are the only record: the
// registration is brought in line with them whenever the background starts and whenever a
// permission is added or removed (from Cobro or from the browser's own settings, where the user
// can revoke a site at any time). Pattern: fregante/webext-dynamic-content-scripts.

/** The file WXT builds from extension/entrypoints/sites.content.ts. */
export const SITE_SCRIPT_FILE = '/content-scripts/sites.js';
export const SITE_SCRIPT_ID = 'cobro-sites';

/** Hosts Cobro always runs on through its manifest; never registered again at run time. */
const REQUIRED_PATTERNS = new Set(['https://mail.google.com/*']);

export interface RegisteredScript {
  id: string;
  matches?: string[];
}

/** The parts of `browser.scripting` and `browser.permissions` used here. */
export interface SiteScriptApis {
  grantedOrigins(): Promise<string[]>;
  registered(): Promise<RegisteredScript[]>;
  register(script: { id: string; matches: string[]; js: string[]; runAt: 'document_idle' }): Promise<void>;
  update(script: { id: string; matches: string[]; js: string[] }): Promise<void>;
  unregister(id: string): Promise<void>;
  /** Runs the script now in one tab (its frame 0). */
  runInTab(tabId: number): Promise<void>;
  /** The tab's address, when it can be read (undefined: no such tab, or no access). */
  tabUrl(tabId: number): Promise<string | undefined>;
}

/** Granted site patterns ('https://app.invoicing.co/*'), without the required hosts or any-host ones. */
export function sitePatterns(granted: readonly string[]): string[] {
  const patterns = granted.filter((pattern) => !REQUIRED_PATTERNS.has(pattern) && /^https?:\/\/[^*/]+\/\*$/.test(pattern));
  return [...new Set(patterns)].sort();
}

/** Brings the registration in line with the granted sites; returns the patterns it runs on. */
export async function syncSiteScripts(apis: SiteScriptApis): Promise<string[]> {
  const patterns = sitePatterns(await apis.grantedOrigins());
  const existing = (await apis.registered()).find((script) => script.id === SITE_SCRIPT_ID);
  if (patterns.length === 0) {
    if (existing) await apis.unregister(SITE_SCRIPT_ID);
    return patterns;
  }
  if (!existing) {
    await apis.register({ id: SITE_SCRIPT_ID, matches: patterns, js: [SITE_SCRIPT_FILE], runAt: 'document_idle' });
  } else if ([...(existing.matches ?? [])].sort().join(' ') !== patterns.join(' ')) {
    await apis.update({ id: SITE_SCRIPT_ID, matches: patterns, js: [SITE_SCRIPT_FILE] });
  }
  return patterns;
}

/**
 * After the user turned a site on: registers the script for it and runs it in the tab they are
 * looking at, if that tab is still on the site. Refuses a site whose permission is not held (the
 * notice comes from our popup, but the browser is the authority on what was granted).
 */
export async function startOnSite(apis: SiteScriptApis, origin: string, tabId: number | undefined): Promise<'running' | 'registered' | 'not-granted'> {
  const patterns = await syncSiteScripts(apis);
  if (!patterns.includes(`${origin}/*`)) return 'not-granted';
  if (tabId === undefined) return 'registered';
  const url = await apis.tabUrl(tabId);
  let tabOrigin: string | null = null;
  try {
    tabOrigin = url === undefined ? null : new URL(url).origin;
  } catch {
    tabOrigin = null;
  }
  if (tabOrigin !== origin) return 'registered';
  await apis.runInTab(tabId);
  return 'running';
}
