import { defineConfig } from 'wxt';

// One source, two browsers. Host access is Gmail only; any other site is requested at run time.
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  modules: ['@wxt-dev/module-react'],
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Cobro',
    description: 'See what a customer owes while you read their email, and chase late invoices politely.',
    permissions: ['storage'],
    host_permissions: ['https://mail.google.com/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'cobro@cobro.app',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
