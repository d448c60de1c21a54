import { describe, expect, it } from 'vitest';
import { SITE_SCRIPT_FILE, SITE_SCRIPT_ID, sitePatterns, startOnSite, syncSiteScripts, type RegisteredScript, type SiteScriptApis } from './site-scripts';

/** The browser's side, in memory: what is granted, what is registered, which tabs ran the script. */
function browserWith(granted: string[], registered: RegisteredScript[] = [], tabs: Record<number, string> = {}) {
  const state = { granted: [...granted], registered: registered.map((script) => ({ ...script })), ranIn: [] as number[] };
  const apis: SiteScriptApis = {
    grantedOrigins: async () => [...state.granted],
    registered: async () => state.registered.map((script) => ({ ...script })),
    register: async (script) => {
      if (state.registered.some((existing) => existing.id === script.id)) throw new Error(`duplicate id ${script.id}`);
      state.registered.push({ id: script.id, matches: script.matches });
    },
    update: async (script) => {
      const existing = state.registered.find((candidate) => candidate.id === script.id);
      if (!existing) throw new Error('nothing to update');
      existing.matches = script.matches;
    },
    unregister: async (id) => {
      state.registered = state.registered.filter((script) => script.id !== id);
    },
    runInTab: async (tabId) => void state.ranIn.push(tabId),
    tabUrl: async (tabId) => tabs[tabId],
  };
  return { apis, state };
}

describe('sitePatterns', () => {
  it.each([
    [['https://mail.google.com/*'], []],
    [['https://app.invoicing.co/*', 'https://mail.google.com/*'], ['https://app.invoicing.co/*']],
    // Any-host grants (the optional permission itself) and paths are never a site.
    [['https://*/*', 'http://*/*', '<all_urls>', 'https://a.example/x/*'], []],
    [['http://localhost:8000/*', 'https://b.example/*', 'https://b.example/*'], ['http://localhost:8000/*', 'https://b.example/*']],
  ])('%j → %j', (granted, expected) => {
    expect(sitePatterns(granted)).toEqual(expected);
  });
});

describe('syncSiteScripts', () => {
  it.each<[string, string[], RegisteredScript[], RegisteredScript[]]>([
    ['nothing granted, nothing registered', ['https://mail.google.com/*'], [], []],
    ['a grant registers the script', ['https://app.invoicing.co/*'], [], [{ id: SITE_SCRIPT_ID, matches: ['https://app.invoicing.co/*'] }]],
    [
      'a second grant updates it',
      ['https://app.invoicing.co/*', 'https://b.example/*'],
      [{ id: SITE_SCRIPT_ID, matches: ['https://app.invoicing.co/*'] }],
      [{ id: SITE_SCRIPT_ID, matches: ['https://app.invoicing.co/*', 'https://b.example/*'] }],
    ],
    ['the last revocation unregisters it', [], [{ id: SITE_SCRIPT_ID, matches: ['https://app.invoicing.co/*'] }], []],
    ['another script is left alone', [], [{ id: 'other' }], [{ id: 'other' }]],
  ])('%s', async (_case, granted, registered, expected) => {
    const { apis, state } = browserWith(granted, registered);
    await syncSiteScripts(apis);
    expect(state.registered).toEqual(expected);
  });

  it('registers the built file, at document idle', async () => {
    let seen: unknown;
    const { apis } = browserWith(['https://app.invoicing.co/*']);
    await syncSiteScripts({ ...apis, register: async (script) => void (seen = script) });
    expect(seen).toEqual({ id: SITE_SCRIPT_ID, matches: ['https://app.invoicing.co/*'], js: [SITE_SCRIPT_FILE], runAt: 'document_idle' });
  });
});

describe('startOnSite', () => {
  it.each<[string, string[], Record<number, string>, number | undefined, string, number[]]>([
    ['runs in the tab on the site', ['https://app.invoicing.co/*'], { 7: 'https://app.invoicing.co/#/invoices' }, 7, 'running', [7]],
    ['a tab that moved to another site is left alone', ['https://app.invoicing.co/*'], { 7: 'https://example.org/' }, 7, 'registered', []],
    ['no tab: registered only', ['https://app.invoicing.co/*'], {}, undefined, 'registered', []],
    ['a site the browser did not grant is refused', [], { 7: 'https://app.invoicing.co/' }, 7, 'not-granted', []],
  ])('%s', async (_case, granted, tabs, tabId, expected, ranIn) => {
    const { apis, state } = browserWith(granted, [], tabs);
    expect(await startOnSite(apis, 'https://app.invoicing.co', tabId)).toBe(expected);
    expect(state.ranIn).toEqual(ranIn);
  });
});
