import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEND_HANDLER_NAME } from '../office/send-event';
import { checkManifest, manifestUrls } from './manifest-check';
import { addinBaseUrl, AddinUrlError, DEV_ORIGIN, manifestForHost, PLACEHOLDER_ORIGIN } from './manifest-host';
import { voiceProblems } from '../../shared/i18n/glossary';
import { parseXml } from './parse-xml';

const MANIFEST = readFileSync(resolve(import.meta.dirname, '../../manifest.xml'), 'utf8');
const EXPECT = { sendHandler: SEND_HANDLER_NAME, locales: ['es-ES'], mailboxVersion: '1.12' };
const check = (xml: string) => checkManifest(parseXml(xml), EXPECT);

/** Replaces exactly one occurrence, so a test cannot pass because its edit missed. */
function edit(xml: string, from: string, to: string): string {
  const at = xml.indexOf(from);
  if (at === -1 || xml.indexOf(from, at + 1) !== -1) throw new Error(`expected exactly one ${from}`);
  return xml.slice(0, at) + to + xml.slice(at + from.length);
}

describe('manifest.xml', () => {
  it('says its Spanish strings with the glossary’s voice ("cliente", "usted")', () => {
    const spanish = Object.fromEntries([...MANIFEST.matchAll(/Locale="es-ES" Value="([^"]*)"/g)].map((match, i) => [`es-ES #${i + 1}`, match[1]!]));
    expect(Object.keys(spanish).length).toBeGreaterThan(3);
    expect(voiceProblems(spanish, 'es')).toEqual([]);
  });

  it('passes the structural check', () => {
    expect(check(MANIFEST)).toEqual([]);
  });

  it('points only at the development server', () => {
    const urls = [...manifestUrls(parseXml(MANIFEST)).values()];
    expect(urls.length).toBeGreaterThan(8);
    expect(urls.filter((url) => !url.startsWith(`${DEV_ORIGIN}/`))).toEqual([]);
    expect(manifestUrls(parseXml(MANIFEST)).get('LaunchEvent.Url')).toBe(`${DEV_ORIGIN}/launchevent.js`);
    expect(manifestUrls(parseXml(MANIFEST)).get('Commands.Url')).toBe(`${DEV_ORIGIN}/commands.html`);
  });
});

describe('the structural check notices', () => {
  it.each([
    ['elements out of schema order', (x: string) => edit(x, '<Version>1.0.0.0</Version>\n  <ProviderName>Cobro</ProviderName>', '<ProviderName>Cobro</ProviderName>\n  <Version>1.0.0.0</Version>'), '<Version> is out of order in <OfficeApp>'],
    ['a resid with no resource', (x: string) => edit(x, '<Title resid="ComposeButton.Label"/>', '<Title resid="Compose.Title"/>'), '<Title Compose.Title> names resource Compose.Title, which is not defined'],
    ['a resid of the wrong kind', (x: string) => edit(x, '<Description resid="ReadButton.Tooltip"/>', '<Description resid="ReadButton.Label"/>'), '<Description ReadButton.Label> names ReadButton.Label from ShortStrings, expected one from LongStrings'],
    ['a resource nobody uses', (x: string) => edit(x, '</bt:Images>', '<bt:Image id="Icon.64" DefaultValue="https://localhost:3000/assets/icon-64.png"/></bt:Images>'), 'resource Icon.64 is defined but never used'],
    ['a plain-http URL', (x: string) => edit(x, 'https://localhost:3000/launchevent.js', 'http://localhost:3000/launchevent.js'), 'resource LaunchEvent.Url is not https: http://localhost:3000/launchevent.js'],
    ['a string without Spanish', (x: string) => edit(x, '<bt:Override Locale="es-ES" Value="Plantillas de cobro"/>', ''), 'string ComposeButton.Label has no es-ES translation'],
    ['a pane that cannot be pinned', (x: string) => edit(x, '<SupportsPinning>true</SupportsPinning>', ''), 'the read-mode task pane is not pinnable'],
    ['a send handler under another name', (x: string) => edit(x, 'FunctionName="onMessageSendHandler"', 'FunctionName="onSend"'), 'OnMessageSend calls onSend, expected onMessageSendHandler'],
    ['a send mode that can block mail', (x: string) => edit(x, 'SendMode="PromptUser"', 'SendMode="Block"'), 'OnMessageSend must use SendMode PromptUser or SoftBlock'],
    ['a lower requirement set than the send event needs', (x: string) => edit(x, 'DefaultMinVersion="1.12"', 'DefaultMinVersion="1.5"'), 'VersionOverrides 1.1 does not require Mailbox 1.12'],
    ['no script for the JavaScript-only runtime', (x: string) => edit(x, '<Override type="javascript" resid="LaunchEvent.Url"/>', ''), 'the launch-event runtime has no JavaScript override for classic Outlook on Windows'],
    ['more permission than needed', (x: string) => edit(x, '<Permissions>ReadWriteItem</Permissions>', '<Permissions>ReadWriteMailbox</Permissions>'), 'Permissions is ReadWriteMailbox, expected ReadWriteItem'],
    ['broken XML', (x: string) => edit(x, '</DisplayName>', '</DisplayNam>'), 'the manifest is not well-formed XML'],
    ['a plain-http AppDomain', (x: string) => edit(x, '<AppDomain>https://localhost:3000</AppDomain>', '<AppDomain>http://localhost:3000</AppDomain>'), '<AppDomain> is not https: http://localhost:3000'],
    ['an AppDomain with a path', (x: string) => edit(x, '<AppDomain>https://localhost:3000</AppDomain>', '<AppDomain>https://localhost:3000/cobro</AppDomain>'), '<AppDomain> must be an origin without a path: https://localhost:3000/cobro'],
  ])('%s', (_name, mutate, problem) => {
    expect(check(mutate(MANIFEST))).toContain(problem);
  });
});

describe('the production manifest', () => {
  it.each([
    [PLACEHOLDER_ORIGIN, `${PLACEHOLDER_ORIGIN}/launchevent.js`, PLACEHOLDER_ORIGIN],
    ['https://addins.miempresa.es/cobro/', 'https://addins.miempresa.es/cobro/launchevent.js', 'https://addins.miempresa.es'],
  ])('at %s passes the check and keeps no development URL', (base, launchEvent, appDomain) => {
    const xml = manifestForHost(MANIFEST, base);
    expect(check(xml)).toEqual([]);
    expect(xml).not.toContain('localhost');
    expect(manifestUrls(parseXml(xml)).get('LaunchEvent.Url')).toBe(launchEvent);
    // The workspace dialog's origin, without the folder.
    expect(Array.from(parseXml(xml).getElementsByTagName('AppDomain')).map((element) => element.textContent)).toEqual([appDomain]);
  });

  it.each([
    ['http://cobro.example', 'https only'],
    ['cobro.example', 'must be a URL'],
    ['https://cobro.example/?v=2', 'without query'],
  ])('refuses %s', (base, message) => {
    expect(() => addinBaseUrl(base)).toThrow(AddinUrlError);
    expect(() => addinBaseUrl(base)).toThrow(message);
  });
});
