import { readFileSync } from 'node:fs';
import type { PDFRawStream} from 'pdf-lib';
import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, PDFArray, PDFHexString, PDFString } from 'pdf-lib';
import { describe, expect, it, vi } from 'vitest';
import { makeDebtor, makeEvent, makeInvoice, makePayment, makeSettings } from '../collection/test-factories';
import { buildClaimData, letterDedupeKey, type ClaimFileData } from './claim-data';
import { CLAIM_JSON_NAME, makeClaimPdf } from './claim-pdf';
import { isWinAnsi, pdfFileName, type PdfFonts } from './claim-pdf-kit';
import { makeLetterPdf } from './letter-pdf';

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
