import { defineConfig } from 'wxt';
import { renderGmailWithPreact } from './extension/build/gmail-preact';
import { hardenBundle } from './extension/build/harden-bundle';

const GMAIL = 'https://mail.google.com/*';
/** The page script that reports Gmail's sync POSTs; the Gmail content script injects it. */
const REPORTER = 'gmail-reporter.js';
/** Any web site, asked for one origin at a time ('https://app.invoicing.co/*'); never granted whole. */
const SITES = ['https://*/*', 'http://*/*'];
/**
 * Extension pages (background, popup) may load only their own scripts and connect nowhere:
 * the ledger stays on this machine. Development builds need a dev server, so only production.
 */
const PRODUCTION_CSP = "script-src 'self'; object-src 'self'; connect-src 'none'";

// One source, two browsers. Host access is Gmail only; any other site is requested at run time.
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  modules: ['@wxt-dev/module-react'],
  imports: false,
  // Applied to Web Workers' bundles too (the workspace runs imports in one).
  vite: () => ({ plugins: [hardenBundle()], worker: { plugins: () => [hardenBundle()] } }),
  // The Gmail content script renders with preact/compat (Gmail parses it in every tab); every other page keeps React.
  hooks: { 'vite:build:extendConfig': renderGmailWithPreact },
  manifest: ({ browser, manifestVersion, mode }) => ({
    name: 'Cobro',
    description: 'See what a customer owes while you read their email, and chase late invoices politely.',
    // activeTab: the popup may read the address of the tab it was opened over (to offer that site).
    // Invoicing tools' sites are asked for one at a time, from the popup's click.
    permissions: ['storage', 'alarms', 'activeTab', 'scripting'],
    host_permissions: [GMAIL],
    ...(manifestVersion === 3 ? { optional_host_permissions: SITES } : { optional_permissions: SITES }),
    web_accessible_resources: manifestVersion === 3 ? [{ resources: [REPORTER], matches: [GMAIL] }] : [REPORTER],
    ...(mode === 'production'
      ? { content_security_policy: manifestVersion === 3 ? { extension_pages: PRODUCTION_CSP } : PRODUCTION_CSP }
      : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // data_collection_permissions (no data leaves the machine) needs Firefox 140, Android 142.
            gecko: {
              id: 'cobro@cobro.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
