// The claim file and the formal letter, made from the workspace's debtor page in Chromium: the
// PDFs are downloaded, read with poppler (pdftotext for the words, pdfdetach for the attached
// JSON) and drawn to PNG in screens/ to be looked at, for a Spanish customer with accents and one
// whose name is outside Latin-1, in Spanish and English. The Gmail content script must not carry
// any of the PDF code.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { invoicePdf } from '../../../shared/claim/test-invoice-pdf';
import { addDays, dateIn } from '../../../shared/dates';
import { formatMoney, type Money } from '../../../shared/money';
import { expect, test, type CobroChromium } from '../support/chromium';
import { CHROME_BUILD } from '../support/paths';
import { look, SCREENS_DIR } from '../screens/look';

test.describe.configure({ timeout: 300_000 });

const ZONE = 'Europe/Madrid';
const SENT_WORDS = 'Le recordamos que la factura F-2026-031 sigue pendiente y le proponemos pagarla en dos plazos.';
const SENT_TEXT = `Buenos días, Lucía:\n\n${SENT_WORDS}\n\nUn saludo,\nAna García — Estudio Nube S.L.\n\n[quoted text left out]`;

interface Seeded {
  id: string;
  name: string;
  taxId: string;
}

async function seedDebtor(cobro: CobroChromium, name: string, taxId: string, address: string, email: string): Promise<Seeded> {
  const today = dateIn(ZONE, new Date());
  const { debtor, invoice } = await cobro.value<{ debtor: { id: string }; invoice: { id: string } }>('debtor-create', {
    name,
    emails: [email],
    contactName: 'Lucía Peñalver',
    taxId,
    address,
    locale: 'es-ES',
    timeZone: ZONE,
    firstInvoice: { number: 'F-2026-031', currency: 'EUR', amount: 121_000, issueDate: addDays(today, -105), dueDate: addDays(today, -75), description: 'Implantes dentales' },
  });
  await cobro.value('invoice-create', { debtorId: debtor.id, number: 'F-2026-047', currency: 'EUR', amount: 48_400, issueDate: addDays(today, -70), dueDate: addDays(today, -40) });
  await cobro.value('payment-record', { debtorId: debtor.id, currency: 'EUR', amount: 50_000, date: addDays(today, -30), method: 'Transferencia', invoiceIds: [invoice.id] });
  for (const [days, subject, step] of [
    [-68, 'Factura F-2026-031 vencida', 'overdue'],
    [-45, 'Aviso: facturas pendientes', 'firm'],
  ] as const) {
    await cobro.value('event-log', { debtorId: debtor.id, kind: 'email', channel: 'email', direction: 'outbound', at: `${addDays(today, days)}T09:15:00.000Z`, subject, step, invoiceIds: [invoice.id] });
  }
  await cobro.value('event-log', { debtorId: debtor.id, kind: 'call', channel: 'phone', direction: 'outbound', outcome: 'reached', at: `${addDays(today, -20)}T10:00:00.000Z`, note: 'Promete pagar 300 € la semana que viene' });
  // Two sends Gmail logged: one from before the text was kept, one with its words.
  await cobro.value('mail-sent', { host: 'gmail', to: [email], messageId: `msg-a:r-old-${taxId}`, at: `${addDays(today, -60)}T09:30:00.000Z`, subject: 'Recordatorio F-2026-031' });
  await cobro.value('mail-sent', { host: 'gmail', to: [email], messageId: `msg-a:r-new-${taxId}`, at: `${addDays(today, -35)}T09:30:00.000Z`, subject: 'Re: Aviso: facturas pendientes', sentText: SENT_TEXT });
  // A promise whose day has passed unpaid: broken.
  await cobro.value('promise-record', { debtorId: debtor.id, currency: 'EUR', amount: 30_000, date: addDays(today, -1) });
  return { id: debtor.id, name, taxId };
}

async function seed(cobro: CobroChromium, uiLanguage: 'es' | 'en'): Promise<{ spanish: Seeded; cyrillic: Seeded }> {
  await cobro.value('settings-set', {
    patch: {
      uiLanguage,
      senderName: 'Ana García',
      business: { name: 'Estudio Nube S.L.', taxId: 'B87654321', address: 'Gran Vía 1, 28013 Madrid', email: 'cobros@nube.example', phone: '910 000 000' },
      paymentMethods: [{ kind: 'iban', label: 'Transferencia', value: 'ES91 2100 0418 4502 0005 1332' }],
      claimSpanishLatePaymentCosts: true,
    },
  });
  return {
    spanish: await seedDebtor(cobro, 'Clínica Dental Peñalver, S.L.', 'B12345678', 'Calle de Alcalá 12, 28014 Madrid', 'pagos@penalver.example'),
    cyrillic: await seedDebtor(cobro, 'ООО Ромашка', 'RU7701234567', 'ул. Тверская 1, Москва', 'buh@romashka.example'),
  };
}

async function debtorPage(cobro: CobroChromium, id: string): Promise<Page> {
  const page = await cobro.context.newPage();
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(`chrome-extension://${cobro.extensionId}/options.html#/debtors/${id}`);
  await expect(page.locator('[data-cobro="debtor-card"]')).toBeVisible();
  return page;
}

/** Makes a PDF from the open dialog, saves it in screens/ and returns where. */
async function makePdf(page: Page, dialogSelector: string, language: 'es' | 'en', make: string, saveAs: string): Promise<{ path: string; fileName: string }> {
  const dialog = page.locator(dialogSelector);
  await dialog.locator('select').first().selectOption(language);
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: make }).click();
  const file = await download;
  mkdirSync(SCREENS_DIR, { recursive: true });
  const path = join(SCREENS_DIR, saveAs);
  await file.saveAs(path);
  await expect(dialog.locator('[data-cobro="pdf-made"]')).toBeVisible();
  return { path, fileName: file.suggestedFilename() };
}

/** The PDF's words, every run of spaces (no-break ones included) as one space. */
function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

const oneSpaced = (text: string) => text.replace(/\s+/g, ' ');

/** Each page as screens/<prefix>-<n>.png at 60 dpi; returns the files. */
function pages(path: string, prefix: string): string[] {
  execFileSync('pdftoppm', ['-png', '-r', '60', path, join(SCREENS_DIR, prefix)]);
  return readdirSync(SCREENS_DIR).filter((name) => name.startsWith(`${prefix}-`) && name.endsWith('.png'));
}

test('the Gmail content scripts carry no PDF code and the fonts are their own files', () => {
  const folder = join(CHROME_BUILD, 'content-scripts');
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.js'))) {
    const code = readFileSync(join(folder, name), 'utf8');
    expect(code, name).not.toContain('jsPDF');
    expect(code, name).not.toContain('PDFDocument');
    expect(code, name).not.toContain('DejaVu');
  }
  const assets = readdirSync(join(CHROME_BUILD, 'assets'));
  expect(assets.filter((name) => /^DejaVuSans(-Bold)?-.*\.ttf$/.test(name))).toHaveLength(2);
});

for (const language of ['es', 'en'] as const) {
  const words = {
    es: { claimButton: 'Expediente (PDF)', letterButton: 'Requerimiento de pago (PDF)', make: 'Crear el PDF', record: 'Registrar', reference: 'Referencia del certificado o del envío', title: 'Expediente de reclamación de deuda', letterTitle: 'Requerimiento de pago', noReceipt: 'Ningún contacto con justificante de recepción: se aconseja un burofax.', notStored: 'Texto no guardado (enviado antes de que Cobro lo guardara): escrito sin plantilla, asunto «Recordatorio F-2026-031»', quoteLeftOut: '[se omite el texto citado de mensajes anteriores]', owed: '1194,00 €', invoice: '1210,00 €', paid: '500,00 €', deadline: 'no más tarde del', broken: 'Incumplida', monitorio: 'procedimiento monitorio', filePrefix: 'expediente', law: 'Ley 3/2004' },
    en: { claimButton: 'Claim file (PDF)', letterButton: 'Formal letter (PDF)', make: 'Make the PDF', record: 'Record', reference: 'Certificate or tracking reference', title: 'Debt claim file', letterTitle: 'Formal demand for payment', noReceipt: 'No contact with proof of receipt: a burofax is advised.', notStored: 'Text not stored (sent before Cobro kept it): written without a template, subject “Recordatorio F-2026-031”', quoteLeftOut: '[quoted text of earlier messages left out]', owed: '€1,194.00', invoice: '€1,210.00', paid: '€500.00', deadline: 'no later than', broken: 'Broken', monitorio: 'procedimiento monitorio', filePrefix: 'claim-file', law: 'Law 3/2004' },
  }[language];

  test(`claim file and letter (${language}) for a Spanish name and a Cyrillic one`, async ({ cobro }) => {
    const { spanish, cyrillic } = await seed(cobro, language);

    for (const [who, debtor] of [['penalver', spanish], ['romashka', cyrillic]] as const) {
      const page = await debtorPage(cobro, debtor.id);

      await look(page, `${language}-claim-debtor-page-${who}`);
      // The claim file.
      await page.getByRole('button', { name: words.claimButton }).click();
      await look(page, `${language}-claim-dialog-${who}`);
      const made = await makePdf(page, '[data-cobro="claim-file-dialog"]', language, words.make, `claim-${language}-${who}.pdf`);
      const claimPath = made.path;
      expect(made.fileName).toMatch(new RegExp(`^${words.filePrefix}-${who === 'penalver' ? 'clinica-dental-penalver-s-l' : 'ооо-ромашка'}-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
      const claim = pdfText(claimPath);
      const data = await cobro.value<{
        events: { subject: string | null; note: string | null; hash: string | null }[];
        integrity: { head: string | null };
        lateCosts: { interest: Money[] | null; compensation: Money | null; totalClaimable: Money[] | null } | null;
      }>('claim-file', { debtorId: debtor.id, language });
      for (const expected of [words.title, debtor.name, debtor.taxId, 'Estudio Nube S.L.', 'B87654321', words.invoice, words.paid, words.owed, 'F-2026-031', 'F-2026-047', words.noReceipt, words.broken, words.monitorio, 'Implantes dentales']) {
        expect(claim, expected).toContain(oneSpaced(expected));
      }
      // Every logged contact is there, by what was written on it.
      for (const event of data.events) for (const text of [event.subject, event.note]) if (text) expect(claim, text).toContain(oneSpaced(text));
      // What the logged send said, word for word with its signature; the older send says its text was not kept.
      for (const expected of [SENT_WORDS, 'Ana García — Estudio Nube S.L.', words.quoteLeftOut, words.notStored]) expect(claim, expected).toContain(oneSpaced(expected));
      // Each event's hash and the chained head, one word each.
      expect(data.integrity.head).toMatch(/^[0-9a-f]{64}$/);
      expect(claim).toContain(data.integrity.head!);
      for (const event of data.events) expect(claim).toContain(event.hash!);
      // Interest per invoice and the €40 each, as the ledger worked them out.
      expect(data.lateCosts?.interest?.[0]?.amount).toBeGreaterThan(0);
      for (const amount of [data.lateCosts!.interest![0]!, data.lateCosts!.compensation!, data.lateCosts!.totalClaimable![0]!]) {
        expect(claim).toContain(oneSpaced(formatMoney(amount, language === 'es' ? 'es-ES' : 'en-GB', 'customer')));
      }
      const attached = execFileSync('pdfdetach', ['-list', claimPath], { encoding: 'utf8' });
      expect(attached).toContain('claim-file.json');
      expect(pages(claimPath, `claim-${language}-${who}`).length).toBeGreaterThanOrEqual(3);
      const fonts = execFileSync('pdffonts', [claimPath], { encoding: 'utf8' });
      expect(fonts.includes('DejaVuSans'), 'DejaVu Sans embedded only for a name outside WinAnsi').toBe(who === 'romashka');
      await page.keyboard.press('Escape');

      // The letter, then recording that it went by burofax.
      await page.getByRole('button', { name: words.letterButton }).click();
      const letterPath = (await makePdf(page, '[data-cobro="letter-dialog"]', language, words.make, `letter-${language}-${who}.pdf`)).path;
      const letter = pdfText(letterPath);
      for (const expected of [words.letterTitle, debtor.name, debtor.taxId, 'Ana García', 'F-2026-031', 'F-2026-047', words.invoice, words.owed, words.deadline, 'ES91 2100 0418 4502 0005 1332', words.law]) {
        expect(letter, expected).toContain(oneSpaced(expected));
      }
      pages(letterPath, `letter-${language}-${who}`);
      const dialog = page.locator('[data-cobro="letter-dialog"]');
      await dialog.getByLabel(words.reference).fill(`BF-${who}-0042`);
      await dialog.getByRole('button', { name: words.record, exact: true }).click();
      await expect(dialog.getByRole('status')).toBeVisible();
      await look(page, `${language}-letter-recorded-${who}`);
      await page.keyboard.press('Escape');
      await expect(page.locator('[data-cobro="debtor-card"]')).toContainText(`BF-${who}-0042`);

      // The claim file now has proof of receipt.
      const after = await cobro.value<{ outOfCourt: { receiptEventIds: string[]; gaps: string[] } }>('claim-file', { debtorId: debtor.id, language });
      expect(after.outOfCourt.receiptEventIds).toHaveLength(1);
      expect(after.outOfCourt.gaps).toEqual([]);
      await page.close();
    }
  });
}

test('a name in a script no PDF font here has (Japanese) still makes a claim file, and the user is told', async ({ cobro }) => {
  await seed(cobro, 'en');
  const sakura = await seedDebtor(cobro, '株式会社さくら Sakura K.K.', 'JP1234', 'Tokyo', 'keiri@sakura.example');
  const page = await debtorPage(cobro, sakura.id);
  await page.getByRole('button', { name: 'Claim file (PDF)' }).click();
  const { path } = await makePdf(page, '[data-cobro="claim-file-dialog"]', 'en', 'Make the PDF', 'claim-en-sakura.pdf');
  await expect(page.locator('[data-cobro="claim-file-dialog"]')).toContainText('株 式 会 社 さ く ら');
  expect(pdfText(path)).toContain('??????? Sakura K.K.');
  // The attached data keeps the name exactly.
  const json = join(SCREENS_DIR, 'claim-en-sakura.json');
  execFileSync('pdfdetach', ['-save', '1', '-o', json, path]);
  expect(JSON.parse(readFileSync(json, 'utf8')).debtor.name).toBe('株式会社さくら Sakura K.K.');
  pages(path, 'claim-en-sakura');
  await look(page, 'en-claim-dialog-sakura');
});

/** Saves one attached file by its name (poppler's -savefile does not find names pdf-lib writes; -save takes the number -list gives). */
function saveAttached(path: string, name: string, saveAs: string): void {
  const line = execFileSync('pdfdetach', ['-list', path], { encoding: 'utf8' })
    .split('\n')
    .find((entry) => entry.endsWith(`: ${name}`));
  expect(line, name).toBeDefined();
  execFileSync('pdfdetach', ['-save', line!.split(':')[0]!, '-o', saveAs, path]);
}

test('the invoice PDFs the user attaches are in the claim file: attached, hashed in the summary, printed after an annex page', async ({ cobro }) => {
  const { spanish } = await seed(cobro, 'es');
  const page = await debtorPage(cobro, spanish.id);
  await page.getByRole('button', { name: 'Expediente (PDF)' }).click();
  const dialog = page.locator('[data-cobro="claim-file-dialog"]');
  await expect(dialog).toContainText('Se adjuntan solo a este expediente; Cobro no guarda ninguna copia.');

  // A file that is no PDF is refused beside its input, and nothing is attached.
  const other = dialog.getByLabel('Adjuntar el PDF de la factura F-2026-047');
  await other.setInputFiles({ name: 'factura-047.pdf', mimeType: 'application/pdf', buffer: Buffer.from('Factura F-2026-047: 484,00 €') });
  await expect(dialog.getByRole('alert')).toHaveText('No se ha adjuntado «factura-047.pdf»: no es un PDF (un PDF empieza por «%PDF-»). Elija la factura en formato PDF.');
  await expect(other).toHaveAttribute('aria-invalid', 'true');

  // A real two-page PDF for F-2026-031: its name and size, and Remove gets the focus.
  const invoice = Buffer.from(await invoicePdf('F-2026-031', 2));
  await dialog.getByLabel('Adjuntar el PDF de la factura F-2026-031').setInputFiles({ name: 'F-2026-031 firmada.pdf', mimeType: 'application/pdf', buffer: invoice });
  const remove = dialog.getByRole('button', { name: 'Quitar el PDF de la factura F-2026-031' });
  await expect(remove).toBeFocused();
  await expect(dialog.locator('[data-invoice-number="F-2026-031"]')).toContainText(/F-2026-031 firmada\.pdf · \d kB/);
  // Remove brings the input back, focused; choosing again attaches it again.
  await remove.press('Enter');
  const input = dialog.getByLabel('Adjuntar el PDF de la factura F-2026-031');
  await expect(input).toBeFocused();
  await input.setInputFiles({ name: 'F-2026-031 firmada.pdf', mimeType: 'application/pdf', buffer: invoice });
  await expect(remove).toBeVisible();

  const { path } = await makePdf(page, '[data-cobro="claim-file-dialog"]', 'es', 'Crear el PDF', 'claim-es-attached.pdf');
  const attached = execFileSync('pdfdetach', ['-list', path], { encoding: 'utf8' });
  expect(attached).toContain('claim-file.json');
  expect(attached).toContain('Factura F-2026-031.pdf');
  expect(attached).not.toContain('F-2026-047');
  const hash = createHash('sha256').update(invoice).digest('hex');
  const text = pdfText(path);
  expect(text).toContain('Anexo 1: Factura F-2026-031');
  expect(text).toContain(hash);
  // The invoice's own pages follow the annex page.
  expect(text).toContain('Factura F-2026-031 · página 1');
  expect(text).toContain('Factura F-2026-031 · página 2');
  // The file attached is the file chosen, byte for byte.
  const saved = join(SCREENS_DIR, 'claim-es-attached-invoice.pdf');
  saveAttached(path, 'Factura F-2026-031.pdf', saved);
  expect(createHash('sha256').update(readFileSync(saved)).digest('hex')).toBe(hash);
  const json = join(SCREENS_DIR, 'claim-es-attached.json');
  saveAttached(path, 'claim-file.json', json);
  expect(JSON.parse(readFileSync(json, 'utf8')).attachedInvoices).toMatchObject([{ annex: 1, invoiceNumber: 'F-2026-031', fileName: 'Factura F-2026-031.pdf', sha256: hash, pages: 2 }]);
});

test('a written-off invoice is listed in the claim file with its day and reason, and left out of what is claimed', async ({ cobro }) => {
  const { spanish } = await seed(cobro, 'es');
  const today = dateIn(ZONE, new Date());
  // 300 € due 50 days ago: were it claimed, it would add to the balance, the interest and the €40.
  const lost = await cobro.value<{ id: string }>('invoice-create', { debtorId: spanish.id, number: 'F-2026-052', currency: 'EUR', amount: 30_000, issueDate: addDays(today, -80), dueDate: addDays(today, -50) });
  const reason = 'Trabajo no aceptado por el cliente; no compensa reclamarlo';
  await cobro.value('debtor-write-off', { debtorId: spanish.id, invoiceIds: [lost.id], reason });
  const page = await debtorPage(cobro, spanish.id);

  for (const [language, words] of [
    ['es', { button: 'Expediente (PDF)', make: 'Crear el PDF', marked: 'Incobrable desde el', line: `F-2026-052: dada por incobrable el`, amount: 'Importe dado por incobrable: 300,00 €.', owed: '1194,00 €', column: 'Incobrable' }],
    // The workspace speaks Spanish; the file is made in each language from the same dialog.
    ['en', { button: 'Expediente (PDF)', make: 'Crear el PDF', marked: 'Written off on', line: `F-2026-052: written off on`, amount: 'Amount written off: €300.00.', owed: '€1,194.00', column: 'Written off' }],
  ] as const) {
    await page.getByRole('button', { name: words.button }).click();
    const { path } = await makePdf(page, '[data-cobro="claim-file-dialog"]', language, words.make, `claim-${language}-written-off.pdf`);
    await page.keyboard.press('Escape');
    const claim = pdfText(path);
    for (const expected of ['F-2026-052', words.marked, words.line, reason, words.amount, words.column]) expect(claim, expected).toContain(oneSpaced(expected));

    // The attached data says the same, and the sums leave it out.
    const json = join(SCREENS_DIR, `claim-${language}-written-off.json`);
    execFileSync('pdfdetach', ['-save', '1', '-o', json, path]);
    const data = JSON.parse(readFileSync(json, 'utf8')) as {
      invoices: { number: string; outstanding: number; compensation: boolean; interest?: unknown; writtenOff: { on: string; reason: string; amount: number } | null }[];
      balances: { currency: string; invoiced: number; paid: number; writtenOff: number; outstanding: number }[];
      lateCosts: { compensationCount: number; totalClaimable: Money[] | null };
    };
    const written = data.invoices.find((invoice) => invoice.number === 'F-2026-052');
    expect(written).toMatchObject({ outstanding: 0, compensation: false, writtenOff: { on: today, reason, amount: 30_000 } });
    expect(written?.interest).toBeUndefined();
    expect(data.balances).toEqual([{ currency: 'EUR', invoiced: 199_400, paid: 50_000, writtenOff: 30_000, outstanding: 119_400 }]);
    expect(data.lateCosts.compensationCount).toBe(2);

    // What is claimed: the 1.194 € still owed (and its interest and two €40), in the summary as in section 2.
    const fromOrigin = claim.slice(claim.lastIndexOf(language === 'es' ? 'Origen de la deuda' : 'Origin of the debt'));
    const summary = fromOrigin.slice(0, fromOrigin.indexOf(language === 'es' ? '7. Integridad' : '7. Integrity'));
    expect(summary).toContain(oneSpaced(words.owed));
    expect(summary).toContain(oneSpaced(formatMoney(data.lateCosts.totalClaimable![0]!, language === 'es' ? 'es-ES' : 'en-GB', 'customer')));
    expect(summary).toContain('F-2026-031');
    expect(summary).not.toContain('F-2026-052');
    pages(path, `claim-${language}-written-off`);
  }
});
