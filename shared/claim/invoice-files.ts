// The user's own invoice PDFs for the claim file: the limits and names the dialog and the PDF
// share. No pdf-lib here — the dialog imports this eagerly; the PDF checks live in invoice-pdf.ts,
// which is loaded with the rest of the PDF code only when a file is chosen.

/**
 * 10 MB per invoice. The claim file is assembled in the browser's memory and each invoice goes
 * in twice (the attached original and its pages printed as an annex), and the file still has to
 * go by email to a lawyer or an agency, where a message is commonly capped at 20–25 MB. An
 * invoice is a page or two; a bigger file is almost always a scan at a needless resolution.
 */
export const INVOICE_PDF_MAX_BYTES = 10 * 1024 * 1024;

/** Why a chosen file is not taken; the dialog says each in the user's words. */
export type InvoicePdfProblem = 'too-large' | 'not-pdf' | 'unreadable';

/** "84 kB", "2,4 MB": a file's size for people, in binary units as file managers show them. */
export function fileSize(bytes: number, locale: string): string {
  if (bytes < 1024 * 1024) {
    return new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / 1024)));
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / (1024 * 1024));
}

/**
 * An invoice number as part of a file name: characters no file system takes (a number like
 * "2026/031" is common) become "-", control characters go, and it is never empty.
 */
export function fileNamePart(number: string): string {
  // eslint-disable-next-line no-control-regex
  const safe = number.replace(/[\u0000-\u001f\u007f]/g, '').replace(/[\\/:*?"<>|]/g, '-').trim();
  return safe || '-';
}
