// What the open message says, when it is from a debtor: the message's text and headers are asked
// of Outlook once, then read by the ledger ('reply-read') and shown as the findings the user can
// record with one click. A message Outlook cannot give the text of shows nothing here.
import { useEffect, useState } from 'react';
import type { LedgerClient } from '../../shared/ledger/client';
import { ReplyFindings, type ReplyMessage } from '../../shared/ui/ReplyFindings';
import type { MessageContent, ReadMessage } from '../mail/types';

export interface ReplyFromDebtorProps {
  client: LedgerClient;
  debtorId: string;
  message: ReadMessage;
  content: () => Promise<MessageContent>;
  now: () => Date;
  onChanged(): void;
}

/** Outlook's ids for the message: the internet message id when it has one, else the conversation's. */
function mailOf(message: ReadMessage): ReplyMessage['mail'] | null {
  const messageId = message.internetMessageId ?? null;
  if (!messageId) return null;
  return { host: 'outlook', messageId, ...(message.conversationId ? { threadId: message.conversationId } : {}) };
}

export function ReplyFromDebtor({ client, debtorId, message, content, now, onChanged }: ReplyFromDebtorProps) {
  const [reply, setReply] = useState<ReplyMessage | null>(null);

  useEffect(() => {
    let alive = true;
    const mail = mailOf(message);
    if (!mail) return;
    content().then(
      (read) => {
        if (!alive || read.text.trim() === '') return;
        // Without Outlook's date, the message is read as of now: it was just opened.
        setReply({ mail, text: read.text, sentAt: read.sentAt ?? now().toISOString(), headers: read.headers });
      },
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, [message, content, now]);

  return reply ? <ReplyFindings client={client} debtorId={debtorId} message={reply} onChanged={onChanged} headingLevel={2} /> : null;
}
