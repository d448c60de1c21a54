// @vitest-environment happy-dom
// Where the reply lines go in Gmail and what they send to be read: after the body of each
// expanded message a known debtor wrote, with its text and date; gone when the thread changes or
// the message folds; read again when that debtor changes.
import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { DebtorMatch } from '../../../shared/ledger/handlers/debtors';
import type { LedgerClient } from '../../../shared/ledger/client';
import { createTestLedger, must } from '../../../shared/ledger/test-ledger';
import { chooseUiLanguage, uiContextFor } from '../../ui/language';
import { plainHosts } from '../../overlay/test-hosts';
import { loadFixture } from '../fixture-dom';
import { readThread, type GmailThread } from '../thread';
import { ReplyFindingsUnderMessages } from './reply-findings';

const NOW = '2026-06-02T18:00:00.000Z';
const SENDER = 'pagos@talleresruiz.example';

afterEach(() => {
  document.body.innerHTML = '';
});

async function setup(bodyHtml: string, title: string | null = 'lun, 2 jun 2025, 10:42') {
  const ledger = createTestLedger(NOW);
  const { debtor } = must(
    await ledger.client.send('debtor-create', {
      name: 'Talleres Ruiz',
      emails: [SENDER],
      locale: 'es-ES',
      timeZone: 'Europe/Madrid',
      firstInvoice: { number: 'F-2025-014', currency: 'EUR', amount: 125_000, dueDate: '2025-05-10' },
    }),
  );
  const [match] = must(await ledger.client.send('debtor-lookup', { emails: [SENDER] }));
  const sent: Array<{ name: string; input: unknown }> = [];
  const client: LedgerClient = {
    send: (name, input) => {
      sent.push({ name, input });
      return ledger.client.send(name, input);
    },
  };
  loadFixture('thread-single.html');
  document.querySelector('div.a3s')!.innerHTML = bodyHtml;
  const date = document.querySelector('span.g3')!;
  if (title === null) date.removeAttribute('title');
  else date.setAttribute('title', title);
  const hosts = plainHosts('replies');
  const ui = uiContextFor(chooseUiLanguage('en', 'en-US'));
  const replies = new ReplyFindingsUnderMessages({ client, ui: () => ui, createHost: hosts.createHost, now: () => new Date(NOW) });
  const owners = new Map<string, DebtorMatch>([[SENDER, match!]]);
  const thread = (): GmailThread => {
    const result = readThread(document);
    if (!result.ok) throw new Error(result.problem.detail);
    return result.thread;
  };
  return { debtorId: debtor.id, client, sent, replies, owners, thread, hosts };
}

const hostsInPage = () => [...document.querySelectorAll('[data-test-host="replies"]')];
const readInputs = (sent: Array<{ name: string; input: unknown }>) => sent.filter((s) => s.name === 'reply-read').map((s) => s.input);

describe('ReplyFindingsUnderMessages', () => {
  it('puts the lines right after the body of a known debtor\'s expanded message, sending its text and date to be read', async () => {
    const { replies, owners, thread, sent, debtorId } = await setup('<div>Hola:</div><div>le pagamos el viernes 6 de junio.<br>Un saludo</div>');
    replies.show(thread(), owners);
    await waitFor(() => expect(hostsInPage()).toHaveLength(1));
    expect(hostsInPage()[0]!.previousElementSibling?.matches('div.a3s')).toBe(true);
    await waitFor(() => expect(readInputs(sent)).toHaveLength(1));
    expect(readInputs(sent)[0]).toEqual({
      debtorId,
      mail: { host: 'gmail', threadId: '18fe1a2b3c4d5e6f', messageId: '18fe1a2b3c4d5e6f' },
      text: 'Hola:\nle pagamos el viernes 6 de junio.\nUn saludo',
      sentAt: new Date(2025, 5, 2, 10, 42).toISOString(),
    });
    // Drawn again with nothing changed: not read again.
    replies.show(thread(), owners);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(readInputs(sent)).toHaveLength(1);
  });

  it('without a readable header date, says when the message was first seen', async () => {
    const { replies, owners, thread, sent } = await setup('<div>Le pagamos el viernes.</div>', null);
    replies.show(thread(), owners);
    await waitFor(() => expect(readInputs(sent)).toHaveLength(1));
    expect(readInputs(sent)[0]).toMatchObject({ sentAt: NOW });
  });

  it.each([
    ['the sender is no debtor', (owners: Map<string, DebtorMatch>) => owners.clear(), () => undefined],
    ['the message is folded', () => undefined, () => document.querySelector('div.a3s')!.remove()],
  ])('draws nothing when %s', async (_name, changeOwners, changePage) => {
    const { replies, owners, thread } = await setup('<div>Le pagamos el viernes.</div>');
    changeOwners(owners);
    changePage();
    replies.show(thread(), owners);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(hostsInPage()).toEqual([]);
  });

  it('removes the lines when the thread goes, or the message folds', async () => {
    const { replies, owners, thread } = await setup('<div>Le pagamos el viernes.</div>');
    replies.show(thread(), owners);
    await waitFor(() => expect(hostsInPage()).toHaveLength(1));
    replies.show(null, new Map());
    await waitFor(() => expect(hostsInPage()).toEqual([]));

    replies.show(thread(), owners);
    await waitFor(() => expect(hostsInPage()).toHaveLength(1));
    document.querySelector('div.a3s')!.remove();
    replies.show(thread(), owners);
    await waitFor(() => expect(hostsInPage()).toEqual([]));
  });

  it('keeps the lines while the sender is asked about again (after every change to the debtor)', async () => {
    const { replies, owners, thread } = await setup('<div>Le pagamos el viernes.</div>');
    replies.show(thread(), owners);
    await waitFor(() => expect(hostsInPage()).toHaveLength(1));
    const host = hostsInPage()[0];
    replies.show(thread(), new Map(), new Set([SENDER]));
    replies.show(thread(), owners);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(hostsInPage()).toEqual([host]);
  });

  it('reads again when this debtor changes, not when another one does', async () => {
    const { replies, owners, thread, sent, debtorId } = await setup('<div>Le pagamos el viernes.</div>');
    replies.show(thread(), owners);
    await waitFor(() => expect(readInputs(sent)).toHaveLength(1));
    replies.refresh({ debtorIds: ['someone-else'], all: false });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(readInputs(sent)).toHaveLength(1);
    replies.refresh({ debtorIds: [debtorId], all: false });
    await waitFor(() => expect(readInputs(sent)).toHaveLength(2));
    replies.refresh({ debtorIds: [], all: true });
    await waitFor(() => expect(readInputs(sent)).toHaveLength(3));
    replies.stop();
    await waitFor(() => expect(hostsInPage()).toEqual([]));
  });
});
