// What a Gmail tab downloads and parses for Cobro: the built content scripts and the page-world
// reporter, each as gzip -9 would ship it.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export async function gzipSize(path: string): Promise<{ bytes: number; gzipBytes: number }> {
  const content = await readFile(path);
  return { bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
}

/** Every content-scripts/*.js of a built extension, and gmail-reporter.js. */
export async function gmailBundleSizes(buildDir: string): Promise<{ contentScripts: BundleSize[]; reporter: BundleSize }> {
  const folder = join(buildDir, 'content-scripts');
  const names = (await readdir(folder)).filter((name) => name.endsWith('.js')).sort();
  const contentScripts = await Promise.all(
    names.map(async (name) => ({ file: `content-scripts/${name}`, ...(await gzipSize(join(folder, name))) })),
  );
  const reporter = { file: 'gmail-reporter.js', ...(await gzipSize(join(buildDir, 'gmail-reporter.js'))) };
  return { contentScripts, reporter };
}
