// Which Gmail view a URL shows, from the hash routes Gmail navigates with:
//   #inbox                       the inbox list          #inbox/FMfcgz…          a thread in it
//   #label/Clientes/FMfcgz…      a thread under a label  #search/factura/FMfcg…  a thread in results
//   #inbox/p2                    page 2 of a list        #inbox?compose=new      a compose over a list
// A thread id is Gmail's opaque token (FMfcg…, KtbxL…: 20+ letters and digits) or a legacy
// 16-digit hex id. Anything not understood is 'other' so the caller does nothing rather than guess.

export type GmailView =
  | { view: 'thread'; threadId: string; compose?: string }
  | { view: 'list'; label: string; compose?: string }
  | { view: 'other'; compose?: string };

/** Lists that are Gmail's own, addressed by a single word. */
const SYSTEM_LISTS = new Set([
  'inbox', 'starred', 'snoozed', 'imp', 'sent', 'scheduled', 'drafts', 'all', 'spam', 'trash', 'chats',
]);
/** Lists addressed as "<route>/<name>", the name being part of the list. */
const NAMED_LISTS = new Set(['label', 'category', 'search', 'advanced-search']);

const THREAD_TOKEN = /^(?:[A-Za-z0-9]{20,}|[0-9a-f]{16})$/;
const PAGE = /^p\d+$/;

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment.replace(/\+/g, ' '));
  } catch {
    return segment;
  }
}

function withCompose<T extends GmailView>(view: T, compose: string | null): T {
  return compose ? { ...view, compose } : view;
}

export function viewFromLocation(href: string): GmailView {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { view: 'other' };
  }
  const hash = url.hash.replace(/^#/, '');
  const [route = '', query = ''] = hash.split('?', 2) as [string?, string?];
  const compose = new URLSearchParams(query).get('compose') ?? url.searchParams.get('compose');

  // ?view=pt (print), ?view=cm (stand-alone compose) and similar pages are not the mailbox.
  if (url.searchParams.has('view')) return withCompose({ view: 'other' }, compose);

  const segments = route.split('/').filter((s) => s.length > 0);
  const [first, ...rest] = segments;
  if (first === undefined) return withCompose({ view: 'list', label: 'inbox' }, compose);

  let label: string;
  let tail: string[];
  if (SYSTEM_LISTS.has(first)) {
    label = first;
    tail = rest;
  } else if (NAMED_LISTS.has(first) && rest[0] !== undefined) {
    label = first === 'label' ? decodeSegment(rest[0]) : `${first}/${decodeSegment(rest[0])}`;
    tail = rest.slice(1);
  } else {
    return withCompose({ view: 'other' }, compose);
  }

  const [next, ...beyond] = tail;
  if (next === undefined || (PAGE.test(next) && beyond.length === 0)) return withCompose({ view: 'list', label }, compose);
  if (THREAD_TOKEN.test(next) && beyond.length === 0) return withCompose({ view: 'thread', threadId: next }, compose);
  return withCompose({ view: 'other' }, compose);
}
