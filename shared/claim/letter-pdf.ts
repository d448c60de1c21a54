// The formal letter (requerimiento de pago) as a PDF, to print and send by burofax or registered
// mail: who writes and to whom, the invoices with their dates and amounts, payments received,
// what is owed, the new deadline, and the consequences — stated as the formal template states
// them (shared/templates/library.*: a concrete deadline, legal action as a consequence, never a
// threat, and the offer of a plan). For Spanish B2B debts in euros it adds the statutory interest
// and the €40 per invoice (Ley 3/2004). Loaded only when the user asks for it.
import type { IsoDate } from '../dates';
import type { ClaimFileData } from './claim-data';
import { documentText, drawDocument, pdfFileName, type FontLoader, type MadePdf, type PdfWriter } from './claim-pdf-kit';

export interface LetterOptions {
  /** The new date to pay by. */
  deadline: IsoDate;
}

export interface LetterPdf extends MadePdf {
  fileName: string;
}

function lines(values: readonly (string | null)[]): string[] {
  return values.filter((value): value is string => value !== null && value.trim() !== '');
}

export function drawLetter(data: ClaimFileData, options: LetterOptions, writer: PdfWriter): void {
  const text = documentText(data.language, data.debtorLocale);
  const { t, none } = text;
  const { creditor, debtor } = data;

  // Sender, then addressee, as a windowed envelope expects.
  writer.paragraph(creditor.name || none, { bold: true, gap: 1, size: 10.5 });
  for (const line of lines([creditor.taxId && `${t('claim.taxId')}: ${creditor.taxId}`, creditor.address, creditor.email, creditor.phone])) writer.paragraph(line, { gap: 1 });
  writer.y += 18;
  writer.paragraph(debtor.name, { bold: true, gap: 1, size: 10.5 });
  for (const line of lines([
    debtor.person && t('letter.attention', { name: debtor.person }),
    debtor.taxId && `${t('claim.taxId')}: ${debtor.taxId}`,
    debtor.address,
    debtor.email,
  ]))
    writer.paragraph(line, { gap: 1 });
  writer.y += 14;
  writer.paragraph(t('letter.dated', { date: text.longDay(data.asOf) }), { align: 'right' });
  writer.paragraph(t('letter.title'), { size: 15, bold: true, gap: 8 });

  writer.paragraph(t('letter.opening'));
  const owedInvoices = data.invoices.filter((invoice) => invoice.outstanding > 0);
  writer.table(
    [t('claim.number'), t('claim.issued'), t('claim.due'), t('claim.amount'), t('claim.paid'), t('claim.outstanding')],
    owedInvoices.map((invoice) => [
      invoice.description ? `${invoice.number}\n${invoice.description}` : invoice.number,
      text.day(invoice.issueDate),
      text.day(invoice.dueDate),
      text.money({ currency: invoice.currency, amount: invoice.amount }),
      text.money({ currency: invoice.currency, amount: invoice.paid }),
      text.money({ currency: invoice.currency, amount: invoice.outstanding }),
    ]),
    { align: ['left', 'left', 'left', 'right', 'right', 'right'], fontSize: 9 },
  );
  const owedIds = new Set(owedInvoices.map((invoice) => invoice.number));
  const payments = data.payments.filter((payment) => payment.invoiceNumbers.length === 0 || payment.invoiceNumbers.some((number) => owedIds.has(number)));
  if (payments.length > 0) {
    writer.paragraph(t('letter.paymentsReceived'), { gap: 2 });
    writer.bullets(
      payments.map((payment) =>
        [text.day(payment.date), text.money({ currency: payment.currency, amount: payment.amount }), payment.invoiceNumbers.join(', ')].filter(Boolean).join(' · '),
      ),
    );
  }
  const owed = data.balances.filter((balance) => balance.outstanding > 0).map((balance) => ({ currency: balance.currency, amount: balance.outstanding }));
  writer.paragraph(t('letter.owed', { amounts: text.moneyList(owed) }), { bold: true, size: 10.5 });

  const costs = data.lateCosts;
  const claimsCosts = costs !== null && costs.compensation !== null;
  if (costs && costs.compensation) {
    writer.paragraph(
      costs.interest && costs.totalClaimable
        ? t('letter.lateCosts', {
            interest: text.moneyList(costs.interest),
            date: text.longDay(data.asOf),
            compensation: text.money(costs.compensation),
            total: text.moneyList(costs.totalClaimable),
          })
        : t('letter.lateCostsNoInterest', { compensation: text.money(costs.compensation) }),
    );
  }

  writer.paragraph(t('letter.deadline', { deadline: text.longDay(options.deadline) }), { bold: true });
  if (data.paymentMethods.length > 0) {
    writer.paragraph(t('letter.howToPay'), { gap: 2 });
    writer.bullets(data.paymentMethods.map((method) => (method.label ? `${method.label}: ${method.value}` : method.value)));
  }
  writer.paragraph(t('letter.consequences', { lateCosts: claimsCosts ? 'yes' : 'no' }));
  writer.paragraph(t('letter.outOfCourt'));
  writer.y += 6;
  writer.paragraph(t('letter.closing'), { gap: 24 });
  for (const line of lines([creditor.person, creditor.name])) writer.paragraph(line, { gap: 1 });
  writer.footers((page, pages) => (pages > 1 ? t('claim.page', { name: t('letter.title'), page, pages }) : ''));
}

export async function makeLetterPdf(data: ClaimFileData, options: LetterOptions, loadFonts: FontLoader): Promise<LetterPdf> {
  const { t } = documentText(data.language, data.debtorLocale);
  const drawn = await drawDocument(`${t('letter.title')} · ${data.debtor.name}`, (writer) => drawLetter(data, options, writer), loadFonts);
  return { ...drawn, fileName: pdfFileName(data.language === 'es' ? 'requerimiento' : 'formal-letter', data.debtor.name, data.asOf) };
}
