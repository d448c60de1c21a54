// The committed manifest points at the development server; a production copy points every URL
// at the host the add-in is served from.

export const DEV_ORIGIN = 'https://localhost:3000';
export const PLACEHOLDER_ORIGIN = 'https://cobro.example';

export class AddinUrlError extends Error {
  readonly code = 'addin-url';
  constructor(message: string) {
    super(message);
    this.name = 'AddinUrlError';
  }
}

/** Checks and normalises the base URL the add-in is served from: https, no query, no fragment. */
export function addinBaseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new AddinUrlError(`COBRO_ADDIN_URL must be a URL such as https://addin.example.com, not ${JSON.stringify(value)}`);
  }
  if (url.protocol !== 'https:') throw new AddinUrlError(`Outlook loads add-ins over https only; ${url.href} is ${url.protocol}`);
  if (url.search || url.hash || url.username || url.password) {
    throw new AddinUrlError(`COBRO_ADDIN_URL must be a plain base URL without query, fragment or credentials: ${url.href}`);
  }
  return url.href.replace(/\/+$/, '');
}

/**
 * The manifest with every development URL moved to `base` (a folder path is kept), except an
 * AppDomain, which names an origin only.
 */
export function manifestForHost(xml: string, base: string): string {
  const target = addinBaseUrl(base);
  const origin = new URL(target).origin;
  return xml
    .split(`<AppDomain>${DEV_ORIGIN}</AppDomain>`)
    .join(`<AppDomain>${origin}</AppDomain>`)
    .split(`${DEV_ORIGIN}/`)
    .join(`${target}/`)
    .split(DEV_ORIGIN)
    .join(target);
}
