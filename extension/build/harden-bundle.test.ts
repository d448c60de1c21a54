import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyRewrites, REWRITES, RewriteMismatchError } from './harden-bundle';

// Read straight from node_modules: the packages' export maps do not list these internal files.
const installed = (file: string) => {
  const path = join(import.meta.dirname, '..', '..', 'node_modules', file);
  return { path, code: readFileSync(path, 'utf8') };
};

describe('applyRewrites on the installed libraries', () => {
  it.each([
    ['react-dom/cjs/react-dom-client.production.js', 'domElement.innerHTML = key', 'dangerouslySetInnerHTML is not allowed'],
    ['zod/v4/core/util.js', 'new F("")', 'return false;'],
  ])('%s: removes %j', (specifier, removed, added) => {
    const { path, code } = installed(specifier);
    const rewritten = applyRewrites(path, code);
    expect(rewritten).not.toBeNull();
    expect(rewritten).not.toContain(removed);
    expect(rewritten).toContain(added);
  });
});

describe('applyRewrites', () => {
  it('leaves other modules alone', () => {
    expect(applyRewrites('/x/node_modules/react/index.js', 'a.innerHTML = b')).toBeNull();
  });

  it('refuses a module whose code no longer matches', () => {
    const reactDom = REWRITES[0]!;
    expect(() => applyRewrites('/x/node_modules/react-dom/cjs/react-dom-client.production.js', 'changed code', [reactDom])).toThrow(
      RewriteMismatchError,
    );
  });
});
