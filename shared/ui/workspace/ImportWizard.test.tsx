// @vitest-environment happy-dom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestLedger } from '../../ledger/test-ledger';
import { dumpDb } from '../../ledger/test-support';
import { axeViolations } from '../test-support';
import { ImportWizard } from './ImportWizard';
import { renderWorkspaceView, sampleFile as sample, type WorkspaceHarness } from './test-support';
import type { JobStep } from './worker/client';

afterEach(() => cleanup());

const NOW = '2026-11-23T10:00:00.000Z';

function csv(name: string, text: string): File {
  return new File([text], name, { type: 'text/csv' });
}

async function readFile(user: ReturnType<typeof userEvent.setup>, file: File) {
  await user.upload(screen.getByLabelText('File to import'), file);
  await user.click(screen.getByRole('button', { name: 'Read the file' }));
}

const count = (name: string) => screen.getByText(name).closest('div')!.querySelector('dd')!.textContent;

describe('ImportWizard', () => {
  it('reads a file, previews it, imports it in one go, and is accessible at each step', async () => {
    const user = userEvent.setup();
    const harness = renderWorkspaceView(<ImportWizard />, { ledger: createTestLedger(NOW) });
    expect(await axeViolations(harness.container)).toEqual([]);
    await readFile(user, csv('cobro.csv', sample('cobro')));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'What this import will do (Cobro CSV)' })).toBeTruthy());
    expect(count('New invoices')).toBe('6');
    expect(count('New debtors')).toBe('5');
    expect(count('Rows left out')).toBe('0');
    expect(await harness.ledger.db.invoices.count()).toBe(0);
    await user.click(screen.getByText('Invoices to add (6)'));
    const listed = await screen.findByRole('table');
    expect(within(listed).getAllByRole('row')).toHaveLength(7);
    expect(within(listed).getAllByRole('row')[1]?.textContent).toContain('F-2026-0112');
    expect(await axeViolations(harness.container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Import 6 invoices' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Import finished' })).toBeTruthy());
    expect(await harness.ledger.db.invoices.count()).toBe(6);
    expect(harness.changed).toHaveBeenCalledWith({ all: true, debtorIds: [] });
    expect(await axeViolations(harness.container)).toEqual([]);

    // The same file again: nothing to do.
    await user.click(screen.getByRole('button', { name: 'Choose another file' }));
    await readFile(user, csv('cobro.csv', sample('cobro')));
    await waitFor(() => expect(count('Already up to date')).toBe('6'));
    expect((screen.getByRole('button', { name: /Nothing to import/ }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('lists every row it leaves out, with its line and reason', async () => {
    const user = userEvent.setup();
    renderWorkspaceView(<ImportWizard />, { ledger: createTestLedger(NOW) });
    const text = [
      'debtor_name,debtor_email,invoice_number,currency,amount,paid,issue_date,due_date,status',
      'Ana,ana@x.es,F-1,EUR,100.00,0,,2026-10-01,open',
      'Bea,bea@x.es,F-2,EUR,abc,0,,2026-10-01,open',
      'Carla,carla@x.es,F-3,EUR,10.00,0,,31/02/2026,open',
    ].join('\n');
    await readFile(user, csv('broken.csv', text));
    const skipped = await screen.findByRole('region', { name: '2 rows will not be imported' });
    const rows = within(skipped).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual(['3', '4']);
    expect(rows[0]?.textContent).toBe('3“abc” in column “amount” is not an amount. Write it in figures only, without words.');
    expect(rows[1]?.textContent).toContain('“31/02/2026” in column “due_date” is not a date.');
  });

  it('asks whether dates are day-first or month-first when the file cannot tell', async () => {
    const user = userEvent.setup();
    const harness = renderWorkspaceView(<ImportWizard />, { ledger: createTestLedger(NOW) });
    const xero = [
      'ContactName,EmailAddress,InvoiceNumber,InvoiceDate,DueDate,Total,InvoiceAmountPaid,InvoiceAmountDue,Currency,Type,Status',
      'Harbour Cafe,owner@harbourcafe.example,INV-0079,01/09/2026,01/10/2026,360.00,0.00,360.00,GBP,Sales invoice,AUTHORISED',
    ].join('\n');
    await readFile(user, csv('xero.csv', xero));
    const question = await screen.findByRole('group', { name: /is 05\/11\/2026 the 5th of November/ });
    await user.click(within(question).getByLabelText(/Month first/));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(count('New invoices')).toBe('1'));
    await user.click(screen.getByRole('button', { name: 'Import 1 invoice' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Import finished' })).toBeTruthy());
    expect((await harness.ledger.db.invoices.toArray())[0]?.dueDate).toBe('2026-01-10');
  });

  it('asks which column holds what for an export it does not know', async () => {
    const user = userEvent.setup();
    const harness = renderWorkspaceView(<ImportWizard />, { ledger: createTestLedger(NOW) });
    const text = ['Cliente;Correo;Factura;Total;Vence', 'Ana López;ana@x.es;F-9;1.234,50;2026-10-01'].join('\n');
    await readFile(user, csv('mine.csv', text));
    await screen.findByRole('group', { name: 'Which column holds what?' });
    expect((screen.getByLabelText(/Customer name/) as HTMLSelectElement).value).toBe('Cliente');
    await user.selectOptions(screen.getByLabelText(/Invoice number/), 'Factura');
    await user.selectOptions(screen.getByLabelText(/Due date/), 'Vence');
    await user.click(screen.getByRole('button', { name: 'Read with these columns' }));
    await waitFor(() => expect(count('New invoices')).toBe('1'));
    await user.click(screen.getByRole('button', { name: 'Import 1 invoice' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Import finished' })).toBeTruthy());
    const [invoice] = await harness.ledger.db.invoices.toArray();
    expect([invoice?.number, invoice?.amount]).toEqual(['F-9', 123_450]);
  });

  it('lets the user choose the header row of a report with titles, then reads its line items as one invoice', async () => {
    const user = userEvent.setup();
    const harness = renderWorkspaceView(<ImportWizard />, { ledger: createTestLedger(NOW) });
    // The second title row looks like a header too; the guess takes the real one, and the user can pick either.
    const text = [
      'Invoice Report',
      'Acme Studio,Invoices',
      'Client,Invoice #,Date Issued,Line Total,Invoice Total,Terms',
      'Bright Pixel,0012,2026-10-01,650.00,7890.00,Net 15',
      'Bright Pixel,0012,2026-10-01,7240.00,7890.00,Net 15',
      'Lee Plumbing,0013,2026-10-05,120.00,120.00,',
      'Total,,,,8010.00,',
    ].join('\n');
    await readFile(user, csv('report.csv', text));
    const choice = await screen.findByRole('group', { name: 'Header row' });
    expect((within(choice).getByRole('radio', { name: 'Use row 3 as the header' }) as HTMLInputElement).checked).toBe(true);
    await user.click(within(choice).getByRole('radio', { name: 'Use row 2 as the header' }));
    await user.click(screen.getByRole('button', { name: 'Use row 2 as the header' }));
    await waitFor(() => expect((screen.getByRole('radio', { name: 'Use row 2 as the header' }) as HTMLInputElement).checked).toBe(true));
    expect((screen.getByLabelText(/Customer name/) as HTMLSelectElement).value).toBe('');
    await user.click(screen.getByRole('radio', { name: 'Use row 3 as the header' }));
    await user.click(screen.getByRole('button', { name: 'Use row 3 as the header' }));
    await waitFor(() => expect((screen.getByLabelText(/Customer name/) as HTMLSelectElement).value).toBe('Client'));
    expect((screen.getByLabelText(/Line amount/) as HTMLSelectElement).value).toBe('Line Total');
    expect((screen.getByLabelText(/Invoice total/) as HTMLSelectElement).value).toBe('Invoice Total');
    expect((screen.getByLabelText(/Due date/) as HTMLSelectElement).value).toBe('');
    await user.click(screen.getByRole('button', { name: 'Read with these columns' }));
    await waitFor(() => expect(count('New invoices')).toBe('2'));
    expect(count('Rows left out')).toBe('0');
    const notice = screen.getByText(/1 invoice has no due date or payment terms: due 30 days after the issue date/);
    expect(await axeViolations(harness.container)).toEqual([]);
    const days = within(notice.closest('form')!).getByLabelText('Days from issue to due');
    await user.clear(days);
    await user.type(days, '45');
    await user.click(screen.getByRole('button', { name: 'Read again with these days' }));
    await waitFor(() => expect(screen.getByText(/due 45 days after the issue date/)).toBeTruthy());
    await user.click(screen.getByRole('button', { name: 'Import 2 invoices' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Import finished' })).toBeTruthy());
    const invoices = await harness.ledger.db.invoices.toArray();
    expect(invoices.map((invoice) => [invoice.number, invoice.amount, invoice.dueDate]).sort()).toEqual([
      ['0012', 789_000, '2026-10-16'],
      ['0013', 12_000, '2026-11-19'],
    ]);
  });

  it('offers to mark as paid what a newer receivables report no longer lists, and leaves it when not ticked', async () => {
    const user = userEvent.setup();
    const harness = renderWorkspaceView(<ImportWizard />, { ledger: createTestLedger(NOW) });
    await readFile(user, csv('ar.csv', sample('invoiceninja-ar-detailed')));
    await user.click(await screen.findByRole('button', { name: /^Import 4 invoices/ }));
    await screen.findByRole('heading', { name: 'Import finished' });
    await user.click(screen.getByRole('button', { name: 'Choose another file' }));
    const newer = sample('invoiceninja-ar-detailed')
      .split('\n')
      .filter((line) => !line.includes(',0148,'))
      .join('\n');
    await readFile(user, csv('ar-later.csv', newer));
    const region = await screen.findByRole('region', { name: '1 invoice is no longer in the report' });
    expect(region.textContent).toContain('0148');
    await user.click(within(region).getByLabelText('Mark this invoice as paid'));
    await user.click(screen.getByRole('button', { name: /^Import 0 invoices/ }));
    await screen.findByRole('heading', { name: 'Import finished' });
    const invoice = (await harness.ledger.db.invoices.toArray()).find((i) => i.number === '0148');
    expect(invoice?.status).toBe('paid');
  });

  it('says why a file cannot be read, and writes nothing', async () => {
    const user = userEvent.setup();
    const harness = renderWorkspaceView(<ImportWizard />, { ledger: createTestLedger(NOW) });
    const before = await dumpDb(harness.ledger.db);
    await readFile(user, csv('empty.csv', '   '));
    expect((await screen.findByRole('alert')).textContent).toBe('“empty.csv” is empty.Export the invoices again and choose the new file.');
    expect(await dumpDb(harness.ledger.db)).toEqual(before);
  });

  it('asks which currency "$" is when the file cannot tell, then reads every "$" in the answer', async () => {
    const user = userEvent.setup();
    const harness = renderWorkspaceView(<ImportWizard />, { ledger: createTestLedger(NOW) });
    const text = 'debtor_name,debtor_email,invoice_number,amount,due_date\nAnn,ann@x.example,1,$13.50,2026-01-31\nBob,bob@x.example,2,$2.00,2026-01-31';
    await readFile(user, csv('dollars.csv', text));
    const question = await screen.findByRole('group', { name: 'Which currency is “$” in this file?' });
    expect(within(question).getAllByRole('radio').some((radio) => (radio as HTMLInputElement).checked)).toBe(false);
    expect(await axeViolations(document.body)).toEqual([]);
    await user.click(within(question).getByLabelText('Mexican Peso (MXN)'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(await screen.findByRole('button', { name: 'Import 2 invoices' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Import finished' })).toBeTruthy());
    expect((await harness.ledger.db.invoices.toArray()).map((invoice) => [invoice.currency, invoice.amount])).toEqual([
      ['MXN', 1350],
      ['MXN', 200],
    ]);
  });

  it('speaks Spanish', async () => {
    const user = userEvent.setup();
    renderWorkspaceView(<ImportWizard />, { ledger: createTestLedger(NOW), locale: 'es-ES' });
    await user.upload(screen.getByLabelText('Archivo para importar'), csv('cobro.csv', sample('cobro')));
    await user.click(screen.getByRole('button', { name: 'Leer el archivo' }));
    expect(await screen.findByRole('button', { name: 'Importar 6 facturas' })).toBeTruthy();
  });

  it('says in Spanish, in the user’s words, why rows are left out', async () => {
    const user = userEvent.setup();
    renderWorkspaceView(<ImportWizard />, { ledger: createTestLedger(NOW), locale: 'es-ES' });
    const text = [
      'debtor_name,debtor_email,invoice_number,currency,amount,paid,issue_date,due_date,status,debtor_phone,debtor_locale,notes',
      'Talleres Ruiz,pagos@ruiz.example,F-1,EUR,1.234,56,0,2026-08-01,2026-08-31,open,,es,Paga tarde',
      'Ana,ana@x.es,F-2,EUR,-300.00,0,,2026-10-01,open,,es,',
    ].join('\n');
    await user.upload(screen.getByLabelText('Archivo para importar'), csv('malo.csv', text));
    await user.click(screen.getByRole('button', { name: 'Leer el archivo' }));
    const skipped = await screen.findByRole('region', { name: '2 filas no se importarán' });
    const cells = within(skipped)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[1]?.textContent?.replace(/[\u00a0\u202f]/g, ' '));
    expect(cells).toEqual([
      'Hay 13 valores para 12 columnas. Probablemente un importe como 1.234,56 sin comillas en un archivo separado por comas: póngalo entre comillas o exporte con punto y coma.',
      'El total de la factura es -300,00 €. Los abonos y las devoluciones no se importan; si es una factura, escriba su total sin signo menos.',
    ]);
  });
});

/**
 * Holds the next job before it starts, handing the test its progress callback, so the test can
 * say how far the worker got; `release` lets the real job run.
 */
function holdNextJob(harness: WorkspaceHarness) {
  const jobs = harness.connection.jobs;
  const real = jobs.run.bind(jobs);
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const held: { onStep?: JobStep } = {};
  jobs.run = (async (job: Parameters<typeof real>[0], onStep?: JobStep) => {
    held.onStep = onStep;
    await released;
    return real(job, onStep);
  }) as typeof jobs.run;
  const step: JobStep = (phase, count) => act(() => held.onStep?.(phase, count));
  return { step, release };
}

const bar = () => screen.getByRole('progressbar') as HTMLProgressElement;

describe('ImportWizard progress', () => {
  it('shows the rows read, checked and planned on a determinate bar, with numbers in the UI language', async () => {
    const user = userEvent.setup();
    const harness = renderWorkspaceView(<ImportWizard />, { ledger: createTestLedger(NOW) });
    const job = holdNextJob(harness);
    await readFile(user, csv('cobro.csv', sample('cobro')));
    await waitFor(() => expect(bar().getAttribute('aria-valuetext')).toBe('Starting…'));

    // Three steps on one bar: reading is the first third, and moves with the share of the file read.
    const cases: [Parameters<JobStep>, string, number][] = [
      [['reading', { done: 12_000, total: 100_000, estimated: true }], 'Reading rows: 12,000 of about 100,000', 0.12],
      [['reading', { done: 100_001, total: 100_001 }], 'Reading rows: 100,001 of 100,001', 1],
      [['checking', { done: 40_000, total: 100_000 }], 'Checking rows: 40,000 of 100,000', 1.4],
      [['planning', { done: 25_000, total: 100_000 }], 'Comparing with your ledger: 25,000 of 100,000 rows', 2.25],
    ];
    for (const [[phase, count], text, value] of cases) {
      job.step(phase, count);
      const progress = screen.getByRole('progressbar', { name: text }) as HTMLProgressElement;
      expect([progress.value, progress.max, progress.getAttribute('aria-valuetext')]).toEqual([value, 3, text]);
    }
    // Screen readers hear the step, not every count.
    expect(screen.getByRole('status').textContent).toBe('Comparing with your ledger…');
    expect(await axeViolations(harness.container)).toEqual([]);

    job.release();
    await waitFor(() => expect(count('New invoices')).toBe('6'));
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('counts in Spanish', async () => {
    const user = userEvent.setup();
    const harness = renderWorkspaceView(<ImportWizard />, { ledger: createTestLedger(NOW), locale: 'es-ES' });
    const job = holdNextJob(harness);
    await user.upload(screen.getByLabelText('Archivo para importar'), csv('cobro.csv', sample('cobro')));
    await user.click(screen.getByRole('button', { name: 'Leer el archivo' }));
    job.step('reading', { done: 12_000, total: 100_000, estimated: true });
    expect(bar().getAttribute('aria-valuetext')).toBe('Leyendo filas: 12.000 de unas 100.000');
    job.step('planning', { done: 99_999, total: 100_000 });
    expect(bar().getAttribute('aria-valuetext')).toBe('Comparando con sus datos: 99.999 de 100.000 filas');
    job.release();
    expect(await screen.findByRole('button', { name: 'Importar 6 facturas' })).toBeTruthy();
  });

  it('shows the rows saved while it writes', async () => {
    const user = userEvent.setup();
    const harness = renderWorkspaceView(<ImportWizard />, { ledger: createTestLedger(NOW) });
    await readFile(user, csv('cobro.csv', sample('cobro')));
    const job = holdNextJob(harness);
    await user.click(await screen.findByRole('button', { name: 'Import 6 invoices' }));
    job.step('writing', { done: 5, total: 11 });
    expect([bar().value, bar().max, bar().getAttribute('aria-valuetext')]).toEqual([5 / 11, 1, 'Saving… 5 of 11']);
    job.release();
    await screen.findByRole('heading', { name: 'Import finished' });
  });
});

describe('ImportWizard: one address, two names', () => {
  const HEADER = 'debtor_name,debtor_email,invoice_number,currency,amount,paid,issue_date,due_date,status';
  const FILE = `${HEADER}\nShared Mail B,ana@ejemplo.es,F-14,EUR,100.00,0,,2026-10-01,open\n`;

  it('asks, says what happens unanswered, re-plans on each answer, and writes what it showed', async () => {
    const user = userEvent.setup();
    const ledger = createTestLedger(NOW);
    await ledger.client.send('debtor-create', { name: 'Shared Mail A', emails: ['ana@ejemplo.es'] });
    const harness = renderWorkspaceView(<ImportWizard />, { ledger });
    await readFile(user, csv('shared.csv', FILE));
    const question = await screen.findByRole('group', { name: 'Two names for ana@ejemplo.es: “Shared Mail A” (in Cobro) and “Shared Mail B” (line 2)' });
    const keep = within(question).getByRole('radio', { name: 'Same customer: keep the name “Shared Mail A”' }) as HTMLInputElement;
    expect(keep.checked).toBe(true);
    expect(within(question).getByText('Until you choose, the first name is kept: the invoices of “Shared Mail B” go to “Shared Mail A”.')).toBeTruthy();
    expect(count('New debtors')).toBe('0');
    expect(await axeViolations(harness.container)).toEqual([]);

    // By keyboard: into the group, then the arrow keys move the answer.
    keep.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    const separate = within(question).getByRole('radio', { name: /^Different customers: add “Shared Mail B” without this address/ }) as HTMLInputElement;
    await waitFor(() => expect(separate.checked).toBe(true));
    await waitFor(() => expect(count('New debtors')).toBe('1'));
    expect(document.activeElement).toBe(separate);
    expect(screen.queryByText(/Until you choose/)).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Import 1 invoice' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Import finished' })).toBeTruthy());
    const debtors = await harness.ledger.db.debtors.toArray();
    expect(debtors.map((d) => [d.name, d.emails]).sort()).toEqual([
      ['Shared Mail A', ['ana@ejemplo.es']],
      ['Shared Mail B', []],
    ]);
  });

  it('lists repeated warnings once, with their lines, in Spanish', async () => {
    const user = userEvent.setup();
    const rows = [1, 2, 3].map((n) => `Ana,ana@ejemplo.es,F-${n},EUR,100.00,0,,2026-10-01,open,,castellano`);
    renderWorkspaceView(<ImportWizard />, { ledger: createTestLedger(NOW), locale: 'es' });
    await user.upload(screen.getByLabelText('Archivo para importar'), csv('ana.csv', [`${HEADER},debtor_phone,debtor_locale`, ...rows].join('\n')));
    await user.click(screen.getByRole('button', { name: 'Leer el archivo' }));
    await screen.findByText(/^3 filas/);
    const list = document.querySelector('[data-cobro="import-warnings"]')!;
    expect(list.textContent).toContain('3 filas: «castellano» no es un idioma que Cobro conozca; se omite. (líneas 2, 3 y 4)');
    expect(within(list as HTMLElement).getAllByRole('listitem')).toHaveLength(1);
  });
});

