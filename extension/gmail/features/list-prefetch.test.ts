// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LedgerClient } from '../../../shared/ledger/client';
import { createTestLedger, must } from '../../../shared/ledger/test-ledger';
import { loadFixture } from '../fixture-dom';
import { listedSenders, ListPrefetch, PREFETCH_BATCH_LIMIT } from './list-prefetch';
import { LookupCache } from './lookup-cache';

const NOW = '2026-03-02T10:00:00.000Z';

function listOf(senders: string[]): void {
  document.body.innerHTML = `<table><tbody>${senders
    .map((email) => `<tr class="zA"><td><span class="yP" email="${email}" name="x">x</span></td></tr>`)
    .join('')}</tbody></table>`;
}

function setup() {
  const ledger = createTestLedger(NOW);
  const asked: string[][] = [];
  const held: Array<() => void> = [];
  let holding = false;
  const client: LedgerClient = {
    send: (name, input) => {
      if (name === 'debtor-lookup') asked.push([...(input as { emails: string[] }).emails]);
      const answer = ledger.client.send(name, input);
      return holding ? new Promise((resolve) => held.push(() => void answer.then(resolve))) : answer;
    },
  };
  const cache = new LookupCache({ now: () => Date.parse(NOW) });
  const prefetch = new ListPrefetch({ doc: document, client, cache });
  return {
    ledger,
    cache,
    prefetch,
    asked,
    hold: () => void (holding = true),
    release: () => {
      holding = false;
      for (const run of held.splice(0)) run();
    },
  };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('listedSenders', () => {
  it.each<[string, () => void, string[]]>([
    ['the preview pane: list rows only, not the open thread', () => loadFixture('thread-preview-pane.html'), ['ap@northwind.example', 'accounts@brightpixel.example']],
    ['a full-page thread: no list', () => loadFixture('thread-multi-collapsed.html'), []],
    ['normalised and each once', () => listOf(['Ana@X.example', 'ana@x.example', 'not an address', 'bea@y.example']), ['ana@x.example', 'bea@y.example']],
  ])('%s', (_label, load, expected) => {
    load();
    expect(listedSenders(document)).toEqual(expected);
  });
});

describe('ListPrefetch', () => {
  it('looks up the listed senders in one batch and keeps the answers', async () => {
    const { ledger, cache, prefetch, asked } = setup();
    const { debtor } = must(await ledger.client.send('debtor-create', { name: 'Northwind', emails: ['ap@northwind.example'] }));
    loadFixture('thread-preview-pane.html');
    prefetch.update();
    await vi.waitFor(() => expect(cache.get('ap@northwind.example')?.debtor.id).toBe(debtor.id));
    expect(asked).toEqual([['ap@northwind.example', 'accounts@brightpixel.example']]);
    expect(cache.get('accounts@brightpixel.example')).toBeNull();
  });

  it.each<[string, (cache: LookupCache) => void, string[], string[][]]>([
    ['nothing listed', () => {}, [], []],
    ['every sender known already', (cache) => cache.record(['a@x.example', 'b@x.example'], [], cache.mark()), ['a@x.example', 'b@x.example'], []],
    ['only the senders not known', (cache) => cache.record(['a@x.example'], [], cache.mark()), ['a@x.example', 'b@x.example', 'c@x.example'], [['b@x.example', 'c@x.example']]],
  ])('asks about: %s', async (_label, known, listed, expected) => {
    const { cache, prefetch, asked } = setup();
    known(cache);
    listOf(listed);
    prefetch.update();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(asked).toEqual(expected);
  });

  it(`asks about ${PREFETCH_BATCH_LIMIT} senders at most in a batch`, async () => {
    const { prefetch, asked } = setup();
    listOf(Array.from({ length: 150 }, (_, i) => `u${i}@x.example`));
    prefetch.update();
    await vi.waitFor(() => expect(asked.length).toBeGreaterThan(0));
    expect(asked[0]).toHaveLength(PREFETCH_BATCH_LIMIT);
    expect(asked[0]?.[0]).toBe('u0@x.example');
  });

  it('asks once for a list that does not change, and never while a batch is on its way', async () => {
    const { prefetch, asked, hold, release } = setup();
    listOf(['a@x.example', 'b@x.example']);
    hold();
    prefetch.update();
    listOf(['a@x.example', 'b@x.example', 'c@x.example']);
    prefetch.update();
    prefetch.update();
    expect(asked).toEqual([['a@x.example', 'b@x.example']]);
    release();
    // The list changed while the batch was out: the rest follows once it is answered.
    await vi.waitFor(() => expect(asked).toEqual([['a@x.example', 'b@x.example'], ['c@x.example']]));
    prefetch.update();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(asked).toHaveLength(2);
  });

  it('asks again about what a change notice made the tab forget', async () => {
    const { cache, prefetch, asked } = setup();
    listOf(['a@x.example', 'b@x.example']);
    prefetch.update();
    await vi.waitFor(() => expect(cache.get('a@x.example')).toBeNull());
    cache.forget({ debtorIds: [], all: true });
    prefetch.refresh();
    await vi.waitFor(() => expect(asked).toEqual([['a@x.example', 'b@x.example'], ['a@x.example', 'b@x.example']]));
  });
});
