// What the debtor card asks its host to do. Each quick action is one async callback answering
// the handler's Result; the host maps them to 'event-log', 'promise-record', 'payment-record',
// 'plan-create', 'debtor-pause', 'debtor-resume', 'invoice-dispute', 'dispute-resolve', 'debtor-write-off' and
// 'debtor-update' (the phone number, added from the card when the call step finds none).
import type { IsoDate } from '../../dates';
import type { Result } from '../../ledger/api';
import type { CallOutcome } from '../../ledger/schema';

export interface LogCallInput {
  outcome: CallOutcome;
  /** Absent when the user wrote nothing. */
  note?: string;
}

export interface RecordPromiseInput {
  /** Integer minor units. */
  amount: number;
  currency: string;
  date: IsoDate;
  note?: string;
}

export interface RecordPaymentInput {
  /** Integer minor units. */
  amount: number;
  currency: string;
  date: IsoDate;
  method?: string;
  note?: string;
}

export interface StartPlanInput {
  /** In date order; amounts in minor units of the invoices' currency, adding up to what they owe. */
  installments: { dueDate: IsoDate; amount: number }[];
  invoiceIds: string[];
}

export interface PauseInput {
  reason: string;
  /** Last paused day; null pauses until resumed by hand. */
  until: IsoDate | null;
}

export interface MarkDisputedInput {
  reason: string;
  /** Absent: every open invoice of the debtor. */
  invoiceIds?: string[];
}

export interface WriteOffInput {
  reason: string;
  /** Absent: every invoice with something owed. */
  invoiceIds?: string[];
}

export interface DebtorActions {
  logCall(input: LogCallInput): Promise<Result<unknown>>;
  recordPromise(input: RecordPromiseInput): Promise<Result<unknown>>;
  recordPayment(input: RecordPaymentInput): Promise<Result<unknown>>;
  startPlan(input: StartPlanInput): Promise<Result<unknown>>;
  pause(input: PauseInput): Promise<Result<unknown>>;
  resume(): Promise<Result<unknown>>;
  markDisputed(input: MarkDisputedInput): Promise<Result<unknown>>;
  resolveDispute(): Promise<Result<unknown>>;
  /** Gives up on invoices, with the reason: the ladder's last step. */
  writeOff(input: WriteOffInput): Promise<Result<unknown>>;
  /** Saves the debtor's phone number (trimmed, not empty). */
  updatePhone(phone: string): Promise<Result<unknown>>;
}

/** Every call outcome, in the order the select offers them; the Record keeps it complete. */
const OUTCOMES: Record<CallOutcome, true> = { reached: true, voicemail: true, 'no-answer': true, 'wrong-number': true, refused: true };
export const CALL_OUTCOMES = Object.keys(OUTCOMES) as CallOutcome[];

/** Trimmed text, or undefined when blank, so optional fields are left out rather than sent empty. */
export function optionalText(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}
