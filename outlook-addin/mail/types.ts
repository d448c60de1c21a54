// What the add-in needs from Outlook, in the add-in's own terms. office/ implements these with
// Office.js; everything else (panes, send logging, tests) only sees these shapes.

export interface MailAddress {
  /** As Outlook reports it; lower-cased by the ledger when it is looked up. */
  address: string;
  name: string;
}

/** A message open in read mode. */
export interface ReadMessage {
  from: MailAddress | null;
  to: MailAddress[];
  cc: MailAddress[];
  subject: string;
  internetMessageId: string | null;
  conversationId: string | null;
}

/** What a read-mode message says, read only when the pane needs it (the reply reader). */
export interface MessageContent {
  /** The body as plain text; '' when Outlook cannot give it. */
  text: string;
  /** When it was sent (ISO instant); null when Outlook does not say. */
  sentAt: string | null;
  /** The headers that mark an automatic reply, names lower-cased; empty when unreadable. */
  headers: Record<string, string>;
}

export type BodyFormat = 'html' | 'text';

/** A message being written. Every call goes to Outlook and may fail with an OfficeHostError. */
export interface ComposeDraft {
  /** To, Cc and Bcc together. */
  recipients(): Promise<MailAddress[]>;
  subject(): Promise<string>;
  setSubject(subject: string): Promise<void>;
  bodyFormat(): Promise<BodyFormat>;
  /** Inserts at the cursor, replacing any selection. */
  insertAtCursor(content: string, format: BodyFormat): Promise<void>;
  /** The whole body as plain text, as it will be sent (what the send log keeps). */
  bodyText(): Promise<string>;
  /** Outlook's conversation id when it has one (replies); null for a new message. */
  conversationId(): string | null;
  /** Whether this client keeps per-draft session data (Mailbox 1.11). */
  readonly keepsSessionData: boolean;
  readSessionValue(key: string): Promise<string | null>;
  writeSessionValue(key: string, value: string): Promise<void>;
  /** Calls back when To/Cc/Bcc change; resolves to an unsubscribe. */
  onRecipientsChanged(listener: () => void): Promise<() => Promise<void>>;
}

/** What the task pane is looking at. */
export type PaneItem =
  | { kind: 'none' }
  | { kind: 'read'; message: ReadMessage; content(): Promise<MessageContent> }
  | { kind: 'compose'; draft: ComposeDraft };

/** A small persistent key-value store (OfficeRuntime.storage in Outlook). */
export interface KeyValueStore {
  keys(): Promise<string[]>;
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  remove(key: string): Promise<void>;
}
