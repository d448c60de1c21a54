// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestLedger, must } from '../../../shared/ledger/test-ledger';
import type { ReadThreadResult } from '../thread';
import { chooseUiLanguage, uiContextFor } from '../../ui/language';
import { loadFixture } from '../fixture-dom';
import type { Panel } from './panel';
import { plainHosts } from './test-hosts';
import { ThreadChips } from './thread-chips';

const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTVsbWJxKcDqPjhzkRHnSnSwM';

function setup() {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(THREAD_URL);
  const ledger = createTestLedger('2026-03-02T10:00:00.000Z');
  const hosts = plainHosts('chip');
  const opened: string[] = [];
  const panel = {
    openCard: async (id: string) => void opened.push(`card:${id}`),
    openTrackForm: async (email: string) => void opened.push(`track:${email}`),
  } as unknown as Panel;
  const reads: Array<[boolean, ReadThreadResult]> = [];
  const chips = new ThreadChips({
    doc: document,
    client: ledger.client,
    ui: () => uiContextFor(chooseUiLanguage('en', 'en-US')),
    panel,
    createHost: hosts.createHost,
    onRead: (expectThread, result) => reads.push([expectThread, result]),
  });
  return { ledger, hosts, opened, reads, chips };
}

const chipsIn = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)];

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ThreadChips', () => {
  it('puts a chip beside every message from or to the debtor, and opens their card', async () => {
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
    await vi.waitFor(() => expect(chipsIn('[data-cobro="status-chip"]')).toHaveLength(4));
    for (const chip of chipsIn('[data-cobro="status-chip"]')) {
      expect(chip.dataset.debtorId).toBe(debtor.id);
      expect(chip.textContent).toContain('480,00');
    }
    expect(reads.at(-1)?.[0]).toBe(true);
    chipsIn('[data-cobro="status-chip"]')[0]!.click();
    expect(opened).toEqual([`card:${debtor.id}`]);
  });

  it.each([
    ['the preview pane (the thread list stays beside it)', 'thread-preview-pane.html', 'accounts@brightpixel.example', 2],
    ['a full-page thread', 'thread-full-page.html', 'ap@northwind.example', 2],
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
    await vi.waitFor(() => expect(chipsIn('[data-cobro="status-chip"]')).toHaveLength(4));
    for (let i = 0; i < 5; i += 1) chips.update();
    expect(chipsIn('[data-cobro="status-chip"]')).toHaveLength(4);
    expect(hosts.created).toHaveLength(4);
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
    await vi.waitFor(() => expect(chipsIn('[data-cobro="status-chip"]')[0]?.textContent).toContain('480,00'));
    must(await ledger.client.send('payment-record', { debtorId: debtor.id, currency: 'EUR', amount: 8_000, date: '2026-03-01' }));
    chips.refresh();
    await vi.waitFor(() => expect(chipsIn('[data-cobro="status-chip"]')[0]?.textContent).toContain('400,00'));
  });
});
