// Screenshots of the form that adds an invoice read from an invoicing tool's page, in English and
// Spanish at 1366 px: prefilled from an Invoice Ninja page (euros, partly paid, a new customer);
// from a page that writes a bare "$" and shows no due date or address, after trying to add it;
// and for a customer Cobro has, refused by the ledger because that customer has the number.
// The form is shown by a small page of its own (capture-harness.tsx) with a real ledger in it.
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { join } from 'node:path';
import type { CaptureDraft } from '../../../shared/sites/capture-draft';
import { CHROMIUM, ROOT } from '../support/paths';
import type { CaptureScene } from './capture-harness';
import { look } from './look';

const ORIGIN = 'https://capture.test';

let script: string;

test.beforeAll(async () => {
  const bundle = await build({
    entryPoints: [join(ROOT, 'tests/e2e/screens/capture-harness.tsx')],
    bundle: true,
    write: false,
    format: 'esm',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  script = bundle.outputFiles[0]!.text;
});

/** Chromium in the user's language (headless Chromium still writes date fields mm/dd/yyyy). */
function launch(lang: string): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', `--lang=${lang}`],
  });
}

async function open(browser: Browser, scene: CaptureScene): Promise<Page> {
  // A context per page: axe needs one it can open its own frames in.
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: scene.locale });
  const page = await context.newPage();
  await page.route(`${ORIGIN}/**`, (route) =>
    route.request().url().endsWith('/harness.js')
      ? route.fulfill({ contentType: 'text/javascript', body: script })
      : route.fulfill({ contentType: 'text/html', body: '<!doctype html><html><head><meta charset="utf-8"><title>Cobro</title></head><body><script type="module" src="/harness.js"></script></body></html>' }),
  );
  await page.addInitScript((value) => (window.cobroCapture = value), scene);
  await page.goto(`${ORIGIN}/`);
  await expect(page.locator('[data-cobro="capture-form"]')).toBeVisible();
  return page;
}

const NINJA: CaptureDraft = {
  number: 'INV-0042',
  customer: 'Talleres Ruiz S.L.',
  email: 'pagos@talleresruiz.example',
  amountText: '1.234,56 €',
  balanceText: '234,56 €',
  currency: null,
  issueDate: '2026-02-01',
  dueDate: '2026-03-01',
  status: 'partial',
};

const DOLLAR_PAGE: CaptureDraft = {
  number: 'A-1187',
  customer: 'Brightpixel Studio',
  email: null,
  amountText: '$1,200.00',
  balanceText: '$1,200.00',
  currency: null,
  issueDate: null,
  dueDate: null,
  status: 'open',
};

for (const lang of ['en', 'es'] as const) {
  const prefix = lang === 'es' ? 'es-' : '';
  const locale = lang === 'es' ? 'es-ES' : 'en';
  const submit = lang === 'es' ? 'Añadir a Cobro' : 'Add to Cobro';

  test(`capture screens (${lang})`, async () => {
    const browser = await launch(locale);
    try {
      const prefilled = await open(browser, { locale, draft: NINJA, format: 'invoice-ninja', toolName: 'Invoice Ninja' });
      await look(prefilled, `${prefix}70-capture-prefilled`);
      await prefilled.context().close();

      const dollar = await open(browser, { locale, draft: DOLLAR_PAGE, format: 'page' });
      await dollar.getByRole('button', { name: submit }).click();
      await expect(dollar.getByRole('alert')).toBeVisible();
      await look(dollar, `${prefix}71-capture-dollar-no-due-date`);
      await dollar.context().close();

      const taken = await open(browser, { locale, draft: NINJA, format: 'invoice-ninja', toolName: 'Invoice Ninja', existing: { name: 'Talleres Ruiz S.L.', email: 'pagos@talleresruiz.example', invoiceNumber: 'INV-0042' } });
      await taken.getByRole('button', { name: submit }).click();
      await expect(taken.getByRole('alert')).toBeVisible();
      await look(taken, `${prefix}72-capture-existing-number-taken`);
      await taken.context().close();
    } finally {
      await browser.close();
    }
  });
}
