// The import module's public face: detect a file's format, parse it, plan its writes.
export { detectImportFormat } from './detect';
export { parseImportFile } from './parse';
export { planImport } from './plan';
export type { ImportPlan, ImportSummary, PlanContext, PlanSkip, PlanSkipCode, PlanWarning } from './plan';
export { IMPORT_FORMATS, RECEIVABLE_ONLY_FORMATS } from './types';
export type {
  ColumnMapping,
  DateOrder,
  Delimiter,
  DetectedFormat,
  ImportDebtor,
  ImportFailure,
  ImportFailureCode,
  ImportFormat,
  ImportInvoice,
  ImportRow,
  ImportWarning,
  ImportWarningCode,
  ParsedImport,
  ParseImportOptions,
  ParseImportResult,
  RejectCode,
  RejectedRow,
} from './types';
export { PROGRESS_EVERY } from './progress';
export type { ParseProgress, ParseProgressListener, RowProgress } from './progress';
