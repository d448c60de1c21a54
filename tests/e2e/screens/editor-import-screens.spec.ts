// Screenshots of the template editor (in words, with the insert menu open, and under Advanced)
// and of the import preview for a Cobro CSV with bad rows and for a file that is not a CSV, in
// English and Spanish at 1366 px. Each picture also fails on overflow, clipped text and axe.
import { expect, test } from '../support/chromium';
import { seedMailboxLedger } from '../support/mailbox-ledger';
import { look } from './look';
import { openWorkspace } from './workspace-page';

const WORDS = {
  en: {
    overdue: 'Overdue reminder',
    insert: 'Insert a field',
    advanced: /Advanced/,
    file: 'File to import',
    read: 'Read the file',
    skipped: /rows will not be imported/,
    heading: 'Overview',
  },
  es: {
    overdue: 'Recordatorio de factura vencida',
    insert: 'Insertar un dato',
    advanced: /Avanzado/,
    file: 'Archivo para importar',
    read: 'Leer el archivo',
    skipped: /filas no se importarán/,
    heading: 'Resumen',
  },
} as const;

/** A Cobro CSV as a user might save it from a spreadsheet: four of its six rows cannot be imported. */
const BAD_COBRO = [
  'debtor_name,debtor_email,invoice_number,currency,amount,paid,issue_date,due_date,status,debtor_phone,debtor_locale,notes',
  'Talleres Ruiz S.L.,pagos@talleresruiz.example,F-2026-0112,EUR,1.234,56,0,2026-08-01,2026-08-31,open,,es,Paga tarde',
  'Clínica Dental Sonrisa,administracion@sonrisa.example,F-2026-0131,EUR,doce euros,0,2026-09-01,2026-10-01,open,,es,',
  'Bright Pixel Ltd,accounts@brightpixel.example,INV-0077,GBP,950.00,0,2026-01-20,2026-02-30,open,,en,',
  'Panadería La Espiga,laespiga@correo.example,F-2026-0199,EUR,242.00,0,2026-07-10,2026-08-10,open,,es,',
  'Northwind Traders,ap@northwind.example,INV-0081,EUR,-300.00,0,2026-06-01,2026-07-01,open,,en,',
  'Estudio Norte,hola@estudionorte.example,F-2026-0201,EUR,605.00,0,2026-10-01,2026-10-31,open,,es,',
].join('\n');

/** What a spreadsheet saved as .xlsx and renamed .csv starts with. */
const GARBAGE = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0x62, 0xee, 0x9d, 0x68, 0x5e, 0x01, 0x00, 0x00, 0x90, 0x04]);

for (const lang of ['en', 'es'] as const) {
  const prefix = lang === 'es' ? 'es-' : '';
  const words = WORDS[lang];

  test(`screens (${lang}): the template editor in words, its insert menu, and Advanced`, async ({ cobro }) => {
    await seedMailboxLedger(cobro.call);
    await cobro.value('settings-set', { patch: { uiLanguage: lang } });
    const page = await openWorkspace(cobro, '#/templates');
    await page.getByRole('combobox').nth(1).selectOption(lang);
    await page.getByRole('button', { name: new RegExp(words.overdue) }).first().click();
    const editor = page.locator('form.cobro-template-editor');
    await expect(editor.locator('.cobro-preview-text')).not.toBeEmpty();
    await look(page, `${prefix}30-editor-friendly`, { fullPage: true });

    await editor.getByRole('button', { name: new RegExp(words.insert) }).click();
    await expect(page.locator('[data-cobro="insert-menu"]')).toBeVisible();
    await look(page, `${prefix}31-editor-menu`);
    await page.keyboard.press('Escape');

    await editor.getByRole('checkbox', { name: words.advanced }).check();
    await expect(editor.locator('textarea')).toHaveValue(/\{contactName\}/);
    await look(page, `${prefix}32-editor-advanced`);
  });

  test(`screens (${lang}): the import preview with bad rows, and a file that is not a CSV`, async ({ cobro }) => {
    await seedMailboxLedger(cobro.call);
    await cobro.value('settings-set', { patch: { uiLanguage: lang } });
    const page = await openWorkspace(cobro, '#/import');
    await page.getByLabel(words.file).setInputFiles({ name: 'facturas.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD_COBRO) });
    await page.getByRole('button', { name: words.read }).click();
    await expect(page.getByRole('region', { name: words.skipped })).toBeVisible();
    await look(page, `${prefix}33-import-bad-cobro`);

    await page.goto(`chrome-extension://${cobro.extensionId}/options.html#/overview`);
    await expect(page.getByRole('heading', { name: words.heading, level: 2 })).toBeVisible();
    await page.evaluate(() => void (window.location.hash = '#/import'));
    await page.getByLabel(words.file).setInputFiles({ name: 'garbage.csv', mimeType: 'text/csv', buffer: GARBAGE });
    await page.getByRole('button', { name: words.read }).click();
    await expect(page.locator('[data-cobro="import-failure"]')).toBeVisible();
    await look(page, `${prefix}34-import-garbage`);
  });
}
