import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { viewFromLocation } from '../../extension/gmail/url';
import { MAILBOX_THREADS } from '../e2e/support/mailbox-ledger';
import { addedToken, moreThreadCustomers, UNLISTED_LABEL, unlistedThreadHash, withMoreThreads, type FixtureMailbox } from './more-threads';

const MAILBOX = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/gmail/mailbox-data.json'), 'utf8')) as FixtureMailbox;
const RUIZ = ['pagos@talleresruiz.example', 'contabilidad@talleresruiz.example'];
const more = moreThreadCustomers(2, 3);
const mailbox = withMoreThreads(MAILBOX, MAILBOX_THREADS.ruiz, RUIZ, more);
const added = mailbox.threads.slice(MAILBOX.threads.length);
const addresses = (thread: FixtureMailbox['threads'][number]) =>
  [...new Set(thread.messages.flatMap((m) => [m.from, ...m.to, ...m.cc].map((p) => p.email)))].sort();

describe('withMoreThreads', () => {
  it('keeps the fixture threads and adds one per customer, listed ones in the inbox first', () => {
    expect(mailbox.threads.slice(0, MAILBOX.threads.length)).toEqual(MAILBOX.threads);
    expect(added.map((t) => [t.token, t.labels])).toEqual([
      [addedToken(1), ['inbox']],
      [addedToken(2), ['inbox']],
      [addedToken(3), [UNLISTED_LABEL]],
      [addedToken(4), [UNLISTED_LABEL]],
      [addedToken(5), [UNLISTED_LABEL]],
    ]);
  });

  it.each(more.listed.concat(more.unlisted).map((customer, k) => [customer.key, k] as const))('%s: the model thread with their addresses in Ruiz’s place', (_key, k) => {
    const thread = added[k]!;
    const customer = more.listed.concat(more.unlisted)[k]!;
    expect(addresses(thread)).toEqual(['cobros@estudiolumen.example', ...customer.emails].sort());
    expect(thread.messages.map((m) => m.from.email)).toEqual(['cobros@estudiolumen.example', customer.emails[0], customer.emails[0]]);
  });

  it('gives every thread and message ids of their own, in the shapes the extension reads', () => {
    const all = mailbox.threads;
    for (const key of ['token', 'threadId', 'legacyThreadId'] as const) expect(new Set(all.map((t) => t[key])).size).toBe(all.length);
    const messages = all.flatMap((t) => t.messages);
    for (const key of ['messageId', 'permMessageId'] as const) expect(new Set(messages.map((m) => m[key])).size).toBe(messages.length);
    for (const thread of added) {
      expect(viewFromLocation(`https://mail.google.com/mail/u/0/${unlistedThreadHash(thread.token)}`)).toEqual({ view: 'thread', threadId: thread.token });
      expect(thread.threadId).toMatch(/^thread-f:\d{19}$/);
      expect(thread.legacyThreadId).toMatch(/^[0-9a-f]{16}$/);
      for (const message of thread.messages) {
        expect(message.messageId).toMatch(/^[0-9a-f]{16}$/);
        expect(message.permMessageId).toMatch(/^msg-f:\d{19}$/);
      }
    }
  });

  it('refuses a model thread the mailbox does not have', () => {
    expect(() => withMoreThreads(MAILBOX, 'FMfcgzQZNoSuchThread0000', RUIZ, more)).toThrow(/no thread/);
  });
});
