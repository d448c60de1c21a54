import { describe, expect, it, vi } from 'vitest';
import { readReporterMessage, reportGmailSyncRequests, REPORTER_SOURCE } from './page-reporter';

const ORIGIN = 'https://mail.google.com';
const SYNC = `${ORIGIN}/sync/u/0/i/s?hl=en&c=3`;
const BODY = '[null,[[[10,["thread-a:r1",[]]]]]]';

/** Just enough of XMLHttpRequest to see what the reporter does with it. */
class FakeXhr {
  status = 0;
  sent: unknown[] = [];
  private listeners: Array<() => void> = [];
  open(_method: string, _url: string | URL) {}
  send(body?: unknown) {
    this.sent.push(body);
    return 'native-send-result';
  }
  addEventListener(type: string, listener: () => void) {
    if (type === 'load') this.listeners.push(listener);
  }
  /** The server answers. */
  finish(status: number) {
    this.status = status;
    for (const listener of this.listeners) listener();
  }
}

function fakePage(overrides: { postMessage?: (message: unknown, targetOrigin: string) => void } = {}) {
  const responses: Array<Promise<Response>> = [];
  const nativeFetch = vi.fn((_input: RequestInfo | URL, _init?: RequestInit) => {
    const response = Promise.resolve(new Response('[]', { status: 200 }));
    responses.push(response);
    return response;
  });
  const win = {
    XMLHttpRequest: class extends FakeXhr {},
    fetch: nativeFetch,
    Request,
    URL,
    location: { href: `${ORIGIN}/mail/u/0/#inbox`, origin: ORIGIN },
    postMessage: vi.fn<(message: unknown, targetOrigin: string) => void>(overrides.postMessage),
  };
  return { win, nativeFetch, responses, asWindow: win as unknown as Window & typeof globalThis };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('reportGmailSyncRequests over XMLHttpRequest', () => {
  it.each<[string, string, string, unknown, number, boolean]>([
    ['a send or draft save', 'POST', '/sync/u/0/i/s?hl=en&c=3', BODY, 200, true],
    ['lower-case method, absolute URL, second account', 'post', `${ORIGIN}/sync/u/1/i/s`, BODY, 200, true],
    ['a GET', 'GET', '/sync/u/0/i/s', BODY, 200, false],
    ['another sync endpoint', 'POST', '/sync/u/0/i/fd', BODY, 200, false],
    ['another Gmail path', 'POST', '/mail/u/0/?ui=2', BODY, 200, false],
    ['another origin', 'POST', 'https://other.example/sync/u/0/i/s', BODY, 200, false],
    ['a body that is not a string', 'POST', '/sync/u/0/i/s', new Blob(['x']), 200, false],
    ['no body', 'POST', '/sync/u/0/i/s', null, 200, false],
    ['the server refused it', 'POST', '/sync/u/0/i/s', BODY, 500, false],
  ])('%s → reported: %s', (_name, method, url, body, status, reported) => {
    const { win, asWindow } = fakePage();
    reportGmailSyncRequests(asWindow);
    const xhr = new win.XMLHttpRequest();
    xhr.open(method, url);
    expect(xhr.send(body)).toBe('native-send-result');
    expect(xhr.sent).toEqual([body]);
    expect(win.postMessage).not.toHaveBeenCalled(); // not before the server has answered
    xhr.finish(status);
    if (reported) {
      const absolute = new URL(url, ORIGIN).href;
      expect(win.postMessage.mock.calls).toEqual([[{ source: REPORTER_SOURCE, url: absolute, body }, ORIGIN]]);
    } else {
      expect(win.postMessage).not.toHaveBeenCalled();
    }
  });

  it('keeps going when reporting fails', () => {
    const { win, asWindow } = fakePage({ postMessage: () => { throw new Error('detached'); } });
    reportGmailSyncRequests(asWindow);
    const xhr = new win.XMLHttpRequest();
    xhr.open('POST', SYNC);
    expect(() => {
      xhr.send(BODY);
      xhr.finish(200);
    }).not.toThrow();
    expect(xhr.sent).toEqual([BODY]);
  });

  it('reports once when installed twice', () => {
    const { win, asWindow } = fakePage();
    reportGmailSyncRequests(asWindow);
    reportGmailSyncRequests(asWindow);
    const xhr = new win.XMLHttpRequest();
    xhr.open('POST', SYNC);
    xhr.send(BODY);
    xhr.finish(200);
    expect(win.postMessage).toHaveBeenCalledTimes(1);
  });

  it('works from its source text alone, as when injected into the page', () => {
    const copy = new Function(`return (${reportGmailSyncRequests.toString()});`)() as typeof reportGmailSyncRequests;
    const { win, asWindow } = fakePage();
    copy(asWindow);
    const xhr = new win.XMLHttpRequest();
    xhr.open('POST', SYNC);
    xhr.send(BODY);
    xhr.finish(200);
    expect(win.postMessage).toHaveBeenCalledWith({ source: REPORTER_SOURCE, url: SYNC, body: BODY }, ORIGIN);
  });
});

describe('reportGmailSyncRequests over fetch', () => {
  it.each<[string, () => Parameters<typeof fetch>, boolean]>([
    ['a POST with a string body', () => [SYNC, { method: 'POST', body: BODY }], true],
    ['a URL object, lower-case method', () => [new URL(SYNC), { method: 'post', body: BODY }], true],
    ['a relative URL', () => ['/sync/u/0/i/s', { method: 'POST', body: BODY }], true],
    ['a GET', () => [SYNC], false],
    ['a Request carrying its own body (a stream, left unread)', () => [new Request(SYNC, { method: 'POST', body: BODY })], false],
    ['a Request with the body in init', () => [new Request(SYNC, { method: 'POST' }), { body: BODY }], true],
    ['a non-string body', () => [SYNC, { method: 'POST', body: new URLSearchParams({ a: '1' }) }], false],
    ['another path', () => [`${ORIGIN}/mail/u/0/`, { method: 'POST', body: BODY }], false],
  ])('%s → reported: %s', async (_name, makeArgs, reported) => {
    const { win, nativeFetch, responses, asWindow } = fakePage();
    reportGmailSyncRequests(asWindow);
    const args = makeArgs();
    const returned = win.fetch(...args);
    expect(returned).toBe(responses[0]); // Gmail gets the native promise itself
    expect(nativeFetch.mock.calls[0]).toEqual(args);
    await returned;
    await flush();
    expect(win.postMessage).toHaveBeenCalledTimes(reported ? 1 : 0);
    if (reported) expect(win.postMessage.mock.calls[0]?.[0]).toMatchObject({ source: REPORTER_SOURCE, body: BODY });
  });

  it('does not report a request the server rejected, nor one that never arrived', async () => {
    const { win, asWindow } = fakePage();
    win.fetch = vi.fn(() => Promise.resolve(new Response('', { status: 503 })));
    reportGmailSyncRequests(asWindow);
    await win.fetch(SYNC, { method: 'POST', body: BODY });
    const failing = fakePage();
    failing.win.fetch = vi.fn(() => Promise.reject(new TypeError('offline')));
    reportGmailSyncRequests(failing.asWindow);
    await expect(failing.win.fetch(SYNC, { method: 'POST', body: BODY })).rejects.toThrow('offline');
    await flush();
    expect(win.postMessage).not.toHaveBeenCalled();
    expect(failing.win.postMessage).not.toHaveBeenCalled();
  });
});

describe('readReporterMessage', () => {
  const ownWindow = {} as Window;
  const good = { source: REPORTER_SOURCE, url: SYNC, body: BODY };
  const event = (over: Partial<{ origin: string; source: unknown; data: unknown }>) =>
    ({ origin: ORIGIN, source: ownWindow, data: good, ...over }) as unknown as MessageEvent;

  it.each<[string, MessageEvent, boolean]>([
    ['the reporter, from Gmail', event({}), true],
    ['another origin', event({ origin: 'https://evil.example' }), false],
    ['another window (a frame)', event({ source: {} }), false],
    ['no source', event({ source: null }), false],
    ['another source tag', event({ data: { ...good, source: 'someone-else' } }), false],
    ['a body that is not text', event({ data: { ...good, body: 42 } }), false],
    ['no body', event({ data: { source: REPORTER_SOURCE, url: SYNC } }), false],
    ['a URL that is not the sync endpoint', event({ data: { ...good, url: `${ORIGIN}/mail/u/0/` } }), false],
    ['a URL on another host', event({ data: { ...good, url: 'https://evil.example/sync/u/0/i/s' } }), false],
    ['extra fields', event({ data: { ...good, extra: true } }), false],
    ['a string', event({ data: 'cobro-gmail-sync' }), false],
    ['null', event({ data: null }), false],
  ])('%s → accepted: %s', (_name, message, accepted) => {
    expect(readReporterMessage(message, ORIGIN, ownWindow)).toEqual(accepted ? good : null);
  });

  it('rejects everything when there is no window to compare with', () => {
    expect(readReporterMessage(event({}), ORIGIN, null)).toBeNull();
  });
});
