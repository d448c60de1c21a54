// The debtor table: search, filters and order, over every debtor in the ledger. The ledger works
// out each debtor's summary ('debtor-list'); this view fetches the pages that scroll into view
// and draws only the rows on screen, so 10,000 debtors scroll as smoothly as ten.
import { useCallback, useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import type { HandlerInput } from '../../ledger/api';
import type { DebtorListPage, DebtorSortKey, DebtorSummary } from '../../ledger/handlers/debtor-list';
import { AGING_BUCKETS } from '../../collection/aging';
import { DelinquencyKind, LADDER_STEPS } from '../../ledger/schema';
import { useUi } from '../context';
import { errorText, formatAmounts, formatDay, formatMoment, latenessText, stateText, stepText } from '../format';
import { DebtorForm } from './DebtorForm';
import { debtorHref, navigate } from './routes';
import { useWorkspace } from './services';
import { usePagedRows } from './use-paged-rows';
import { VirtualRows } from './VirtualRows';

export const DEBTOR_ROW_HEIGHT = 44;
const PAGE_SIZE = 100;
const SEARCH_PAUSE_MS = 200;

type YesNo = '' | 'yes' | 'no';

export interface DebtorFilterState {
  query: string;
  step: string;
  bucket: string;
  kind: string;
  currency: string;
  paused: YesNo;
  disputed: YesNo;
  sort: DebtorSortKey;
  direction: 'asc' | 'desc';
}

export const INITIAL_FILTERS: DebtorFilterState = {
  query: '',
  step: '',
  bucket: '',
  kind: '',
  currency: '',
  paused: '',
  disputed: '',
  sort: 'severity',
  direction: 'desc',
};

/** The request for the filter state (without paging). */
export function listRequest(state: DebtorFilterState): Omit<HandlerInput<'debtor-list'>, 'offset' | 'limit'> {
  const yesNo = (value: YesNo) => (value === '' ? undefined : value === 'yes');
  const paused = yesNo(state.paused);
  const disputed = yesNo(state.disputed);
  return {
    ...(state.query.trim() ? { query: state.query.trim() } : {}),
    filters: {
      ...(state.step ? { steps: [state.step as (typeof LADDER_STEPS)[number]] } : {}),
      ...(state.bucket ? { agingBuckets: [state.bucket as (typeof AGING_BUCKETS)[number]] } : {}),
      ...(state.kind ? { kinds: [state.kind as DelinquencyKind | 'none'] } : {}),
      ...(state.currency ? { currency: state.currency } : {}),
      ...(paused === undefined ? {} : { paused }),
      ...(disputed === undefined ? {} : { disputed }),
    },
    sort: { by: state.sort, direction: state.direction },
  };
}

const COLUMNS: { key: DebtorSortKey | null; label: string }[] = [
  { key: 'name', label: 'ws.debtors.col.name' },
  { key: 'outstanding', label: 'ws.debtors.col.outstanding' },
  { key: 'daysLate', label: 'ws.debtors.col.daysLate' },
  { key: null, label: 'ws.debtors.col.step' },
  { key: 'severity', label: 'ws.debtors.col.state' },
  { key: 'nextAction', label: 'ws.debtors.col.next' },
  { key: 'lastContact', label: 'ws.debtors.col.lastContact' },
];

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export interface DebtorsViewProps {
  /** Pixels of the table's scrolling area where the window cannot be measured; otherwise the table fills the window. */
  height?: number;
}

export function DebtorsView({ height = 560 }: DebtorsViewProps) {
  const { t, locale } = useUi('DebtorsView');
  const { client, revision, changed } = useWorkspace('DebtorsView');
  const id = useId();
  const [filters, setFilters] = useState(INITIAL_FILTERS);
  const [creating, setCreating] = useState(false);
  const [currencies, setCurrencies] = useState<string[]>([]);
  const [defaults, setDefaults] = useState({ locale: 'es-ES', timeZone: 'Europe/Madrid' });
  const query = useDebounced(filters.query, SEARCH_PAUSE_MS);
  const request = useMemo(() => listRequest({ ...filters, query }), [filters, query]);
  const key = JSON.stringify([request, revision]);

  useEffect(() => {
    void client.send('settings-get', {}).then((result) => {
      if (result.ok) setDefaults({ locale: result.value.defaultLocale, timeZone: result.value.defaultTimeZone });
    });
  }, [client]);

  const fetchPage = useCallback(
    async (offset: number, limit: number) => {
      const result = await client.send('debtor-list', { ...request, offset, limit });
      if (result.ok) setCurrencies(result.value.currencies);
      return result;
    },
    [client, request],
  );
  const rows = usePagedRows<DebtorSummary>(fetchPage, key, PAGE_SIZE);

  const set = <K extends keyof DebtorFilterState>(field: K) => (value: DebtorFilterState[K]) => setFilters((current) => ({ ...current, [field]: value }));
  const sortBy = (key: DebtorSortKey) =>
    setFilters((current) => ({
      ...current,
      sort: key,
      direction: current.sort === key ? (current.direction === 'asc' ? 'desc' : 'asc') : key === 'name' ? 'asc' : 'desc',
    }));

  const yesNoOptions = [
    { value: '', label: t('ws.filter.any') },
    { value: 'yes', label: t('ws.filter.yes') },
    { value: 'no', label: t('ws.filter.no') },
  ];
  const total = rows.total;

  const renderRow = (index: number) => {
    const row = rows.row(index);
    if (!row) {
      return (
        <div role="cell" className="cobro-vcell cobro-muted">
          {t('common.loading')}
        </div>
      );
    }
    const lateness = row.outstanding.length > 0 ? latenessText(t, row.daysLate) : null;
    const owed = row.outstanding.length > 0 ? formatAmounts(row.outstanding, locale) : t('chip.owesNothing');
    const state = stateText(t, row.state, { pause: null }, locale);
    const kind = row.kind ? t(`delinquency.${row.kind}`) : null;
    const next = row.nextAction ? `${stepText(t, row.nextAction.purpose)} · ${formatDay(row.nextAction.date, locale)}` : '—';
    const contact = row.lastContactAt ? formatMoment(row.lastContactAt, locale, row.timeZone) : t('chip.neverContacted');
    return (
      <>
        <div role="cell" className="cobro-vcell cobro-vname">
          <a href={debtorHref(row.id)} data-severity={row.severity} title={row.name}>
            <span className="cobro-sev-dot" aria-hidden="true" />
            {row.name}
          </a>
          <span className="cobro-muted" title={row.emails[0]}>
            {row.emails[0] ?? t('ws.debtors.noEmail')}
          </span>
        </div>
        <Cell className="cobro-num" text={owed} />
        <Cell text={lateness ?? '—'} />
        <Cell text={row.ladderStep ? stepText(t, row.ladderStep) : '—'} />
        <Cell text={kind ? `${state} · ${kind}` : state}>
          {state}
          {kind ? <span className="cobro-muted"> · {kind}</span> : null}
        </Cell>
        <Cell text={next} />
        <Cell text={contact} />
      </>
    );
  };

  return (
    <section aria-labelledby={`${id}-title`} className="cobro-view">
      <div className="cobro-view-head">
        <h2 id={`${id}-title`} tabIndex={-1} data-view-title>
          {t('workspace.debtors')}
        </h2>
        <button type="button" className="cobro-primary" onClick={() => setCreating(true)}>
          {t('ws.debtors.new')}
        </button>
      </div>
      <div className="cobro-filters" role="search">
        <div className="cobro-field cobro-filter-query">
          <label htmlFor={`${id}-query`}>{t('ws.debtors.search')}</label>
          <input id={`${id}-query`} type="search" value={filters.query} placeholder={t('popup.searchPlaceholder')} onChange={(event) => set('query')(event.target.value)} />
        </div>
        <FilterSelect label={t('picker.filterStep')} value={filters.step} onChange={set('step')} options={[{ value: '', label: t('ws.filter.any') }, ...LADDER_STEPS.map((step) => ({ value: step, label: stepText(t, step) }))]} />
        <FilterSelect label={t('ws.aging')} value={filters.bucket} onChange={set('bucket')} options={[{ value: '', label: t('ws.filter.any') }, ...AGING_BUCKETS.map((bucket) => ({ value: bucket, label: t(`aging.${bucket}`) }))]} />
        <FilterSelect
          label={t('card.delinquency')}
          value={filters.kind}
          onChange={set('kind')}
          options={[
            { value: '', label: t('ws.filter.any') },
            ...DelinquencyKind.options.map((kind) => ({ value: kind, label: t(`delinquency.${kind}`) })),
            { value: 'none', label: t('ws.filter.notClassified') },
          ]}
        />
        <FilterSelect label={t('common.currency')} value={filters.currency} onChange={set('currency')} options={[{ value: '', label: t('ws.filter.any') }, ...currencies.map((code) => ({ value: code, label: code }))]} />
        <FilterSelect label={t('state.debtor.paused')} value={filters.paused} onChange={(value) => set('paused')(value as YesNo)} options={yesNoOptions} />
        <FilterSelect label={t('state.debtor.disputed')} value={filters.disputed} onChange={(value) => set('disputed')(value as YesNo)} options={yesNoOptions} />
        <div className="cobro-filter-reset">
          <button type="button" onClick={() => setFilters(INITIAL_FILTERS)}>
            {t('ws.filter.reset')}
          </button>
        </div>
      </div>
      <p className="cobro-muted" role="status" aria-live="polite">
        {total === null ? t('common.loading') : t('ws.debtors.count', { count: total })}
      </p>
      {rows.error ? (
        <p className="cobro-form-error" role="alert">
          {errorText(t, rows.error)}
        </p>
      ) : null}
      <div role="table" aria-label={t('workspace.debtors')} aria-rowcount={(total ?? 0) + 1} aria-busy={rows.stale || undefined} className="cobro-vtable" data-cobro="debtor-table">
        <div role="rowgroup" className="cobro-vhead">
          <div role="row" aria-rowindex={1} className="cobro-vrow">
            {COLUMNS.map((column) => {
              const sorted = column.key !== null && filters.sort === column.key;
              return (
                <div
                  key={column.label}
                  role="columnheader"
                  className="cobro-vcell"
                  aria-sort={sorted ? (filters.direction === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  {column.key === null ? (
                    t(column.label as 'ws.debtors.col.step')
                  ) : (
                    <button type="button" className="cobro-sort" onClick={() => sortBy(column.key!)}>
                      {t(column.label as 'ws.debtors.col.name')}
                      <span aria-hidden="true">{sorted ? (filters.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                    </button>
                  )}
                </div>
              );
            })}
          </div>
        </div>
        {total === 0 ? (
          <div role="rowgroup">
            <div role="row" aria-rowindex={2}>
              <div role="cell" className="cobro-empty">
                {t('ws.debtors.none')}
              </div>
            </div>
          </div>
        ) : (
          <VirtualRows count={total ?? 0} rowHeight={DEBTOR_ROW_HEIGHT} height={height} fill renderRow={renderRow} onRangeChange={rows.want} label={t('ws.debtors.rows')} />
        )}
      </div>
      {creating ? (
        <DebtorForm
          defaults={defaults}
          onCancel={() => setCreating(false)}
          onSubmit={async (fields) => {
            const result = await client.send('debtor-create', fields);
            if (result.ok) {
              setCreating(false);
              changed({ all: false, debtorIds: [result.value.debtor.id] });
              navigate({ section: 'debtors', debtorId: result.value.debtor.id });
            }
            return result;
          }}
        />
      ) : null}
    </section>
  );
}

/**
 * A cell of up to two lines (the row's height); whatever still does not fit ends in "…". The whole
 * text is in the title (shown on hover) and in the DOM, so a screen reader reads it all.
 */
function Cell({ text, className, children }: { text: string; className?: string; children?: ReactNode }) {
  return (
    <div role="cell" className={className ? `cobro-vcell cobro-vtext ${className}` : 'cobro-vcell cobro-vtext'} title={text}>
      <span className="cobro-vclamp">{children ?? text}</span>
    </div>
  );
}

interface FilterSelectProps {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange(value: string): void;
}

function FilterSelect({ label, value, options, onChange }: FilterSelectProps) {
  const id = useId();
  return (
    <div className="cobro-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export type { DebtorListPage };
