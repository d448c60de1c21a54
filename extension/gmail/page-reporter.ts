// The two ends of one narrow channel. Gmail's sync requests are only visible from the page's own
// JavaScript world, where a content script cannot look; so a tiny script runs there, notices the
// POSTs to /sync/u/N/i/s, and hands a copy of each to the content script with window.postMessage.
// The content script trusts nothing it receives: readReporterMessage checks where a message came
// from and what it looks like before anyone parses it.
import * as z from 'zod/mini';
import { GMAIL_ORIGIN } from './selectors';
import { isSyncRequestUrl } from './sync';

export const REPORTER_SOURCE = 'cobro-gmail-sync';

/**
 * Runs in Gmail's page world (a MAIN-world content script, or injected from its source text), so
 * it is self-contained: no imports and nothing from outside its own body.
 *
 * It wraps XMLHttpRequest.prototype.open/send (open only to learn the method and URL) and
 * window.fetch. Every call goes to Gmail's original unchanged, with the same arguments and the
 * same return value, and nothing here can throw into Gmail's code. A copy is reported only for a
 * POST to this origin's /sync/u/N/i/s with a string body, and only once the server has answered
 * 2xx: a request that fails never happened as far as the ledger is concerned (Gmail retries it,
 * and the retry is reported then). Installing twice reports once.
 */
export function reportGmailSyncRequests(win: Window & typeof globalThis = window): void {
  const source = 'cobro-gmail-sync';
  const marker = '__cobroGmailSyncReporter';
  const syncPath = /^\/sync\/u\/\d+\/i\/s$/;
  try {
    if (Object.prototype.hasOwnProperty.call(win, marker)) return;
    Object.defineProperty(win, marker, { value: true });
  } catch {
    return;
  }

  /** The absolute URL when this is a request worth reporting, else null. */
  const syncUrl = (method: unknown, url: unknown, body: unknown): string | null => {
    if (typeof body !== 'string' || typeof method !== 'string' || method.toUpperCase() !== 'POST') return null;
    const parsed = new win.URL(String(url), win.location.href);
    return parsed.origin === win.location.origin && syncPath.test(parsed.pathname) ? parsed.href : null;
  };
  const report = (url: string, body: string): void => {
    try {
      win.postMessage({ source, url, body }, win.location.origin);
    } catch {
      // Reporting is best effort; Gmail's request has already gone.
    }
  };

  try {
    const proto = win.XMLHttpRequest.prototype;
    const originalOpen = proto.open as (this: XMLHttpRequest, ...args: unknown[]) => void;
    const originalSend = proto.send;
    const opened = new WeakMap<XMLHttpRequest, { method: unknown; url: unknown }>();
    proto.open = function (this: XMLHttpRequest, ...args: unknown[]) {
      try {
        opened.set(this, { method: args[0], url: args[1] });
      } catch {
        // Never in Gmail's way.
      }
      return originalOpen.apply(this, args);
    } as typeof proto.open;
    proto.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
      let url: string | null = null;
      try {
        const request = opened.get(this);
        url = request ? syncUrl(request.method, request.url, body) : null;
      } catch {
        url = null;
      }
      const result = originalSend.call(this, body);
      if (url !== null && typeof body === 'string') {
        const reportedUrl = url;
        try {
          this.addEventListener('load', () => {
            if (this.status >= 200 && this.status < 300) report(reportedUrl, body);
          });
        } catch {
          // Never in Gmail's way.
        }
      }
      return result;
    };
  } catch {
    // No XMLHttpRequest to watch.
  }

  try {
    const originalFetch = win.fetch;
    if (typeof originalFetch !== 'function') return;
    win.fetch = function (this: unknown, ...args: Parameters<typeof fetch>) {
      const result = originalFetch.apply(this, args);
      try {
        const [input, init] = args;
        const isRequest = typeof win.Request === 'function' && input instanceof win.Request;
        const method = init?.method ?? (isRequest ? (input as Request).method : 'GET');
        // A Request's own body is a stream that reading would consume; only init.body is copied.
        const body = init?.body;
        const url = syncUrl(method, isRequest ? (input as Request).url : input, body);
        if (url !== null && typeof body === 'string') {
          result.then(
            (response) => {
              if (response.ok) report(url, body);
            },
            () => undefined,
          );
        }
      } catch {
        // Never in Gmail's way.
      }
      return result;
    } as typeof fetch;
  } catch {
    // No fetch to watch.
  }
}

/** Longer than any message Gmail posts (attachments travel separately); bounds what we parse. */
const MAX_BODY = 10_000_000;

const ReporterMessage = z.strictObject({
  source: z.literal(REPORTER_SOURCE),
  url: z.string().check(z.maxLength(4096), z.refine(isSyncRequestUrl, { message: 'not a Gmail sync URL' })),
  body: z.string().check(z.maxLength(MAX_BODY)),
});
export type ReporterMessage = z.infer<typeof ReporterMessage>;

/**
 * The page reporter's message, or null for anything else: another origin, another window (a frame,
 * an opener), or data of another shape. Any script on the page can post messages, so this only
 * proves the message came from Gmail's page; what it says is still parsed defensively.
 */
export function readReporterMessage(
  event: MessageEvent,
  expectedOrigin: string = GMAIL_ORIGIN,
  ownWindow: Window | null = typeof window === 'undefined' ? null : window,
): ReporterMessage | null {
  if (event.origin !== expectedOrigin) return null;
  if (ownWindow === null || event.source !== ownWindow) return null;
  const parsed = ReporterMessage.safeParse(event.data);
  return parsed.success ? parsed.data : null;
}
