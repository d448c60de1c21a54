// What happens when Outlook sends a draft. A draft Cobro did not mark is not logged. A marked
// one is queued first (cheap, and it survives the runtime being shut down mid-way), then written
// to the ledger directly where this runtime can; a direct write removes the queue entry, and
// whatever stays queued is folded in by the task pane later — the dedupe key keeps it single.
import type { ComposeDraft, KeyValueStore } from '../mail/types';
import { decodeMark, MARK_KEY } from './draft-mark';
import type { LogResult } from './log-sent-mail';
import { sentMailOf } from './sent-mail';
import { dequeueSentMail, enqueueSentMail } from './send-queue';
import type { SentMailWriter } from './writer-slot';

export type SendOutcome =
  | 'unmarked'
  | 'no-recipients'
  /** Written to the ledger by this runtime (or found already there). */
  | 'logged'
  /** Left in the queue for the task pane. */
  | 'queued'
  /** Neither written nor queued: the ledger refused it for good, or no storage worked. */
  | 'lost';

export interface SendDeps {
  draft: Pick<ComposeDraft, 'recipients' | 'subject' | 'bodyText' | 'conversationId' | 'readSessionValue' | 'keepsSessionData'>;
  queue: KeyValueStore | null;
  findWriter(): Promise<SentMailWriter | null>;
  now(): Date;
  /** Longest wait for the direct write before leaving the send to the queue. */
  writeWithinMs: number;
}

/** The promise's value, or `fallback` if it has not settled within `ms` or it failed. */
function within<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      },
    );
  });
}

export async function recordSend(deps: SendDeps): Promise<SendOutcome> {
  const { draft, queue } = deps;
  if (!draft.keepsSessionData) return 'unmarked';
  const mark = decodeMark(await draft.readSessionValue(MARK_KEY));
  if (!mark) return 'unmarked';
  // The text is evidence, not a condition: a send whose body cannot be read is logged without it.
  const [recipients, subject, bodyText] = await Promise.all([draft.recipients(), draft.subject().catch(() => ''), draft.bodyText().catch(() => '')]);
  const sent = sentMailOf(mark, { recipients, subject, bodyText, conversationId: draft.conversationId(), at: deps.now() });
  if (!sent) return 'no-recipients';

  let queued = false;
  if (queue) {
    queued = await enqueueSentMail(queue, sent).then(
      () => true,
      () => false,
    );
  }

  const writer = await deps.findWriter().catch(() => null);
  if (writer) {
    const result = await within<LogResult | null>(writer.log(sent), deps.writeWithinMs, null);
    if (result && result.kind !== 'retry') {
      if (queued && queue) await dequeueSentMail(queue, sent.sendId).catch(() => undefined);
      return result.kind === 'dropped' ? 'lost' : 'logged';
    }
  }
  return queued ? 'queued' : 'lost';
}
