// Checks an invoice PDF the user chose for the claim file, and its SHA-256. Part of the PDF
// code: loaded only when a file is chosen or the claim file is made, never in a content script.
//
// Encrypted PDFs: pdf-lib cannot decrypt, and without `ignoreEncryption` it refuses to load them.
// Many invoicing tools "protect" their PDFs with an empty open password (only printing or editing
// restricted); such an invoice opens in any viewer and is as good as any to a court, so refusing
// it would only send the user hunting for another copy. It is loaded with `ignoreEncryption`,
// attached byte for byte, and its pages are not copied into the printed annex (copied from an
// encrypted file they would come out as garbage); the annex page says so.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { PDFDocument } from 'pdf-lib';
import { INVOICE_PDF_MAX_BYTES, type InvoicePdfProblem } from './invoice-files';

export interface CheckedInvoicePdf {
  /** Pages the annex reproduces; 0 when the file is protected. */
  pages: number;
  /** Encrypted: attached as it is, its pages not printed in the file. */
  protected: boolean;
}

export type InvoicePdfCheck = { ok: true; value: CheckedInvoicePdf } | { ok: false; problem: InvoicePdfProblem };

const PDF_HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

export function startsAsPdf(bytes: Uint8Array): boolean {
  return PDF_HEADER.every((byte, index) => bytes[index] === byte);
}

/** The PDF as pdf-lib reads it, or null when it cannot. */
export async function loadInvoicePdf(bytes: Uint8Array): Promise<PDFDocument | null> {
  try {
    return await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
  } catch {
    return null;
  }
}

/**
 * Whether the file can go into the claim file: at most 10 MB, a PDF by its first bytes, and one
 * pdf-lib reads with at least one page whose pages it can copy (tried here, so a file that would
 * fail when the claim file is made is refused now, next to its input).
 */
export async function checkInvoicePdf(bytes: Uint8Array): Promise<InvoicePdfCheck> {
  if (bytes.length > INVOICE_PDF_MAX_BYTES) return { ok: false, problem: 'too-large' };
  if (!startsAsPdf(bytes)) return { ok: false, problem: 'not-pdf' };
  const pdf = await loadInvoicePdf(bytes);
  if (!pdf) return { ok: false, problem: 'unreadable' };
  if (pdf.isEncrypted) return { ok: true, value: { pages: 0, protected: true } };
  try {
    const pages = pdf.getPageCount();
    if (pages === 0) return { ok: false, problem: 'unreadable' };
    await (await PDFDocument.create()).copyPages(pdf, pdf.getPageIndices());
    return { ok: true, value: { pages, protected: false } };
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
}

/** Lowercase hex SHA-256 of the file's bytes, as `sha256sum` prints it. */
export function fileHash(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}
