// The values a template sees, built from raw ledger records and formatted for the reader's
// locale. Money goes through formatMoney per currency; dates are calendar days in words. What is
// true about the debtor (reminders sent, a call, an open promise) comes from the same facts the
// fit check reads (facts.ts), so a template can say it only when it holds.
import type { Debtor, Invoice, PaymentPlan, Settings, TemplatePurpose } from '../ledger/schema';
import { addDays, type IsoDate } from '../dates';
import { formatMoney, sumByCurrency, totalsList } from '../money';
import { isUnpaid } from '../collection/invoices';
import { computeTemplateFacts, type DueState, type TemplateFacts, type TemplateRecords } from './facts';
import { formatAmounts, formatBasisPoints, formatIsoDate, joinList, languageOf } from './format';
import { COMPENSATION_CURRENCY, daysOverdue, lateCostsFor, outstandingOf, statutoryRateBasisPoints } from './late-payment';
import { installmentItem, invoiceItem, noBusinessName, noPaymentMethodsItem, paymentMethodItem } from './phrases';
import type { TemplateList, TemplateVariableName } from './variables';

export interface TemplateContextInput {
  debtor: Debtor;
  /** The invoices this message is about. */
  invoices: Invoice[];
  /** The debtor's contact log, payments, promises and plans: what the message may say happened. */
  records: TemplateRecords;
  settings: Settings;
  now: Date;
  purpose: TemplatePurpose;
  deadline?: IsoDate;
  /** The message's locale; defaults to the debtor's. */
  locale?: string;
  /** Facts already worked out for these records (computeTemplateFacts), so they are not worked out twice. */
  facts?: TemplateFacts;
}

export type ClaimLateCosts = 'yes' | 'interest' | 'no';

export type YesNo = 'yes' | 'no';

export interface TemplateContext {
  debtorName: string;
  contactName: string;
  hasContactPerson: YesNo;
  businessName: string;
  senderName: string;
  hasSenderName: YesNo;
  businessPhone: string;
  hasBusinessPhone: YesNo;
  businessEmail: string;
  hasBusinessEmail: YesNo;
  signature: string;
  invoiceCount: number;
  invoiceList: TemplateList;
  invoiceNumbers: string;
  totalOwed: string;
  daysLate: number;
  dueState: DueState;
  remindersSent: number;
  callLogged: YesNo;
  lastCallDate?: string;
  promiseOpen: YesNo;
  planOpen: YesNo;
  oldestDueDate?: string;
  deadline: string;
  paymentMethods: TemplateList;
  planTerms?: TemplateList;
  installmentDate?: string;
  installmentAmount?: string;
  promiseDate?: string;
  promiseAmount?: string;
  lastPaymentDate?: string;
  lastPaymentAmount?: string;
  lateInterest: string;
  lateInterestRate: string;
  compensation: string;
  claimLateCosts: ClaimLateCosts;
  today: string;
}

// The context and the documented list must name the same variables, no more, no less.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const contextMatchesVariables: Same<keyof TemplateContext, TemplateVariableName> = true;
void contextMatchesVariables;

/** Days from today to the default deadline, by purpose. */
const DEFAULT_DEADLINE_DAYS: Partial<Record<TemplatePurpose, number>> = {
  firm: 7,
  formal: 10,
  agency: 10,
  legal: 10,
};
const FALLBACK_DEADLINE_DAYS = 7;

function hasText(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}

const yesNo = (value: boolean): YesNo => (value ? 'yes' : 'no');

function list(items: readonly string[]): TemplateList {
  return { kind: 'list', items };
}

function oldest(dates: readonly IsoDate[]): IsoDate | null {
  return dates.reduce<IsoDate | null>((min, d) => (min === null || d < min ? d : min), null);
}

/** The installment a message is about: the last one already due when chasing a missed one, else the next. */
function relevantInstallment(plan: PaymentPlan, purpose: TemplatePurpose, today: IsoDate) {
  const { installments } = plan;
  if (purpose === 'installment-missed') {
    const due = installments.filter((i) => i.dueDate < today);
    return due[due.length - 1] ?? installments[0];
  }
  return installments.find((i) => i.dueDate >= today) ?? installments[installments.length - 1];
}

/** The signature: as written in Settings, else the sender's name over the business's, else the business's. */
function signatureOf(settings: Settings, businessName: string): string {
  if (hasText(settings.signature)) return settings.signature.trim();
  if (hasText(settings.senderName)) return `${settings.senderName.trim()}\n${businessName}`;
  return businessName;
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

export function buildTemplateContext(input: TemplateContextInput): TemplateContext {
  const { debtor, invoices, settings, purpose } = input;
  const facts = input.facts ?? computeTemplateFacts(input);
  const locale = input.locale ?? debtor.locale;
  const language = languageOf(locale);
  const today = facts.today;
  const date = (d: IsoDate) => formatIsoDate(d, locale);
  const money = (currency: string, amount: number) => formatMoney({ currency, amount }, locale, 'customer');
  const fallbackCurrency = invoices[0]?.currency ?? settings.defaultCurrency;

  const unpaid = invoices.filter(isUnpaid);
  const oldestDue = facts.oldestUnpaidDue ?? oldest(invoices.map((i) => i.dueDate));

  const invoiceList = invoices.map((invoice) =>
    invoiceItem(
      {
        number: invoice.number,
        description: invoice.description,
        amount: money(invoice.currency, invoice.amount),
        outstanding: money(invoice.currency, outstandingOf(invoice)),
        dueDate: date(invoice.dueDate),
        daysLate: isUnpaid(invoice) ? daysOverdue(invoice.dueDate, today) : 0,
      },
      language,
      locale,
    ),
  );

  const owed = totalsList(sumByCurrency(unpaid.map((i) => ({ currency: i.currency, amount: outstandingOf(i) }))));
  const costs = lateCostsFor(invoices, today, settings);
  const claimLateCosts: ClaimLateCosts = !settings.claimSpanishLatePaymentCosts || costs.interest.length === 0
    ? 'no'
    : costs.compensation.length === 0
      ? 'interest'
      : 'yes';

  const deadline = input.deadline ?? addDays(today, DEFAULT_DEADLINE_DAYS[purpose] ?? FALLBACK_DEADLINE_DAYS);
  const methods = settings.paymentMethods.map((m) => paymentMethodItem(m, language));
  const businessName = hasText(settings.business.name) ? settings.business.name.trim() : noBusinessName(language);
  const contactPerson = hasText(debtor.contactName) && !sameName(debtor.contactName, debtor.name) ? debtor.contactName.trim() : null;
  const { openPromise, brokenPromise, plan } = facts;
  // A broken-promise message is about the promise that was broken; everything else about the open one.
  const promise = purpose === 'promise-broken' ? brokenPromise : openPromise;

  const context: TemplateContext = {
    debtorName: debtor.name,
    contactName: contactPerson ?? debtor.name,
    hasContactPerson: yesNo(contactPerson !== null),
    businessName,
    senderName: settings.senderName.trim(),
    hasSenderName: yesNo(hasText(settings.senderName)),
    businessPhone: settings.business.phone.trim(),
    hasBusinessPhone: yesNo(hasText(settings.business.phone)),
    businessEmail: settings.business.email.trim(),
    hasBusinessEmail: yesNo(hasText(settings.business.email)),
    signature: signatureOf(settings, businessName),
    invoiceCount: invoices.length,
    invoiceList: list(invoiceList),
    invoiceNumbers: joinList(
      invoices.map((i) => i.number),
      locale,
    ),
    totalOwed: formatAmounts(owed, locale, { currency: fallbackCurrency, amount: 0 }),
    daysLate: facts.daysLate,
    dueState: facts.dueState,
    remindersSent: facts.remindersSent,
    callLogged: yesNo(facts.lastCallDate !== null),
    promiseOpen: yesNo(openPromise !== null),
    planOpen: yesNo(facts.planState === 'active'),
    deadline: date(deadline),
    paymentMethods: list(methods.length > 0 ? methods : [noPaymentMethodsItem(language)]),
    lateInterest: formatAmounts(costs.interest, locale, { currency: fallbackCurrency, amount: 0 }),
    lateInterestRate: formatBasisPoints(statutoryRateBasisPoints(settings.ecbRateBasisPoints), locale),
    compensation: formatAmounts(costs.compensation, locale, { currency: COMPENSATION_CURRENCY, amount: 0 }),
    claimLateCosts,
    today: date(today),
  };
  if (oldestDue !== null) context.oldestDueDate = date(oldestDue);
  if (facts.lastCallDate !== null) context.lastCallDate = date(facts.lastCallDate);
  if (facts.recentPayment) {
    context.lastPaymentDate = date(facts.recentPayment.date);
    context.lastPaymentAmount = money(facts.recentPayment.currency, facts.recentPayment.amount);
  }
  if (promise) {
    context.promiseDate = date(promise.date);
    context.promiseAmount = money(promise.currency, promise.amount);
  }
  if (plan) {
    context.planTerms = list(
      plan.installments.map((installment, index) =>
        installmentItem(
          { index: index + 1, amount: money(plan.currency, installment.amount), date: date(installment.dueDate) },
          language,
          locale,
        ),
      ),
    );
    const installment = relevantInstallment(plan, purpose, today);
    if (installment) {
      context.installmentDate = date(installment.dueDate);
      context.installmentAmount = money(plan.currency, installment.amount);
    }
  }
  return context;
}
