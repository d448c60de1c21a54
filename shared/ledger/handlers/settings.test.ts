import { describe, expect, it } from 'vitest';
import { SETTINGS_ID } from '../db';
import { DEFAULT_SETTINGS } from '../schema';
import { createTestLedger, must, mustFail } from '../test-ledger';
import { deepMerge } from './settings';

describe('deepMerge', () => {
  it.each([
    [{ a: 1, b: { c: 2, d: 3 } }, { b: { d: 4 } }, { a: 1, b: { c: 2, d: 4 } }],
    [{ list: [1, 2] }, { list: [3] }, { list: [3] }],
    [{ a: 1 }, { a: undefined }, { a: 1 }],
    [{ a: { b: 1 } }, { a: null }, { a: null }],
  ])('%j + %j = %j', (base, patch, merged) => {
    expect(deepMerge(base, patch)).toEqual(merged);
  });
});

describe('settings', () => {
  it('reads the defaults when nothing is stored', async () => {
    const ledger = createTestLedger();
    expect(must(await ledger.client.send('settings-get', {}))).toEqual(DEFAULT_SETTINGS);
  });

  it('deep-merges a patch and stores the validated whole', async () => {
    const ledger = createTestLedger();
    const patched = must(
      await ledger.client.send('settings-set', {
        patch: { business: { name: 'Cobro S.L.' }, ladderDays: { legal: 120 }, paymentMethods: [{ kind: 'iban', label: 'IBAN', value: 'es9121000418450200051332' }] },
      }),
    );
    expect(patched.business).toEqual({ ...DEFAULT_SETTINGS.business, name: 'Cobro S.L.' });
    expect(patched.ladderDays).toEqual({ ...DEFAULT_SETTINGS.ladderDays, legal: 120 });
    // Checked without spaces or case, kept as people read it.
    expect(patched.paymentMethods).toEqual([{ kind: 'iban', label: 'IBAN', value: 'ES91 2100 0418 4502 0005 1332' }]);
    expect(must(await ledger.client.send('settings-get', {}))).toEqual(patched);
    const again = must(await ledger.client.send('settings-set', { patch: { signature: 'Ana' } }));
    expect(again).toMatchObject({ signature: 'Ana', business: { name: 'Cobro S.L.' } });
  });

  it('refuses a patch that makes the whole invalid, keeping what was stored', async () => {
    const ledger = createTestLedger();
    must(await ledger.client.send('settings-set', { patch: { signature: 'Ana' } }));
    const error = mustFail(await ledger.client.send('settings-set', { patch: { ladderDays: { due: -10 } } }));
    expect(error.code).toBe('invalid-input');
    expect(error.issues?.[0]?.path).toMatch(/^patch\.ladderDays/);
    expect(must(await ledger.client.send('settings-get', {})).signature).toBe('Ana');
  });

  it.each([
    ['a wrong check digit', 'ES91 2100 0418 4502 0005 1333', /check digits/],
    ['a short one', 'ES12 3456', /length/],
    ['a Mexican CLABE', '032180000118359719', /CLABE/],
  ])('refuses an IBAN with %s by its field, writing nothing', async (_what, value, message) => {
    const ledger = createTestLedger();
    must(await ledger.client.send('settings-set', { patch: { signature: 'Ana' } }));
    const before = await ledger.db.settings.toArray();
    const error = mustFail(
      await ledger.client.send('settings-set', {
        patch: {
          business: { name: 'Lumen' },
          paymentMethods: [
            { kind: 'link', label: '', value: 'https://pay.example/lumen' },
            { kind: 'iban', label: 'Transferencia', value },
          ],
        },
      }),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.issues).toEqual([{ path: 'patch.paymentMethods.1.value', message: expect.stringMatching(message) }]);
    expect(await ledger.db.settings.toArray()).toEqual(before);
  });

  it('keeps a CLABE saved as kind other as typed', async () => {
    const ledger = createTestLedger();
    const saved = must(await ledger.client.send('settings-set', { patch: { paymentMethods: [{ kind: 'other', label: 'CLABE', value: '032180000118359719' }] } }));
    expect(saved.paymentMethods[0]?.value).toBe('032180000118359719');
  });

  it('fills fields added after a row was stored with their defaults', async () => {
    const ledger = createTestLedger();
    const { claimSpanishLatePaymentCosts: _dropped, ...older } = { ...DEFAULT_SETTINGS, signature: 'Old' };
    await ledger.db.settings.put({ id: SETTINGS_ID, value: older as typeof DEFAULT_SETTINGS });
    expect(must(await ledger.client.send('settings-get', {}))).toEqual({ ...DEFAULT_SETTINGS, signature: 'Old' });
  });
});

describe('diagnostics', () => {
  it('records once per dedupe key and lists newest first', async () => {
    const ledger = createTestLedger();
    const first = must(await ledger.client.send('diagnostic-record', { code: 'gmail-layout', detail: 'no h2.hP', dedupeKey: 'gmail-layout:1.0' }));
    ledger.setNow('2026-03-02T11:00:00.000Z');
    const repeat = must(await ledger.client.send('diagnostic-record', { code: 'gmail-layout', detail: 'again', dedupeKey: 'gmail-layout:1.0' }));
    const other = must(await ledger.client.send('diagnostic-record', { code: 'bad-sync', detail: '', dedupeKey: 'bad-sync:1.0' }));
    expect(first.created).toBe(true);
    expect(repeat).toEqual({ diagnostic: first.diagnostic, created: false });
    expect(must(await ledger.client.send('diagnostics-list', {})).map((d) => d.id)).toEqual([other.diagnostic.id, first.diagnostic.id]);
  });
});
