import { describe, expect, it } from 'vitest';
import type { DialogListeners } from '../office/dialog';
import { OfficeHostError } from '../office/errors';
import { workspaceInDialog, type DialogOpener } from './workspace-dialog';

const PANE = 'https://addins.example.com/cobro/taskpane.html?_host_Info=Outlook';

function opener(fail?: unknown) {
  const opened: string[] = [];
  let listeners: DialogListeners | null = null;
  let closes = 0;
  const open: DialogOpener = async (url, given) => {
    if (fail !== undefined) throw fail;
    opened.push(url);
    listeners = given;
    return { close: () => void (closes += 1) };
  };
  return {
    open,
    opened,
    page: () => {
      if (!listeners) throw new Error('no dialog open');
      return listeners;
    },
    closes: () => closes,
  };
}

function recorder() {
  const log: string[] = [];
  return { log, events: { onLedgerChanged: () => void log.push('changed'), onEnded: (unloadable: boolean) => void log.push(unloadable ? 'unloadable' : 'ended') } };
}

describe('the workspace in a dialog', () => {
  it('opens the workspace page beside the pane, at the place asked for', async () => {
    const office = opener();
    const result = await workspaceInDialog(office.open, PANE).open({ section: 'debtors', debtorId: 'd-7' }, recorder().events);
    expect(result.ok).toBe(true);
    expect(office.opened).toEqual(['https://addins.example.com/cobro/workspace.html?host=dialog&route=%2Fdebtors%2Fd-7']);
  });

  it.each([
    ['ledger-changed from the add-in’s origin', '{"type":"ledger-changed"}', 'https://addins.example.com', ['changed'], 0],
    ['ledger-changed from a client that gives no origin', '{"type":"ledger-changed"}', undefined, ['changed'], 0],
    ['close', '{"type":"close"}', 'https://addins.example.com', ['ended'], 1],
    ['ledger-changed from another origin', '{"type":"ledger-changed"}', 'https://elsewhere.example', [], 0],
    ['close from another origin', '{"type":"close"}', 'https://elsewhere.example', [], 0],
    ['an unknown message', '{"type":"delete-everything"}', 'https://addins.example.com', [], 0],
    ['garbage', 'not json', undefined, [], 0],
  ] as const)('%s', async (_name, raw, origin, expected, closes) => {
    const office = opener();
    const seen = recorder();
    await workspaceInDialog(office.open, PANE).open({ section: 'debtors', debtorId: null }, seen.events);
    office.page().onMessage(raw, origin);
    expect(seen.log).toEqual(expected);
    expect(office.closes()).toBe(closes);
  });

  it.each([
    ['closed', ['ended']],
    ['unloadable', ['unloadable']],
  ] as const)('tells the pane once when Office reports the dialog %s', async (how, expected) => {
    const office = opener();
    const seen = recorder();
    const result = await workspaceInDialog(office.open, PANE).open({ section: 'overview' }, seen.events);
    office.page().onEnded(how, how === 'closed' ? 12006 : 12002);
    if (result.ok) result.close();
    expect(seen.log).toEqual(expected);
  });

  it('closed by the pane, it says so once', async () => {
    const office = opener();
    const seen = recorder();
    const result = await workspaceInDialog(office.open, PANE).open({ section: 'overview' }, seen.events);
    if (!result.ok) throw new Error('expected it to open');
    result.close();
    office.page().onMessage('{"type":"close"}', undefined);
    expect(seen.log).toEqual(['ended']);
  });

  it.each([
    [new OfficeHostError('office-call-failed', 'refused', 12007), 'already-open'],
    [new OfficeHostError('office-call-failed', 'ignored', 12009), 'ignored'],
    [new OfficeHostError('unsupported', 'no dialog'), 'failed'],
    [new Error('anything'), 'failed'],
  ] as const)('a refusal (%s) is a reason, not an exception', async (error, failure) => {
    const office = opener(error);
    const seen = recorder();
    expect(await workspaceInDialog(office.open, PANE).open({ section: 'overview' }, seen.events)).toEqual({ ok: false, failure });
    expect(seen.log).toEqual([]);
  });
});
