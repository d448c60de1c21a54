// The words a Gmail send carried, as plain text for the ledger (the claim file prints them as
// evidence). The HTML comes from the page's sync request (sync.ts), so it is parsed into an inert
// document (DOMParser: no scripts run, nothing loads) and only its text is read; nothing of it is
// ever put into a live page. Gmail's quoted history (div/blockquote.gmail_quote) is what the
// customer wrote before, not what we sent: it is left out with one line saying so.
import { QUOTE_LEFT_OUT } from '../../shared/sent-text';

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HR', 'LI', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);
/** Blocks with a margin: an empty line before and after them. */
const PARAGRAPHS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'TABLE', 'BLOCKQUOTE', 'PRE']);
/** Elements whose content is never text the reader saw. */
const SKIPPED = new Set(['HEAD', 'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TITLE', 'SVG', 'IMG', 'OBJECT', 'IFRAME']);

function isQuote(element: Element): boolean {
  return element.classList.contains('gmail_quote');
}

/** A link's address when the reader could not see it in the link's own words. */
function hiddenAddress(element: Element, text: string): string | null {
  const href = element.getAttribute('href')?.trim() ?? '';
  if (!/^(https?:|mailto:)/i.test(href)) return null;
  const shown = href.replace(/^mailto:/i, '');
  return text.includes(shown) ? null : shown;
}

/**
 * Lines as the message shows them: a block starts and ends a line, a <br> ends one (an empty
 * one too: Gmail writes an empty line as <div><br></div>), a paragraph has an empty line around it.
 */
class Lines {
  readonly lines: string[] = [];
  current = '';

  text(text: string): void {
    this.current += text;
  }
  /** Ends the line if anything is on it. */
  block(): void {
    if (this.current.trim() !== '') this.lines.push(this.current);
    this.current = '';
  }
  /** Ends the line even if it is empty. */
  br(): void {
    this.lines.push(this.current);
    this.current = '';
  }
  blank(): void {
    this.block();
    if (this.lines.length > 0 && this.lines[this.lines.length - 1]!.trim() !== '') this.lines.push('');
  }
  done(): string {
    this.block();
    return this.lines
      .map((line) => line.replace(/\u00a0/g, ' ').replace(/ +/g, ' ').trim())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }
}

export function sentTextOfDocument(doc: Document): string {
  const out = new Lines();
  let quoted = false;
  const walk = (node: Node, pre: boolean): void => {
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      if (!pre) out.text(text.replace(/[ \t\r\n\f]+/g, ' '));
      else text.split('\n').forEach((part, index) => (index === 0 ? out.text(part) : (out.br(), out.text(part))));
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIPPED.has(tag)) return;
    if (tag === 'BR') return out.br();
    if (isQuote(element)) {
      // Nested quotes and the "On …, … wrote:" line inside are one history: one mark for it.
      if (!quoted) {
        out.blank();
        out.text(QUOTE_LEFT_OUT);
        out.blank();
      }
      quoted = true;
      return;
    }
    const edge = PARAGRAPHS.has(tag) ? () => out.blank() : BLOCKS.has(tag) ? () => out.block() : () => undefined;
    edge();
    if (tag === 'LI') out.text('- ');
    const before = out.current.length;
    const linesBefore = out.lines.length;
    for (const child of Array.from(element.childNodes)) walk(child, pre || tag === 'PRE');
    if (tag === 'A') {
      const shown = out.lines.slice(linesBefore).join(' ') + out.current.slice(out.lines.length === linesBefore ? before : 0);
      const address = hiddenAddress(element, shown);
      if (address) out.text(` (${address})`);
    }
    if (tag === 'TD' || tag === 'TH') out.text(' ');
    edge();
  };
  walk(doc.body ?? doc.documentElement, false);
  return out.done();
}

/** The plain text of a sent message's HTML; `parser` is the content script's window's DOMParser. */
export function sentTextOfHtml(html: string, parser: DOMParser = new DOMParser()): string {
  return sentTextOfDocument(parser.parseFromString(html, 'text/html'));
}
