import type { Alias, InlineConfig, Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { GmailPreactBuildError, PREACT_ALIASES, NO_ICU_PARSER, refuseReactModule, renderGmailWithPreact } from './gmail-preact';

const GMAIL = { name: 'gmail', type: 'content-script' };
const aliasesOf = (config: InlineConfig) => config.resolve?.alias as Alias[] | undefined;
const pluginNames = (config: InlineConfig) => (config.plugins as Plugin[] | undefined)?.map((plugin) => plugin.name) ?? [];

function resolveWith(aliases: readonly Alias[], specifier: string): string {
  const alias = aliases.find((entry) => (typeof entry.find === 'string' ? entry.find === specifier : entry.find.test(specifier)));
  return alias ? specifier.replace(alias.find, alias.replacement) : specifier;
}

describe('renderGmailWithPreact', () => {
  it.each([
    ['react', 'preact/compat'],
    ['react/jsx-runtime', 'preact/compat/jsx-runtime'],
    ['react/jsx-dev-runtime', 'preact/compat/jsx-dev-runtime'],
    ['react-dom', 'preact/compat'],
    ['react-dom/client', 'preact/compat/client'],
    ['react-dom-extra', 'react-dom-extra'],
    ['reactive', 'reactive'],
    ['zod', 'zod'],
  ])('in the Gmail build, %s resolves as %s', (specifier, expected) => {
    const config: InlineConfig = {};
    renderGmailWithPreact([GMAIL], config);
    expect(resolveWith(aliasesOf(config)!, specifier)).toBe(expected);
  });

  it('puts its aliases before those already there, and adds the guard', () => {
    const config: InlineConfig = { resolve: { alias: { react: '/elsewhere/react' } }, plugins: [{ name: 'earlier' }] };
    renderGmailWithPreact([GMAIL], config);
    expect(aliasesOf(config)).toEqual([...PREACT_ALIASES, NO_ICU_PARSER, { find: 'react', replacement: '/elsewhere/react' }]);
    expect(resolveWith(aliasesOf(config)!, 'react')).toBe('preact/compat');
    // Messages come parsed from the background: the parser stays out.
    expect(resolveWith(aliasesOf(config)!, '@formatjs/icu-messageformat-parser')).toBe('@formatjs/icu-messageformat-parser/no-parser.js');
    expect(pluginNames(config)).toEqual(['earlier', 'cobro-gmail-refuse-react']);
  });

  it.each([
    ['the background', [{ name: 'background', type: 'background' }]],
    ['the popup and the options page', [{ name: 'popup', type: 'popup' }, { name: 'options', type: 'options' }]],
    ['the page reporter', [{ name: 'gmail-reporter', type: 'unlisted-script' }]],
    ['another content script', [{ name: 'other', type: 'content-script' }]],
  ])('leaves %s on React', (_what, entrypoints) => {
    const config: InlineConfig = { plugins: [] };
    renderGmailWithPreact(entrypoints, config);
    expect(config).toEqual({ plugins: [] });
  });

  it('refuses to build the Gmail script in one group with another entrypoint', () => {
    expect(() => renderGmailWithPreact([GMAIL, { name: 'popup', type: 'popup' }], {})).toThrow(GmailPreactBuildError);
  });
});

describe('refuseReactModule', () => {
  it.each([
    '/work/node_modules/react-dom/cjs/react-dom-client.production.js',
    '/work/node_modules/react/cjs/react-jsx-runtime.production.js',
    '/work/node_modules/scheduler/index.js?commonjs-exports',
    'C:\\work\\node_modules\\react-dom\\client.js',
  ])('refuses %s', (id) => {
    expect(() => refuseReactModule(id)).toThrow(expect.objectContaining({ code: 'react-in-gmail-build' }));
  });

  it.each([
    '/work/node_modules/preact/compat/dist/compat.mjs',
    '/work/node_modules/preact/dist/preact.mjs',
    '/work/node_modules/dexie-react-hooks/dist/index.js',
    '/work/shared/ui/react-things.tsx',
  ])('lets %s through', (id) => {
    expect(() => refuseReactModule(id)).not.toThrow();
  });
});
