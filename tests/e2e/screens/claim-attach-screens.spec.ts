// Screenshots of attaching the invoices' own PDFs to the claim file, in English and Spanish at
// 1366 px: the dialog with one invoice PDF attached and one refused (over 10 MB), and the annex
// page of the claim file made from it, drawn with pdftoppm.
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { invoicePdf } from '../../../shared/claim/test-invoice-pdf';
import { addDays, dateIn } from '../../../shared/dates';
import { expect, test } from '../support/chromium';
import { look, SCREENS_DIR } from './look';

test.describe.configure({ timeout: 240_000 });

const ZONE = 'Europe/Madrid';

for (const lang of ['en', 'es'] as const) {
  const prefix = lang === 'es' ? 'es-' : '';
  const words = {
    en: { claim: 'Claim file (PDF)', attach: 'Attach the PDF of invoice', remove: 'Remove the PDF of invoice F-2026-031', make: 'Make the PDF', tooLarge: '“escaneo-factura-047.pdf” was not attached: it is 11 MB', annex: 'Annex 1: Invoice F-2026-031' },
    es: { claim: 'Expediente (PDF)', attach: 'Adjuntar el PDF de la factura', remove: 'Quitar el PDF de la factura F-2026-031', make: 'Crear el PDF', tooLarge: 'No se ha adjuntado «escaneo-factura-047.pdf»: ocupa 11 MB', annex: 'Anexo 1: Factura F-2026-031' },
  }[lang];

  test(`claim file with invoice PDFs (${lang}): the dialog and the annex page`, async ({ cobro }) => {
    await cobro.value('settings-set', {
      patch: { uiLanguage: lang, senderName: 'Ana García', business: { name: 'Estudio Nube S.L.', taxId: 'B87654321', address: 'Gran Vía 1, 28013 Madrid', email: 'cobros@nube.example', phone: '910 000 000' } },
    });
    const today = dateIn(ZONE, new Date());
    const { debtor } = await cobro.value<{ debtor: { id: string } }>('debtor-create', {
      name: 'Clínica Dental Peñalver, S.L.',
      emails: ['pagos@penalver.example'],
      taxId: 'B12345678',
      address: 'Calle de Alcalá 12, 28014 Madrid',
      locale: 'es-ES',
      timeZone: ZONE,
      firstInvoice: { number: 'F-2026-031', currency: 'EUR', amount: 121_000, issueDate: addDays(today, -105), dueDate: addDays(today, -75) },
    });
    await cobro.value('invoice-create', { debtorId: debtor.id, number: 'F-2026-047', currency: 'EUR', amount: 48_400, issueDate: addDays(today, -70), dueDate: addDays(today, -40) });

    const page = await cobro.context.newPage();
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`chrome-extension://${cobro.extensionId}/options.html#/debtors/${debtor.id}`);
    await page.getByRole('button', { name: words.claim }).click();
    const dialog = page.locator('[data-cobro="claim-file-dialog"]');
    await dialog.locator('select').first().selectOption(lang);

    const invoice = { name: 'Factura F-2026-031 (firmada digitalmente).pdf', mimeType: 'application/pdf', buffer: Buffer.from(await invoicePdf('F-2026-031', 2)) };
    await dialog.getByLabel(`${words.attach} F-2026-031`).setInputFiles(invoice);
    const remove = dialog.getByRole('button', { name: words.remove });
    await expect(remove).toBeFocused();
    // Removed from the keyboard: the focus goes back to the (hidden) file input, its ring on the button a user sees.
    await remove.press('Enter');
    await expect(dialog.getByLabel(`${words.attach} F-2026-031`)).toBeFocused();
    await look(page, `${prefix}claim-attach-focus`);
    await dialog.getByLabel(`${words.attach} F-2026-031`).setInputFiles(invoice);
    await expect(remove).toBeFocused();
    // A scan too big to go in: refused before it is read, with the reason.
    const big = Buffer.alloc(11 * 1024 * 1024);
    big.write('%PDF-1.7\n');
    await dialog.getByLabel(`${words.attach} F-2026-047`).setInputFiles({ name: 'escaneo-factura-047.pdf', mimeType: 'application/pdf', buffer: big });
    await expect(dialog.getByRole('alert')).toContainText(words.tooLarge);
    await look(page, `${prefix}claim-attach-dialog`);

    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: words.make }).click();
    mkdirSync(SCREENS_DIR, { recursive: true });
    const path = join(SCREENS_DIR, `${prefix}claim-attach.pdf`);
    await (await download).saveAs(path);
    // The annex page is the one before the invoice's two pages, the last two.
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))![1]);
    const annex = pages - 2;
    expect(execFileSync('pdftotext', ['-f', String(annex), '-l', String(annex), path, '-'], { encoding: 'utf8' })).toContain(words.annex);
    const out = join(SCREENS_DIR, `${prefix}claim-attach-annex`);
    execFileSync('pdftoppm', ['-png', '-r', '70', '-singlefile', '-f', String(annex), '-l', String(annex), path, out]);
    // The summary page (section 6) with the documents attached, for a look too.
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', String(annex - 1), '-l', String(annex - 1), '-singlefile', path, `${out}-summary`]);
    renameSync(`${out}-summary.png`, join(SCREENS_DIR, `${prefix}claim-attach-summary.png`));
  });
}
