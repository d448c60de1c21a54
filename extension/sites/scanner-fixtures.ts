// Test helper: puts one of the pages under tests/fixtures/sites/ into the current (happy-dom) document,
// head and body, as a browser would show it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURES = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'sites');

export function loadSitePage(path: string): Document {
  const html = readFileSync(join(FIXTURES, path), 'utf8');
  const inner = /<html[^>]*>([\s\S]*)<\/html>/iu.exec(html)?.[1] ?? html;
  document.documentElement.innerHTML = inner;
  // happy-dom 21 leaves `<option selected>` unselected when it parses markup (a browser selects it).
  for (const select of document.querySelectorAll('select')) {
    const chosen = [...select.options].findLastIndex((option) => option.hasAttribute('selected'));
    if (chosen >= 0) select.selectedIndex = chosen;
  }
  return document;
}
