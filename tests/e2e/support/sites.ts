// The invoicing tools' pages for the e2e suites: fixture pages served for their real addresses,
// and a Chromium build of Cobro for which those sites count as granted.
//
// Granting: a site is turned on by the browser's permission prompt, which headless Chromium
// neither shows nor answers (permissions.request stays pending). So for Chromium the grant is
// simulated: a copy of the built extension lists the fixture sites among its host permissions,
// which the browser grants at install, exactly as if the user had accepted the prompt; from
// there every step is the product's own (the popup's request resolves at once, the background
// registers the script for the granted sites, the script runs). Firefox answers the real prompt
// itself with the pref extensions.webextOptionalPermissionPrompts = false (support/firefox.ts).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROME_BUILD, ROOT } from './paths';

export const NINJA = 'https://app.invoicing.co';
export const PLAIN = 'https://facturas.example.com';
export const SITE_ORIGINS = [NINJA, PLAIN] as const;

const FIXTURES = resolve(ROOT, 'tests/fixtures/sites');

/** Which fixture answers an address on one of the sites; null for anything else (a 404). */
export function siteFixtureFor(url: string, overrides: Record<string, string> = {}): string | null {
  const { origin, pathname, hash } = new URL(url);
  const route = `${pathname}${hash}`;
  if (overrides[route]) return overrides[route];
  if (origin === NINJA) {
    if (/^\/invoices\/?$/.test(pathname)) return 'invoice-ninja/invoices.html';
    if (/^\/invoices\/[^/]+\/edit\/?$/.test(pathname)) return 'invoice-ninja/invoice-edit.html';
  }
  if (origin === PLAIN) {
    if (pathname === '/facturas') return 'plain/invoices.html';
    if (pathname === '/facturas/F-2026-0107') return 'plain/invoice.html';
  }
  return null;
}

export function siteFixtureBody(path: string): string {
  return readFileSync(join(FIXTURES, path), 'utf8');
}

export function isSiteRequest(url: string): boolean {
  return SITE_ORIGINS.some((origin) => url.startsWith(`${origin}/`));
}

/** A copy of a Chromium build (the e2e one unless told) for which the fixture sites are granted at install (see above). */
export function chromeBuildGrantingSites(origins: readonly string[] = SITE_ORIGINS, source: string = CHROME_BUILD): string {
  const dir = mkdtempSync(join(tmpdir(), 'cobro-sites-'));
  cpSync(source, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions: string[] };
  manifest.host_permissions = [...manifest.host_permissions, ...origins.map((origin) => `${origin}/*`)];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}
