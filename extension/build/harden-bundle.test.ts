import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import type * as PreactModule from 'preact';
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
    ['preact/dist/preact.mjs', 't.innerHTML=h.__html', 'dangerouslySetInnerHTML is not allowed'],
    ['zod/v4/core/util.js', 'new F("")', 'return false;'],
    ['fflate/esm/browser.js', 'su < 524288', 'if (true) {'],
    ['jspdf/dist/jspdf.es.min.js', 'r.innerHTML=', 'HTML rendering is not used'],
    ['jspdf/dist/jspdf.es.min.js', 'import("html2canvas")', 'html2canvas is not bundled'],
    ['jspdf/dist/jspdf.es.min.js', 'import("dompurify")', 'dompurify is not bundled'],
    ['jspdf/dist/jspdf.es.min.js', 'import("canvg")', 'canvg is not bundled'],
    ['jspdf-autotable/dist/jspdf.plugin.autotable.mjs', 'cell.innerHTML =', 'tables are not read from HTML'],
  ])('%s: removes %j', (specifier, removed, added) => {
    const { path, code } = installed(specifier);
    const rewritten = applyRewrites(path, code);
    expect(rewritten).not.toBeNull();
    expect(rewritten).not.toContain(removed);
    expect(rewritten).toContain(added);
  });
});

describe('Preact as the Gmail content script bundles it', () => {
  // The rewritten module is self-contained, so it can be loaded and run as the bundle would run it.
  const loadRewrittenPreact = async (): Promise<typeof PreactModule> => {
    const { path, code } = installed('preact/dist/preact.mjs');
    const folder = mkdtempSync(join(tmpdir(), 'cobro-preact-'));
    try {
      const file = join(folder, 'preact.mjs');
      // Without its source-map comment: the map is not copied along.
      writeFileSync(file, applyRewrites(path, code)!.replace(/\n\/\/# sourceMappingURL=.*$/, ''));
      return (await import(/* @vite-ignore */ pathToFileURL(file).href)) as typeof PreactModule;
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  };

  it('still renders text as text, and refuses dangerouslySetInnerHTML', async () => {
    const { h, render } = await loadRewrittenPreact();
    const container = new Window().document.createElement('div') as unknown as HTMLElement;
    render(h('p', null, '<b>hi</b>'), container);
    expect(container.innerHTML).toBe('<p>&lt;b&gt;hi&lt;/b&gt;</p>');
    expect(() => render(h('p', { dangerouslySetInnerHTML: { __html: '<img src=x>' } }), container)).toThrow(
      'dangerouslySetInnerHTML is not allowed',
    );
    expect(container.querySelector('img')).toBeNull();
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
