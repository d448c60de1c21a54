// The built add-in the suite serves: rebuilt with the project's own Vite config when missing or
// older than its sources, plus the test-only seed script.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const ADDIN_BUILD = resolve(ROOT, '.output/outlook-addin');

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const name of readdirSync(path)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    latest = Math.max(latest, newest(join(path, name)));
  }
  return latest;
}

export async function ensureAddinBuilt(): Promise<void> {
  const marker = join(ADDIN_BUILD, 'taskpane.html');
  const sources = Math.max(newest(join(ROOT, 'outlook-addin')), newest(join(ROOT, 'shared')), newest(join(ROOT, 'manifest.xml')));
  if (existsSync(marker) && statSync(marker).mtimeMs >= sources) return;
  await build({ configFile: resolve(ROOT, 'outlook-addin/vite.config.ts'), logLevel: 'warn' });
}

/** The seed script as one classic script. */
export async function buildSeedScript(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      write: false,
      minify: false,
      emptyOutDir: false,
      lib: { entry: resolve(import.meta.dirname, 'seed-entry.ts'), formats: ['iife'], name: 'cobroSeed', fileName: () => 'seed.js' },
    },
  });
  for (const output of Array.isArray(result) ? result : [result]) {
    if (!('output' in output)) continue;
    const chunk = output.output.find((item) => item.type === 'chunk');
    if (chunk && chunk.type === 'chunk') return chunk.code;
  }
  throw new Error('the seed script build produced no chunk');
}
