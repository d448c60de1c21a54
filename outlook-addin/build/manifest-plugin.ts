// Writes the production manifest next to the built files: every URL moved to COBRO_ADDIN_URL
// (https://cobro.example when unset), checked structurally, and every file it names present.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { SEND_HANDLER_NAME } from '../office/send-handler-name.ts';
import { checkManifest, manifestUrls } from './manifest-check.ts';
import { addinBaseUrl, manifestForHost, PLACEHOLDER_ORIGIN } from './manifest-host.ts';
import { parseXml } from './parse-xml.ts';

export class ManifestBuildError extends Error {
  readonly code = 'manifest-build';
  constructor(message: string) {
    super(message);
    this.name = 'ManifestBuildError';
  }
}

export const MANIFEST_EXPECTATIONS = { sendHandler: SEND_HANDLER_NAME, locales: ['es-ES'], mailboxVersion: '1.12' } as const;

export function manifestPlugin(options: { source: string; outDir: string; baseUrl: string | undefined }): Plugin {
  return {
    name: 'cobro-manifest',
    apply: 'build',
    buildStart() {
      // A wrong address fails the build before anything is bundled.
      addinBaseUrl(options.baseUrl ?? PLACEHOLDER_ORIGIN);
    },
    closeBundle() {
      const base = addinBaseUrl(options.baseUrl ?? PLACEHOLDER_ORIGIN);
      const xml = manifestForHost(readFileSync(options.source, 'utf8'), base);
      const doc = parseXml(xml);
      const problems = checkManifest(doc, MANIFEST_EXPECTATIONS);
      const missing = [...manifestUrls(doc).values()]
        .map((url) => url.slice(base.length + 1))
        .filter((path) => !existsSync(join(options.outDir, path)));
      if (missing.length > 0) problems.push(`the manifest names files the build did not produce: ${missing.join(', ')}`);
      if (problems.length > 0) throw new ManifestBuildError(`manifest.xml is not fit to ship:\n- ${problems.join('\n- ')}`);
      writeFileSync(join(options.outDir, 'manifest.xml'), xml);
    },
  };
}
