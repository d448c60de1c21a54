// The built-in English templates: courteous and plain. Friendly steps carry no threats; from
// the firm step on there is a concrete deadline; from the formal step on the consequences are
// stated calmly, as consequences. Every factual clause is either always true or chosen by a fact
// of the ledger (dueState, remindersSent, promiseOpen, planOpen, ...): "due today" only on the
// due day, "despite our reminders" only after a reminder.
import type { TemplatePurpose } from '../ledger/schema';
import type { BuiltinText } from './builtin-text';

const INVOICES = '{invoiceCount, plural, one {invoice {invoiceNumbers}} other {invoices {invoiceNumbers}}}';
const DAYS_LATE = '{daysLate, plural, one {# day} other {# days}}';
/** The invoice that sets the dates: the only one, or the oldest of several (the list gives each one's own). */
const THE_INVOICE = '{invoiceCount, plural, one {invoice {invoiceNumbers}} other {the first of invoices {invoiceNumbers}}}';
const THE_INVOICE_CAP = '{invoiceCount, plural, one {Invoice {invoiceNumbers}} other {The first of invoices {invoiceNumbers}}}';
/** Where that invoice stands against its due date, true on every day: "is due on", "is due today", "fell due on ... ago". */
const DUE_CLAUSE = `{dueState, select,
  upcoming {is due on {oldestDueDate}}
  today {is due today, {today}}
  other {fell due on {oldestDueDate}, ${DAYS_LATE} ago}}`;
const REMAIN_UNPAID = '{invoiceCount, plural, one {invoice {invoiceNumbers} remains} other {invoices {invoiceNumbers} remain}} unpaid';
/** Contact details for questions: always a reply, the phone only when Settings has one. */
const CONTACT = 'If you have any questions, just reply to this email{hasBusinessPhone, select, yes { or call us on {businessPhone}} other {}}.';
const CLOSING = 'Kind regards,\n{signature}';
const FORMAL_CLOSING = 'Yours sincerely,\n{signature}';
/** The addressee of a formal letter, naming the company once when there is no contact person. */
const ATTENTION = 'For the attention of {hasContactPerson, select, yes {{contactName} ({debtorName})} other {{debtorName}}},';

export const LIBRARY_EN: Record<TemplatePurpose, BuiltinText> = {
  courtesy: {
    name: 'Courtesy reminder (before the due date)',
    subject: `Friendly reminder: ${THE_INVOICE} ${DUE_CLAUSE}`,
    body: `Hello {contactName},

Just a quick note to remind you that ${THE_INVOICE} ${DUE_CLAUSE}. The amount outstanding is {totalOwed}.

Here are the details:
{invoiceList}

You can pay in any of these ways:
{paymentMethods}

If the payment is already scheduled, there is nothing else you need to do. ${CONTACT}

Thank you for your business.

${CLOSING}`,
  },

  due: {
    name: 'Due-day reminder',
    subject: `{dueState, select,
  today {${THE_INVOICE_CAP} is due today}
  other {Payment reminder: ${INVOICES}}}`,
    body: `Hello {contactName},

{dueState, select,
  upcoming {This is a reminder that ${THE_INVOICE} is due on {oldestDueDate}, with {totalOwed} outstanding in total.}
  today {This is a reminder that ${THE_INVOICE} is due today, {today}, with {totalOwed} outstanding in total.}
  other {This is a reminder that ${THE_INVOICE} fell due on {oldestDueDate}, ${DAYS_LATE} ago, and {totalOwed} is still outstanding.}}

{invoiceList}

If you have already paid, thank you, and please disregard this message. If not, you can pay in any of these ways:
{paymentMethods}

If something about the invoice does not look right, just reply to this email{hasBusinessPhone, select, yes { or call us on {businessPhone}} other {}} and we will look into it straight away.

Thank you for your attention.

${CLOSING}`,
  },

  overdue: {
    name: 'Overdue reminder',
    subject: `Overdue: {invoiceCount, plural, one {invoice} other {invoices}} {invoiceNumbers} (${DAYS_LATE} late)`,
    body: `Hello {contactName},

Our records show that ${THE_INVOICE} fell due on {oldestDueDate}, ${DAYS_LATE} ago, and {totalOwed} is still outstanding.{remindersSent, plural, =0 {} one { This follows the reminder we sent you earlier.} other { This follows the # reminders we sent you earlier.}}

Here are the details again, marked as overdue:
{invoiceList}

It may simply have slipped through. We would be grateful if you could arrange payment in the next few days, using any of these options:
{paymentMethods}

If you have already paid, please send us the payment details so we can match it. And if paying the full amount right now is difficult, let us know: we can agree a new date or split the payment into installments.

${CONTACT}

Thank you in advance.

${CLOSING}`,
  },

  call: {
    name: 'Request for a phone call',
    subject: 'Could we talk about {invoiceCount, plural, one {invoice} other {invoices}} {invoiceNumbers}?',
    body: `Hello {contactName},

${THE_INVOICE_CAP} fell due on {oldestDueDate}, ${DAYS_LATE} ago, and {totalOwed} is still outstanding.{remindersSent, plural, =0 {} one { This follows the reminder we sent you earlier.} other { This follows the # reminders we sent you earlier.}}

{invoiceList}

We would like to talk it over with you by phone, to understand your situation and agree how to settle it: in full, on a new date or in installments. Could you reply with a good time to call and the best number to reach you?{hasBusinessPhone, select, yes { If you prefer, call us on {businessPhone}.} other {}}

If you would rather pay straight away, you can use any of these options:
{paymentMethods}

Thank you for your attention.

${CLOSING}`,
  },

  firm: {
    name: 'Firm reminder with a new deadline',
    subject: 'Payment of {invoiceNumbers}: deadline {deadline}',
    body: `Dear {contactName},

{remindersSent, plural,
  =0 {We are writing because ${REMAIN_UNPAID}.}
  one {Despite our earlier reminder, ${REMAIN_UNPAID}.}
  other {Despite our # earlier reminders, ${REMAIN_UNPAID}.}} The amount outstanding is {totalOwed}; {invoiceCount, plural, one {the invoice} other {the oldest of them}} fell due on {oldestDueDate}, ${DAYS_LATE} ago.

{invoiceList}

Please make the full payment by {deadline} at the latest, using any of these options:
{paymentMethods}

If paying everything at once is not possible, we are willing to agree a payment plan in installments. Reply before that date with a proposal and we will consider it.

If you have already paid, please send us proof of payment. ${CONTACT}

Thank you for your attention.

${CLOSING}`,
  },

  formal: {
    name: 'Formal notice',
    subject: 'Formal request for payment: {invoiceNumbers}',
    body: `${ATTENTION}

We hereby formally request payment of ${INVOICES}, with {totalOwed} outstanding. {invoiceCount, plural, one {It was} other {The oldest was}} due on {oldestDueDate} and is now ${DAYS_LATE} late{remindersSent, plural, =0 {} one {, despite our earlier reminder} other {, despite our # earlier reminders}}.

{invoiceList}

{claimLateCosts, select,
  yes {Under Spanish Law 3/2004 on combating late payment in commercial transactions, the debt accrues statutory interest at {lateInterestRate} a year, which amounts to {lateInterest} as of today, plus fixed compensation of €40 per overdue invoice for collection costs ({compensation} in total).}
  interest {Under Spanish Law 3/2004 on combating late payment in commercial transactions, the debt accrues statutory interest at {lateInterestRate} a year, which amounts to {lateInterest} as of today.}
  other {}}

Please pay the full amount outstanding no later than {deadline}, using any of these options:
{paymentMethods}

If by that date we have received neither the payment nor an acceptable payment proposal, we will have to take the necessary steps to recover the debt, including a court claim{claimLateCosts, select, yes {, together with the late-payment interest and the compensation for collection costs} interest {, together with the late-payment interest} other {}}. We would rather avoid this: if you are going through difficulties, there is still time to agree a payment plan.

${CONTACT}

${FORMAL_CLOSING}`,
  },

  agency: {
    name: 'Final notice before a collection agency',
    subject: 'Final notice before referral to a collection agency: {invoiceNumbers}',
    body: `${ATTENTION}

{remindersSent, plural,
  =0 {We are writing because ${REMAIN_UNPAID}}
  one {Despite our earlier reminder, ${REMAIN_UNPAID}}
  other {Despite our # earlier reminders, ${REMAIN_UNPAID}}}: {totalOwed} outstanding; {invoiceCount, plural, one {the invoice} other {the oldest of them}} fell due on {oldestDueDate}, ${DAYS_LATE} ago.

{invoiceList}

Please note that unless we receive full payment or a specific payment proposal by {deadline}, we will refer this debt to a collection agency, who will contact you directly from then on{claimLateCosts, select, yes { and will also claim the late-payment interest ({lateInterest} as of today) and the compensation for collection costs ({compensation})} interest { and will also claim the late-payment interest ({lateInterest} as of today)} other {}}.

You can still avoid this by paying through any of these options:
{paymentMethods}

If you need a payment plan, reply before that date and we will consider it. ${CONTACT}

${FORMAL_CLOSING}`,
  },

  legal: {
    name: 'Notice before legal action',
    subject: 'Notice before legal action: {invoiceNumbers}',
    body: `${ATTENTION}

To date we have not received payment of ${INVOICES}: {totalOwed} outstanding; {invoiceCount, plural, one {the invoice} other {the oldest of them}} fell due on {oldestDueDate}, ${DAYS_LATE} ago.{remindersSent, plural, =0 {} one { We have kept a record of the reminder we sent you.} other { We have kept a record of the # reminders we sent you.}}

{invoiceList}

Please be advised that if we have not received payment by {deadline}, we will bring a court claim for the debt{claimLateCosts, select, yes {, including the late-payment interest ({lateInterest} as of today, at {lateInterestRate} a year) and the compensation for collection costs ({compensation})} interest {, including the late-payment interest ({lateInterest} as of today, at {lateInterestRate} a year)} other {}}. This message is also our attempt to settle the matter out of court before we do so.

You can avoid this by paying through any of these options:
{paymentMethods}

If you would like to propose a payment arrangement, reply before that date. ${CONTACT}

${FORMAL_CLOSING}`,
  },

  'promise-confirmation': {
    name: 'Promise to pay confirmation',
    subject: 'Confirming your payment of {promiseAmount} by {promiseDate}',
    body: `Hello {contactName},

Thank you for your commitment to settle this. As agreed, we confirm in writing that you will pay {promiseAmount} by {promiseDate} at the latest, towards ${INVOICES}, with {totalOwed} outstanding in total.

{invoiceList}

We will hold off on further reminders until then. You can pay in any of these ways:
{paymentMethods}

If anything unexpected comes up, just reply to this email and we will find another date.

Thank you for your cooperation.

${CLOSING}`,
  },

  'promise-broken': {
    name: 'Broken promise to pay',
    subject: 'We have not received the payment due by {promiseDate}',
    body: `Hello {contactName},

As agreed, we waited until {promiseDate} for your payment of {promiseAmount}, but we have not received it yet. The amount outstanding on ${INVOICES} is {totalOwed}; {invoiceCount, plural, one {the invoice} other {the oldest of them}} fell due on {oldestDueDate}, ${DAYS_LATE} ago.

{invoiceList}

Please make the payment as soon as possible, and in any case by {deadline}, using any of these options:
{paymentMethods}

If something has gone wrong, let us know by replying to this email{hasBusinessPhone, select, yes { or calling us on {businessPhone}} other {}}: we would much rather agree a new date or a realistic payment plan than keep waiting without news.

${CLOSING}`,
  },

  'plan-offer': {
    name: 'Payment plan offer',
    subject: 'Paying {invoiceNumbers} in installments',
    body: `Hello {contactName},

We know it is not always possible to pay everything at once. To help you settle ${INVOICES}, with {totalOwed} outstanding, we would like to offer you the option of paying in installments.

{invoiceList}

Please reply to this email by {deadline} telling us how many installments you would need and on which dates you could pay them. Once we agree, we will send you the schedule in writing and remind you a few days before each installment.

You can make the payments in any of these ways:
{paymentMethods}

Thank you for working with us on this.

${CLOSING}`,
  },

  'installment-reminder': {
    name: 'Installment reminder',
    subject: 'Reminder: installment of {installmentAmount} due {installmentDate}',
    body: `Hello {contactName},

A quick reminder that the installment of {installmentAmount} in your payment plan is due on {installmentDate}.

Here is the full schedule we agreed:
{planTerms}

You can pay in any of these ways:
{paymentMethods}

If you have already paid, thank you, and please disregard this message. ${CONTACT}

Thank you for keeping to the plan.

${CLOSING}`,
  },

  'installment-missed': {
    name: 'Missed installment',
    subject: 'Missed installment of {installmentAmount} due {installmentDate}',
    body: `Hello {contactName},

We have not received the installment of {installmentAmount} that was due on {installmentDate} under the payment plan we agreed. The total amount outstanding today is {totalOwed}.

The agreed schedule:
{planTerms}

Please pay the missed installment by {deadline}, using any of these options:
{paymentMethods}

If your circumstances have changed, tell us by replying to this email and we will see whether the schedule can be adjusted. If we do not hear from you, we would have to treat the plan as cancelled and ask again for the full amount.

${CLOSING}`,
  },

  'dispute-acknowledgement': {
    name: 'Dispute acknowledgement',
    subject: 'We have received your query about {invoiceNumbers}',
    body: `Hello {contactName},

Thank you for letting us know that you disagree with ${INVOICES}. While we look into it, we have paused our payment reminders for {invoiceCount, plural, one {it} other {them}}.

{invoiceList}

To resolve this quickly, please reply to this email telling us which part you do not recognise and why, with any documents that support it. We will get back to you as soon as we have checked.

Thank you for your patience.

${CLOSING}`,
  },

  'thank-you': {
    name: 'Thank you for your payment',
    subject: 'Thank you for your payment',
    body: `Hello {contactName},

We have received your payment of {lastPaymentAmount} on {lastPaymentDate}. Thank you very much.{dueState, select, none {{invoiceCount, plural, =0 {} one { Invoice {invoiceNumbers} is now fully paid.} other { Invoices {invoiceNumbers} are now fully paid.}}} other {}}

We really value working with {debtorName} and look forward to continuing. If there is ever anything we can do for you, we will be glad to help.

${CLOSING}`,
  },

  reconnect: {
    name: 'Reconnect',
    subject: 'Shall we catch up, {contactName}?',
    body: `Hello {contactName},

We wanted to ask how things have been going at {debtorName} lately. Keeping a good relationship with our customers matters to us, including when there is something outstanding between us.

We would like to suggest a short conversation, by phone or in person, to see how we can help and, while we are at it, find together a comfortable way to settle {invoiceCount, plural, =0 {what is outstanding} one {invoice {invoiceNumbers}} other {invoices {invoiceNumbers}}}.

Just reply to this email with a day that suits you{hasBusinessPhone, select, yes {, or call us on {businessPhone}} other {}}.

Thank you, and kind regards,
{signature}`,
  },

  'call-follow-up': {
    name: 'After a phone call',
    subject: 'Following up on our call of {lastCallDate}',
    body: `Hello {contactName},

Thank you for speaking with us on {lastCallDate}. Here is a short summary in writing of where things stand.

{dueState, select,
  upcoming {${THE_INVOICE_CAP} is due on {oldestDueDate}, with {totalOwed} outstanding in total.}
  today {${THE_INVOICE_CAP} is due today, with {totalOwed} outstanding in total.}
  other {${THE_INVOICE_CAP} fell due on {oldestDueDate}, ${DAYS_LATE} ago, and {totalOwed} is still outstanding.}}

{invoiceList}

{promiseOpen, select,
  yes {As agreed, you will pay {promiseAmount} by {promiseDate}. We will hold off on further reminders until then.}
  other {{planOpen, select,
    yes {As agreed, you are paying in installments, on these dates:
{planTerms}}
    other {We would be grateful if you could settle the balance of {totalOwed} as soon as you can. If paying it all at once is difficult, reply and we will agree a date or installments with you.}}}}

You can pay in any of these ways:
{paymentMethods}

${CONTACT}

Thank you for your time.

${CLOSING}`,
  },
};
