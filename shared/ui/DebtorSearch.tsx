// Finding a debtor by name, address or invoice: a labelled search box whose results follow the
// typing 150 ms after it pauses. A timer exists only between a keystroke and its search, and
// an answer that arrives after a newer query was typed is dropped.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { HandlerOutput } from '../ledger/api';
import type { Debtor } from '../ledger/schema';
import { useUi } from './context';
import { formatAmounts, latenessText } from './format';
import { moveFocusInList } from './list-keys';

export type DebtorSearchHits = HandlerOutput<'debtor-search'>;

export interface DebtorSearchProps {
  onSearch(query: string): Promise<DebtorSearchHits>;
  onPick(debtor: Debtor): void;
}

export const SEARCH_DEBOUNCE_MS = 150;

type SearchState =
  | { phase: 'idle' }
  | { phase: 'done'; query: string; hits: DebtorSearchHits }
  | { phase: 'failed' };

export function DebtorSearch({ onSearch, onPick }: DebtorSearchProps) {
  const { t, locale } = useUi('DebtorSearch');
  const inputId = useId();
  const resultsId = useId();
  const [query, setQuery] = useState('');
  const [state, setState] = useState<SearchState>({ phase: 'idle' });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(0);
  const listRef = useRef<HTMLUListElement>(null);
  const onSearchRef = useRef(onSearch);
  onSearchRef.current = onSearch;

  const cancelTimer = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  };
  useEffect(() => cancelTimer, []);

  const search = async (text: string, ticket: number) => {
    try {
      const hits = await onSearchRef.current(text);
      if (ticket === latest.current) setState({ phase: 'done', query: text, hits });
    } catch {
      if (ticket === latest.current) setState({ phase: 'failed' });
    }
  };

  const change = (text: string) => {
    setQuery(text);
    cancelTimer();
    const ticket = ++latest.current;
    const trimmed = text.trim();
    if (trimmed === '') {
      setState({ phase: 'idle' });
      return;
    }
    timer.current = setTimeout(() => {
      timer.current = null;
      void search(trimmed, ticket);
    }, SEARCH_DEBOUNCE_MS);
  };

  const buttons = () => [...(listRef.current?.querySelectorAll<HTMLElement>('button') ?? [])];
  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      const first = buttons()[0];
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  };

  const hits = state.phase === 'done' ? state.hits : [];
  return (
    <div className="cobro cobro-search" role="search">
      <label htmlFor={inputId}>{t('popup.search')}</label>
      <input
        id={inputId}
        type="search"
        value={query}
        placeholder={t('popup.searchPlaceholder')}
        autoComplete="off"
        aria-controls={resultsId}
        onChange={(event) => change(event.target.value)}
        onKeyDown={onInputKeyDown}
      />
      <p className="cobro-visually-hidden" role="status">
        {state.phase === 'done' ? t('search.resultCount', { count: hits.length }) : ''}
      </p>
      <div id={resultsId}>
        {state.phase === 'failed' ? <p className="cobro-form-error">{t('common.somethingWentWrong')}</p> : null}
        {state.phase === 'done' && hits.length === 0 ? <p className="cobro-muted">{t('popup.noResults')}</p> : null}
        {hits.length > 0 ? (
          <ul ref={listRef} className="cobro-list" aria-label={t('search.results')} onKeyDown={(event) => moveFocusInList(event, buttons())}>
            {hits.map((hit) => (
              <li key={hit.debtor.id}>
                <button
                  type="button"
                  className="cobro-row-button"
                  data-debtor-id={hit.debtor.id}
                  data-severity={hit.severity}
                  onClick={() => onPick(hit.debtor)}
                >
                  <span className="cobro-row-main">
                    <span className="cobro-row-name">{hit.debtor.name}</span>
                    <span className="cobro-row-amount">
                      {hit.outstanding.length > 0 ? formatAmounts(hit.outstanding, locale) : t('chip.owesNothing')}
                    </span>
                  </span>
                  <span className="cobro-row-detail">
                    {[hit.debtor.emails[0] ?? null, latenessText(t, hit.daysLate)].filter(Boolean).join(' · ')}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
