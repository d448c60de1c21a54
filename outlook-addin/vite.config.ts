// The Outlook add-in: static files for any HTTPS host (npm run build:outlook) and a dev server
// on https://localhost:3000 (npm run outlook:dev) with the certificates office-addin-dev-certs
// installs (npx office-addin-dev-certs install).
import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';
import { hardenBundle } from '../extension/build/harden-bundle.ts';
import { launchEventPlugin } from './build/launch-event-plugin.ts';
import { manifestPlugin } from './build/manifest-plugin.ts';

const here = import.meta.dirname;
const outDir = resolve(here, '../.output/outlook-addin');

export default defineConfig(async ({ command }): Promise<UserConfig> => {
  const https =
    command === 'serve'
      ? // Loaded only for the dev server, so a production build needs no certificates.
        await (await import('office-addin-dev-certs')).default.getHttpsServerOptions()
      : undefined;
  return {
    root: here,
    // Relative URLs, so the files work from any folder of the production host.
    base: './',
    publicDir: resolve(here, 'public'),
    server: { port: 3000, strictPort: true, host: 'localhost', https },
    preview: { port: 3000, strictPort: true, host: 'localhost', https },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      // Every supported client loads module scripts natively.
      modulePreload: { polyfill: false },
      rollupOptions: {
        input: {
          taskpane: resolve(here, 'taskpane.html'),
          commands: resolve(here, 'commands.html'),
          // Opened by the pane in an Office dialog (or inside the pane's own origin in a browser).
          workspace: resolve(here, 'workspace.html'),
        },
      },
    },
    // The same rewrites of third-party code as the extension's build (see harden-bundle.ts): the
    // workspace opened from the pane carries React DOM, zod, the spreadsheet reader and the PDFs.
    worker: { plugins: () => [hardenBundle()] },
    plugins: [
      hardenBundle(),
      launchEventPlugin(resolve(here, 'launchevent/launchevent.ts')),
      manifestPlugin({ source: resolve(here, '../manifest.xml'), outDir, baseUrl: process.env.COBRO_ADDIN_URL }),
    ],
  };
});
