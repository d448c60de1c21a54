// What the Chromium bench loads: Cobro's production build (wxt, into .output/bench), the bare
// baseline extension (esbuild, into .output/bench-bare), and the ledger loader as one script to
// evaluate in an extension page. esbuild comes with tsx, which runs the bench.
import { spawn } from 'node:child_process';
import { copyFile, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { readFile } from 'node:fs/promises';
import { build, type Plugin } from 'esbuild';
import { applyRewrites } from '../../extension/build/harden-bundle';
import { BenchError } from './bench-error';
import { BENCH_OUT } from './wxt.bench.config';

export const ROOT = resolve(import.meta.dirname, '../..');
export const COBRO_BENCH_BUILD = join(ROOT, BENCH_OUT, 'chrome-mv3');
export const BARE_BUILD = join(ROOT, '.output/bench-bare');
const BARE_SOURCE = join(import.meta.dirname, 'bare-extension');


/** `wxt build -b chrome` with the bench's config; resolves to the built extension's folder. */
export function buildCobroForBench(): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn('npx', ['wxt', 'build', '-b', 'chrome', '-c', 'tests/bench/wxt.bench.config.ts'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => fail(new BenchError('bench-build', `could not start wxt: ${error.message}`)));
    child.on('close', (code) =>
      code === 0 ? done(COBRO_BENCH_BUILD) : fail(new BenchError('bench-build', `wxt build exited with ${code}:\n${output.slice(-4000)}`)),
    );
  });
}

const BROWSER_BUNDLE = { bundle: true, format: 'iife', platform: 'browser', target: 'chrome120', minify: true, logLevel: 'silent' } as const;

export async function buildBareExtension(): Promise<string> {
  await mkdir(BARE_BUILD, { recursive: true });
  await build({
    ...BROWSER_BUNDLE,
    entryPoints: { background: join(BARE_SOURCE, 'background.ts'), content: join(BARE_SOURCE, 'content.ts') },
    outdir: BARE_BUILD,
  });
  await Promise.all(['manifest.json', 'ledger.html'].map((file) => copyFile(join(BARE_SOURCE, file), join(BARE_BUILD, file))));
  return BARE_BUILD;
}

/**
 * The same rewrites of third-party code as Cobro's own build (harden-bundle.ts). The loader runs
 * in an extension page, under its CSP: zod's eval probe, first answered while the DevTools
 * protocol's evaluation was exempt from that CSP, would say yes, and zod's compiled parsers would
 * then fail in the callbacks that run after it.
 */
const hardened: Plugin = {
  name: 'cobro-harden-bundle',
  setup(bench) {
    bench.onLoad({ filter: /node_modules[\\/].*\.m?js$/ }, async (args) => {
      const code = await readFile(args.path, 'utf8');
      const rewritten = applyRewrites(args.path, code);
      return rewritten === null ? undefined : { contents: rewritten, loader: 'js' };
    });
  },
};

/** The ledger loader (ledger-loader.ts) as script text that defines `cobroBenchLoad`. */
export async function ledgerLoaderSource(): Promise<string> {
  const result = await build({
    ...BROWSER_BUNDLE,
    entryPoints: [join(import.meta.dirname, 'ledger-loader.ts')],
    plugins: [hardened],
    write: false,
  });
  const file = result.outputFiles[0];
  if (!file) throw new BenchError('bench-build', 'esbuild produced no ledger loader');
  return file.text;
}

/** The page probes (page-probes.ts) as an init script: defines `cobroBenchProbes` and starts the long-task watch. */
export async function pageProbesSource(): Promise<string> {
  const result = await build({
    ...BROWSER_BUNDLE,
    entryPoints: [join(import.meta.dirname, 'page-probes.ts')],
    globalName: 'cobroBenchProbes',
    write: false,
  });
  const file = result.outputFiles[0];
  if (!file) throw new BenchError('bench-build', 'esbuild produced no page probes');
  // Playwright wraps init scripts in a function, so the bundle's `var` is made global by hand.
  return `${file.text}\nglobalThis.cobroBenchProbes = cobroBenchProbes;\ncobroBenchProbes.watchLongTasks();`;
}
