import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { viewFromLocation, type GmailView } from './url';

const BASE = 'https://mail.google.com/mail/u/0/';
const TOKEN = 'FMfcgzQZTVsbWJxKcDqPjhzkRHnSnSwL';

describe('viewFromLocation', () => {
  it.each<[string, GmailView]>([
    [`${BASE}#inbox`, { view: 'list', label: 'inbox' }],
    [BASE, { view: 'list', label: 'inbox' }],
    [`${BASE}#inbox/${TOKEN}`, { view: 'thread', threadId: TOKEN }],
    [`${BASE}#inbox/p2`, { view: 'list', label: 'inbox' }],
    [`${BASE}#sent/${TOKEN}`, { view: 'thread', threadId: TOKEN }],
    [`${BASE}#sent`, { view: 'list', label: 'sent' }],
    [`${BASE}#starred/KtbxLvHcLrXqBpWzGCfHJwDqZRLMnbjVqB`, { view: 'thread', threadId: 'KtbxLvHcLrXqBpWzGCfHJwDqZRLMnbjVqB' }],
    [`${BASE}#inbox/18c2f0a9b1d3e4f5`, { view: 'thread', threadId: '18c2f0a9b1d3e4f5' }],
    [`${BASE}#label/Clientes`, { view: 'list', label: 'Clientes' }],
    [`${BASE}#label/Clientes+morosos/${TOKEN}`, { view: 'thread', threadId: TOKEN }],
    [`${BASE}#label/Cobros%2F2025`, { view: 'list', label: 'Cobros/2025' }],
    [`${BASE}#label/AVeryLongLabelNameWithoutSpaces`, { view: 'list', label: 'AVeryLongLabelNameWithoutSpaces' }],
    [`${BASE}#category/social`, { view: 'list', label: 'category/social' }],
    [`${BASE}#search/factura+vencida`, { view: 'list', label: 'search/factura vencida' }],
    [`${BASE}#search/factura/${TOKEN}`, { view: 'thread', threadId: TOKEN }],
    [`${BASE}#inbox?compose=new`, { view: 'list', label: 'inbox', compose: 'new' }],
    [`${BASE}#inbox/${TOKEN}?compose=CllgCJTMXqVr`, { view: 'thread', threadId: TOKEN, compose: 'CllgCJTMXqVr' }],
    [`${BASE}?compose=new#inbox`, { view: 'list', label: 'inbox', compose: 'new' }],
    [`${BASE}#settings/general`, { view: 'other' }],
    [`${BASE}#contacts`, { view: 'other' }],
    [`${BASE}#label`, { view: 'other' }],
    [`${BASE}#inbox/not-a-thread`, { view: 'other' }],
    [`${BASE}#inbox/${TOKEN}/extra`, { view: 'other' }],
    [`${BASE}?view=pt&th=18c2f0a9b1d3e4f5`, { view: 'other' }],
    ['not a url', { view: 'other' }],
  ])('%s', (href, expected) => {
    expect(viewFromLocation(href)).toEqual(expected);
  });

  it('finds any thread token under any system list', () => {
    const lists = ['inbox', 'starred', 'sent', 'all', 'trash', 'imp', 'drafts'];
    fc.assert(
      fc.property(fc.constantFrom(...lists), fc.stringMatching(/^[A-Za-z0-9]{20,40}$/), (list, token) => {
        expect(viewFromLocation(`${BASE}#${list}/${token}`)).toEqual({ view: 'thread', threadId: token });
      }),
    );
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(['thread', 'list', 'other']).toContain(viewFromLocation(`${BASE}#${text}`).view);
        expect(['thread', 'list', 'other']).toContain(viewFromLocation(text).view);
      }),
    );
  });
});
