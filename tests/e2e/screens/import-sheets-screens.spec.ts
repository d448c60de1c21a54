// Screenshots of a spreadsheet import: the preview of an .xlsx (a cover sheet, then the table
// sheet it names) and the failure for an .ods, in English and Spanish at 1366 px. Each picture
// also fails on overflow, clipped text and axe.
import writeExcelFile from 'write-excel-file/node';
import { expect, test } from '../support/chromium';
import { seedMailboxLedger } from '../support/mailbox-ledger';
import { look } from './look';
import { openWorkspace } from './workspace-page';

const WORDS = {
  en: { file: 'File to import', read: 'Read the file', heading: 'Overview', sheet: 'Read sheet “Facturas”, one of 2 in the file.', ods: 'is an .ods spreadsheet' },
  es: { file: 'Archivo para importar', read: 'Leer el archivo', heading: 'Resumen', sheet: 'Se leyó la hoja «Facturas», una de las 2 del archivo.', ods: 'es una hoja de cálculo .ods' },
} as const;

/** What a Spanish invoicing tool exports: a cover sheet, then the invoices with date and number cells. */
async function holdedLike(): Promise<Buffer> {
  const day = (month: number, date: number) => ({ value: new Date(Date.UTC(2026, month - 1, date)), format: 'dd/mm/yyyy' });
  return writeExcelFile([
    { sheet: 'Portada', data: [['Facturas emitidas'], ['Generado el', day(11, 23)]] },
    {
      sheet: 'Facturas',
      data: [
        ['debtor_name', 'debtor_email', 'invoice_number', 'currency', 'amount', 'paid', 'issue_date', 'due_date'],
        ['Talleres Ruiz S.L.', 'pagos@talleresruiz.example', 'F-2026-0112', 'EUR', 1234.56, 0, day(8, 1), day(8, 31)],
        ['Clínica Dental Sonrisa', 'administracion@sonrisa.example', 'F-2026-0131', 'EUR', 605, 200.5, day(9, 1), day(10, 1)],
        ['Panadería La Espiga', 'laespiga@correo.example', 'F-2026-0199', 'EUR', 242, 0, day(7, 10), day(8, 10)],
        ['Estudio Norte', 'hola@estudionorte.example', 'F-2026-0201', 'EUR', '1.815,00', 0, day(10, 1), day(10, 31)],
      ],
    },
  ]).toBuffer();
}

/** The first bytes of an OpenDocument spreadsheet: a zip whose first entry, "mimetype", says so. */
const ODS = Buffer.concat([
  Buffer.from([0x50, 0x4b, 0x03, 0x04, ...new Array<number>(22).fill(0), 8, 0, 0, 0]),
  Buffer.from('mimetypeapplication/vnd.oasis.opendocument.spreadsheet'),
]);

for (const lang of ['en', 'es'] as const) {
  const prefix = lang === 'es' ? 'es-' : '';
  const words = WORDS[lang];

  test(`screens (${lang}): an .xlsx preview naming its sheet, and an .ods refused`, async ({ cobro }) => {
    await seedMailboxLedger(cobro.call);
    await cobro.value('settings-set', { patch: { uiLanguage: lang } });
    const page = await openWorkspace(cobro, '#/import');
    await page.getByLabel(words.file).setInputFiles({ name: 'facturas-holded.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await holdedLike() });
    await page.getByRole('button', { name: words.read }).click();
    await expect(page.locator('[data-cobro="import-sheet"]')).toHaveText(words.sheet);
    await look(page, `${prefix}60-import-xlsx-preview`);

    await page.goto(`chrome-extension://${cobro.extensionId}/options.html#/overview`);
    await expect(page.getByRole('heading', { name: words.heading, level: 2 })).toBeVisible();
    await page.evaluate(() => void (window.location.hash = '#/import'));
    await page.getByLabel(words.file).setInputFiles({ name: 'facturas.ods', mimeType: 'application/vnd.oasis.opendocument.spreadsheet', buffer: ODS });
    await page.getByRole('button', { name: words.read }).click();
    await expect(page.locator('[data-cobro="import-failure"]')).toContainText(words.ods);
    await look(page, `${prefix}61-import-ods-refused`);
  });
}
