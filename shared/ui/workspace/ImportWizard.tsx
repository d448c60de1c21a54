// Importing another tool's export, step by step: pick the file; Cobro recognises the format (or
// asks which column holds what); asks whether 05/11 is day-first or month-first, and which
// currency a bare "$" is, when the file cannot tell; shows what will be created, updated and left out (each left-out row with its
// line and reason) and which invoices a newer receivables report implies were paid; then
// writes it all in one transaction. Reading and planning run in the worker, with a progress bar
// that counts the rows read, checked, planned and written.
import { useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { HandlerError } from '../../ledger/api';
import type { ImportApplied, PreviewInvoice, PreviewSkip } from '../../ledger/handlers/import';
import { guessMapping, MAPPING_FIELDS } from '../../import/guess-mapping';
import { IMPORT_FORMATS, type ColumnMapping, type DateOrder, type ImportFormat } from '../../import/types';
import { formatMoney } from '../../money';
import { useUi } from '../context';
import { errorText, formatDay } from '../format';
import type { NameAnswer, NameChoice, NameConflict } from '../../import/plan';
import { ImportHeaderChoice } from './ImportHeaderChoice';
import { ImportCurrencyQuestion } from './ImportCurrencyQuestion';
import { failureText, linesText, planWarningText, rowReasonText, warningTexts } from './import-reasons';
import { ImportNameChoice } from './ImportNameChoice';
import { ImportTermsNotice } from './ImportTermsNotice';
import { ImportSheetNote } from './ImportSheetNote';
import { JobProgress } from './JobProgress';
import { routeHref } from './routes';
import { useWorkspace } from './services';
import { VirtualRows } from './VirtualRows';
import type { JobCount, JobStep } from './worker/client';
import type { ImportRead, ImportReadOptions, JobPhase } from './worker/protocol';

type Ready = Extract<ImportRead, { stage: 'ready' }>;
type Failed = Extract<ImportRead, { stage: 'failed' }>;

type Step =
  | { kind: 'pick' }
  | { kind: 'working'; phases: readonly JobPhase[]; phase: JobPhase | null; count?: JobCount | undefined }
  | { kind: 'failed'; read: Failed }
  | { kind: 'date-order'; suggested: DateOrder | null }
  | { kind: 'dollar-currency'; suggested: string | null }
  | { kind: 'preview'; read: Ready }
  | { kind: 'done'; applied: ImportApplied; fileName: string };

/** Reading a file: split it into rows, check each row's cells, plan the rows against the ledger. */
const READ_PHASES: readonly JobPhase[] = ['reading', 'checking', 'planning'];
/** Text exports and .xlsx; the worker tells them apart by their bytes, so this only guides the file picker. */
const IMPORT_ACCEPT = [
  '.csv', '.tsv', '.txt', '.xlsx',
  'text/csv', 'text/tab-separated-values', 'text/plain',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
].join(',');

export function ImportWizard() {
  const { t, locale } = useUi('ImportWizard');
  const { jobs, changed } = useWorkspace('ImportWizard');
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<'' | ImportFormat>('');
  const [options, setOptions] = useState<ImportReadOptions>({});
  const [mapping, setMapping] = useState<Partial<ColumnMapping>>({});
  const [dateOrder, setDateOrder] = useState<DateOrder>('dmy');
  const [acceptPaid, setAcceptPaid] = useState(false);
  const [step, setStep] = useState<Step>({ kind: 'pick' });
  const [error, setError] = useState<HandlerError | null>(null);
  // Answers to the name questions: the latest one asked is the one shown (earlier replies are dropped).
  const [replanning, setReplanning] = useState(false);
  const replanSeq = useRef(0);

  const onStep: JobStep = (phase, count) => setStep((current) => (current.kind === 'working' ? { ...current, phase, count } : current));

  const read = async (chosen: File, readOptions: ImportReadOptions) => {
    setError(null);
    setOptions(readOptions);
    setStep({ kind: 'working', phases: READ_PHASES, phase: null });
    const result = await jobs.run({ kind: 'import-read', file: chosen, fileName: chosen.name, options: readOptions }, onStep);
    if (!result.ok) {
      setError(result.error);
      setStep({ kind: 'pick' });
      return;
    }
    const value = result.value;
    if (value.stage === 'failed') {
      const { headers, headerLine } = value.detected;
      const samples = (value.failure.sampleRows ?? []).filter((row) => row.line > headerLine).map((row) => row.cells);
      // Choices naming a column this header row lacks (another header row was chosen) give way to the guess.
      setMapping((current) => {
        const kept = Object.fromEntries(Object.entries(current).filter(([, header]) => headers.includes(header)));
        return { ...guessMapping(headers, samples), ...kept };
      });
      setStep({ kind: 'failed', read: value });
    } else if (value.stage === 'needs-date-order') {
      setDateOrder(value.suggestedDateOrder ?? (locale.toLowerCase().startsWith('en-us') ? 'mdy' : 'dmy'));
      setStep({ kind: 'date-order', suggested: value.suggestedDateOrder });
    } else if (value.stage === 'needs-dollar-currency') {
      setStep({ kind: 'dollar-currency', suggested: value.suggestedDollarCurrency });
    } else {
      setAcceptPaid(false);
      setStep({ kind: 'preview', read: value });
    }
  };

  const start = (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setError({ code: 'invalid-input', message: '' });
      return;
    }
    void read(file, format ? { format } : {});
  };

  const apply = async (ready: Ready) => {
    setError(null);
    setStep({ kind: 'working', phases: ['writing'], phase: null });
    const result = await jobs.run({ kind: 'import-apply', token: ready.token, acceptProposedPaid: acceptPaid }, onStep);
    if (!result.ok) {
      setError(result.error);
      setStep({ kind: 'preview', read: ready });
      return;
    }
    changed({ all: true, debtorIds: [] });
    setStep({ kind: 'done', applied: result.value, fileName: file?.name ?? '' });
  };

  const chooseName = async (ready: Ready, conflict: NameConflict, choice: NameChoice) => {
    const nameChoices: NameAnswer[] = [
      ...ready.nameChoices.filter((answer) => !(answer.address === conflict.address && answer.name === conflict.other.name)),
      { address: conflict.address, name: conflict.other.name, choice },
    ];
    const seq = ++replanSeq.current;
    setError(null);
    setReplanning(true);
    // The answer shows at once; the counts follow when the worker has planned it (Import waits for them).
    const shown = (read: Ready): Ready => ({
      ...read,
      plan: {
        ...read.plan,
        nameConflicts: read.plan.nameConflicts.map((c) => (c.address === conflict.address && c.other.name === conflict.other.name ? { ...c, choice, answered: true } : c)),
      },
    });
    setStep((current) => (current.kind === 'preview' && current.read.token === ready.token ? { kind: 'preview', read: shown(current.read) } : current));
    const result = await jobs.run({ kind: 'import-names', token: ready.token, nameChoices });
    if (seq !== replanSeq.current) return;
    setReplanning(false);
    if (!result.ok) {
      setError(result.error);
      setStep((current) => (current.kind === 'preview' && current.read.token === ready.token ? { kind: 'preview', read: ready } : current));
    } else setStep((current) => (current.kind === 'preview' && current.read.token === ready.token ? { kind: 'preview', read: { ...current.read, nameChoices, plan: result.value } } : current));
  };

  const restart = () => {
    replanSeq.current++;
    setReplanning(false);
    setFile(null);
    setFormat('');
    setMapping({});
    setOptions({});
    setError(null);
    setStep({ kind: 'pick' });
    if (fileInput.current) fileInput.current.value = '';
  };

  const errorBox = error ? (
    <p role="alert" className="cobro-form-error">
      {error.message === '' && error.code === 'invalid-input' ? t('ws.import.chooseFile') : errorText(t, error)}
      {error.code === 'conflict' ? ` ${t('ws.import.changedSincePreview')}` : ''}
    </p>
  ) : null;

  return (
    <section className="cobro-view" aria-labelledby={`${id}-title`} data-cobro="import-wizard">
      <h2 id={`${id}-title`} tabIndex={-1} data-view-title>
        {t('workspace.import')}
      </h2>
      {errorBox}

      {step.kind === 'pick' ? (
        <form onSubmit={start} className="cobro-panel" noValidate>
          <p>{t('ws.import.intro')}</p>
          <div className="cobro-field">
            <label htmlFor={`${id}-file`}>{t('ws.import.file')}</label>
            <input id={`${id}-file`} ref={fileInput} type="file" accept={IMPORT_ACCEPT} aria-describedby={`${id}-file-hint`} onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
            <p id={`${id}-file-hint`} className="cobro-field-hint">
              {t('ws.import.fileHint')}
            </p>
          </div>
          <div className="cobro-field">
            <label htmlFor={`${id}-format`}>{t('ws.import.format')}</label>
            <select id={`${id}-format`} value={format} onChange={(event) => setFormat(event.target.value as ImportFormat | '')}>
              <option value="">{t('ws.import.detect')}</option>
              {IMPORT_FORMATS.filter((value) => value !== 'mapped').map((value) => (
                <option key={value} value={value}>
                  {t(`ws.import.formatName.${value}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="cobro-buttons">
            <button type="submit" className="cobro-primary">
              {t('ws.import.read')}
            </button>
          </div>
        </form>
      ) : null}

      {step.kind === 'working' ? <JobProgress phases={step.phases} current={step.phase} count={step.count} /> : null}

      {step.kind === 'failed' ? (
        <FailedStep
          read={step.read}
          fileName={file?.name ?? ''}
          mapping={mapping}
          onMapping={setMapping}
          onRetry={() => file && void read(file, { ...options, format: 'mapped', mapping: mapping as ColumnMapping })}
          onHeaderLine={(headerLine) => file && void read(file, { ...(format ? { format } : {}), headerLine })}
          onRestart={restart}
        />
      ) : null}

      {step.kind === 'date-order' ? (
        <form
          className="cobro-panel"
          onSubmit={(event) => {
            event.preventDefault();
            if (file) void read(file, { ...options, dateOrder });
          }}
        >
          <fieldset>
            <legend>{t('ws.import.dateOrderQuestion')}</legend>
            <label className="cobro-check">
              <input type="radio" name={`${id}-order`} checked={dateOrder === 'dmy'} onChange={() => setDateOrder('dmy')} />
              {t('ws.import.dmy')}
            </label>
            <label className="cobro-check">
              <input type="radio" name={`${id}-order`} checked={dateOrder === 'mdy'} onChange={() => setDateOrder('mdy')} />
              {t('ws.import.mdy')}
            </label>
          </fieldset>
          <div className="cobro-buttons">
            <button type="submit" className="cobro-primary">
              {t('ws.import.continue')}
            </button>
            <button type="button" onClick={restart}>
              {t('ws.import.another')}
            </button>
          </div>
        </form>
      ) : null}

      {step.kind === 'dollar-currency' ? (
        <ImportCurrencyQuestion
          suggested={step.suggested}
          onAnswer={(dollarCurrency) => file && void read(file, { ...options, dollarCurrency })}
          onRestart={restart}
        />
      ) : null}

      {step.kind === 'preview' ? (
        <PreviewStep
          read={step.read}
          acceptPaid={acceptPaid}
          onAcceptPaid={setAcceptPaid}
          replanning={replanning}
          onNameChoice={(conflict, choice) => void chooseName(step.read, conflict, choice)}
          onApply={() => void apply(step.read)}
          onReread={(more) => file && void read(file, { ...options, ...more })}
          onRestart={restart}
        />
      ) : null}

      {step.kind === 'done' ? (
        <div className="cobro-panel" role="status">
          <h3>{step.applied.unchanged ? t('ws.import.nothingChanged') : t('ws.import.done')}</h3>
          <p>
            {t('ws.import.doneSummary', {
              created: step.applied.summary.invoicesToCreate,
              updated: step.applied.summary.invoicesToUpdate,
              debtors: step.applied.summary.debtorsToCreate,
              paid: step.applied.proposedPaidWritten,
            })}
          </p>
          <div className="cobro-buttons">
            <a href={routeHref({ section: 'debtors', debtorId: null })}>{t('ws.import.seeDebtors')}</a>
            <button type="button" onClick={restart}>
              {t('ws.import.another')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}

function FailedStep(props: {
  read: Failed;
  fileName: string;
  mapping: Partial<ColumnMapping>;
  onMapping(mapping: Partial<ColumnMapping>): void;
  onRetry(): void;
  onHeaderLine(line: number): void;
  onRestart(): void;
}) {
  const { t, locale } = useUi('ImportWizard');
  const id = useId();
  const { failure, detected } = props.read;
  const text = failureText(t, locale, failure, props.fileName);
  const canMap = (failure.code === 'mapping-required' || failure.code === 'missing-column' || failure.code === 'bad-mapping') && detected.headers.length > 0;
  const missingRequired = MAPPING_FIELDS.some(({ field, required }) => required && !props.mapping[field]);
  return (
    <div className="cobro-panel">
      <ImportSheetNote sheet={props.read.sheet} />
      <div role="alert" className="cobro-notice" data-cobro="import-failure">
        <p className="cobro-reason-headline">{text.headline}</p>
        <p>{text.fix}</p>
      </div>
      {failure.sampleRows && failure.sampleRows.length > 1 ? <ImportHeaderChoice key={detected.headerLine} rows={failure.sampleRows} current={detected.headerLine} onChoose={props.onHeaderLine} /> : null}
      {canMap ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!missingRequired) props.onRetry();
          }}
        >
          <fieldset>
            <legend>{t('ws.import.mapColumns')}</legend>
            <div className="cobro-row">
              {MAPPING_FIELDS.map(({ field, required }) => (
                <div className="cobro-field" key={field}>
                  <label htmlFor={`${id}-${field}`}>
                    {t(`ws.import.field.${field}`)}
                    {required ? ` (${t('common.required').toLowerCase()})` : ''}
                  </label>
                  <select
                    id={`${id}-${field}`}
                    value={props.mapping[field] ?? ''}
                    onChange={(event) => {
                      const next = { ...props.mapping };
                      if (event.target.value === '') delete next[field];
                      else next[field] = event.target.value;
                      props.onMapping(next);
                    }}
                  >
                    <option value="">{t('ws.import.noColumn')}</option>
                    {detected.headers
                      .filter((header) => header.trim() !== '')
                      .map((header) => (
                        <option key={header} value={header}>
                          {header}
                        </option>
                      ))}
                  </select>
                </div>
              ))}
            </div>
          </fieldset>
          {missingRequired ? <p className="cobro-field-hint">{t('ws.import.mapRequired')}</p> : null}
          <div className="cobro-buttons">
            <button type="submit" className="cobro-primary" disabled={missingRequired}>
              {t('ws.import.readMapped')}
            </button>
            <button type="button" onClick={props.onRestart}>
              {t('ws.import.another')}
            </button>
          </div>
        </form>
      ) : (
        <div className="cobro-buttons">
          <button type="button" onClick={props.onRestart}>
            {t('ws.import.another')}
          </button>
        </div>
      )}
    </div>
  );
}

function PreviewStep(props: {
  read: Ready;
  acceptPaid: boolean;
  onAcceptPaid(value: boolean): void;
  replanning: boolean;
  onNameChoice(conflict: NameConflict, choice: NameChoice): void;
  onApply(): void;
  onReread(options: { headerLine?: number; defaultTermsDays?: number }): void;
  onRestart(): void;
}) {
  const { t, locale } = useUi('ImportWizard');
  const id = useId();
  const { plan, warnings, format } = props.read;
  const summary = plan.summary;
  const writes = summary.invoicesToCreate + summary.invoicesToUpdate + summary.debtorsToCreate + summary.debtorsToUpdate + (props.acceptPaid ? summary.invoicesProposedPaid : 0);
  const counts: [string, number][] = [
    ['ws.import.count.rows', summary.rows],
    ['ws.import.count.debtorsToCreate', summary.debtorsToCreate],
    ['ws.import.count.debtorsToUpdate', summary.debtorsToUpdate],
    ['ws.import.count.invoicesToCreate', summary.invoicesToCreate],
    ['ws.import.count.invoicesToUpdate', summary.invoicesToUpdate],
    ['ws.import.count.unchanged', summary.unchanged],
    ['ws.import.count.skipped', summary.skipped],
    ['ws.import.count.proposedPaid', summary.invoicesProposedPaid],
  ];
  return (
    <div className="cobro-panel" data-cobro="import-preview">
      <h3>{t('ws.import.previewTitle', { format: t(`ws.import.formatName.${format}`) })}</h3>
      <ImportSheetNote sheet={props.read.sheet} />
      <dl className="cobro-counts">
        {counts.map(([key, value]) => (
          <div key={key} data-count={key.slice('ws.import.count.'.length)}>
            <dt>{t(key as 'ws.import.count.rows')}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <ImportTermsNotice key={props.read.defaultTermsDays} count={props.read.dueFromDefaultTerms} days={props.read.defaultTermsDays} onDays={(defaultTermsDays) => props.onReread({ defaultTermsDays })} />
      {props.read.sampleRows.length > 0 ? (
        <LazyDetails summary={t('ws.import.headerRowChosen', { line: props.read.headerLine })}>
          {() => <ImportHeaderChoice rows={props.read.sampleRows} current={props.read.headerLine} onChoose={(headerLine) => props.onReread({ headerLine })} />}
        </LazyDetails>
      ) : null}
      {plan.withoutAddress.length > 0 ? <p className="cobro-notice">{t('ws.import.withoutAddress', { count: plan.withoutAddress.length, names: plan.withoutAddress.slice(0, 5).join(', ') })}</p> : null}
      {warnings.length > 0 || plan.warnings.length > 0 ? (
        <ul className="cobro-plain-list" data-cobro="import-warnings">
          {warningTexts(t, locale, warnings).map((warning) => (
            <li key={warning.key} className="cobro-notice">
              {warning.text}
              {warning.lines.length > 0 ? <span className="cobro-muted"> ({linesText(t, locale, warning.lines)})</span> : null}
            </li>
          ))}
          {plan.warnings.slice(0, PLAN_WARNINGS_SHOWN).map((warning) => (
            <li key={warning.invoiceId} className="cobro-notice">
              {planWarningText(t, locale, warning)} <span className="cobro-muted">({t('ws.import.line', { line: warning.line })})</span>
            </li>
          ))}
          {summary.warnings > PLAN_WARNINGS_SHOWN ? <li className="cobro-notice">{t('ws.import.planWarningsMore', { count: summary.warnings - PLAN_WARNINGS_SHOWN })}</li> : null}
        </ul>
      ) : null}
      <ImportNameChoice conflicts={plan.nameConflicts} busy={props.replanning} onChoose={props.onNameChoice} />

      <InvoiceList title={t('ws.import.toCreate')} items={plan.invoicesToCreate} total={summary.invoicesToCreate} />
      <InvoiceList title={t('ws.import.toUpdate')} items={plan.invoicesToUpdate} total={summary.invoicesToUpdate} />
      {plan.debtorsToCreate.length > 0 ? (
        <LazyDetails summary={t('ws.import.newDebtors', { count: summary.debtorsToCreate })}>
          {() => (
            <ul className="cobro-plain-list">
              {plan.debtorsToCreate.map((debtor) => (
                <li key={debtor.debtorId}>
                  {debtor.name} <span className="cobro-muted">{debtor.emails.join(', ') || t('ws.debtors.noEmail')}</span>
                </li>
              ))}
            </ul>
          )}
        </LazyDetails>
      ) : null}
      <SkippedList items={plan.skipped} total={summary.skipped} headingId={`${id}-skipped`} />

      {plan.invoicesProposedPaid.length > 0 ? (
        <section aria-labelledby={`${id}-paid`} className="cobro-proposed">
          <h4 id={`${id}-paid`}>{t('ws.import.proposedTitle', { count: plan.invoicesProposedPaid.length })}</h4>
          <p>{t('ws.import.proposedHint')}</p>
          <InvoiceTable items={plan.invoicesProposedPaid} />
          <label className="cobro-check">
            <input type="checkbox" checked={props.acceptPaid} onChange={(event) => props.onAcceptPaid(event.target.checked)} />
            {t('ws.import.acceptPaid', { count: plan.invoicesProposedPaid.length })}
          </label>
        </section>
      ) : null}

      <div className="cobro-buttons">
        <button type="button" className="cobro-primary" onClick={props.onApply} disabled={writes === 0 || props.replanning}>
          {writes === 0 ? t(summary.unchanged === 0 ? 'ws.import.nothingImportable' : 'ws.import.nothingToDo') : t('ws.import.apply', { count: summary.invoicesToCreate + summary.invoicesToUpdate })}
        </button>
        <button type="button" onClick={props.onRestart}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}

function InvoiceTable({ items }: { items: PreviewInvoice[] }) {
  const { t, locale } = useUi('ImportWizard');
  return (
    <div className="cobro-table-wrap" role="group" tabIndex={0} aria-label={t('card.invoices')}>
      <table className="cobro-table">
        <thead>
          <tr>
            <th scope="col">{t('ws.debtors.col.name')}</th>
            <th scope="col">{t('card.invoice.number')}</th>
            <th scope="col">{t('card.invoice.due')}</th>
            <th scope="col" className="cobro-num">
              {t('card.invoice.amount')}
            </th>
            <th scope="col" className="cobro-num">
              {t('card.invoice.paid')}
            </th>
            <th scope="col">{t('card.invoice.status')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.invoiceId}>
              <td>{item.debtorName}</td>
              <td>{item.number}</td>
              <td>{formatDay(item.dueDate, locale)}</td>
              <td className="cobro-num">{formatMoney({ currency: item.currency, amount: item.amount }, locale)}</td>
              <td className="cobro-num">{formatMoney({ currency: item.currency, amount: item.paid }, locale)}</td>
              <td>{t(`state.invoice.${item.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A disclosure whose content is drawn once opened: hundreds of rows nobody asked to see would only slow the preview. */
function LazyDetails({ summary, children }: { summary: ReactNode; children: () => ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {open ? children() : null}
    </details>
  );
}

function InvoiceList({ title, items, total }: { title: string; items: PreviewInvoice[]; total: number }) {
  const { t } = useUi('ImportWizard');
  if (total === 0) return null;
  return (
    <LazyDetails summary={`${title} (${total})`}>
      {() => (
        <>
          <InvoiceTable items={items} />
          {total > items.length ? <p className="cobro-muted">{t('ws.import.firstOf', { shown: items.length, total })}</p> : null}
        </>
      )}
    </LazyDetails>
  );
}

/** Invoices whose total or payments the import changes, listed one by one; the rest are counted. */
const PLAN_WARNINGS_SHOWN = 10;

// Two lines: the headline, then the cause and its fix.
const SKIP_ROW_HEIGHT = 52;

function SkippedList({ items, total, headingId }: { items: PreviewSkip[]; total: number; headingId: string }) {
  const { t, locale } = useUi('ImportWizard');
  // Exports repeat one reason on many lines (every draft, every line of a bad invoice): said once, with how many.
  const repeated = useMemo(() => {
    const counts = new Map<string, number>();
    for (const skip of items) {
      const headline = rowReasonText(t, locale, skip.reason).headline;
      counts.set(headline, (counts.get(headline) ?? 0) + 1);
    }
    return [...counts].filter(([, count]) => count > 1).sort((a, b) => b[1] - a[1]).slice(0, 5);
  }, [items, t, locale]);
  if (total === 0) return null;
  return (
    <section aria-labelledby={headingId} className="cobro-skipped" data-cobro="import-skipped">
      <h4 id={headingId}>{t('ws.import.skippedTitle', { count: total })}</h4>
      {repeated.length > 0 ? (
        <ul className="cobro-plain-list" data-cobro="import-skipped-reasons">
          {repeated.map(([headline, count]) => (
            <li key={headline}>{t('ws.import.skippedGroup', { count, reason: headline })}</li>
          ))}
        </ul>
      ) : null}
      <div role="table" aria-labelledby={headingId} aria-rowcount={items.length + 1} className="cobro-vtable cobro-skip-table">
        <div role="rowgroup" className="cobro-vhead">
          <div role="row" aria-rowindex={1} className="cobro-vrow">
            <div role="columnheader" className="cobro-vcell">
              {t('ws.import.lineHeader')}
            </div>
            <div role="columnheader" className="cobro-vcell">
              {t('common.reason')}
            </div>
          </div>
        </div>
        <VirtualRows
          count={items.length}
          rowHeight={SKIP_ROW_HEIGHT}
          height={Math.min(items.length, 8) * SKIP_ROW_HEIGHT}
          label={t('ws.import.skippedTitle', { count: total })}
          focusableBody
          renderRow={(index) => {
            const skip = items[index]!;
            const text = rowReasonText(t, locale, skip.reason);
            return (
              <>
                <div role="cell" className="cobro-vcell">
                  {skip.line}
                </div>
                <div role="cell" className="cobro-vcell cobro-reason-cell" data-may-clip title={`${text.headline} ${text.fix}`}>
                  <strong>{text.headline}</strong> {text.fix}
                </div>
              </>
            );
          }}
        />
      </div>
      {total > items.length ? <p className="cobro-muted">{t('ws.import.firstOf', { shown: items.length, total })}</p> : null}
    </section>
  );
}
