// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSyncRequest } from './sync';
import { sentTextOfHtml } from './sent-text';

const SYNC_URL = 'https://mail.google.com/sync/u/0/i/s?hl=en&c=12&rt=r&pt=ji';
const capture = (file: string) => readFileSync(join(import.meta.dirname, '__fixtures__', 'sync', file), 'utf8');

describe('the text of each captured send', () => {
  // Read off the captures by hand. "ᐧ" is a tracking extension's white mark, really in the message.
  it.each([
    ['2022-09-09-cvOnSend_request.json', 'ab'],
    ['2022-09-09-cvOnSend_3_request.json', 'test body\nᐧ'],
    ['2022-09-09-cvOnSend_4_request.json', 'test body\nᐧ'],
    ['send-request-2018-01-25.json', 'new new draft 2'],
    // Replies: the quoted history (three nested quotes in the first) is one line.
    ['2022-09-09-cvOnReplySend_request.json', 'foo2 (no tracking)\n\n[quoted text left out]'],
    ['2022-09-09-cvOnReplySend_2_request.json', 'hey hey\n\n[quoted text left out]'],
    ['2022-09-09-cvOnReplySend_5_request.json', 'b\n\n[quoted text left out]'],
    // A draft save with three lines: Gmail writes each line as a <div>.
    ['2022-09-09-cvOnDraftSaveBatched_request.json', 'sdff\nfsd\nfsdf'],
  ])('%s', (file, text) => {
    const request = parseSyncRequest(SYNC_URL, capture(file));
    expect(sentTextOfHtml(request.bodyHtml!)).toBe(text);
  });

  it('keeps the history out: none of the quoted words is in the text', () => {
    const request = parseSyncRequest(SYNC_URL, capture('2022-09-09-cvOnReplySend_request.json'));
    expect(request.bodyHtml).toContain('more testing');
    expect(sentTextOfHtml(request.bodyHtml!)).not.toMatch(/more testing|wrote:/);
  });
});

describe('sentTextOfHtml on hand-made messages', () => {
  it.each([
    ['lines as Gmail writes them, an empty line as <div><br></div>', '<div>Hola Ana,</div><div><br></div><div>Le recordamos la factura F-1.</div>', 'Hola Ana,\n\nLe recordamos la factura F-1.'],
    ['<br> inside a block; a trailing <br> adds no line', '<div>uno<br>dos<br></div><div>tres</div>', 'uno\ndos\ntres'],
    ['paragraphs get an empty line between them', '<p>Uno</p><p>Dos</p>', 'Uno\n\nDos'],
    ['list items on their own lines', '<p>Facturas:</p><ul><li>F-1</li><li>F-2</li></ul><p>Gracias</p>', 'Facturas:\n\n- F-1\n- F-2\n\nGracias'],
    ['white space collapses; &nbsp; reads as a space', '<div>  Total:&nbsp;&nbsp;1.250,00\u00a0€\n  pendiente </div>', 'Total: 1.250,00 € pendiente'],
    ['a link keeps its address when its words do not show it', '<div>Pague <a href="https://pay.example/x">aquí</a></div>', 'Pague aquí (https://pay.example/x)'],
    ['a link showing its own address is not repeated', '<div><a href="mailto:ana@x.es">ana@x.es</a></div>', 'ana@x.es'],
    ['a javascript: link shows its words only', '<a href="javascript:alert(1)">clic</a>', 'clic'],
    ['scripts, styles and images are no text', '<style>p{}</style><script>alert(1)</script><img alt="logo" src="x.png"><div>Hola</div>', 'Hola'],
    ['the signature stays', '<div>Hola</div><br><div class="gmail_signature"><div>-- </div><div>Lucía Gómez — Estudio Lumen</div></div>', 'Hola\n\n--\nLucía Gómez — Estudio Lumen'],
    ['a blockquote.gmail_quote on its own is left out too', '<div>Sí</div><blockquote class="gmail_quote">¿Pagará?</blockquote>', 'Sí\n\n[quoted text left out]'],
    ['markup in text stays text', '<div>&lt;b&gt;no&lt;/b&gt;</div>', '<b>no</b>'],
    ['nothing at all', '', ''],
  ])('%s', (_label, html, text) => {
    expect(sentTextOfHtml(html)).toBe(text);
  });
});
