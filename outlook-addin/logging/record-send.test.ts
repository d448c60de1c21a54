import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ComposeDraft, MailAddress } from '../mail/types';
import { encodeMark, MARK_KEY, type DraftMark } from './draft-mark';
import type { LogResult } from './log-sent-mail';
import { memoryStore } from './memory-store';
import { recordSend, type SendDeps } from './record-send';
import { decodeSentMail } from './sent-mail';
import { queueKey } from './send-queue';
import type { SentMailWriter } from './writer-slot';

const MARK: DraftMark = {
  v: 1,
  sendId: 'cobro-1',
  debtorId: 'd-1',
  templateId: 'builtin:due:es',
  step: 'due',
  invoiceIds: ['i-1'],
  markedAt: '2026-03-02T09:00:00.000Z',
};

function draft(session: Record<string, string>, recipients: MailAddress[] = [{ address: 'pagos@acme.es', name: 'Acme' }]): SendDeps['draft'] {
  return {
    keepsSessionData: true,
    readSessionValue: async (key) => session[key] ?? null,
    recipients: async () => recipients,
    subject: async () => 'Recordatorio',
    bodyText: async () => 'Hola,\r\nle recordamos la factura F-1.\r\n\r\n________________________________\r\nFrom: Acme\r\nSent: lunes\r\n\r\n¿Cuándo?',
    conversationId: () => null,
  } satisfies Partial<ComposeDraft>;
}

function writerAnswering(result: LogResult): SentMailWriter & { calls: number } {
  const writer = {
    calls: 0,
    log: async () => {
      writer.calls += 1;
      return result;
    },
  };
  return writer;
}

const marked = { [MARK_KEY]: encodeMark(MARK) };
const now = () => new Date('2026-03-02T10:00:00.000Z');

describe('what the send handler does with a draft', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([
    ['no mark', {}],
    ['a mark from something else', { [MARK_KEY]: '{"v":9}' }],
  ])('%s: nothing is logged or queued', async (_name, session) => {
    const queue = memoryStore();
    const writer = writerAnswering({ kind: 'logged', events: 1 });
    const outcome = await recordSend({ draft: draft(session), queue, findWriter: async () => writer, now, writeWithinMs: 1000 });
    expect([outcome, queue.data.size, writer.calls]).toEqual(['unmarked', 0, 0]);
  });

  it('a client without session data never has a mark', async () => {
    const outcome = await recordSend({
      draft: { ...draft(marked), keepsSessionData: false },
      queue: memoryStore(),
      findWriter: async () => null,
      now,
      writeWithinMs: 1000,
    });
    expect(outcome).toBe('unmarked');
  });

  it('a marked draft without recipients is not logged', async () => {
    const queue = memoryStore();
    const outcome = await recordSend({ draft: draft(marked, []), queue, findWriter: async () => null, now, writeWithinMs: 1000 });
    expect([outcome, queue.data.size]).toEqual(['no-recipients', 0]);
  });

  it('where the ledger is reachable it is written directly and the queue is left empty', async () => {
    const queue = memoryStore();
    const writer = writerAnswering({ kind: 'logged', events: 1 });
    const outcome = await recordSend({ draft: draft(marked), queue, findWriter: async () => writer, now, writeWithinMs: 1000 });
    expect([outcome, writer.calls, queue.data.size]).toEqual(['logged', 1, 0]);
  });

  it('in the JavaScript-only runtime (no writer) the send waits in the queue', async () => {
    const queue = memoryStore();
    const outcome = await recordSend({ draft: draft(marked), queue, findWriter: async () => null, now, writeWithinMs: 1000 });
    expect(outcome).toBe('queued');
    expect(decodeSentMail(queue.data.get(queueKey('cobro-1')))).toEqual({
      v: 1,
      sendId: 'cobro-1',
      debtorId: 'd-1',
      templateId: 'builtin:due:es',
      step: 'due',
      invoiceIds: ['i-1'],
      to: ['pagos@acme.es'],
      subject: 'Recordatorio',
      sentText: 'Hola,\nle recordamos la factura F-1.\n\n[quoted text left out]',
      at: '2026-03-02T10:00:00.000Z',
    });
  });

  it('a body that cannot be read is logged without its text', async () => {
    const queue = memoryStore();
    const unreadable = { ...draft(marked), bodyText: () => Promise.reject(new Error('body unavailable')) };
    expect(await recordSend({ draft: unreadable, queue, findWriter: async () => null, now, writeWithinMs: 1000 })).toBe('queued');
    expect(decodeSentMail(queue.data.get(queueKey('cobro-1')))).not.toHaveProperty('sentText');
  });

  it.each<[string, () => Promise<LogResult>]>([
    ['cannot write now', async () => ({ kind: 'retry', error: { code: 'storage', message: 'locked' } })],
    ['throws', async () => Promise.reject(new Error('boom'))],
  ])('when the direct write %s, the send stays queued', async (_name, log) => {
    const queue = memoryStore();
    const outcome = await recordSend({ draft: draft(marked), queue, findWriter: async () => ({ log }), now, writeWithinMs: 1000 });
    expect([outcome, queue.data.has(queueKey('cobro-1'))]).toEqual(['queued', true]);
  });

  it('a direct write that does not finish in time leaves the send queued', async () => {
    vi.useFakeTimers();
    const queue = memoryStore();
    const writer = { log: () => new Promise<LogResult>(() => undefined) };
    const pending = recordSend({ draft: draft(marked), queue, findWriter: async () => writer, now, writeWithinMs: 2500 });
    await vi.advanceTimersByTimeAsync(2500);
    expect(await pending).toBe('queued');
    expect(queue.data.size).toBe(1);
  });

  it('with neither a queue nor a writer the send is lost, and says so', async () => {
    const outcome = await recordSend({ draft: draft(marked), queue: null, findWriter: async () => null, now, writeWithinMs: 1000 });
    expect(outcome).toBe('lost');
  });
});
