import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const CHROME_BUILD = resolve(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = resolve(ROOT, '.output/firefox-mv2');
export const CHROMIUM = process.env.COBRO_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX = process.env.COBRO_FIREFOX ?? '/usr/bin/firefox-esr';

/** Debian's Chromium, headless as root, with one unpacked extension and no background traffic. */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    // Without these Chromium keeps trying to reach a network this machine does not have.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--lang=en-US',
  ];
}
