// Host-free React components for the Gmail overlay, the popup, the Outlook task pane and the
// workspace. Data and callbacks come in as props; the UI language comes from <UiProvider>.
export { UiProvider, UiContextMissingError, useUi, type UiContextValue } from './context';
export { StatusChip, SEVERITY_NAMES, type StatusChipProps } from './StatusChip';
export { UnknownSenderChip, type UnknownSenderChipProps } from './UnknownSenderChip';
export { DebtorCard, type DebtorCardProps } from './DebtorCard';
export {
  CALL_OUTCOMES,
  type DebtorActions,
  type LogCallInput,
  type MarkDisputedInput,
  type PauseInput,
  type RecordPaymentInput,
  type RecordPromiseInput,
  type StartPlanInput,
} from './card/actions';
export { debtorActionsFor } from './card/ledger-actions';
export { TemplatePicker, type TemplatePickerItem, type TemplatePickerProps } from './TemplatePicker';
export { TrackDebtorForm, type TrackDebtorFormProps, type TrackDebtorInput } from './TrackDebtorForm';
export { FollowupsList, type FollowupItem, type FollowupsListProps } from './FollowupsList';
export { DebtorSearch, SEARCH_DEBOUNCE_MS, type DebtorSearchHits, type DebtorSearchProps } from './DebtorSearch';
export { COBRO_UI_CSS, DARK_PALETTE, LIGHT_PALETTE, type Palette } from './styles';
export {
  errorText,
  formatAmounts,
  formatDay,
  formatMoment,
  latenessText,
  policyReasonsText,
  policyText,
  stateText,
  stepText,
  type PolicyPlace,
} from './format';
export { readAmount, amountInputText, decimalMarkOf, type AmountReading } from './amount-input';
export { splitInstallments, splitAmount, addMonths, type PlannedInstallment } from './plan-split';
