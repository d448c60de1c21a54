import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSyncRequest, type SyncRequest } from './sync';

const SYNC_URL = 'https://mail.google.com/sync/u/0/i/s?hl=en&c=12&rt=r&pt=ji';
const FIXTURES = join(import.meta.dirname, '__fixtures__', 'sync');
const fixture = (file: string) => readFileSync(join(FIXTURES, file), 'utf8');

type Expected = Pick<SyncRequest, 'kind' | 'threadId' | 'messageId' | 'to' | 'cc' | 'bcc' | 'subject'>;

const none = { to: [], cc: [], bcc: [] };
const toCcBcc = {
  to: ['test+to@test.com'],
  cc: ['test+cc@test.com'],
  bcc: ['test+bcc@test.com'],
};
const replyToCcBcc = {
  to: ['test+to@test.com'],
  cc: ['test+cc@test.com', 'test+cc2@test.com'],
  bcc: ['test+bcc2@test.com'],
};

// One row per capture: what Gmail was doing when it was recorded, read off the file by hand.
const EXPECTED: Record<string, Expected> = {
  '2022-09-09-cvOnDraftSaveBatched_request.json': {
    kind: 'draft-save', threadId: 'thread-a:r3299110183418933622', messageId: 'msg-a:r171568093711739042',
    to: ['test+test2@outlook.com'], cc: [], bcc: [], subject: '',
  },
  '2022-09-09-cvOnDraftSave_request.json': {
    kind: 'draft-save', threadId: 'thread-a:r263523620390330024', messageId: 'msg-a:r8190137112111191537',
    ...none, subject: 'subject_111',
  },
  '2022-09-09-cvOnDraftUpdate_request.json': {
    kind: 'draft-save', threadId: 'thread-a:r263523620390330024', messageId: 'msg-a:r8190137112111191537',
    ...none, subject: 'subject_111',
  },
  '2022-09-09-cvOnDraftUpdate_2_request.json': {
    kind: 'draft-save', threadId: 'thread-a:r-1030145228305804508', messageId: 'msg-a:r-9122305152175603305',
    ...toCcBcc, subject: 'test subject',
  },
  '2022-09-09-cvOnReplyDraftSave_request.json': {
    kind: 'draft-save', threadId: 'thread-f:1746035685735370050', messageId: 'msg-a:r-8480821811518170896',
    to: ['notifications@streak.com'], cc: [], bcc: [], subject: 'Re: Your scheduled email did NOT send!',
  },
  '2022-09-09-cvOnReplyDraftUpdate_request.json': {
    kind: 'draft-save', threadId: 'thread-f:1746035685735370050', messageId: 'msg-a:r-8480821811518170896',
    to: ['notifications@streak.com'], cc: [], bcc: [], subject: 'Re: Your scheduled email did NOT send!',
  },
  '2022-09-09-cvOnReplyDraftUpdate_2_request.json': {
    kind: 'draft-save', threadId: 'thread-a:r-1030145228305804508', messageId: 'msg-a:r7241715802500133864',
    ...replyToCcBcc, subject: 'Re: test subject',
  },
  '2022-09-09-cvOnReplyDraftUpdate_3_request.json': {
    kind: 'draft-save', threadId: 'thread-a:r-2602384757092328293', messageId: 'msg-a:r9206449609684993976',
    to: ['test+to@gmail.com'], cc: [], bcc: [], subject: 'Re: test_subject',
  },
  '2022-09-09-cvOnReplySend_request.json': {
    kind: 'send', threadId: 'thread-a:r-474834441621213468', messageId: 'msg-a:r-414184523264894368',
    to: ['test@streak.com'], cc: [], bcc: [], subject: 'Re: tracking test',
  },
  '2022-09-09-cvOnReplySend_2_request.json': {
    kind: 'send', threadId: 'thread-f:1743802434391390786', messageId: 'msg-a:r2026878197680476540',
    to: ['test@streak.com'], cc: [], bcc: [], subject: 'Re: hey2',
  },
  '2022-09-09-cvOnReplySend_3_request.json': {
    kind: 'send', threadId: 'thread-a:r-1030145228305804508', messageId: 'msg-a:r7241715802500133864',
    ...replyToCcBcc, subject: 'Re: test subject',
  },
  '2022-09-09-cvOnReplySend_4_request.json': {
    kind: 'send', threadId: 'thread-a:r-2602384757092328293', messageId: 'msg-a:r9206449609684993976',
    to: ['test+to@gmail.com'], cc: [], bcc: [], subject: 'Re: test_subject',
  },
  // A label change on the thread comes first in this request; the send is the second update.
  '2022-09-09-cvOnReplySend_5_request.json': {
    kind: 'send', threadId: 'thread-a:r-7504980498209780070', messageId: 'msg-a:r5645180764593433440',
    to: ['test+to@gmail.com'], cc: [], bcc: [], subject: 'Re: test subject 4',
  },
  '2022-09-09-cvOnSend_request.json': {
    kind: 'send', threadId: 'thread-a:r263523620390330024', messageId: 'msg-a:r8190137112111191537',
    to: ['test+1@gmail.com'], cc: [], bcc: [], subject: 'subject_111',
  },
  // The thread id carries "|msg-a:…" after it; only the thread part is Gmail's thread id.
  '2022-09-09-cvOnSend_2_request_customThreadId.json': {
    kind: 'send', threadId: 'thread-a:r263523620390330024', messageId: 'msg-a:r8190137112111191537',
    to: ['test+1@gmail.com'], cc: [], bcc: [], subject: 'subject_111',
  },
  '2022-09-09-cvOnSend_3_request.json': {
    kind: 'send', threadId: 'thread-a:r-8891700334768116294', messageId: 'msg-a:r-329565169840451245',
    ...toCcBcc, subject: 'test subject',
  },
  // A draft save of another thread is batched first; the send still wins.
  '2022-09-09-cvOnSend_4_request.json': {
    kind: 'send', threadId: 'thread-a:r-8891700334768116294', messageId: 'msg-a:r-329565169840451245',
    ...toCcBcc, subject: 'test subject',
  },
  'send-request-2018-01-25.json': {
    kind: 'send', threadId: 'thread-a:r-426046699948294006', messageId: 'msg-a:r-5205311597211900881',
    to: ['test+to@test.com'], cc: [], bcc: [], subject: 'new draft',
  },
  'draft-save-request-2018-01-25.json': {
    kind: 'draft-save', threadId: 'thread-a:r-426046699948294006', messageId: 'msg-a:r-5205311597211900881',
    ...none, subject: 'new draft',
  },
  'draft-save-request-2018-01-25-with-recipients.json': {
    kind: 'draft-save', threadId: 'thread-a:r-426046699948294006', messageId: 'msg-a:r-5205311597211900881',
    to: ['test+to@gmail.com', 'test+to2@gmail.com'],
    cc: ['test+cc@gmail.com', 'test+cc2@gmail.com'],
    bcc: ['test+bcc@gmail.com', 'test+bcc2@gmail.com'],
    subject: 'new draft',
  },
  // The first save of a new conversation creates the thread (field 3) with the draft inside it.
  'first-draft-save-request-2018-01-25.json': {
    kind: 'draft-save', threadId: 'thread-a:r-426046699948294006', messageId: 'msg-a:r-5205311597211900881',
    ...none, subject: 'new draft',
  },
};

describe('parseSyncRequest on every captured request', () => {
  it('has an expectation for every request file copied in', () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s', (file, expected) => {
    expect(parseSyncRequest(SYNC_URL, fixture(file))).toMatchObject(expected);
  });

  it.each([
    ['2022-09-09-cvOnSend_request.json', 'test@gmail.com'],
    ['2022-09-09-cvOnReplySend_2_request.json', 'test@streak.com'],
    ['send-request-2018-01-25.json', 'inboxsdktestdataonly@gmail.com'],
  ])('%s is from %s', (file, from) => {
    expect(parseSyncRequest(SYNC_URL, fixture(file)).from).toBe(from);
  });

  it('reports no schedule for an immediate send', () => {
    expect(parseSyncRequest(SYNC_URL, fixture('2022-09-09-cvOnSend_request.json')).scheduledAt).toBeUndefined();
  });
});

/** The 2022 send capture with its message's labels, recipients or date replaced. */
function sendBody(change: { labels?: string[]; to?: unknown[]; date?: number }): string {
  const root = JSON.parse(fixture('2022-09-09-cvOnSend_request.json'));
  const message = root[1][0][0][1][1][13][0];
  if (change.labels) message[10] = change.labels;
  if (change.to) message[2] = change.to;
  if (change.date !== undefined) message[6] = change.date;
  return JSON.stringify(root);
}

describe('parseSyncRequest on hand-made cases', () => {
  const at = Date.UTC(2025, 5, 2, 8, 0, 0);

  it.each<[string, string, string, Partial<SyncRequest>]>([
    ['relative URL, other account', '/sync/u/3/i/s?hl=es', sendBody({}), { kind: 'send' }],
    ['a different sync endpoint', 'https://mail.google.com/sync/u/0/i/fd?hl=en', sendBody({}), { kind: 'other', to: [] }],
    ['another origin', 'https://evil.example/sync/u/0/i/s', sendBody({}), { kind: 'other', to: [] }],
    ['account is not a number', '/sync/u/x/i/s', sendBody({}), { kind: 'other' }],
    ['not JSON', SYNC_URL, 'f.req=%5B%5D', { kind: 'other' }],
    ['empty body', SYNC_URL, '', { kind: 'other' }],
    ['JSON null', SYNC_URL, 'null', { kind: 'other' }],
    ['no labels', SYNC_URL, sendBody({ labels: [] }), { kind: 'other' }],
    ['labels read as a draft', SYNC_URL, sendBody({ labels: ['^all', '^r', '^r_bt'] }), { kind: 'draft-save' }],
    [
      'scheduled send',
      SYNC_URL,
      sendBody({ labels: ['^all', '^scheduled', '^f_bt', '^f_btns', '^f_cl'], date: at }),
      { kind: 'send', scheduledAt: '2025-06-02T08:00:00.000Z', messageId: 'msg-a:r8190137112111191537' },
    ],
    [
      'recipients are normalised and de-duplicated, non-addresses dropped',
      SYNC_URL,
      sendBody({ to: [[1, ' Pagos@TalleresRuiz.example ', 'Talleres'], [1, 'pagos@talleresruiz.example'], [1, 'Bob'], [1, 7], 'x'] }),
      { kind: 'send', to: ['pagos@talleresruiz.example'] },
    ],
  ])('%s', (_name, url, body, expected) => {
    expect(parseSyncRequest(url, body)).toMatchObject(expected);
  });
});

describe('parseSyncRequest properties', () => {
  const kinds = ['send', 'draft-save', 'other'];
  const wellFormed = (r: SyncRequest) =>
    kinds.includes(r.kind) &&
    [...r.to, ...r.cc, ...r.bcc].every((a) => typeof a === 'string' && a === a.toLowerCase() && a.includes('@'));

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (url, body) => {
        expect(wellFormed(parseSyncRequest(url, body))).toBe(true);
        expect(wellFormed(parseSyncRequest(SYNC_URL, body))).toBe(true);
      }),
    );
  });

  it('never throws on any JSON, and finds nothing in JSON without messages', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseSyncRequest(SYNC_URL, JSON.stringify(value));
        expect(wellFormed(result)).toBe(true);
      }),
    );
  });

  it('never throws when any part of a real capture is replaced by anything', () => {
    const captures = Object.keys(EXPECTED).map((f) => JSON.parse(fixture(f)) as unknown);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: captures.length - 1 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
        fc.jsonValue(),
        (index, path, replacement) => {
          const copy = structuredClone(captures[index]);
          replaceAt(copy, path, replacement);
          expect(wellFormed(parseSyncRequest(SYNC_URL, JSON.stringify(copy)))).toBe(true);
        },
      ),
    );
  });

  it('a send reports exactly the recipients it was given, normalised', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.emailAddress(), { minLength: 1, maxLength: 6, selector: (a) => a.toLowerCase() }), (addresses) => {
        const body = sendBody({ to: addresses.map((a) => [1, a.toUpperCase(), 'Someone']) });
        const result = parseSyncRequest(SYNC_URL, body);
        expect(result.kind).toBe('send');
        expect(result.to).toEqual(addresses.map((a) => a.toLowerCase()));
      }),
    );
  });
});

/** Walks down `path` (each step taken modulo the children there) and replaces what it lands on. */
function replaceAt(node: unknown, path: number[], replacement: unknown): void {
  let current = node;
  for (let i = 0; i < path.length; i++) {
    if (current === null || typeof current !== 'object') return;
    const keys = Object.keys(current);
    if (keys.length === 0) return;
    const key = keys[(path[i] ?? 0) % keys.length] as string;
    if (i === path.length - 1) {
      (current as Record<string, unknown>)[key] = replacement;
      return;
    }
    current = (current as Record<string, unknown>)[key];
  }
}
