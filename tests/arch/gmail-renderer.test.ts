// The Gmail content script must not bundle React DOM (DESIGN.md: ≤ 90 KB gzipped). It renders
// with preact/compat through aliases set in wxt.config.ts's build hook; this checks, on the real
// source tree and the real config, that every way the script's sources reach React is aliased.
// The build itself also fails if React's code is still reached (extension/build/gmail-preact.ts).
import { join, relative } from 'node:path';
import type { Alias, InlineConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { reachableFrom, ROOT } from './source-graph';

const REACT = /^(react|react-dom|scheduler)(\/|$)/;
const GMAIL_ENTRY = join(ROOT, 'extension', 'entrypoints', 'gmail.content.ts');

type ExtendConfig = (entrypoints: readonly { name: string; type: string }[], viteConfig: InlineConfig) => void;
const extendConfig = (config.hooks as Record<string, unknown> | undefined)?.['vite:build:extendConfig'] as ExtendConfig | undefined;

function buildConfigFor(entrypoints: readonly { name: string; type: string }[]): InlineConfig {
  const viteConfig: InlineConfig = {};
  extendConfig?.(entrypoints, viteConfig);
  return viteConfig;
}

function resolveWith(aliases: readonly Alias[], specifier: string): string {
  const alias = aliases.find((entry) => (typeof entry.find === 'string' ? entry.find === specifier : entry.find.test(specifier)));
  return alias ? specifier.replace(alias.find, alias.replacement) : specifier;
}

/** Package specifiers the script's sources import at run time, with a file that imports each. */
function packageImports(): Map<string, string> {
  const found = new Map<string, string>();
  for (const { file, facts } of reachableFrom(GMAIL_ENTRY).values()) {
    // JSX compiles to imports of React's automatic runtime.
    const imports = file.endsWith('.tsx') ? [...facts.imports, 'react/jsx-runtime'] : facts.imports;
    for (const specifier of imports) {
      if (!specifier.startsWith('.') && !found.has(specifier)) found.set(specifier, relative(ROOT, file));
    }
  }
  return found;
}

describe('the Gmail content script renders with preact/compat', () => {
  const imports = packageImports();
  const aliases = (buildConfigFor([{ name: 'gmail', type: 'content-script' }]).resolve?.alias ?? []) as Alias[];

  it('reaches React through its sources (so the check below has something to check)', () => {
    expect([...imports.keys()].filter((specifier) => REACT.test(specifier)).sort()).toEqual(
      expect.arrayContaining(['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime']),
    );
  });

  it('has every React import aliased away in its build', () => {
    const unaliased = [...imports]
      .filter(([specifier]) => REACT.test(resolveWith(aliases, specifier)))
      .map(([specifier, file]) => `${file} imports ${specifier}`);
    expect(unaliased).toEqual([]);
  });

  it('leaves the extension pages on React', () => {
    const pages = buildConfigFor([
      { name: 'popup', type: 'popup' },
      { name: 'options', type: 'options' },
    ]);
    expect(pages.resolve?.alias).toBeUndefined();
  });
});
