// Test helper: puts one of the __fixtures__/*.html snippets into the current (happy-dom) document.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function loadFixture(...files: string[]): Document {
  document.body.innerHTML = files
    .map((file) => readFileSync(join(import.meta.dirname, '__fixtures__', file), 'utf8'))
    .join('\n');
  return document;
}
