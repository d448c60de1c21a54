// What a claim file is computed from: the statutory interest and compensation of Spanish B2B
// debts (Ley 3/2004) and the integrity chain over a debtor's events. Pure; no PDF here.
export { chainOf, GENESIS, inTimeOrder, verifyChain, type ChainCheck, type ChainLink, type EventChain } from './chain';
export { COMPENSATION_PER_INVOICE, statutoryCompensation, type Compensation, type LateInvoice } from './compensation';
export { PUBLISHED_RATES, type HalfYear, type HalfYearRate, type PublishedRate } from './ecb-rates';
export { basisPoints, daysLate, lateInterest, simpleInterest, type InterestLine, type LateInterest, type LateInterestInput, type PaidPart } from './interest';
