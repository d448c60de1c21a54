// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LedgerClient } from '../../../shared/ledger/client';
import { createTestLedger, must } from '../../../shared/ledger/test-ledger';
import type { ReadThreadResult } from '../thread';
import { chooseUiLanguage, uiContextFor } from '../../ui/language';
import { loadFixture } from '../fixture-dom';
import { ListPrefetch } from './list-prefetch';
import { LookupCache, lookUpDebtors } from './lookup-cache';
import { nextTask } from '../../overlay/next-task';
import type { GmailPanel as Panel } from './gmail-panel';
import { plainHosts } from '../../overlay/test-hosts';
import { ThreadChips } from './thread-chips';

const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTVsbWJxKcDqPjhzkRHnSnSwM';
const NOW = '2026-03-02T10:00:00.000Z';

/** A client whose answers wait until released, to see what is drawn before the ledger answers. */
function gated(inner: LedgerClient) {
  const held: Array<() => void> = [];
  const sent: Array<{ name: string; input: unknown }> = [];
  let open = true;
  const client: LedgerClient = {
    send: (name, input) => {
      sent.push({ name, input });
      const answer = inner.send(name, input);
      if (open) return answer;
      return new Promise((resolve) => held.push(() => void answer.then(resolve)));
    },
  };
  return {
    client,
    sent,
    hold: () => void (open = false),
    release: () => {
      open = true;
      for (const run of held.splice(0)) run();
    },
  };
}

/** Lets promise callbacks already queued run (the hosts of plainHosts resolve at once). */
const settled = () => new Promise<void>((resolve) => queueMicrotask(() => queueMicrotask(resolve)));

function setup() {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(THREAD_URL);
  const ledger = createTestLedger(NOW);
  const gate = gated(ledger.client);
  const cache = new LookupCache({ now: () => Date.parse(NOW) });
  const plain = plainHosts('chip');
  let renders = 0;
  const hosts = {
    created: plain.created,
    renders: () => renders,
    createHost: async (place: (host: HTMLElement) => void) => {
      const host = await plain.createHost(place);
      return { ...host, render: (node: Parameters<typeof host.render>[0]) => (renders += 1, host.render(node)) };
    },
  };
  const opened: string[] = [];
  const panel = {
    openCard: async (id: string) => void opened.push(`card:${id}`),
    openTrackForm: async (email: string) => void opened.push(`track:${email}`),
  } as unknown as Panel;
  const reads: Array<[boolean, ReadThreadResult]> = [];
  const ui = uiContextFor(chooseUiLanguage('en', 'en-US'));
  const chips = new ThreadChips({
    doc: document,
    client: gate.client,
    cache,
    ui: () => ui,
    panel,
    createHost: hosts.createHost,
    onRead: (expectThread, result) => reads.push([expectThread, result]),
  });
  return { ledger, gate, cache, hosts, opened, reads, chips };
}

const chipsIn = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)];

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ThreadChips', () => {
  it("puts a chip beside every message from the debtor (none beside the user's own), and opens their card", async () => {
    const { ledger, chips, opened, reads } = setup();
    const { debtor } = must(
      await ledger.client.send('debtor-create', {
        name: 'Clínica Sonrisa',
        emails: ['administracion@sonrisa.example'],
        firstInvoice: { number: '2025-031', currency: 'EUR', amount: 48_000, dueDate: '2026-02-20' },
      }),
    );
    loadFixture('thread-multi-collapsed.html');
    chips.update();
    await vi.waitFor(() => expect(chipsIn('[data-cobro="status-chip"]')).toHaveLength(2));
    for (const chip of chipsIn('[data-cobro="status-chip"]')) {
      expect(chip.dataset.debtorId).toBe(debtor.id);
      expect(chip.textContent).toContain('€480.00');
    }
    expect(reads.at(-1)?.[0]).toBe(true);
    chipsIn('[data-cobro="status-chip"]')[0]!.click();
    expect(opened).toEqual([`card:${debtor.id}`]);
  });

  it.each([
    ['the preview pane (the thread list stays beside it)', 'thread-preview-pane.html', 'accounts@brightpixel.example', 1],
    ['a full-page thread', 'thread-full-page.html', 'ap@northwind.example', 1],
  ])('works in %s', async (_label, fixture, address, expected) => {
    const { ledger, chips } = setup();
    loadFixture(fixture);
    const { debtor } = must(await ledger.client.send('debtor-create', { name: 'Debtor', emails: [address] }));
    chips.update();
    await vi.waitFor(() => expect(chipsIn('[data-cobro="status-chip"]')).toHaveLength(expected));
    expect(chipsIn('[data-cobro="status-chip"]').every((chip) => chip.dataset.debtorId === debtor.id)).toBe(true);
    // Nothing is drawn in the thread list beside a preview.
    expect(document.querySelector('tr.zA [data-cobro]')).toBeNull();
  });

  it('draws each chip once however often the page changes', async () => {
    const { ledger, chips, hosts } = setup();
    must(await ledger.client.send('debtor-create', { name: 'Sonrisa', emails: ['administracion@sonrisa.example'] }));
    loadFixture('thread-multi-collapsed.html');
    chips.update();
    await vi.waitFor(() => expect(chipsIn('[data-cobro="status-chip"]')).toHaveLength(2));
    for (let i = 0; i < 5; i += 1) chips.update();
    expect(chipsIn('[data-cobro="status-chip"]')).toHaveLength(2);
    expect(hosts.created).toHaveLength(2);
  });

  it('offers to track a sender nobody tracks, and never the user themself', async () => {
    const { chips, opened } = setup();
    loadFixture('thread-multi-collapsed.html');
    chips.update();
    await vi.waitFor(() => expect(chipsIn('[data-cobro="track-sender"]').length).toBeGreaterThan(0));
    const emails = chipsIn('[data-cobro="track-sender"]').map((chip) => chip.dataset.email);
    expect(new Set(emails)).toEqual(new Set(['administracion@sonrisa.example']));
    chipsIn('[data-cobro="track-sender"]')[0]!.click();
    expect(opened).toEqual(['track:administracion@sonrisa.example']);
  });

  it('draws nothing, and says so, when the layout cannot be read', async () => {
    const { ledger, chips, reads } = setup();
    must(await ledger.client.send('debtor-create', { name: 'Ruiz', emails: ['pagos@talleresruiz.example'] }));
    loadFixture('layout-changed.html');
    chips.update();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(document.querySelectorAll('[data-cobro]')).toHaveLength(0);
    expect(reads.at(-1)).toMatchObject([true, { ok: false, problem: { code: 'gmail-layout' } }]);
  });

  it('redraws with the new amount when told debtors changed', async () => {
    const { ledger, chips } = setup();
    const { debtor } = must(
      await ledger.client.send('debtor-create', {
        name: 'Sonrisa',
        emails: ['administracion@sonrisa.example'],
        firstInvoice: { number: '7', currency: 'EUR', amount: 48_000, dueDate: '2026-02-20' },
      }),
    );
    loadFixture('thread-multi-collapsed.html');
    chips.update();
    await vi.waitFor(() => expect(chipsIn('[data-cobro="status-chip"]')[0]?.textContent).toContain('€480.00'));
    must(await ledger.client.send('payment-record', { debtorId: debtor.id, currency: 'EUR', amount: 8_000, date: '2026-03-01' }));
    chips.refresh();
    await vi.waitFor(() => expect(chipsIn('[data-cobro="status-chip"]')[0]?.textContent).toContain('€400.00'));
  });

  describe('from what the tab already knows', () => {
    const SONRISA = 'administracion@sonrisa.example';
    const statusChips = () => chipsIn('[data-cobro="status-chip"]');

    async function sonrisaOwing(ledger: ReturnType<typeof setup>['ledger']) {
      return must(
        await ledger.client.send('debtor-create', {
          name: 'Clínica Sonrisa',
          emails: [SONRISA],
          firstInvoice: { number: '7', currency: 'EUR', amount: 48_000, dueDate: '2026-02-20' },
        }),
      ).debtor;
    }

    it('paints known addresses in the call that finds the thread, then, in the next task, asks once about all of them', async () => {
      const { ledger, gate, cache, chips } = setup();
      const debtor = await sonrisaOwing(ledger);
      loadFixture('thread-multi-collapsed.html');
      must(await lookUpDebtors(ledger.client, cache, [SONRISA, 'cobros@estudiolumen.example', 'gestoria@sonrisa.example']));
      gate.hold();
      chips.update();
      await settled();
      expect(statusChips().map((chip) => chip.dataset.debtorId)).toEqual([debtor.id, debtor.id]);
      expect(statusChips()[0]?.textContent).toContain('€480.00');
      // Not in the task that paints them.
      expect(gate.sent).toEqual([]);
      await nextTask();
      expect(gate.sent).toEqual([{ name: 'debtor-lookup', input: { emails: expect.arrayContaining([SONRISA, 'cobros@estudiolumen.example']) } }]);
    });

    it('waits for the answer when the tab knows nothing of the thread', async () => {
      const { ledger, gate, chips } = setup();
      await sonrisaOwing(ledger);
      loadFixture('thread-multi-collapsed.html');
      gate.hold();
      chips.update();
      await settled();
      expect(chipsIn('[data-cobro]')).toHaveLength(0);
      gate.release();
      await vi.waitFor(() => expect(statusChips()).toHaveLength(2));
    });

    it('repaints when the revalidation brings something new (a payment made elsewhere)', async () => {
      const { ledger, gate, cache, chips } = setup();
      const debtor = await sonrisaOwing(ledger);
      loadFixture('thread-multi-collapsed.html');
      must(await lookUpDebtors(ledger.client, cache, [SONRISA]));
      must(await ledger.client.send('payment-record', { debtorId: debtor.id, currency: 'EUR', amount: 8_000, date: '2026-03-01' }));
      gate.hold();
      chips.update();
      await settled();
      expect(statusChips()[0]?.textContent).toContain('€480.00');
      gate.release();
      await vi.waitFor(() => expect(statusChips().every((chip) => chip.textContent?.includes('€400.00'))).toBe(true));
      // The tab keeps the new answer for the next open.
      expect(cache.get(SONRISA)?.status.outstanding).toEqual([{ currency: 'EUR', amount: 40_000 }]);
    });

    it('draws nothing again when the revalidation changed nothing', async () => {
      const { ledger, gate, cache, chips, hosts } = setup();
      await sonrisaOwing(ledger);
      loadFixture('thread-multi-collapsed.html');
      must(await lookUpDebtors(ledger.client, cache, [SONRISA, 'cobros@estudiolumen.example', 'gestoria@sonrisa.example']));
      gate.hold();
      chips.update();
      await settled();
      const painted = hosts.renders();
      expect(painted).toBe(2);
      gate.release();
      await vi.waitFor(() => expect(gate.sent).toHaveLength(1));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(hosts.renders()).toBe(painted);
      expect(statusChips()).toHaveLength(2);
    });

    it('fills the cache from its own lookups, so the thread opened again paints at once', async () => {
      const { ledger, gate, chips } = setup();
      await sonrisaOwing(ledger);
      loadFixture('thread-multi-collapsed.html');
      chips.update();
      await vi.waitFor(() => expect(statusChips()).toHaveLength(2));
      loadFixture('layout-changed.html');
      chips.update();
      expect(chipsIn('[data-cobro]')).toHaveLength(0);
      loadFixture('thread-multi-collapsed.html');
      gate.hold();
      chips.update();
      await settled();
      expect(statusChips()).toHaveLength(2);
    });

    it('keeps what a changed debtor showed until the new answer, which replaces it', async () => {
      const { ledger, gate, cache, chips } = setup();
      const debtor = await sonrisaOwing(ledger);
      loadFixture('thread-multi-collapsed.html');
      chips.update();
      await vi.waitFor(() => expect(statusChips()).toHaveLength(2));
      must(await ledger.client.send('payment-record', { debtorId: debtor.id, currency: 'EUR', amount: 8_000, date: '2026-03-01' }));
      cache.forget({ debtorIds: [debtor.id], all: false });
      gate.hold();
      chips.refresh();
      await settled();
      expect(statusChips().map((chip) => chip.textContent?.includes('€480.00'))).toEqual([true, true]);
      gate.release();
      await vi.waitFor(() => expect(statusChips().every((chip) => chip.textContent?.includes('€400.00'))).toBe(true));
    });

    it('paints a thread opened from the list from what the list prefetched', async () => {
      const { ledger, gate, cache, chips } = setup();
      const { debtor } = must(await ledger.client.send('debtor-create', { name: 'Bright Pixel', emails: ['accounts@brightpixel.example'] }));
      loadFixture('thread-preview-pane.html');
      const prefetch = new ListPrefetch({ doc: document, client: ledger.client, cache });
      prefetch.update();
      await vi.waitFor(() => expect(cache.get('accounts@brightpixel.example')?.debtor.id).toBe(debtor.id));
      gate.hold();
      chips.update();
      await settled();
      expect(statusChips().map((chip) => chip.dataset.debtorId)).toEqual([debtor.id]);
    });
  });
});
