// Test support: a ComposeDraft held in memory, recording what the pane did to it.
import type { BodyFormat, ComposeDraft, MailAddress } from '../mail/types';

export interface FakeDraft extends ComposeDraft {
  inserted: Array<[string, BodyFormat]>;
  subjectNow: string;
  session: Map<string, string>;
  recipientList: MailAddress[];
  /** Replaces the recipients and tells whoever watches them. */
  changeRecipients(list: MailAddress[]): void;
}

export interface FakeDraftOptions {
  format?: BodyFormat;
  subject?: string;
  recipients?: MailAddress[];
  keepsSessionData?: boolean;
  sessionFails?: boolean;
  insertFails?: boolean;
  /** What bodyText gives; by default what was inserted. */
  bodyText?: string;
}

export function fakeDraft(options: FakeDraftOptions = {}): FakeDraft {
  const watchers = new Set<() => void>();
  const draft: FakeDraft = {
    inserted: [],
    subjectNow: options.subject ?? '',
    session: new Map(),
    recipientList: options.recipients ?? [],
    changeRecipients(list) {
      draft.recipientList = list;
      for (const watcher of watchers) watcher();
    },
    recipients: async () => draft.recipientList,
    subject: async () => draft.subjectNow,
    setSubject: async (subject) => {
      draft.subjectNow = subject;
    },
    bodyFormat: async () => options.format ?? 'html',
    insertAtCursor: async (content, format) => {
      if (options.insertFails) throw new Error('Outlook refused');
      draft.inserted.push([content, format]);
    },
    bodyText: async () => options.bodyText ?? draft.inserted.map(([content]) => content).join('\n'),
    conversationId: () => null,
    keepsSessionData: options.keepsSessionData ?? true,
    readSessionValue: async (key) => draft.session.get(key) ?? null,
    writeSessionValue: async (key, value) => {
      if (options.sessionFails) throw new Error('session data full');
      draft.session.set(key, value);
    },
    onRecipientsChanged: async (listener) => {
      watchers.add(listener);
      return async () => void watchers.delete(listener);
    },
  };
  return draft;
}
