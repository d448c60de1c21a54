import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gmailBundleSizes } from './bundle-sizes';

let build = '';
const SCRIPT = 'const chip = 1;\n'.repeat(500);

beforeAll(async () => {
  build = await mkdtemp(join(tmpdir(), 'cobro-bundle-sizes-'));
  await mkdir(join(build, 'content-scripts'));
  await writeFile(join(build, 'content-scripts', 'gmail.js'), SCRIPT);
  await writeFile(join(build, 'content-scripts', 'gmail.css'), 'b{}');
  await writeFile(join(build, 'gmail-reporter.js'), 'x');
});
afterAll(() => rm(build, { recursive: true, force: true }));

describe('gmailBundleSizes', () => {
  it('measures each content script and the reporter, raw and gzip -9', async () => {
    const sizes = await gmailBundleSizes(build);
    expect(sizes.contentScripts).toEqual([{ file: 'content-scripts/gmail.js', bytes: SCRIPT.length, gzipBytes: gzipSync(SCRIPT, { level: 9 }).length }]);
    expect(sizes.reporter).toMatchObject({ file: 'gmail-reporter.js', bytes: 1 });
    expect(sizes.contentScripts[0]!.gzipBytes).toBeLessThan(SCRIPT.length / 20);
    expect(gunzipSync(gzipSync(SCRIPT, { level: 9 })).toString()).toBe(SCRIPT);
  });
});
