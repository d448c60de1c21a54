// How the fake Gmail is tuned for the suites (see tests/fixtures/gmail/mailbox.js): a short
// "Sending…", drafts saved soon after typing, and an undo window long enough to click Undo.
export const GMAIL_KNOBS = { undoMs: 1500, sendingMs: 50, draftSaveMs: 300 } as const;

/** The page script that sets them before mailbox.js runs. */
export const GMAIL_KNOBS_SCRIPT = `window.__gmailFixture = Object.assign(${JSON.stringify(GMAIL_KNOBS)}, window.__gmailFixture || {});`;

/** Where a thread opens, as Gmail addresses it (optionally with a query, e.g. '?layout=changed'). */
export function threadUrl(token: string, query = ''): string {
  return `https://mail.google.com/mail/u/0/${query}#inbox/${token}`;
}

/** Requests the extension or the page may make in a test: the routed fixture origin and the extension's own files. */
export function isAllowedRequest(url: string): boolean {
  return (
    url.startsWith('https://mail.google.com/') ||
    url.startsWith('chrome-extension://') ||
    url.startsWith('moz-extension://') ||
    url.startsWith('data:') ||
    url.startsWith('blob:') ||
    url.startsWith('about:')
  );
}

/**
 * Run in the page (`page.evaluate(showThread, token)`): opens a thread of the inbox and resolves
 * once the fake Gmail has drawn it. Setting the hash alone returns before `hashchange` fires, so
 * the thread shown before is still on the page and its Reply link can be clicked by mistake.
 * The fixture's own listener was added first, so it has drawn the thread when this one runs.
 */
export function showThread(token: string): Promise<void> {
  return new Promise((resolve) => {
    const hash = `#inbox/${token}`;
    if (location.hash === hash) return resolve();
    window.addEventListener('hashchange', () => resolve(), { once: true });
    location.hash = hash;
  });
}
