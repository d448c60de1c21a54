// Screenshots of money in the import: the question "Which currency is $ in this file?" for a
// file written with a bare "$", and the preview once answered, with a row whose "£" amount
// conflicts with its currency column. English and Spanish at 1366 px; each picture also fails
// on overflow, clipped text and axe.
import { expect, test } from '../support/chromium';
import { seedMailboxLedger } from '../support/mailbox-ledger';
import { look } from './look';
import { openWorkspace } from './workspace-page';

const WORDS = {
  en: { file: 'File to import', read: 'Read the file', question: 'Which currency is “$” in this file?', go: 'Continue', skipped: /rows? will not be imported/ },
  es: { file: 'Archivo para importar', read: 'Leer el archivo', question: '¿En qué moneda está el «$» de este archivo?', go: 'Continuar', skipped: /filas? no se importará/ },
} as const;

/** Dollars written "$" with no currency column value, and one pound amount in a row that says EUR. */
const DOLLARS = [
  'debtor_name,debtor_email,invoice_number,currency,amount,paid,issue_date,due_date',
  'Acme Robotics,ap@acmerobotics.example,1045,,"$1,200.00",$0.00,2026-11-05,2026-12-05',
  'Harbour Cafe,owner@harbourcafe.example,1031,,$360.00,$100.00,2026-10-01,2026-10-31',
  'Bright Pixel Ltd,accounts@brightpixel.example,INV-0077,EUR,£250.00,0,2026-10-20,2026-11-19',
  'Talleres Ruiz S.L.,pagos@talleresruiz.example,F-2026-0300,EUR,"EUR 1,234.56",0,2026-10-01,2026-10-31',
].join('\n');

for (const lang of ['en', 'es'] as const) {
  const prefix = lang === 'es' ? 'es-' : '';
  const words = WORDS[lang];

  test(`screens (${lang}): which currency "$" is, and a row whose currency conflicts`, async ({ cobro }) => {
    await seedMailboxLedger(cobro.call);
    await cobro.value('settings-set', { patch: { uiLanguage: lang } });
    const page = await openWorkspace(cobro, '#/import');
    await page.getByLabel(words.file).setInputFiles({ name: 'dollars.csv', mimeType: 'text/csv', buffer: Buffer.from(DOLLARS) });
    await page.getByRole('button', { name: words.read }).click();
    const question = page.getByRole('group', { name: words.question });
    await expect(question).toBeVisible();
    await look(page, `${prefix}40-import-dollar-question`);

    await question.locator('input[value="USD"]').check();
    await page.getByRole('button', { name: words.go }).click();
    await expect(page.getByRole('region', { name: words.skipped })).toBeVisible();
    await look(page, `${prefix}41-import-currency-conflict`);
  });
}
