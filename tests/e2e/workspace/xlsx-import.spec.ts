// An .xlsx through the real wizard in Chromium, read in the workspace's worker under the
// extension's CSP: a cover sheet is skipped, the table sheet named, every row counted, and one
// invoice checked in the ledger. The table is large enough (6,000 rows, a sheet of several MB
// unzipped) that the zip reader takes its path for big entries, not only the small-file one.
import writeExcelFile from 'write-excel-file/node';
import { expect, test } from '../support/chromium';

const ROWS = 6000;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function workbook(): Promise<Buffer> {
  const due = (i: number) => new Date(Date.UTC(2026, i % 12, 1 + (i % 28)));
  const rows = Array.from({ length: ROWS }, (_, i) => [
    `Cliente ${String(i % 60).padStart(2, '0')}, S.L.`,
    `pagos${i % 60}@cliente${i % 60}.example`,
    `F-2026-${String(i + 1).padStart(5, '0')}`,
    'EUR',
    1234.5 + i,
    i % 3 === 0 ? 100.1 : 0,
    { value: due(i), format: 'dd/mm/yyyy' },
  ]);
  return writeExcelFile([
    { sheet: 'Portada', data: [['Facturas pendientes'], ['Generado el', { value: new Date(Date.UTC(2026, 10, 23)), format: 'dd/mm/yyyy' }]] },
    { sheet: 'Facturas', data: [['debtor_name', 'debtor_email', 'invoice_number', 'currency', 'amount', 'paid', 'due_date'], ...rows] },
  ]).toBuffer();
}

test('imports an .xlsx export through the wizard: the table sheet, every row, amounts and dates exact', async ({ cobro }) => {
  test.setTimeout(120_000);
  const page = await cobro.context.newPage();
  await page.goto(`chrome-extension://${cobro.extensionId}/options.html#/import`);
  await page.getByLabel('File to import').setInputFiles({ name: 'facturas.xlsx', mimeType: XLSX_TYPE, buffer: await workbook() });
  await page.getByRole('button', { name: 'Read the file' }).click();
  const preview = page.locator('[data-cobro="import-preview"]');
  await expect(preview).toBeVisible({ timeout: 60_000 });
  await expect(preview.locator('[data-cobro="import-sheet"]')).toHaveText('Read sheet “Facturas”, one of 2 in the file.');
  await expect(preview.locator('[data-count="invoicesToCreate"] dd')).toHaveText(String(ROWS));
  await expect(preview.locator('[data-count="debtorsToCreate"] dd')).toHaveText('60');
  await expect(preview.locator('[data-count="skipped"] dd')).toHaveText('0');
  await page.getByRole('button', { name: `Import ${ROWS.toLocaleString('en')} invoices` }).click();
  await expect(page.getByRole('heading', { name: 'Import finished' })).toBeVisible({ timeout: 60_000 });

  // Row 4 of the sheet (i = 2): 1236.50, nothing paid, due 3 March 2026 — not a day earlier.
  const exported = await cobro.value<{ text: string }>('invoices-export', {});
  const line = exported.text.split(/\r?\n/).find((row) => row.includes('F-2026-00003'));
  expect(line).toContain('"Cliente 02, S.L."');
  expect(line).toContain('1236.50');
  expect(line).toContain('2026-03-03');
  // Row 2 (i = 0): 100.10 of 1234.50 paid, written without float noise.
  const first = exported.text.split(/\r?\n/).find((row) => row.includes('F-2026-00001'));
  expect(first).toContain('1234.50');
  expect(first).toContain('100.10');
});

test('refuses an .ods with its own message, whatever the file is called', async ({ cobro }) => {
  const page = await cobro.context.newPage();
  await page.goto(`chrome-extension://${cobro.extensionId}/options.html#/import`);
  const ods = Buffer.concat([
    Buffer.from([0x50, 0x4b, 0x03, 0x04, ...new Array<number>(22).fill(0), 8, 0, 0, 0]),
    Buffer.from('mimetypeapplication/vnd.oasis.opendocument.spreadsheet'),
  ]);
  await page.getByLabel('File to import').setInputFiles({ name: 'facturas.csv', mimeType: 'text/csv', buffer: ods });
  await page.getByRole('button', { name: 'Read the file' }).click();
  await expect(page.locator('[data-cobro="import-failure"]')).toContainText('“facturas.csv” is an .ods spreadsheet');
  await expect(page.locator('[data-cobro="import-failure"]')).toContainText('save it as .xlsx or CSV');
});
