import { readFileSync } from 'node:fs';
import type { PDFRawStream} from 'pdf-lib';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it, vi } from 'vitest';
import { makeDebtor, makeEvent, makeInvoice, makePayment, makeSettings } from '../collection/test-factories';
import { buildClaimData, letterDedupeKey, type ClaimFileData } from './claim-data';
import { CLAIM_JSON_NAME, drawClaimFile, makeClaimPdf } from './claim-pdf';
import { isWinAnsi, pdfFileName, PdfWriter, type PdfFonts } from './claim-pdf-kit';
import { drawLetter, makeLetterPdf } from './letter-pdf';
import { fileHash } from './invoice-pdf';
import { invoicePdf } from './test-invoice-pdf';

const fontDir = 'node_modules/dejavu-fonts-ttf/ttf';
const loadFonts = vi.fn(
  async (): Promise<PdfFonts> => ({
    regular: new Uint8Array(readFileSync(`${fontDir}/DejaVuSans.ttf`)),
    bold: new Uint8Array(readFileSync(`${fontDir}/DejaVuSans-Bold.ttf`)),
  }),
);

const SENT_TEXT = 'Estimados señores:\n\nLa factura F-2026-001 sigue pendiente.\n\nLucía — Estudio Nube\n\n[quoted text left out]';

/** The JSON a PDF carries as claim-file.json. */
async function attachedJson(bytes: Uint8Array): Promise<ClaimFileData> {
  const pdf = await PDFDocument.load(bytes);
  const names = pdf.catalog.lookup(PDFName.of('Names'), PDFDict).lookup(PDFName.of('EmbeddedFiles'), PDFDict).lookup(PDFName.of('Names'), PDFArray);
  const spec = names.lookup(1, PDFDict);
  const stream = spec.lookup(PDFName.of('EF'), PDFDict).lookup(PDFName.of('F')) as PDFRawStream;
  return JSON.parse(new TextDecoder().decode(decodePDFRawStream(stream).decode()));
}

function claim(name: string, language: 'es' | 'en' = 'es'): ClaimFileData {
  const invoice = makeInvoice({ id: 'i1', number: 'F-2026-001', amount: 121_000, paid: 21_000, dueDate: '2026-03-01', description: 'Implantes' });
  return buildClaimData(
    {
      debtor: makeDebtor({ name, taxId: 'B12345678', address: 'Calle Mayor 1' }),
      invoices: [invoice],
      payments: [makePayment({ amount: 21_000, date: '2026-04-01', allocations: [{ invoiceId: 'i1', amount: 21_000 }] })],
      promises: [],
      plans: [],
      events: [
        makeEvent({ id: 'e1', subject: 'Recordatorio', at: '2026-03-08T09:00:00.000Z' }),
        makeEvent({ id: 'e2', kind: 'letter', at: '2026-04-20T09:00:00.000Z', dedupeKey: letterDedupeKey('debtor-1', 'burofax', 'BF-123') }),
        makeEvent({ id: 'e3', subject: 'Aviso', at: '2026-03-02T09:00:00.000Z', mail: { host: 'gmail', messageId: 'm-old' } }),
        makeEvent({ id: 'e4', subject: 'Re: Aviso', at: '2026-04-02T09:00:00.000Z', mail: { host: 'gmail', messageId: 'm-new' }, sentText: SENT_TEXT }),
      ],
      settings: makeSettings({ claimSpanishLatePaymentCosts: true, business: { name: 'Estudio Nube S.L.', taxId: 'B87654321', address: 'Gran Vía 1', email: '', phone: '' } }),
      templates: new Map(),
    },
    { asOf: '2026-06-01', language, madeAt: new Date('2026-06-01T10:00:00Z') },
  );
}

/** The names of the files attached to a PDF (its EmbeddedFiles name tree, one level). */
async function attachments(bytes: Uint8Array): Promise<string[]> {
  const pdf = await PDFDocument.load(bytes);
  const names = pdf.catalog.lookup(PDFName.of('Names'), PDFDict);
  const files = names.lookup(PDFName.of('EmbeddedFiles'), PDFDict);
  const list = files.lookup(PDFName.of('Names'), PDFArray);
  const found: string[] = [];
  for (let i = 0; i < list.size(); i += 2) {
    const name = list.lookup(i);
    if (name instanceof PDFString || name instanceof PDFHexString) found.push(name.decodeText());
  }
  return found;
}

describe('isWinAnsi', () => {
  it.each([
    ['Clínica Dental Peñalver, S.L.', true],
    ['1.234,56 € “entre comillas” — sí', true],
    ['Łódź Sp. z o.o.', false],
    ['ООО Ромашка', false],
    ['Ελληνική Εταιρεία', false],
  ])('%s → %s', (text, expected) => expect(isWinAnsi(text)).toBe(expected));
});

describe('pdfFileName', () => {
  it.each([
    ['expediente', 'Clínica Sonrisa', '2026-12-02', 'expediente-clinica-sonrisa-2026-12-02.pdf'],
    ['requerimiento', 'Clínica Dental Peñalver, S.L.', '2026-12-02', 'requerimiento-clinica-dental-penalver-s-l-2026-12-02.pdf'],
    ['claim-file', 'ООО Ромашка', '2026-12-02', 'claim-file-ооо-ромашка-2026-12-02.pdf'],
    ['claim-file', '***', '2026-12-02', 'claim-file-cliente-2026-12-02.pdf'],
  ])('%s + %s', (prefix, name, date, expected) => expect(pdfFileName(prefix, name, date)).toBe(expected));
});

describe('the claim file and the letter', () => {
  it('uses the standard fonts for a Spanish name, and attaches the data as JSON', async () => {
    loadFonts.mockClear();
    const made = await makeClaimPdf(claim('Clínica Dental Peñalver, S.L.'), loadFonts);
    expect(made.embeddedFont).toBe(false);
    expect(loadFonts).not.toHaveBeenCalled();
    expect(made.fileName).toBe('expediente-clinica-dental-penalver-s-l-2026-06-01.pdf');
    expect(await attachments(made.bytes)).toEqual([CLAIM_JSON_NAME]);
    expect(new TextDecoder().decode(made.bytes.subarray(0, 5))).toBe('%PDF-');
  });

  it('attaches each logged send\'s text exactly, and null for a send logged before it was kept', async () => {
    const made = await makeClaimPdf(claim('Clínica Sonrisa'), loadFonts);
    const json = await attachedJson(made.bytes);
    expect(json.events.map((event) => [event.id, event.loggedSend, event.sentText])).toEqual([
      ['e3', true, null],
      ['e1', false, null],
      ['e4', true, SENT_TEXT],
      ['e2', false, null],
    ]);
  });

  it('prints a long sent text whole: the timeline runs onto more pages', async () => {
    const short = await makeClaimPdf(claim('Clínica Sonrisa'), loadFonts);
    const data = claim('Clínica Sonrisa');
    const long = Array.from({ length: 400 }, (_, line) => `Línea ${line + 1} de lo que se envió, palabra por palabra.`).join('\n');
    data.events = data.events.map((event) => (event.id === 'e4' ? { ...event, sentText: long } : event));
    const made = await makeClaimPdf(data, loadFonts);
    const pages = async (bytes: Uint8Array) => (await PDFDocument.load(bytes)).getPageCount();
    // 400 lines at about 70 to a page.
    expect((await pages(made.bytes)) - (await pages(short.bytes))).toBeGreaterThanOrEqual(5);
    expect((await attachedJson(made.bytes)).events.find((event) => event.id === 'e4')?.sentText).toBe(long);
  });

  it.each(['Łódź Sp. z o.o.', 'ООО Ромашка', 'Ελληνική Εταιρεία'])('embeds DejaVu Sans for %s', async (name) => {
    loadFonts.mockClear();
    const made = await makeLetterPdf(claim(name, 'en'), { deadline: '2026-06-11' }, loadFonts);
    expect(made.embeddedFont).toBe(true);
    expect(loadFonts).toHaveBeenCalledTimes(1);
    expect(made.missingGlyphs).toEqual([]);
  });

  it('draws a name no font here has as "?" and says which characters, without failing', async () => {
    const made = await makeClaimPdf(claim('株式会社 Sakura'), loadFonts);
    expect(made.missingGlyphs).toEqual(['株', '式', '会', '社']);
    expect(made.embeddedFont).toBe(false);
    // The data attached keeps the name exactly.
    expect(await attachments(made.bytes)).toEqual([CLAIM_JSON_NAME]);
  });
});

/** The bytes of one file attached to a PDF, by name. */
async function attached(bytes: Uint8Array, wanted: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes);
  const list = pdf.catalog.lookup(PDFName.of('Names'), PDFDict).lookup(PDFName.of('EmbeddedFiles'), PDFDict).lookup(PDFName.of('Names'), PDFArray);
  for (let i = 0; i < list.size(); i += 2) {
    const name = list.lookup(i) as PDFString | PDFHexString;
    if (name.decodeText() !== wanted) continue;
    const spec = list.lookup(i + 1, PDFDict);
    const stream = spec.lookup(PDFName.of('EF'), PDFDict).lookup(PDFName.of('F'));
    return decodePDFRawStream(stream as PDFRawStream).decode();
  }
  throw new Error(`${wanted} is not attached`);
}

describe('the invoice PDFs in the claim file', () => {
  it('attaches each under its invoice’s name, lists its hash in the JSON and prints its pages after an annex page', async () => {
    const plain = await makeClaimPdf(claim('Clínica Dental Peñalver, S.L.'), loadFonts);
    const drawnPages = (await PDFDocument.load(plain.bytes)).getPageCount();
    const invoice = await invoicePdf('F-2026-001', 2);
    const made = await makeClaimPdf(claim('Clínica Dental Peñalver, S.L.'), loadFonts, [
      { invoiceId: 'i1', originalName: 'factura 001 (firmada).pdf', bytes: invoice },
      // Not an invoice of this file: left out.
      { invoiceId: 'other', originalName: 'otra.pdf', bytes: invoice },
    ]);
    expect(await attachments(made.bytes)).toEqual([CLAIM_JSON_NAME, 'Factura F-2026-001.pdf']);
    expect(await attached(made.bytes, 'Factura F-2026-001.pdf')).toEqual(invoice);
    const json = JSON.parse(new TextDecoder().decode(await attached(made.bytes, CLAIM_JSON_NAME)));
    expect(json.attachedInvoices).toEqual([
      { annex: 1, invoiceId: 'i1', invoiceNumber: 'F-2026-001', fileName: 'Factura F-2026-001.pdf', originalName: 'factura 001 (firmada).pdf', size: invoice.length, sha256: fileHash(invoice), pages: 2, protected: false },
    ]);
    // The file, one annex page, then the invoice's own two pages (595 × 842, not the file's A4).
    const pages = (await PDFDocument.load(made.bytes)).getPages().map((page) => page.getSize());
    expect(pages).toHaveLength(drawnPages + 1 + 2);
    expect(pages.slice(-2)).toEqual([{ width: 595, height: 842 }, { width: 595, height: 842 }]);
    expect(pages[drawnPages]!.width).toBeCloseTo(595.28, 1);
  });

  it('names the file in English for an English claim file, and attaches a protected PDF without printing its pages', async () => {
    const protectedPdf = await invoicePdf('F-2026-001', 2, true);
    const made = await makeClaimPdf(claim('Acme Ltd', 'en'), loadFonts, [{ invoiceId: 'i1', originalName: 'inv.pdf', bytes: protectedPdf }]);
    expect(await attachments(made.bytes)).toEqual([CLAIM_JSON_NAME, 'Invoice F-2026-001.pdf']);
    expect(await attached(made.bytes, 'Invoice F-2026-001.pdf')).toEqual(protectedPdf);
    const plain = await makeClaimPdf(claim('Acme Ltd', 'en'), loadFonts);
    // Only the annex page is added.
    expect((await PDFDocument.load(made.bytes)).getPageCount()).toBe((await PDFDocument.load(plain.bytes)).getPageCount() + 1);
  });

  it.each([
    ['a file that is no PDF', new TextEncoder().encode('not a pdf'), 'not-pdf'],
    ['a file over 10 MB', new Uint8Array(10 * 1024 * 1024 + 1), 'too-large'],
  ])('refuses %s rather than leave it out silently', async (_name, bytes, problem) => {
    await expect(makeClaimPdf(claim('Acme Ltd', 'en'), loadFonts, [{ invoiceId: 'i1', originalName: 'x.pdf', bytes }])).rejects.toThrow(`x.pdf: ${problem}`);
  });
});

/** A real writer that also keeps every string it draws, in order. */
class KeepingWriter extends PdfWriter {
  // Filled lazily: the base constructor already draws (the title) before fields are set.
  drawn!: string[];
  override clean(text: string): string {
    // Money is drawn with a no-break space before "€"; the cases below are written with a plain one.
    (this.drawn ??= []).push(text.replace(/\u00a0/g, ' '));
    return super.clean(text);
  }
}

describe('a written-off invoice in the claim file and the letter', () => {
  // Invoiced 1.210 €, 210 € paid; F-2 given up on 1 May; F-3 still owed.
  function withWriteOff(language: 'es' | 'en'): ClaimFileData {
    return buildClaimData(
      {
        debtor: makeDebtor({ name: 'Clínica Sonrisa', timeZone: 'Europe/Madrid' }),
        invoices: [
          makeInvoice({ id: 'i2', number: 'F-2', amount: 71_000, paid: 21_000, dueDate: '2026-02-01', status: 'written_off', writeOff: { reason: 'La clínica ha cerrado', at: '2026-05-01T08:00:00.000Z', amount: 50_000 } }),
          makeInvoice({ id: 'i3', number: 'F-3', amount: 50_000, dueDate: '2026-03-01' }),
        ],
        payments: [makePayment({ amount: 21_000, date: '2026-03-10', allocations: [{ invoiceId: 'i2', amount: 21_000 }] })],
        promises: [],
        plans: [],
        events: [makeEvent({ id: 'w', kind: 'write-off', channel: 'system', direction: 'internal', invoiceIds: ['i2'], note: 'La clínica ha cerrado', at: '2026-05-01T08:00:00.000Z' })],
        settings: makeSettings({ claimSpanishLatePaymentCosts: true }),
        templates: new Map(),
      },
      { asOf: '2026-06-01', language, madeAt: new Date('2026-06-01T10:00:00Z') },
    );
  }

  it.each([
    ['es', 'Incobrable desde el 1 may 2026', 'F-2: dada por incobrable el 1 may 2026: La clínica ha cerrado. Importe dado por incobrable: 500,00 €.', 'F-3 (1 mar 2026)', '1210,00 €'],
    ['en', 'Written off on 1 May 2026', 'F-2: written off on 1 May 2026: La clínica ha cerrado. Amount written off: €500.00.', 'F-3 (1 Mar 2026)', '€1,210.00'],
  ] as const)('the file (%s) lists it with date, reason and amount, and claims only the rest', (language, status, line, origin, invoiced) => {
    const writer = new KeepingWriter(null, 'test');
    drawClaimFile(withWriteOff(language), writer);
    const drawn = writer.drawn.join('\n');
    expect(writer.drawn).toContain(status);
    expect(writer.drawn).toContain(line);
    // The petition's summary names only the invoice still owed; the balance is its 500 €.
    expect(drawn).toContain(origin);
    expect(drawn).not.toMatch(/F-2 \(/);
    // The balance: invoiced 1.210 = paid 210 + written off 500 + outstanding 500.
    const balance = writer.drawn.indexOf(invoiced);
    expect(writer.drawn.slice(balance, balance + 4)).toEqual([invoiced, ...(language === 'es' ? ['210,00 €', '500,00 €', '500,00 €'] : ['€210.00', '€500.00', '€500.00'])]);
  });

  it.each(['es', 'en'] as const)('the letter (%s) demands only what is still owed', (language) => {
    const writer = new KeepingWriter(null, 'test');
    drawLetter(withWriteOff(language), { deadline: '2026-06-11' }, writer);
    const drawn = writer.drawn.join('\n');
    expect(drawn).toContain('F-3');
    expect(drawn).not.toContain('F-2');
    expect(drawn).not.toMatch(/710[.,]00/);
    // One €40, for F-3 alone: F-2 was paid in part late, but it is given up.
    expect(drawn).toMatch(/40,00\s€|€40\.00/);
    expect(drawn).not.toMatch(/80,00\s€|€80\.00/);
  });
});
