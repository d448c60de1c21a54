// Builds launchevent.js: one classic script, no import/export, fixed name (the manifest names it),
// because classic Outlook on Windows runs it alone in a JavaScript-only runtime. The pages build
// emits it as an asset; the dev server builds it on request.
import { build, type Plugin } from 'vite';

export const LAUNCH_EVENT_FILE = 'launchevent.js';

/** The syntax level of the bundle; older than the pages', for the JavaScript-only runtime. */
export const LAUNCH_EVENT_TARGET = 'es2017';

export class LaunchEventBuildError extends Error {
  readonly code = 'launch-event-build';
  constructor(message: string) {
    super(message);
    this.name = 'LaunchEventBuildError';
  }
}

export async function bundleLaunchEvent(entry: string, minify: boolean): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      write: false,
      target: LAUNCH_EVENT_TARGET,
      minify,
      sourcemap: false,
      emptyOutDir: false,
      lib: { entry, formats: ['iife'], name: 'cobroLaunchEvent', fileName: () => LAUNCH_EVENT_FILE },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const output of outputs) {
    if (!('output' in output)) continue;
    const chunk = output.output.find((item) => item.type === 'chunk' && item.fileName === LAUNCH_EVENT_FILE);
    if (chunk && chunk.type === 'chunk') return chunk.code;
  }
  throw new LaunchEventBuildError(`Building ${entry} produced no ${LAUNCH_EVENT_FILE}`);
}

export function launchEventPlugin(entry: string): Plugin {
  return {
    name: 'cobro-launch-event',
    configureServer(server) {
      server.middlewares.use(`/${LAUNCH_EVENT_FILE}`, (_request, response, next) => {
        bundleLaunchEvent(entry, false).then((code) => {
          response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          response.setHeader('Cache-Control', 'no-store');
          response.end(code);
        }, next);
      });
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: LAUNCH_EVENT_FILE, source: await bundleLaunchEvent(entry, true) });
    },
  };
}
