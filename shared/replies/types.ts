// What the reply reader gives back. The reader (read.ts) is pure: no host API, no network, no
// ledger; Gmail and Outlook both reach it through the ledger's 'reply-read' handler, which runs
// where the ledger runs (the extension's background, the Outlook pane), so it adds nothing to a
// content script.
import type { IsoDate } from '../dates';

/** What a reply can say; several may hold at once ("we paid half, can we split the rest?"). */
export const REPLY_INTENTS = ['promise', 'paid_claim', 'dispute', 'hardship', 'plan_request', 'out_of_office'] as const;
export type ReplyIntent = (typeof REPLY_INTENTS)[number];

export type ReplyLanguage = 'es' | 'en';

/** Where in the reply's cleaned text a finding was read from. */
export interface Evidence {
  /** Offsets into ReadReplyResult.body, end exclusive. */
  start: number;
  end: number;
  /** body.slice(start, end): the words shown to the user and quoted on the timeline. */
  text: string;
}

export interface ReplyMoney {
  /** Integer minor units of the currency, as shared/money.ts counts them. */
  minor: number;
  /** ISO 4217 when the reply names it ("€", "euros", "US$", "pesos" with the debtor's country); null when it does not. */
  currency: string | null;
}

export interface ReplyFinding {
  intent: ReplyIntent;
  evidence: Evidence;
  /**
   * The day the finding is about, in the debtor's time zone: the promised day (promise), the day
   * they say they paid (paid_claim), the day they are back (out_of_office). Null when not said.
   * A deadline ("antes del día 20", "by Friday") is its last day.
   */
  date: IsoDate | null;
  /** The amount said with this finding (promised, paid, offered per installment…); null when none. */
  amount: ReplyMoney | null;
  /** plan_request / hardship: the number of installments or months asked for, when said ("en 3 plazos"). */
  installments: number | null;
}

export interface ReadReplyInput {
  /** The message as plain text, quoted history and signature included: the reader removes them. */
  text: string;
  /** When the message was sent (ISO instant): relative dates ("mañana", "next Friday") count from it. */
  sentAt: string;
  /** The debtor's IANA time zone: "mañana" is their tomorrow. */
  timeZone: string;
  /** The debtor's language when known; the reader still decides from the text. */
  language?: ReplyLanguage;
  /** Lower-cased header names → values, when the host has them (Outlook): Auto-Submitted, X-Autoreply, Precedence. */
  headers?: Readonly<Record<string, string>>;
  /** The currency a bare "$" or "pesos" means for this debtor (their invoices' currency), when known. */
  currency?: string;
}

export interface ReadReplyResult {
  language: ReplyLanguage;
  /** The text the findings point into: the reply without quoted history or signature. */
  body: string;
  /** In the order they appear in the body; at most one per intent. */
  findings: ReplyFinding[];
}
