import { describe, expect, it, vi } from 'vitest';
import { siteTurnedOn } from '../messaging/site-turned-on';
import { isSiteOn, onSitesChanged, siteHost, siteOfUrl, sitesTurnedOn, turnSiteOff, turnSiteOn, type SitePermissions } from './site-permissions';

/** The browser's permission store as a set of granted patterns; `answer` is what the prompt says. */
function grants(initial: string[], answer: boolean | Error = true) {
  const granted = new Set(initial);
  const calls: string[] = [];
  const permissions: SitePermissions = {
    contains: async ({ origins }) => origins.every((pattern) => granted.has(pattern)),
    request: ({ origins }) => {
      calls.push(`request ${origins.join(' ')}`);
      if (answer instanceof Error) return Promise.reject(answer);
      if (answer) for (const pattern of origins) granted.add(pattern);
      return Promise.resolve(answer);
    },
    remove: async ({ origins }) => {
      calls.push(`remove ${origins.join(' ')}`);
      return origins.map((pattern) => granted.delete(pattern)).every(Boolean);
    },
    getAll: async () => ({ origins: [...granted] }),
  };
  const sendMessage = vi.fn(async (message: unknown) => void calls.push(`send ${JSON.stringify(message)}`));
  return { permissions, runtime: { sendMessage }, granted, calls };
}

describe('siteOfUrl', () => {
  it.each([
    ['https://app.invoicing.co/#/invoices/Wpmbk5ezJn/edit', 'https://app.invoicing.co'],
    ['http://localhost:8000/invoices?page=2', 'http://localhost:8000'],
    ['https://Dashboard.Stripe.com/invoices/in_1', 'https://dashboard.stripe.com'],
    ['https://user:pw@facturas.example.es/', 'https://facturas.example.es'],
    ['http://192.168.1.20/ninja', 'http://192.168.1.20'],
  ])('%s → %s', (url, origin) => {
    expect(siteOfUrl(url)).toEqual({ origin });
  });

  it.each([
    ['Gmail, always on', 'https://mail.google.com/mail/u/0/#inbox'],
    ['an extension page', 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html'],
    ['a Firefox extension page', 'moz-extension://0b1c/options.html'],
    ['a browser page', 'chrome://extensions/'],
    ['Firefox’s own page', 'about:addons'],
    ['the Chrome Web Store', 'https://chromewebstore.google.com/detail/abc'],
    ['the old Chrome Web Store', 'https://chrome.google.com/webstore/detail/abc'],
    ['Firefox’s add-ons site', 'https://addons.mozilla.org/es/firefox/'],
    ['a file', 'file:///home/ana/factura.html'],
    ['not a URL', 'app.invoicing.co'],
    ['nothing', ''],
  ])('no site on %s', (_what, url) => {
    expect(siteOfUrl(url)).toBeNull();
  });

  it('names a site by its host, with its port', () => {
    expect(siteHost('https://app.invoicing.co')).toBe('app.invoicing.co');
    expect(siteHost('http://localhost:8000')).toBe('localhost:8000');
  });
});

describe('turnSiteOn', () => {
  it('asks the browser before anything is awaited, then tells the background with the tab', async () => {
    const { permissions, runtime, calls } = grants(['https://mail.google.com/*']);
    const turning = turnSiteOn(permissions, runtime, 'https://app.invoicing.co', 42);
    // Synchronously, still inside the click: the request is already made.
    expect(calls).toEqual(['request https://app.invoicing.co/*']);
    expect(await turning).toBe('on');
    expect(runtime.sendMessage).toHaveBeenCalledWith(siteTurnedOn('https://app.invoicing.co', 42));
    expect(await isSiteOn(permissions, 'https://app.invoicing.co')).toBe(true);
  });

  it.each<[string, boolean | Error, 'refused' | 'failed']>([
    ['the user says no', false, 'refused'],
    ['the browser refuses the request', new Error('This function must be called during a user gesture'), 'failed'],
  ])('when %s, tells the background nothing', async (_what, answer, result) => {
    const { permissions, runtime, granted } = grants([], answer);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await turnSiteOn(permissions, runtime, 'https://app.invoicing.co', 42)).toBe(result);
    expect(runtime.sendMessage).not.toHaveBeenCalled();
    expect([...granted]).toEqual([]);
  });

  it('is on even when the background missed the notice (it registers granted sites when it starts)', async () => {
    const { permissions } = grants([]);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const runtime = { sendMessage: () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')) };
    expect(await turnSiteOn(permissions, runtime, 'https://app.invoicing.co')).toBe('on');
  });
});

describe('sitesTurnedOn', () => {
  it('lists the granted sites, sorted, without Gmail or patterns that are not one site', async () => {
    const { permissions } = grants([
      'https://mail.google.com/*',
      'https://zeta.example/*',
      'https://app.invoicing.co/*',
      'http://localhost:8000/*',
      'https://*/*',
      '*://*.holded.com/*',
      'https://app.alegra.com/invoice/*',
      '<all_urls>',
    ]);
    expect(await sitesTurnedOn(permissions)).toEqual(['http://localhost:8000', 'https://app.invoicing.co', 'https://zeta.example']);
  });

  it('is empty when only Gmail is held, or the browser lists no origins', async () => {
    expect(await sitesTurnedOn(grants(['https://mail.google.com/*']).permissions)).toEqual([]);
    expect(await sitesTurnedOn({ ...grants([]).permissions, getAll: async () => ({}) })).toEqual([]);
  });
});

describe('turnSiteOff', () => {
  it('gives the site’s permission back', async () => {
    const { permissions, calls } = grants(['https://mail.google.com/*', 'https://app.invoicing.co/*']);
    await turnSiteOff(permissions, 'https://app.invoicing.co');
    expect(calls).toEqual(['remove https://app.invoicing.co/*']);
    expect(await sitesTurnedOn(permissions)).toEqual([]);
  });

  it('says so when the browser keeps it', async () => {
    const { permissions } = grants([]);
    await expect(turnSiteOff(permissions, 'https://app.invoicing.co')).rejects.toThrow(/kept the permission/);
  });
});

describe('onSitesChanged', () => {
  it('follows grants and removals until stopped', () => {
    const listeners = { onAdded: new Set<() => void>(), onRemoved: new Set<() => void>() };
    const event = (set: Set<() => void>) => ({ addListener: (cb: () => void) => void set.add(cb), removeListener: (cb: () => void) => void set.delete(cb) });
    const cb = vi.fn();
    const stop = onSitesChanged({ onAdded: event(listeners.onAdded), onRemoved: event(listeners.onRemoved) }, cb);
    for (const listener of [...listeners.onAdded, ...listeners.onRemoved]) listener();
    expect(cb).toHaveBeenCalledTimes(2);
    stop();
    expect(listeners.onAdded.size + listeners.onRemoved.size).toBe(0);
  });
});
