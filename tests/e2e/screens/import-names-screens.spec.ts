// Screenshots of the import preview when an email address comes with two names (one customer in
// Cobro, one pair inside the file) and with several warnings grouped, in English and Spanish at
// 1366 px; then after answering "different customers". Each picture also fails on overflow,
// clipped text and axe.
import { expect, test } from '../support/chromium';
import { look } from './look';
import { openWorkspace } from './workspace-page';

const WORDS = {
  en: { file: 'File to import', read: 'Read the file', separate: /^Different customers: add “Shared Mail B”/ },
  es: { file: 'Archivo para importar', read: 'Leer el archivo', separate: /^Clientes distintos: añadir «Shared Mail B»/ },
} as const;

const LONG_PHONE = '+34 600 000 000 ext. 1234 / 1235 / 1236 (oficina)';

/** Shared Mail B uses the address of a customer in Cobro; Bea Ruiz and Beatriz Ruiz share one; three rows give a language Cobro does not know. */
const FILE = [
  'debtor_name,debtor_email,invoice_number,currency,amount,paid,issue_date,due_date,status,debtor_phone,debtor_locale,notes',
  'Estudio Norte S.L.,hola@estudionorte.example,F-2026-0201,EUR,605.00,0,2026-10-01,2026-10-31,open,,castellano,',
  'Estudio Norte SL,hola@estudionorte.example,F-2026-0202,EUR,120.00,0,2026-10-05,2026-11-04,open,,castellano,',
  'Bea Ruiz,bea@ruiz.example,F-2026-0210,EUR,300.00,0,2026-10-10,2026-11-09,open,,es,',
  'Talleres Ruiz S.L.,pagos@talleresruiz.example,F-2026-0212,EUR,80.00,0,2026-10-11,2026-11-10,open,,castellano,',
  'Beatriz Ruiz,bea@ruiz.example,F-2026-0215,EUR,450.00,0,2026-10-12,2026-11-11,open,,es,',
  `Panadería La Espiga,laespiga@correo.example,F-2026-0220,EUR,242.00,0,2026-10-15,2026-11-14,open,${LONG_PHONE},es,`,
  'Shared Mail B,ana@ejemplo.es,F-2026-0230,EUR,990.00,0,2026-10-20,2026-11-19,open,,es,',
].join('\n');

for (const lang of ['en', 'es'] as const) {
  const prefix = lang === 'es' ? 'es-' : '';
  const words = WORDS[lang];

  test(`screens (${lang}): the import preview asks about two names and lists its warnings`, async ({ cobro }) => {
    await cobro.value('settings-set', { patch: { uiLanguage: lang } });
    await cobro.value('debtor-create', { name: 'Shared Mail A', emails: ['ana@ejemplo.es'] });
    const page = await openWorkspace(cobro, '#/import');
    await page.getByLabel(words.file).setInputFiles({ name: 'facturas.csv', mimeType: 'text/csv', buffer: Buffer.from(FILE) });
    await page.getByRole('button', { name: words.read }).click();
    const names = page.locator('[data-cobro="import-names"]');
    await expect(names).toBeVisible();
    await expect(names.locator('fieldset')).toHaveCount(2);
    await expect(page.locator('[data-cobro="import-warnings"] li')).toHaveCount(2);
    await look(page, `${prefix}60-import-two-names`, { fullPage: true });

    await names.getByRole('radio', { name: words.separate }).click();
    await expect(names.getByRole('radio', { name: words.separate })).toBeChecked();
    await expect(names.locator('[data-address="ana@ejemplo.es"] .cobro-field-hint')).toHaveCount(0);
    await expect(names.locator('[role="status"]')).toHaveCount(0);
    await look(page, `${prefix}61-import-two-names-answered`, { fullPage: true });
  });
}
