// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Debtor } from '../ledger/schema';
import { must } from '../ledger/test-ledger';
import { DebtorSearch, SEARCH_DEBOUNCE_MS, type DebtorSearchHits } from './DebtorSearch';
import { axeViolations, HOSTILE, renderUi, talleresRuiz, textOf } from './test-support';

let hits: DebtorSearchHits;

beforeEach(async () => {
  const scenario = await talleresRuiz();
  must(await scenario.ledger.client.send('debtor-create', { name: `Talleres ${HOSTILE}`, emails: ['otro@talleres.example'] }));
  hits = must(await scenario.ledger.client.send('debtor-search', { query: 'talleres', limit: 20 }));
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function renderSearch(onSearch: (query: string) => Promise<DebtorSearchHits>, locale = 'en') {
  const onPick = vi.fn<(debtor: Debtor) => void>();
  const search = vi.fn(onSearch);
  const view = renderUi(<DebtorSearch onSearch={search} onPick={onPick} />, locale);
  return { ...view, onPick, search };
}

// Keystrokes as change events: user-event waits on real timers between steps, and these tests
// run the debounce on fake ones.
function typeInto(input: HTMLElement, text: string) {
  for (let end = 1; end <= text.length; end++) {
    fireEvent.change(input, { target: { value: (input as HTMLInputElement).value + text.slice(end - 1, end) } });
  }
}

const settle = () => act(async () => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS));

describe('DebtorSearch', () => {
  it.each([
    ['en', 'Search', '2 matches'],
    ['es-ES', 'Buscar', '2 resultados'],
  ])('searches once the typing pauses, and leaves no timer behind (%s)', async (locale, label, announced) => {
    const { search } = renderSearch(async () => hits, locale);
    expect(vi.getTimerCount()).toBe(0);
    const input = screen.getByLabelText(label);
    typeInto(input, 'tal');
    expect(search).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(1);
    await settle();
    expect(search).toHaveBeenCalledExactlyOnceWith('tal');
    expect(vi.getTimerCount()).toBe(0);
    expect(screen.getAllByRole('button').map((button) => textOf(button.querySelector('.cobro-row-name')))).toEqual([`Talleres ${HOSTILE}`, 'Talleres Ruiz']);
    expect(screen.getByRole('status').textContent).toBe(announced);
  });

  it('shows what each debtor owes and how late, and hostile names as text', async () => {
    const { container } = renderSearch(async () => hits);
    typeInto(screen.getByLabelText('Search'), 'ta');
    await settle();
    const [hostile, ruiz] = screen.getAllByRole('button');
    expect(textOf(ruiz!.querySelector('.cobro-row-amount'))).toBe('€2,220.00');
    expect(textOf(ruiz!.querySelector('.cobro-row-detail'))).toBe('pagos@talleres-ruiz.example · 83 days late');
    expect(textOf(hostile!.querySelector('.cobro-row-amount'))).toBe('Nothing owed');
    expect(hostile!.querySelector('.cobro-row-name')?.textContent).toBe(`Talleres ${HOSTILE}`);
    expect(container.querySelector('img')).toBeNull();
  });

  it('drops an answer that arrives after a newer query was typed', async () => {
    const answers = new Map<string, (value: DebtorSearchHits) => void>();
    const { search } = renderSearch((query) => new Promise((resolve) => answers.set(query, resolve)));
    const input = screen.getByLabelText('Search');
    typeInto(input, 'ta');
    await settle();
    typeInto(input, 'x');
    await settle();
    expect(search.mock.calls.map(([query]) => query)).toEqual(['ta', 'tax']);
    await act(async () => answers.get('tax')?.([]));
    await act(async () => answers.get('ta')?.(hits));
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.getByText('No matches.')).toBeTruthy();
  });

  it('clears the results without searching when the box is emptied', async () => {
    const { search } = renderSearch(async () => hits);
    const input = screen.getByLabelText('Search');
    typeInto(input, 'ta');
    await settle();
    fireEvent.change(input, { target: { value: '' } });
    await settle();
    expect(search).toHaveBeenCalledOnce();
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('picks a debtor with the keyboard: Down from the box, then Enter', async () => {
    const { onPick } = renderSearch(async () => hits);
    typeInto(screen.getByLabelText('Search'), 'ta');
    await settle();
    fireEvent.keyDown(screen.getByLabelText('Search'), { key: 'ArrowDown' });
    const [first, second] = screen.getAllByRole('button');
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(first!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(second);
    fireEvent.click(second!);
    expect(onPick).toHaveBeenCalledExactlyOnceWith(hits[1]!.debtor);
  });

  it('says so when the search fails', async () => {
    renderSearch(async () => {
      throw new Error('background gone');
    });
    typeInto(screen.getByLabelText('Search'), 'ta');
    await settle();
    expect(screen.getByText('Something went wrong. Your data has not changed.')).toBeTruthy();
  });

  it('has no axe violations with results showing', async () => {
    const { container } = renderSearch(async () => hits);
    typeInto(screen.getByLabelText('Search'), 'ta');
    await settle();
    vi.useRealTimers();
    expect(await axeViolations(container)).toEqual([]);
  });
});
