// Small real PDFs for the tests of the invoice attachments, made with pdf-lib.
import { PDFDocument, StandardFonts } from 'pdf-lib';

/** A real invoice-like PDF of `pages` pages, made with pdf-lib; `encrypted` marks it as the protected ones invoicing tools make. */
export async function invoicePdf(number: string, pages = 1, encrypted = false): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let page = 1; page <= pages; page += 1) pdf.addPage([595, 842]).drawText(`Factura ${number} · página ${page}`, { x: 50, y: 780, size: 14, font });
  // pdf-lib cannot encrypt; an /Encrypt entry in the trailer is what readers (and pdf-lib) go by.
  if (encrypted) pdf.context.trailerInfo.Encrypt = pdf.context.obj({ Filter: 'Standard', V: 1, R: 2 });
  return pdf.save();
}
