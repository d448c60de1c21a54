// The claim file (expediente) as a PDF: parties; invoices, payments and balance; Spanish
// late-payment interest and costs; the timeline with promises and plans; the out-of-court
// attempt; a summary page with what a petition for a payment order (procedimiento monitorio)
// asks for; and integrity — each event's hash, the chained head, and the same data attached as
// claim-file.json (pdf-lib) so anyone can check it. Loaded only when the user asks for a PDF.
// The user's own invoice PDFs, when given, are attached too, each listed with its SHA-256 in the
// summary, and their pages are printed after the file behind an annex page: a court file is often
// printed, and an attachment does not survive paper.
import { PDFDocument } from 'pdf-lib';
import { fileNamePart, fileSize } from './invoice-files';
import { checkInvoicePdf, fileHash, loadInvoicePdf } from './invoice-pdf';
import { placeOfTimeZone } from '../ui/places';
import type { ClaimEvent, ClaimFileData } from './claim-data';
import { documentText, drawDocument, pdfFileName, type DocumentText, type FontLoader, type MadePdf, type PdfWriter } from './claim-pdf-kit';
import type { MessageKey } from '../i18n/messages.en';
import { QUOTE_LEFT_OUT } from '../sent-text';

export const CLAIM_JSON_NAME = 'claim-file.json';

export interface ClaimPdf extends MadePdf {
  fileName: string;
}

/** An invoice's own PDF as the user chose it. */
export interface InvoicePdf {
  invoiceId: string;
  /** The chosen file's name, as it was on the user's disk. */
  originalName: string;
  bytes: Uint8Array;
}

/** An invoice PDF as the claim file carries it (also in claim-file.json, as `attachedInvoices`). */
export interface AttachedInvoice {
  /** 1, 2, …: the annex it is. */
  annex: number;
  invoiceId: string;
  invoiceNumber: string;
  /** Its name inside the claim file: "Factura F-2026-031.pdf". */
  fileName: string;
  originalName: string;
  size: number;
  sha256: string;
  /** Pages printed in the annex; 0 for a protected PDF, attached only. */
  pages: number;
  protected: boolean;
}

function party(writer: PdfWriter, text: DocumentText, data: ClaimFileData): void {
  const { t, none } = text;
  const value = (v: string | null) => v ?? none;
  writer.table(
    ['', t('claim.creditor'), t('claim.debtor')],
    [
      [t('claim.name'), data.creditor.name || none, data.debtor.name],
      [t('claim.taxId'), value(data.creditor.taxId), value(data.debtor.taxId)],
      [t('claim.address'), value(data.creditor.address), value(data.debtor.address)],
      [t('claim.email'), value(data.creditor.email), value(data.debtor.email)],
      [t('claim.phone'), value(data.creditor.phone), value(data.debtor.phone)],
      [t('claim.person'), value(data.creditor.person), value(data.debtor.person)],
    ],
    { widths: [110], fontSize: 9, boldColumn: 0 },
  );
}

function money(data: ClaimFileData, text: DocumentText, writer: PdfWriter): void {
  const { t, none } = text;
  writer.heading(t('claim.invoices'), 10.5);
  writer.table(
    [t('claim.number'), t('claim.description'), t('claim.issued'), t('claim.due'), t('claim.amount'), t('claim.paid'), t('claim.outstanding'), t('claim.daysLate'), t('claim.status')],
    data.invoices.map((invoice) => [
      invoice.number,
      invoice.description ?? none,
      text.day(invoice.issueDate),
      text.day(invoice.dueDate),
      text.money({ currency: invoice.currency, amount: invoice.amount }),
      text.money({ currency: invoice.currency, amount: invoice.paid }),
      text.money({ currency: invoice.currency, amount: invoice.outstanding }),
      invoice.daysLate > 0 ? String(invoice.daysLate) : none,
      invoice.writtenOff?.on ? t('claim.writtenOffOn', { date: text.day(invoice.writtenOff.on) }) : t(`state.invoice.${invoice.status}` as MessageKey),
    ]),
    { align: ['left', 'left', 'left', 'left', 'right', 'right', 'right', 'right', 'left'], widths: [56, undefined, 54, 58, 56, 52, 56, 40, 50], fontSize: 7.5 },
  );
  // A court file shows the whole history: what the creditor gave up is listed, said why, and left out of what is claimed.
  const writtenOff = data.invoices.flatMap((invoice) => (invoice.writtenOff ? [{ invoice, off: invoice.writtenOff }] : []));
  if (writtenOff.length > 0) {
    writer.paragraph(t('claim.writtenOffNotes'), { bold: true, gap: 2 });
    writer.bullets(
      writtenOff.map(({ invoice, off }) => {
        const amount = text.money({ currency: invoice.currency, amount: off.amount });
        return off.on
          ? t('claim.writtenOffLine', { number: invoice.number, date: text.day(off.on), reason: off.reason ?? none, amount })
          : t('claim.writtenOffLineUndated', { number: invoice.number, amount });
      }),
    );
  }
  writer.heading(t('claim.payments'), 10.5);
  if (data.payments.length === 0) writer.paragraph(t('claim.noPayments'));
  else
    writer.table(
      [t('claim.date'), t('claim.amount'), t('claim.method'), t('claim.appliedTo')],
      data.payments.map((payment) => [
        text.day(payment.date),
        text.money({ currency: payment.currency, amount: payment.amount }),
        [payment.method, payment.note].filter(Boolean).join(' · ') || none,
        payment.invoiceNumbers.join(', ') || none,
      ]),
      { align: ['left', 'right', 'left', 'left'], widths: [70, 80] },
    );
  writer.heading(t('claim.balance'), 10.5);
  // Invoiced = paid + written off + outstanding: the column is there whenever something was given up, so the sum reads.
  const anyWrittenOff = data.balances.some((balance) => balance.writtenOff > 0);
  writer.table(
    [t('claim.currency'), t('claim.invoiced'), t('claim.paid'), ...(anyWrittenOff ? [t('claim.writtenOff')] : []), t('claim.outstanding')],
    data.balances.map((balance) => [
      balance.currency,
      text.money({ currency: balance.currency, amount: balance.invoiced }),
      text.money({ currency: balance.currency, amount: balance.paid }),
      ...(anyWrittenOff ? [text.money({ currency: balance.currency, amount: balance.writtenOff })] : []),
      text.money({ currency: balance.currency, amount: balance.outstanding }),
    ]),
    { align: anyWrittenOff ? ['left', 'right', 'right', 'right', 'right'] : ['left', 'right', 'right', 'right'] },
  );
}

function lateCosts(data: ClaimFileData, text: DocumentText, writer: PdfWriter): void {
  const { t, none } = text;
  const costs = data.lateCosts;
  if (!costs) {
    writer.paragraph(t('claim.noLateRule'));
    return;
  }
  writer.paragraph(t('claim.lateRule'));
  if (costs.interest === null) writer.paragraph(t('claim.interestUnknown'), { bold: true });
  const rows: string[][] = [];
  for (const invoice of data.invoices) {
    for (const line of invoice.interest?.lines ?? []) {
      rows.push([
        invoice.number,
        text.day(line.from),
        text.day(line.to),
        String(line.days),
        text.money({ currency: invoice.currency, amount: line.base }),
        line.rateBasisPoints === null ? none : text.percent(line.rateBasisPoints),
        text.money({ currency: invoice.currency, amount: line.interest }),
      ]);
    }
  }
  if (rows.length > 0)
    writer.table([t('claim.invoice'), t('claim.from'), t('claim.to'), t('claim.days'), t('claim.base'), t('claim.rate'), t('claim.interest')], rows, {
      align: ['left', 'left', 'left', 'right', 'right', 'right', 'right'],
    });
  if (costs.missingRates.length > 0) writer.paragraph(t('claim.rateMissing', { halves: costs.missingRates.join(', ') }));
  // Which rate each half-year used and whose word it is, so a reader knows what to check before filing.
  for (const used of costs.ratesUsed) {
    const [whole = '0', cents = ''] = used.percent.split('.');
    writer.paragraph(
      t('claim.rateUsed', { half: used.half, rate: text.percent(Number(whole) * 100 + Number(cents.padEnd(2, '0'))), source: t(`claim.rateSource.${used.source}` as const) }),
    );
  }
  const totals: [string, string][] = [[t('claim.totalInterest'), costs.interest === null ? none : text.moneyList(costs.interest)]];
  if (costs.compensation) totals.push([t('claim.compensation', { count: costs.compensationCount }), text.money(costs.compensation)]);
  totals.push([t('claim.totalClaimable'), costs.totalClaimable === null ? none : text.moneyList(costs.totalClaimable)]);
  writer.table([], totals, { widths: [260], fontSize: 9.5, boldRows: [totals.length - 1], align: ['left', 'right'] });
}

/** "Email sent · Firm reminder · template “…” · F-1, F-2 · reference BF-1". */
function eventWhat(event: ClaimEvent, text: DocumentText): string {
  const { t } = text;
  const parts = [t(`event.${event.kind}` as MessageKey), t(`claim.direction.${event.direction}` as MessageKey)];
  if (event.step) parts.push(t(`step.${event.step}` as MessageKey));
  if (event.templateName) parts.push(t('claim.template', { name: event.templateName }));
  if (event.outcome) parts.push(t(`action.callOutcome.${event.outcome}` as MessageKey));
  if (event.invoiceNumbers.length > 0) parts.push(event.invoiceNumbers.join(', '));
  if (event.letter && event.letter.reference) parts.push(t('claim.reference', { reference: event.letter.reference }));
  if (event.reading) {
    parts.push(t('claim.reading', { intent: t(`claim.intent.${event.reading.intent}` as MessageKey), decision: t(`claim.decision.${event.reading.decision}` as MessageKey) }));
  }
  return parts.join(' · ');
}

function when(event: ClaimEvent, text: DocumentText): string {
  return `${text.day(event.localDate)} ${event.localTime}`;
}

/**
 * The words a logged send carried, whole (they are the evidence), under its row; for a send
 * logged before the text was kept, what is known of it. Null for any other event.
 */
function sentWords(event: ClaimEvent, text: DocumentText): string | null {
  const { t, none } = text;
  if (!event.loggedSend) return null;
  if (event.sentText === null) {
    const subject = event.subject ?? none;
    return event.templateName ? t('claim.sentTextMissing', { template: event.templateName, subject }) : t('claim.sentTextMissingNoTemplate', { subject });
  }
  const words = event.sentText
    .split('\n')
    .map((line) => (line === QUOTE_LEFT_OUT ? t('claim.quoteLeftOut') : line))
    .join('\n');
  return `${t('claim.sentText')}\n${words}`;
}

function timeline(data: ClaimFileData, text: DocumentText, writer: PdfWriter): void {
  const { t, none } = text;
  writer.paragraph(t('claim.timesIn', { place: placeOfTimeZone(data.debtorTimeZone, text.locale) }));
  if (data.events.length === 0) writer.paragraph(t('claim.noEvents'));
  else
    writer.groupedTable(
      ['#', t('claim.when'), t('claim.channel'), t('claim.what'), t('claim.detail')],
      data.events.map((event, index) => {
        const row = [
          String(index + 1),
          when(event, text),
          t(`channel.${event.channel}` as MessageKey),
          eventWhat(event, text),
          [event.subject, event.note].filter(Boolean).join('\n') || none,
        ];
        const sent = sentWords(event, text);
        return sent === null ? [row] : [row, { quoted: sent }];
      }),
      { widths: [20, 78, 50, 165], align: ['right'] },
    );

  writer.heading(t('claim.promises'), 10.5);
  if (data.promises.length === 0) writer.paragraph(t('claim.noPromises'));
  else
    writer.table(
      [t('claim.madeOnShort'), t('claim.promisedFor'), t('claim.amount'), t('claim.paidToward'), t('claim.status')],
      data.promises.map((promise) => [
        text.day(promise.madeOn),
        text.day(promise.date),
        text.money(promise.amount),
        text.money({ currency: promise.amount.currency, amount: promise.paidToward }),
        t(`claim.promise.${promise.state}` as MessageKey) + (promise.note ? ` · ${promise.note}` : ''),
      ]),
      { align: ['left', 'left', 'right', 'right', 'left'] },
    );

  if (data.plans.length > 0) {
    writer.heading(t('claim.plans'), 10.5);
    for (const plan of data.plans) {
      writer.paragraph(t('claim.plan', { date: text.day(plan.madeOn), state: t(`claim.plan.${plan.state}` as MessageKey) }) + (plan.note ? ` · ${plan.note}` : ''), { bold: true, gap: 2 });
      writer.table(
        [t('claim.installment'), t('claim.amount'), t('claim.stillOwed'), t('claim.status')],
        plan.installments.map((installment) => [
          text.day(installment.dueDate),
          text.money({ currency: plan.currency, amount: installment.amount }),
          text.money({ currency: plan.currency, amount: installment.owed }),
          installment.missed ? t('claim.missed') : none,
        ]),
        { align: ['left', 'right', 'right', 'left'] },
      );
    }
  }
}

function outOfCourt(data: ClaimFileData, text: DocumentText, writer: PdfWriter): void {
  const { t } = text;
  writer.paragraph(t('claim.masc'));
  const byId = new Map(data.events.map((event) => [event.id, event]));
  const receipts = data.outOfCourt.receiptEventIds.map((id) => byId.get(id)!).filter(Boolean);
  if (receipts.length > 0) {
    writer.paragraph(t('claim.receipts'), { bold: true, gap: 2 });
    writer.bullets(receipts.map((event) => `${when(event, text)} · ${eventWhat(event, text)}`));
  }
  writer.paragraph(t('claim.attempts', { count: data.outOfCourt.attemptEventIds.length }));
  for (const gap of data.outOfCourt.gaps) writer.paragraph(t(`claim.gap.${gap}`), { bold: true });
}

function summary(data: ClaimFileData, text: DocumentText, writer: PdfWriter, attached: readonly AttachedInvoice[]): void {
  const { t, none } = text;
  writer.paragraph(t('claim.s6intro'));
  party(writer, text, data);
  const owed = data.invoices.filter((invoice) => invoice.outstanding > 0);
  const numbers = owed.map((invoice) => `${invoice.number} (${text.day(invoice.issueDate ?? invoice.dueDate)})`).join(', ');
  writer.heading(t('claim.origin'), 10.5);
  writer.paragraph(owed.length > 0 ? t('claim.originText', { count: owed.length, numbers }) : none);
  const descriptions = owed.flatMap((invoice) => (invoice.description ? [`${invoice.number}: ${invoice.description}`] : []));
  if (descriptions.length > 0) writer.bullets(descriptions);
  writer.heading(t('claim.amountClaimed'), 10.5);
  const outstanding = data.balances.filter((balance) => balance.outstanding > 0).map((balance) => ({ currency: balance.currency, amount: balance.outstanding }));
  const rows: [string, string][] = [[t('claim.outstanding'), text.moneyList(outstanding)]];
  if (data.lateCosts) {
    rows.push([t('claim.totalInterest'), data.lateCosts.interest === null ? none : text.moneyList(data.lateCosts.interest)]);
    if (data.lateCosts.compensation) rows.push([t('claim.compensation', { count: data.lateCosts.compensationCount }), text.money(data.lateCosts.compensation)]);
    rows.push([t('claim.totalClaimable'), data.lateCosts.totalClaimable === null ? none : text.moneyList(data.lateCosts.totalClaimable)]);
  }
  writer.table([], rows, { widths: [260], fontSize: 9.5, boldRows: [rows.length - 1], align: ['left', 'right'] });
  writer.heading(t('claim.documents'), 10.5);
  const byId = new Map(data.events.map((event) => [event.id, event]));
  const references = data.outOfCourt.receiptEventIds.flatMap((id) => {
    const letter = byId.get(id)?.letter;
    return letter ? [`${t(`claim.method.${letter.method}` as MessageKey)} ${letter.reference}`] : [];
  });
  writer.bullets([
    ...(owed.length > 0 ? [t('claim.doc.invoices', { count: owed.length, numbers: owed.map((invoice) => invoice.number).join(', ') })] : []),
    t('claim.doc.log', { count: data.events.length }),
    ...(references.length > 0 ? [t('claim.doc.receipts', { references: references.join('; ') })] : []),
    t('claim.doc.json'),
    ...(attached.length > 0 ? [t('claim.doc.attached', { count: attached.length })] : []),
  ]);
  // The hash lets the other side check that the file attached is the one listed; it is one word
  // in a monospaced column so it can be copied and compared with sha256sum.
  if (attached.length > 0)
    writer.table(
      [t('claim.annex.column'), t('claim.invoice'), t('claim.annex.file'), t('claim.hash')],
      attached.map((file) => [String(file.annex), file.invoiceNumber, file.fileName, file.sha256]),
      { widths: [36, 58, 105], fontSize: 7.5, mono: [3], align: ['right'] },
    );
}

/** The page before each invoice's pages: which invoice, its file, its hash, and what follows. */
function annexPage(file: AttachedInvoice, text: DocumentText, writer: PdfWriter): void {
  const { t } = text;
  writer.newPage();
  writer.heading(t('claim.annex.title', { annex: file.annex, number: file.invoiceNumber }));
  writer.paragraph(t('claim.annex.original', { file: file.originalName, size: fileSize(file.size, text.locale) }));
  writer.paragraph(file.protected ? t('claim.annex.protected', { name: file.fileName }) : t('claim.annex.pages', { count: file.pages, name: file.fileName }));
  writer.table([], [[t('claim.hash'), file.sha256]], { widths: [60], fontSize: 9, mono: [1], boldColumn: 0 });
}

function integrity(data: ClaimFileData, text: DocumentText, writer: PdfWriter): void {
  const { t, none } = text;
  writer.paragraph(t('claim.integrityText'));
  if (data.integrity.head === null) writer.paragraph(t('claim.noHashes'), { bold: true });
  writer.table([], [[t('claim.head'), data.integrity.head ?? none]], { widths: [80], fontSize: 9, mono: [1], boldColumn: 0 });
  if (data.events.length > 0)
    writer.table(
      ['#', t('claim.when'), t('claim.hash')],
      data.events.map((event, index) => [String(index + 1), when(event, text), event.hash ?? none]),
      { widths: [20, 90], fontSize: 7.5, mono: [2], align: ['right'] },
    );
}

/**
 * Draws the claim file; with invoice PDFs, an annex page for each at the end, and the page
 * numbers in the footers count the invoice pages that will follow each annex page. Returns the
 * drawn page (1-based) of each annex page, where the invoice's pages go after it.
 */
export function drawClaimFile(data: ClaimFileData, writer: PdfWriter, attached: readonly AttachedInvoice[] = []): number[] {
  const text = documentText(data.language, data.debtorLocale);
  const { t } = text;
  writer.paragraph(t('claim.title'), { size: 18, bold: true, gap: 4 });
  writer.paragraph(data.debtor.name, { size: 13, bold: true, gap: 4 });
  const madeOn = data.madeAt.slice(0, 10);
  writer.paragraph(t('claim.madeOn', { date: text.longDay(madeOn), asOf: text.longDay(data.asOf) }), { size: 9, gap: 6 });
  writer.rule();

  writer.heading(t('claim.s1'));
  party(writer, text, data);
  writer.heading(t('claim.s2'));
  money(data, text, writer);
  writer.heading(t('claim.s3'));
  lateCosts(data, text, writer);
  writer.heading(t('claim.s4'));
  timeline(data, text, writer);
  writer.heading(t('claim.s5'));
  outOfCourt(data, text, writer);
  // The summary stands on its own page: it is what goes with a petition.
  writer.newPage();
  writer.heading(t('claim.s6'));
  summary(data, text, writer, attached);
  writer.heading(t('claim.s7'));
  integrity(data, text, writer);
  const annexPages = attached.map((file) => {
    annexPage(file, text, writer);
    return writer.doc.getNumberOfPages();
  });
  const inserted = attached.reduce((sum, file) => sum + file.pages, 0);
  // A drawn page's number once the invoice pages are in: those of every annex before it.
  const finalNumber = (page: number) => page + attached.reduce((sum, file, index) => sum + (annexPages[index]! < page ? file.pages : 0), 0);
  writer.footers((page, pages) => t('claim.page', { name: data.debtor.name, page: finalNumber(page), pages: pages + inserted }));
  return annexPages;
}

/**
 * The invoice PDFs that belong to invoices in the file, in the file's invoice order, checked and
 * hashed. A file that fails the check here (the dialog refuses those already) stops the claim
 * file: leaving it out silently would list fewer documents than the user meant to attach.
 */
async function attachedInvoices(data: ClaimFileData, pdfs: readonly InvoicePdf[]): Promise<{ file: AttachedInvoice; bytes: Uint8Array }[]> {
  const { t } = documentText(data.language, data.debtorLocale);
  const byInvoice = new Map(pdfs.map((pdf) => [pdf.invoiceId, pdf]));
  const used = new Set<string>();
  const out: { file: AttachedInvoice; bytes: Uint8Array }[] = [];
  for (const invoice of data.invoices) {
    const pdf = byInvoice.get(invoice.id);
    if (!pdf) continue;
    const checked = await checkInvoicePdf(pdf.bytes);
    if (!checked.ok) throw new Error(`${pdf.originalName}: ${checked.problem}`);
    // Two invoice numbers can make the same file name ("2026/1" and "2026-1"); an attachment's name is its key.
    let fileName = t('claim.annex.fileName', { number: fileNamePart(invoice.number) });
    for (let n = 2; used.has(fileName); n += 1) fileName = t('claim.annex.fileName', { number: `${fileNamePart(invoice.number)} (${n})` });
    used.add(fileName);
    out.push({
      bytes: pdf.bytes,
      file: {
        annex: out.length + 1,
        invoiceId: invoice.id,
        invoiceNumber: invoice.number,
        fileName,
        originalName: pdf.originalName,
        size: pdf.bytes.length,
        sha256: fileHash(pdf.bytes),
        pages: checked.value.pages,
        protected: checked.value.protected,
      },
    });
  }
  return out;
}

/** The claim file's PDF with its data attached as JSON, and the invoice PDFs given, attached and printed as annexes. */
export async function makeClaimPdf(data: ClaimFileData, loadFonts: FontLoader, invoicePdfs: readonly InvoicePdf[] = []): Promise<ClaimPdf> {
  const { t } = documentText(data.language, data.debtorLocale);
  const invoices = await attachedInvoices(data, invoicePdfs);
  const attached = invoices.map(({ file }) => file);
  let annexPages: number[] = [];
  const drawn = await drawDocument(
    `${t('claim.title')} · ${data.debtor.name}`,
    (writer) => {
      annexPages = drawClaimFile(data, writer, attached);
    },
    loadFonts,
  );
  const pdf = await PDFDocument.load(drawn.bytes, { updateMetadata: false });
  const madeAt = new Date(data.madeAt);
  const json = attached.length > 0 ? { ...data, attachedInvoices: attached } : data;
  await pdf.attach(new TextEncoder().encode(JSON.stringify(json, null, 2)), CLAIM_JSON_NAME, {
    mimeType: 'application/json',
    description: t('claim.doc.json'),
    creationDate: madeAt,
    modificationDate: madeAt,
  });
  // Each invoice's pages right after its annex page; the earlier annexes' pages shift the later ones.
  let shift = 0;
  for (const [index, { file, bytes }] of invoices.entries()) {
    await pdf.attach(bytes, file.fileName, {
      mimeType: 'application/pdf',
      description: t('claim.annex.title', { annex: file.annex, number: file.invoiceNumber }),
      creationDate: madeAt,
      modificationDate: madeAt,
    });
    if (file.protected) continue;
    const source = await loadInvoicePdf(bytes);
    if (!source) throw new Error(`${file.originalName}: unreadable`);
    const pages = await pdf.copyPages(source, source.getPageIndices());
    pages.forEach((page, n) => pdf.insertPage(annexPages[index]! + shift + n, page));
    shift += pages.length;
  }
  return {
    ...drawn,
    bytes: await pdf.save(),
    fileName: pdfFileName(data.language === 'es' ? 'expediente' : 'claim-file', data.debtor.name, data.asOf),
  };
}
