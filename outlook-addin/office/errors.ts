// Failures of the Office layer, as a code the UI can branch on plus a message for logs.

export type OfficeHostErrorCode =
  /** office.js did not load (the page was opened outside Outlook, or the script was blocked). */
  | 'office-missing'
  /** An Office.js asynchronous call reported failure. */
  | 'office-call-failed'
  /** The item is not of the kind the caller needs (a read item where a draft was expected...). */
  | 'wrong-item'
  /** This Outlook does not implement the API (an older requirement set). */
  | 'unsupported';

export class OfficeHostError extends Error {
  constructor(
    readonly code: OfficeHostErrorCode,
    message: string,
    /** Office's own error code when it gave one (e.g. 9041). */
    readonly officeCode?: number,
  ) {
    super(message);
    this.name = 'OfficeHostError';
  }
}
