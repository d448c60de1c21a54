// The mailbox the fake Office host reads (see fake-office.js): what the test puts in
// localStorage before a page loads, and reads back after.

export interface FakeAddress {
  emailAddress: string;
  displayName?: string;
}

export type FakeItem =
  | {
      kind: 'read';
      from: FakeAddress;
      to: FakeAddress[];
      cc?: FakeAddress[];
      subject: string;
      internetMessageId?: string;
      conversationId?: string;
      /** The body as plain text. */
      body?: string;
      /** When it was sent (ISO instant); the page's load time when absent. */
      sentAt?: string;
      /** Internet headers besides From and Subject (Auto-Submitted, X-Autoreply…). */
      headers?: Record<string, string>;
    }
  | {
      kind: 'compose';
      to: FakeAddress[];
      cc?: FakeAddress[];
      bcc?: FakeAddress[];
      subject: string;
      body?: string;
      bodyType?: 'html' | 'text';
      conversationId?: string | null;
      sessionData?: Record<string, string>;
      inserted?: Array<{ data: string; coercionType: string }>;
      /** A reply's quoted history as Outlook's plain text shows it (the rule, From/Sent lines, the old message). */
      quotedText?: string;
    };

export interface FakeState {
  displayLanguage: string;
  userEmail: string;
  /** 'javascript' takes IndexedDB away from commands.html, as in classic Outlook on Windows. */
  runtime: 'browser' | 'javascript';
  items: FakeItem[];
  selected: number;
  /** OfficeRuntime.storage. */
  storage: Record<string, string>;
  /** false: no OfficeRuntime at all, as in Outlook on the web and on Mac. */
  officeRuntime?: boolean;
  /** What the send handler passed to event.completed, in order. */
  completed?: unknown[];
  /** false: an Outlook without the Dialog API (no displayDialogAsync). */
  dialogApi?: boolean;
  /** An Office error code displayDialogAsync fails with (12009: the user declined the prompt). */
  dialogError?: number;
}

export const STATE_KEY = 'fake-office:state';

export function mailbox(items: FakeItem[], overrides: Partial<FakeState> = {}): FakeState {
  return { displayLanguage: 'en-US', userEmail: 'me@mybusiness.example', runtime: 'browser', items, selected: 0, storage: {}, ...overrides };
}
