// The collection core's public surface.
export { computeStatus, type CollectionStatus, type StatusInput } from './status';
export type {
  AgingBucket,
  AgingBucketName,
  CollectionState,
  DelinquencyView,
  Evidence,
  EvidenceCode,
  InstallmentView,
  LastContact,
  NextAction,
  NextActionChannel,
  NextActionReason,
  PlanState,
  PlanView,
  PolicyDecision,
  PolicyReason,
  PolicyReasonCode,
  PromiseSummary,
  PromiseView,
  Severity,
} from './status';
export { AGING_BUCKETS, agingBucketFor } from './aging';
export { LADDER_CHANNELS, ladderStepFor, nextLadderStep, type LadderChannel } from './ladder';
export {
  contactPolicyDecision,
  debtorContactDecision,
  resolvePolicy,
  type DebtorPolicyArgs,
  type PolicyArgs,
  type PolicyChannel,
  type ResolvedPolicy,
} from './policy';
export { easterSunday, goodFriday, isNationalHoliday, nationalHolidays, type HolidayCalendar } from './holidays';
export { DELINQUENCY_RULES, classifyDelinquency, type DelinquencyFacts } from './delinquency';
export { evaluatePromise, evaluatePromises } from './promises';
export { evaluatePlan } from './plans';
export { CollectionError, type CollectionErrorCode } from './errors';
