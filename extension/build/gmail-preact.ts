// The Gmail content script renders the shared React components with preact/compat instead of
// React DOM: Gmail downloads and parses that script in every tab, and React DOM alone was about
// half of it. Only this entrypoint is rebuilt this way; the popup, the workspace (options page)
// and the Outlook add-in keep React. The components are written against React's API and types;
// preact/compat runs them unchanged (checked by extension/gmail/features/preact-compat.test.tsx).
//
// A guard plugin goes with the aliases: if anything in the Gmail build still resolves to React's
// own packages (a new import path the aliases do not cover, a library that requires React), the
// build fails instead of quietly shipping React DOM next to Preact.
import type { Alias, InlineConfig, Plugin } from 'vite';

/** The name WXT gives extension/entrypoints/gmail.content.ts. */
export const GMAIL_CONTENT_SCRIPT = 'gmail';
/** The invoicing tools' script (extension/entrypoints/sites.content.ts) renders the same way. */
export const PREACT_CONTENT_SCRIPTS: readonly string[] = [GMAIL_CONTENT_SCRIPT, 'sites'];

/** Every way the sources (and the JSX transform) reach React, mapped to preact/compat. */
export const PREACT_ALIASES: readonly Alias[] = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
];

/**
 * The content scripts format UI messages the background sends already parsed (shared/i18n/translator.ts,
 * extension/messaging/ui-catalog.ts), so they leave FormatJS's ICU parser out, as FormatJS documents for
 * precompiled messages. A string compiled there would throw: only parsed messages reach them.
 */
export const NO_ICU_PARSER: Alias = { find: /^@formatjs\/icu-messageformat-parser$/, replacement: '@formatjs/icu-messageformat-parser/no-parser.js' };

/** React's packages, by a resolved module path. */
const REACT_MODULE = /\/node_modules\/(react|react-dom|scheduler)\//;

export class GmailPreactBuildError extends Error {
  constructor(
    readonly code: 'react-in-gmail-build' | 'gmail-built-with-others',
    message: string,
  ) {
    super(message);
    this.name = 'GmailPreactBuildError';
  }
}

/** Throws when a resolved module is one of React's packages. */
export function refuseReactModule(id: string): void {
  const path = id.split('?')[0]!.replace(/\\/g, '/');
  if (REACT_MODULE.test(path)) {
    throw new GmailPreactBuildError(
      'react-in-gmail-build',
      `${path} is React's own code, but the Gmail content script renders with preact/compat: alias it in extension/build/gmail-preact.ts`,
    );
  }
}

export function refuseReact(): Plugin {
  return {
    name: 'cobro-gmail-refuse-react',
    // Before any plugin that could load the module itself and so skip this check.
    enforce: 'pre',
    load(id) {
      refuseReactModule(id);
      return null;
    },
  };
}

function aliasList(alias: NonNullable<InlineConfig['resolve']>['alias']): Alias[] {
  if (alias === undefined) return [];
  if (Array.isArray(alias)) return [...(alias as readonly Alias[])];
  return Object.entries(alias as Record<string, string>).map(([find, replacement]) => ({ find, replacement }));
}

/**
 * WXT's `vite:build:extendConfig` hook: WXT builds each content script on its own, so the
 * aliases and the guard go into the Gmail script's build only.
 */
export function renderGmailWithPreact(entrypoints: readonly { name: string; type: string }[], config: InlineConfig): void {
  if (!entrypoints.some((entry) => entry.type === 'content-script' && PREACT_CONTENT_SCRIPTS.includes(entry.name))) return;
  // A group holding the Gmail script and anything else would give that other entrypoint Preact too.
  if (entrypoints.length !== 1) {
    const names = entrypoints.map((entry) => entry.name).join(', ');
    throw new GmailPreactBuildError('gmail-built-with-others', `the Gmail content script is built in one group with ${names}`);
  }
  config.resolve ??= {};
  // First, so these win over any other alias for the same names.
  config.resolve.alias = [...PREACT_ALIASES, NO_ICU_PARSER, ...aliasList(config.resolve.alias)];
  config.plugins = [...(config.plugins ?? []), refuseReact()];
}
