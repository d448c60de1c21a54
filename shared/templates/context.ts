// The values a template sees, built from raw ledger records and formatted for the reader's
// locale. Money goes through formatMoney per currency; dates are calendar days in words.
import type { Debtor, Invoice, PaymentPlan, PromiseToPay, Settings, TemplatePurpose } from '../ledger/schema';
import { addDays, dateIn, type IsoDate } from '../dates';
import { formatMoney, sumByCurrency, totalsList } from '../money';
import { formatAmounts, formatBasisPoints, formatIsoDate, joinList, languageOf } from './format';
import { COMPENSATION_CURRENCY, daysOverdue, lateCostsFor, outstandingOf, statutoryRateBasisPoints } from './late-payment';
import { installmentItem, invoiceItem, noPaymentMethodsItem, paymentMethodItem } from './phrases';
import type { TemplateList, TemplateVariableName } from './variables';

export interface TemplateContextInput {
  debtor: Debtor;
  /** The invoices this message is about. */
  invoices: Invoice[];
  settings: Settings;
  now: Date;
  purpose: TemplatePurpose;
  deadline?: IsoDate;
  promise?: PromiseToPay;
  plan?: PaymentPlan;
  /** The message's locale; defaults to the debtor's. */
  locale?: string;
}

export type ClaimLateCosts = 'yes' | 'interest' | 'no';

export interface TemplateContext {
  debtorName: string;
  contactName: string;
  businessName: string;
  signature: string;
  invoiceCount: number;
  invoiceList: TemplateList;
  invoiceNumbers: string;
  totalOwed: string;
  daysLate: number;
  oldestDueDate?: string;
  deadline: string;
  paymentMethods: TemplateList;
  planTerms?: TemplateList;
  installmentDate?: string;
  installmentAmount?: string;
  promiseDate?: string;
  promiseAmount?: string;
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

const UNPAID_STATUSES: ReadonlySet<Invoice['status']> = new Set(['open', 'disputed']);

function isUnpaid(invoice: Invoice): boolean {
  return UNPAID_STATUSES.has(invoice.status) && outstandingOf(invoice) > 0;
}

function hasText(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}

function list(items: readonly string[]): TemplateList {
  return { kind: 'list', items };
}

function oldest(dates: readonly IsoDate[]): IsoDate | undefined {
  return dates.reduce<IsoDate | undefined>((min, d) => (min === undefined || d < min ? d : min), undefined);
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

export function buildTemplateContext(input: TemplateContextInput): TemplateContext {
  const { debtor, invoices, settings, now, purpose, promise, plan } = input;
  const locale = input.locale ?? debtor.locale;
  const language = languageOf(locale);
  const today = dateIn(debtor.timeZone, now);
  const date = (d: IsoDate) => formatIsoDate(d, locale);
  const money = (currency: string, amount: number) => formatMoney({ currency, amount }, locale);
  const fallbackCurrency = invoices[0]?.currency ?? settings.defaultCurrency;

  const unpaid = invoices.filter(isUnpaid);
  const oldestUnpaidDue = oldest(unpaid.map((i) => i.dueDate));
  const oldestDue = oldestUnpaidDue ?? oldest(invoices.map((i) => i.dueDate));

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

  const context: TemplateContext = {
    debtorName: debtor.name,
    contactName: hasText(debtor.contactName) ? debtor.contactName : debtor.name,
    businessName: settings.business.name,
    signature: hasText(settings.signature) ? settings.signature : settings.business.name,
    invoiceCount: invoices.length,
    invoiceList: list(invoiceList),
    invoiceNumbers: joinList(
      invoices.map((i) => i.number),
      locale,
    ),
    totalOwed: formatAmounts(owed, locale, { currency: fallbackCurrency, amount: 0 }),
    daysLate: oldestUnpaidDue === undefined ? 0 : daysOverdue(oldestUnpaidDue, today),
    deadline: date(deadline),
    paymentMethods: list(methods.length > 0 ? methods : [noPaymentMethodsItem(language)]),
    lateInterest: formatAmounts(costs.interest, locale, { currency: fallbackCurrency, amount: 0 }),
    lateInterestRate: formatBasisPoints(statutoryRateBasisPoints(settings.ecbRateBasisPoints), locale),
    compensation: formatAmounts(costs.compensation, locale, { currency: COMPENSATION_CURRENCY, amount: 0 }),
    claimLateCosts,
    today: date(today),
  };
  if (oldestDue !== undefined) context.oldestDueDate = date(oldestDue);
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

