// What Cobro read in a debtor's reply, shown under the message: one line per finding (what was
// read, the words it was read from, and what can be done about it). Nothing is recorded until the
// user clicks: the action opens the card's own form, started from what the reply said, and its
// save goes to 'reply-act', which does the action and logs the reply on the timeline in one
// write; Dismiss logs only that the user read it. A decided line says what was done, as the ledger
// holds it (after a reload too). Hardship beside a request for a plan is one line: one plan answers
// both. With nothing found, nothing is drawn.
// The reader itself runs where the ledger runs ('reply-read', which also answers with the debtor's
// card), never in a content script.
import { Fragment, useEffect, useId, useRef, useState } from 'react';
import type { IsoDate } from '../dates';
import type { HandlerInput, HandlerOutput, Result } from '../ledger/api';
import type { LedgerClient } from '../ledger/client';
import { formatMoney } from '../money';
import type { ReplyDone } from '../replies/handlers';
import type { ReplyFinding } from '../replies/types';
import type { Translate } from '../i18n/translate';
import { useUi } from './context';
import { dayNumberOf } from './format';
import type { DebtorActions } from './card/actions';
import { debtorActionsFor } from './card/ledger-actions';
import { ActionFormHeadingLevel } from './card/ActionForm';
import { DisputeForm } from './card/DisputeForm';
import { owedCurrencies, owedIn, type DebtorDetail, type QuickFormProps } from './card/form-support';
import { PauseForm } from './card/PauseForm';
import { PaymentForm } from './card/PaymentForm';
import { PlanForm } from './card/PlanForm';
import { PromiseForm } from './card/PromiseForm';
import { useAction } from './card/use-action';

export type ReplyMail = HandlerInput<'reply-read'>['mail'];

export interface ReplyMessage {
  mail: ReplyMail;
  /** The message as plain text, quoted history included (the reader removes it). */
  text: string;
  /** When it was sent, ISO instant with offset. */
  sentAt: string;
  headers?: Record<string, string>;
}

export interface ReplyFindingsProps {
  client: LedgerClient;
  debtorId: string;
  message: ReplyMessage;
  /** Something was recorded or dismissed: the host redraws what depends on the debtor. */
  onChanged(): void;
  /** A new value reads the reply and the debtor again (the debtor changed elsewhere). */
  revision?: number;
  /** Its heading's level where it sits: 3 under a Gmail message, 2 at the top of the Outlook pane. */
  headingLevel?: 2 | 3;
}

type ReadReply = HandlerOutput<'reply-read'>;
type ReadFinding = ReadReply['findings'][number];

/**
 * One line under the message: a finding, and the findings one decision on it also answers.
 * Hardship is folded into a request for a plan (the plan is the one thing to offer for both).
 */
interface Line {
  finding: ReadFinding;
  /** The finding's index among the reply's findings: what was done here is kept by it. */
  index: number;
  also: ReadFinding[];
}

function linesOf(findings: readonly ReadFinding[]): Line[] {
  const plan = findings.find((finding) => finding.intent === 'plan_request');
  const hardship = findings.find((finding) => finding.intent === 'hardship');
  const lines: Line[] = [];
  findings.forEach((finding, index) => {
    if (plan && hardship && (finding === plan || finding === hardship)) {
      // One line, where the first of the two was read.
      if (!lines.some((line) => line.finding === plan)) lines.push({ finding: plan, index: findings.indexOf(plan), also: [hardship] });
    } else {
      lines.push({ finding, index, also: [] });
    }
  });
  return lines;
}
export type ReplyAction = HandlerInput<'reply-act'>['action'];

const QUOTE_LIMIT = 1000;
/** A pause or dispute reason holds at most 500 characters; the quote inside it is cut to fit. */
const REASON_QUOTE_LIMIT = 400;
/** "Pause until I check": long enough for a transfer to show up in the bank. */
export const CHECK_DAYS = 5;

/** By arithmetic, not shared/dates (date-fns): this component ships in the Gmail content script. */
function addDays(date: IsoDate, days: number): IsoDate {
  return new Date((dayNumberOf(date) + days) * 86_400_000).toISOString().slice(0, 10);
}

function cut(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1).trimEnd()}…`;
}

/**
 * The card's actions, each answered by 'reply-act' for this finding, so the action and the
 * timeline's "reply read" event are one write. `onDone` hears what was done (for the decided line).
 * The card's other actions (calls, resume…) are not offered from a reply and go to their own handlers.
 */
export function replyActionsFor(
  client: LedgerClient,
  debtorId: string,
  message: ReplyMessage,
  finding: ReplyFinding,
  onDone: (action: ReplyAction) => void,
  also: readonly ReplyFinding[] = [],
): DebtorActions {
  const act = async (action: ReplyAction) => {
    const result = await client.send('reply-act', { ...decidedOn(debtorId, message, finding, also), action });
    if (result.ok) onDone(action);
    return result;
  };
  return {
    ...debtorActionsFor(client, debtorId),
    recordPromise: (input) => act({ kind: 'promise', ...input }),
    recordPayment: (input) => act({ kind: 'payment', ...input }),
    startPlan: (input) => act({ kind: 'plan', ...input }),
    pause: (input) => act({ kind: 'pause', ...input }),
    markDisputed: (input) => act({ kind: 'dispute', ...input }),
  };
}

/** Which findings of which message a decision is about, with the words each was read from. */
function decidedOn(debtorId: string, message: ReplyMessage, finding: ReplyFinding, also: readonly ReplyFinding[]) {
  return {
    debtorId,
    mail: message.mail,
    sentAt: message.sentAt,
    intent: finding.intent,
    quote: cut(finding.evidence.text, QUOTE_LIMIT),
    ...(also.length > 0 ? { together: also.map((other) => ({ intent: other.intent, quote: cut(other.evidence.text, QUOTE_LIMIT) })) } : {}),
  };
}

/**
 * A day as a sentence says it, in the UI's language: "Friday, December 11", "viernes 11 de
 * diciembre"; with the year only when it is not this year. Never an ISO date.
 */
export function sayDay(date: IsoDate, locale: string, today: IsoDate): string {
  const options: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' };
  if (date.slice(0, 4) !== today.slice(0, 4)) options.year = 'numeric';
  const text = new Intl.DateTimeFormat(locale, options).format(new Date(`${date}T00:00:00Z`));
  // Intl writes "viernes, 11 de diciembre"; after "el" Spanish says it without the comma.
  return locale.toLowerCase().startsWith('es') ? text.replace(/^(\p{L}+), /u, '$1 ') : text;
}

/** The finding's amount in a currency the debtor owes in (said, or the only one they owe in). */
function amountIn(finding: ReplyFinding, detail: DebtorDetail): { amount: number; currency: string } | null {
  const said = finding.amount;
  if (!said) return null;
  const currencies = owedCurrencies(detail);
  const currency = said.currency ?? (currencies.length === 1 ? currencies[0] : undefined);
  return currency === undefined ? null : { amount: said.minor, currency };
}

function lineText(t: Translate, locale: string, line: Line, detail: DebtorDetail): string {
  if (line.also.length === 0) return findingText(t, locale, line.finding, detail);
  // Hardship with a plan request: what they ask for, said with why.
  const money = amountIn(line.finding, detail);
  const has = line.finding.installments !== null ? 'count' : money ? 'amount' : 'none';
  return t('reply.finding.hardshipAndPlan', { has, count: line.finding.installments ?? 0, amount: money ? formatMoney(money, locale) : '' });
}

function findingText(t: Translate, locale: string, finding: ReplyFinding, detail: DebtorDetail): string {
  const today = detail.status.today;
  const money = amountIn(finding, detail);
  const amount = money ? formatMoney(money, locale) : '';
  const date = finding.date ? sayDay(finding.date, locale, today) : '';
  switch (finding.intent) {
    case 'promise':
    case 'paid_claim': {
      const has = amount && date ? 'both' : amount ? 'amount' : date ? 'date' : 'none';
      return t(`reply.finding.${finding.intent}`, { has, amount, date });
    }
    case 'plan_request': {
      const has = finding.installments !== null ? 'count' : amount ? 'amount' : 'none';
      return t('reply.finding.plan_request', { has, count: finding.installments ?? 0, amount });
    }
    case 'out_of_office':
      return t('reply.finding.out_of_office', { has: date ? 'date' : 'none', date });
    case 'dispute':
    case 'hardship':
      return t(`reply.finding.${finding.intent}`);
  }
}

/** What an action just saved did, as 'reply-read' will say it from the ledger. */
function doneBy(action: ReplyAction): ReplyDone {
  switch (action.kind) {
    case 'promise':
      return { kind: 'promise', amount: action.amount, currency: action.currency, date: action.date, cancelled: false };
    case 'payment':
      return { kind: 'payment', amount: action.amount, currency: action.currency, date: action.date };
    case 'pause':
      return { kind: 'pause', until: action.until, current: true };
    case 'dispute':
      return { kind: 'dispute' };
    case 'plan':
      return { kind: 'plan', installments: action.installments.length, cancelled: false };
  }
}

export function doneText(t: Translate, locale: string, done: ReplyDone, today: IsoDate): string {
  switch (done.kind) {
    case 'promise': {
      const values = { amount: formatMoney({ amount: done.amount, currency: done.currency }, locale), date: sayDay(done.date, locale, today) };
      return t(done.cancelled ? 'reply.done.promiseCancelled' : 'reply.done.promise', values);
    }
    case 'payment':
      return t('reply.done.payment', { amount: formatMoney({ amount: done.amount, currency: done.currency }, locale), date: sayDay(done.date, locale, today) });
    case 'pause':
      if (!done.current) return t('reply.done.pauseEnded');
      return done.until === null ? t('reply.done.pauseOpen') : t('reply.done.pause', { date: sayDay(done.until, locale, today) });
    case 'dispute':
      return t('reply.done.dispute');
    case 'plan':
      return t(done.cancelled ? 'reply.done.planCancelled' : 'reply.done.plan', { count: done.installments });
    case 'dismissed':
      return t('reply.done.dismissed');
    case 'recorded':
      return t('reply.done.accepted');
  }
}

type FormKind = 'promise' | 'payment' | 'pause' | 'dispute' | 'plan';

/** What a finding offers: forms to open, and one-click pauses (with their last day). */
interface Offer {
  label: string;
  form?: FormKind;
  pauseUntil?: IsoDate;
}

function offersFor(t: Translate, locale: string, finding: ReplyFinding, detail: DebtorDetail): Offer[] {
  const today = detail.status.today;
  const owes = detail.status.outstanding.length > 0;
  const hasOpen = detail.invoices.some((invoice) => invoice.status === 'open' && invoice.paid < invoice.amount);
  switch (finding.intent) {
    case 'promise':
      return owes ? [{ label: t('reply.recordPromise'), form: 'promise' }] : [];
    case 'paid_claim': {
      const offers: Offer[] = owes ? [{ label: t('reply.recordPayment'), form: 'payment' }] : [];
      if (detail.debtor.pause === null) offers.push({ label: t('reply.pauseToCheck', { date: sayDay(addDays(today, CHECK_DAYS), locale, today) }), form: 'pause' });
      return offers;
    }
    case 'dispute':
      return hasOpen ? [{ label: t('reply.markDisputed'), form: 'dispute' }] : [];
    case 'plan_request':
    case 'hardship':
      return hasOpen ? [{ label: t('reply.offerPlan'), form: 'plan' }] : [];
    case 'out_of_office':
      // Only a day still to come is worth a pause; it lasts through the day they are back, so no
      // reminder waits on top of the pile they come back to.
      return finding.date !== null && finding.date > today && detail.debtor.pause === null
        ? [{ label: t('reply.snooze', { date: sayDay(finding.date, locale, today) }), pauseUntil: finding.date }]
        : [];
  }
}

export function ReplyFindings({ client, debtorId, message, onChanged, revision = 0, headingLevel = 3 }: ReplyFindingsProps) {
  const { t, locale } = useUi('ReplyFindings');
  const [read, setRead] = useState<{ key: string; reply: ReadReply } | null>(null);
  const [reloads, setReloads] = useState(0);
  // What was done here, by finding index, shown until the ledger's own answer replaces it, and the
  // open form; both belong to the message they were done on.
  const [doneOn, setDone] = useState<{ key: string; byIndex: Map<number, ReplyDone> }>({ key: '', byIndex: new Map() });
  const [openOn, setOpen] = useState<{ key: string; index: number; form: FormKind } | null>(null);
  const titleId = useId();
  const { mail, text, sentAt, headers } = message;
  const messageKey = `${mail.host}|${mail.threadId ?? ''}|${mail.messageId}|${sentAt}|${text}`;

  useEffect(() => {
    let current = true;
    void (async () => {
      const reply = await client.send('reply-read', { debtorId, mail, text, sentAt, ...(headers ? { headers } : {}) });
      if (!current) return;
      // Without an answer there is nothing to offer; the message stays as it is.
      setRead(reply.ok ? { key: messageKey, reply: reply.value } : null);
    })().catch(() => {
      if (current) setRead(null);
    });
    return () => {
      current = false;
    };
    // The message's identity and text (messageKey) decide what is read; `reloads` and `revision` read again.
  }, [client, debtorId, messageKey, reloads, revision]);

  // What was read for another message is not shown under this one, even while this one is read.
  if (!read || read.key !== messageKey || read.reply.findings.length === 0) return null;
  const { reply } = read;
  const { detail } = reply;
  const done = doneOn.key === messageKey ? doneOn.byIndex : new Map<number, ReplyDone>();
  const open = openOn?.key === messageKey ? openOn : null;

  const decided = (index: number, summary: ReplyDone) => {
    setDone((current) => ({ key: messageKey, byIndex: new Map(current.key === messageKey ? current.byIndex : []).set(index, summary) }));
    setOpen(null);
    onChanged();
    setReloads((count) => count + 1);
  };

  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ActionFormHeadingLevel.Provider value={headingLevel === 2 ? 3 : 4}>
      <section className="cobro cobro-replies" aria-labelledby={titleId} lang={locale} data-cobro="reply-findings" data-debtor-id={debtorId}>
        <Heading id={titleId} className="cobro-replies-title">
          {t('reply.region')}
        </Heading>
        <ul className="cobro-plain-list">
          {linesOf(reply.findings).map(({ finding, index, also }) => {
            // What the ledger says was done wins over what this view did (the same, or newer).
            const ledgerDone = [finding, ...also].find((each) => each.done !== null)?.done ?? null;
            const lineDone = ledgerDone ?? done.get(index) ?? null;
            return (
              <FindingLine
                key={`${finding.intent}|${finding.evidence.start}`}
                finding={finding}
                quotes={[finding, ...also].sort((a, b) => a.evidence.start - b.evidence.start).map((each) => each.evidence.text)}
                language={reply.language}
                decision={lineDone === null ? null : doneText(t, locale, lineDone, detail.status.today)}
                text={lineText(t, locale, { finding, index, also }, detail)}
                offers={lineDone === null ? offersFor(t, locale, finding, detail) : []}
                open={open?.index === index ? open.form : null}
                onOpen={(form) => setOpen(form === null ? null : { key: messageKey, index, form })}
                detail={detail}
                actions={replyActionsFor(client, debtorId, message, finding, (action) => decided(index, doneBy(action)), also)}
                dismiss={() => client.send('reply-dismiss', decidedOn(debtorId, message, finding, also))}
                onDismissed={() => decided(index, { kind: 'dismissed' })}
                pauseReason={pauseReasonFor(t, locale, finding, detail.status.today)}
              />
            );
          })}
        </ul>
      </section>
    </ActionFormHeadingLevel.Provider>
  );
}

function pauseReasonFor(t: Translate, locale: string, finding: ReplyFinding, today: IsoDate): string {
  const quote = cut(finding.evidence.text, REASON_QUOTE_LIMIT);
  return finding.intent === 'out_of_office' && finding.date !== null
    ? t('reply.pauseReason.away', { date: sayDay(finding.date, locale, today), quote })
    : t('reply.pauseReason.paid', { quote });
}

interface FindingLineProps {
  finding: ReadFinding;
  /** The words the line was read from, in the order the reply says them. */
  quotes: string[];
  /** The reply's language: its words are quoted as that language quotes. */
  language: string;
  /** What was done on this line, worded; null while undecided. */
  decision: string | null;
  text: string;
  offers: Offer[];
  open: FormKind | null;
  onOpen(form: FormKind | null): void;
  detail: DebtorDetail;
  actions: DebtorActions;
  dismiss(): Promise<Result<unknown>>;
  onDismissed(): void;
  pauseReason: string;
}

function FindingLine({ finding, quotes, language, decision, text, offers, open, onOpen, detail, actions, dismiss, onDismissed, pauseReason }: FindingLineProps) {
  const { t } = useUi('FindingLine');
  const direct = useAction(t);
  const panelId = useId();
  const labelId = useId();
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  const close = (form: FormKind) => {
    onOpen(null);
    buttons.current.get(form)?.focus();
  };

  return (
    <li className="cobro-finding">
      <p id={labelId}>
        <span className="cobro-finding-what">{text}</span>
        {' — '}
        {quotes.map((quote, index) => (
          <Fragment key={index}>
            {index > 0 ? ' … ' : null}
            <q className="cobro-finding-quote" lang={language}>
              {quote}
            </q>
          </Fragment>
        ))}
        {decision !== null ? (
          <>
            {' · '}
            <strong className="cobro-finding-done">{decision}</strong>
          </>
        ) : null}
      </p>
      {decision === null ? (
        <div className="cobro-action-buttons">
          {offers.map((offer) => (
            <button
              key={offer.label}
              type="button"
              aria-describedby={labelId}
              disabled={direct.busy}
              ref={(element) => {
                if (!offer.form) return;
                if (element) buttons.current.set(offer.form, element);
                else buttons.current.delete(offer.form);
              }}
              {...(offer.form ? { 'aria-expanded': open === offer.form, 'aria-controls': open === offer.form ? panelId : undefined } : {})}
              onClick={() => {
                direct.clearError();
                if (offer.form) onOpen(open === offer.form ? null : offer.form);
                else if (offer.pauseUntil !== undefined) void direct.run(() => actions.pause({ reason: pauseReason, until: offer.pauseUntil ?? null }));
              }}
            >
              {offer.label}
            </button>
          ))}
          <button
            type="button"
            aria-describedby={labelId}
            disabled={direct.busy}
            onClick={() => {
              onOpen(null);
              void direct.run(dismiss).then((ok) => {
                if (ok) onDismissed();
              });
            }}
          >
            {t('reply.dismiss')}
          </button>
        </div>
      ) : null}
      {direct.error ? (
        <p role="alert" className="cobro-form-error">
          {direct.error}
        </p>
      ) : null}
      {open !== null && decision === null ? (
        <div id={panelId}>
          <OpenForm form={open} finding={finding} detail={detail} actions={actions} pauseReason={pauseReason} onCancel={() => close(open)} />
        </div>
      ) : null}
    </li>
  );
}

interface OpenFormProps {
  form: FormKind;
  finding: ReplyFinding;
  detail: DebtorDetail;
  actions: DebtorActions;
  pauseReason: string;
  onCancel(): void;
}

/** The card's form for this finding, started from what the reply said. Its save decides the line. */
function OpenForm({ form, finding, detail, actions, pauseReason, onCancel }: OpenFormProps) {
  const common: QuickFormProps = { detail, actions, onCancel, onDone: () => undefined };
  const money = amountIn(finding, detail);
  const today = detail.status.today;
  switch (form) {
    case 'promise': {
      // What they said, or else what they owe in the first currency (the form's own start).
      const date = finding.date !== null && finding.date >= today ? finding.date : undefined;
      const start = money && owedIn(detail, money.currency) > 0 ? money : {};
      return <PromiseForm {...common} initial={{ ...start, ...(date ? { date } : {}) }} />;
    }
    case 'payment': {
      const date = finding.date !== null && finding.date <= today ? finding.date : undefined;
      return <PaymentForm {...common} initial={{ ...(money ?? {}), ...(date ? { date } : {}) }} />;
    }
    case 'pause':
      return <PauseForm {...common} initial={{ reason: pauseReason, until: addDays(today, CHECK_DAYS) }} />;
    case 'dispute':
      return <DisputeForm {...common} initial={{ reason: cut(finding.evidence.text, 500) }} />;
    case 'plan': {
      const start = {
        ...(finding.installments !== null ? { count: finding.installments } : {}),
        ...(money ? { currency: money.currency, perInstallment: money.amount } : {}),
      };
      return <PlanForm {...common} initial={start} />;
    }
  }
}

