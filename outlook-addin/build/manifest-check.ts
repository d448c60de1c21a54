// A structural check of the add-in manifest (office-addin-manifest's validator calls an online
// service, so it cannot run here): elements in the order the XSDs require, every resid defined
// and every defined resource used, https everywhere, the requirement sets the features need,
// and a Spanish override for every user-facing string.

export const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  vo10: 'http://schemas.microsoft.com/office/mailappversionoverrides',
  vo11: 'http://schemas.microsoft.com/office/mailappversionoverrides/1.1',
} as const;

/** Child order under each parent, from the mail add-in XSDs (MailApp, VersionOverrides 1.0/1.1). */
const ORDER: Record<string, { children: readonly string[]; required: readonly string[] }> = {
  OfficeApp: {
    children: [
      'Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
      'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'FormSettings', 'Permissions', 'Rule',
      'DisableEntityHighlighting', 'VersionOverrides',
    ],
    required: ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'Hosts', 'Requirements', 'FormSettings', 'Permissions', 'Rule'],
  },
  VersionOverrides: { children: ['Description', 'Requirements', 'Hosts', 'Resources', 'WebApplicationInfo', 'EquivalentAddins', 'VersionOverrides'], required: [] },
  Host: { children: ['Runtimes', 'DesktopFormFactor', 'MobileFormFactor'], required: [] },
  DesktopFormFactor: { children: ['FunctionFile', 'ExtensionPoint'], required: ['ExtensionPoint'] },
  Control: { children: ['Label', 'Supertip', 'Icon', 'Action'], required: ['Label', 'Supertip', 'Icon', 'Action'] },
  Supertip: { children: ['Title', 'Description'], required: ['Title', 'Description'] },
  Group: { children: ['Label', 'Control'], required: ['Label', 'Control'] },
  Resources: { children: ['Images', 'Urls', 'ShortStrings', 'LongStrings'], required: [] },
  DesktopSettings: { children: ['SourceLocation', 'RequestedHeight'], required: ['SourceLocation'] },
};

/** Which resource table a resid on this element must name. */
const RESOURCE_KIND: Record<string, 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings'> = {
  Image: 'Images',
  SourceLocation: 'Urls',
  FunctionFile: 'Urls',
  Runtime: 'Urls',
  Override: 'Urls',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Description: 'LongStrings',
};

export interface ManifestExpectations {
  /** The FunctionName the send handler registers under. */
  sendHandler: string;
  /** Locales every string must be translated into. */
  locales: readonly string[];
  /** Mailbox requirement set the VersionOverrides 1.1 must ask for. */
  mailboxVersion: string;
}

const kids = (element: Element): Element[] => Array.from(element.children);
const named = (element: Element, name: string): Element[] => kids(element).filter((child) => child.localName === name);
const all = (doc: Document): Element[] => Array.from(doc.getElementsByTagName('*'));
const xsiType = (element: Element): string | null => element.getAttribute('xsi:type');

function describe(element: Element): string {
  const id = element.getAttribute('id') ?? element.getAttribute('resid');
  return `<${element.localName}${id ? ` ${id}` : ''}>`;
}

function checkOrder(element: Element, problems: string[]): void {
  const rule = ORDER[element.localName];
  if (!rule) return;
  let last = -1;
  for (const child of kids(element)) {
    const index = rule.children.indexOf(child.localName);
    if (index === -1) problems.push(`${describe(child)} is not a valid child of ${describe(element)}`);
    else if (index < last) problems.push(`${describe(child)} is out of order in ${describe(element)}`);
    else last = index;
  }
  for (const name of rule.required) {
    if (named(element, name).length === 0) problems.push(`${describe(element)} lacks <${name}>`);
  }
}

function urlProblems(value: string | null, where: string): string[] {
  if (value === null || value.trim() === '') return [`${where} has no URL`];
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? [] : [`${where} is not https: ${value}`];
  } catch {
    return [`${where} is not a URL: ${value}`];
  }
}

/** Every problem found; an empty list means the manifest passed. */
export function checkManifest(doc: Document, expect: ManifestExpectations): string[] {
  const problems: string[] = [];
  const root = doc.documentElement;
  if (doc.getElementsByTagName('parsererror').length > 0) return ['the manifest is not well-formed XML'];
  if (root.localName !== 'OfficeApp' || root.namespaceURI !== NS.app) return ['the root element is not an OfficeApp'];
  if (xsiType(root) !== 'MailApp') problems.push('OfficeApp is not a MailApp');

  for (const element of all(doc)) checkOrder(element, problems);

  // Base manifest
  const text = (name: string) => named(root, name)[0]?.textContent?.trim() ?? '';
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text('Id'))) problems.push('Id is not a GUID');
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(text('Version'))) problems.push('Version is not n.n.n.n');
  if (text('Permissions') !== 'ReadWriteItem') problems.push(`Permissions is ${text('Permissions') || 'missing'}, expected ReadWriteItem`);
  for (const name of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl']) {
    for (const element of named(root, name)) problems.push(...urlProblems(element.getAttribute('DefaultValue'), `<${name}>`));
  }
  for (const element of all(doc).filter((e) => e.localName === 'SourceLocation' && e.hasAttribute('DefaultValue'))) {
    problems.push(...urlProblems(element.getAttribute('DefaultValue'), '<FormSettings SourceLocation>'));
  }
  // AppDomains name origins (the workspace dialog's, for Outlook on the web): https, no path.
  for (const element of all(doc).filter((e) => e.localName === 'AppDomain')) {
    const value = element.textContent?.trim() ?? '';
    const found = urlProblems(value, '<AppDomain>');
    problems.push(...found);
    if (found.length === 0 && new URL(value).origin !== value) problems.push(`<AppDomain> must be an origin without a path: ${value}`);
  }

  // VersionOverrides: 1.0 wrapping 1.1, which asks for the Mailbox version the send event needs.
  const outer = named(root, 'VersionOverrides')[0];
  const inner = outer ? named(outer, 'VersionOverrides')[0] : undefined;
  if (!outer || outer.namespaceURI !== NS.vo10 || xsiType(outer) !== 'VersionOverridesV1_0') problems.push('no VersionOverrides 1.0');
  if (!inner || inner.namespaceURI !== NS.vo11 || xsiType(inner) !== 'VersionOverridesV1_1') {
    problems.push('no VersionOverrides 1.1 inside the 1.0 one');
    return problems;
  }
  const sets = all(doc).filter((e) => e.localName === 'Sets' && e.namespaceURI === NS.bt && inner.contains(e));
  const mailbox = sets.flatMap((s) => named(s, 'Set').filter((set) => set.getAttribute('Name') === 'Mailbox').map((set) => set.getAttribute('MinVersion') ?? s.getAttribute('DefaultMinVersion')));
  if (!mailbox.includes(expect.mailboxVersion)) problems.push(`VersionOverrides 1.1 does not require Mailbox ${expect.mailboxVersion}`);

  // Resources: defined once, each used, each use defined and of the right kind.
  const resources = named(inner, 'Resources')[0];
  const defined = new Map<string, string>();
  for (const table of resources ? kids(resources) : []) {
    for (const entry of kids(table)) {
      const id = entry.getAttribute('id') ?? '';
      if (id === '' || id.length > 32) problems.push(`${describe(entry)} in ${table.localName} needs an id of 1 to 32 characters`);
      if (defined.has(id)) problems.push(`resource ${id} is defined twice`);
      defined.set(id, table.localName);
      if (table.localName === 'Images' || table.localName === 'Urls') {
        problems.push(...urlProblems(entry.getAttribute('DefaultValue'), `resource ${id}`));
      }
      const overrides = named(entry, 'Override');
      for (const locale of table.localName.endsWith('Strings') ? expect.locales : []) {
        if (!overrides.some((o) => o.getAttribute('Locale') === locale && (o.getAttribute('Value') ?? '').trim() !== '')) {
          problems.push(`string ${id} has no ${locale} translation`);
        }
      }
    }
  }
  const used = new Set<string>();
  for (const element of all(doc).filter((e) => e.hasAttribute('resid'))) {
    const resid = element.getAttribute('resid') ?? '';
    used.add(resid);
    const kind = RESOURCE_KIND[element.localName];
    const actual = defined.get(resid);
    if (actual === undefined) problems.push(`${describe(element)} names resource ${resid}, which is not defined`);
    else if (kind && kind !== actual) problems.push(`${describe(element)} names ${resid} from ${actual}, expected one from ${kind}`);
  }
  for (const id of defined.keys()) if (!used.has(id)) problems.push(`resource ${id} is defined but never used`);

  // Base-manifest texts are translated too.
  for (const name of ['DisplayName', 'Description']) {
    const element = named(root, name)[0];
    for (const locale of expect.locales) {
      if (!element || !named(element, 'Override').some((o) => o.getAttribute('Locale') === locale)) problems.push(`<${name}> has no ${locale} translation`);
    }
  }

  // The features: buttons on read and compose, a pinnable read pane, the send event.
  const points = all(doc).filter((e) => e.localName === 'ExtensionPoint');
  const point = (type: string) => points.find((p) => xsiType(p) === type);
  for (const type of ['MessageReadCommandSurface', 'MessageComposeCommandSurface', 'LaunchEvent']) {
    if (!point(type)) problems.push(`no ${type} extension point`);
  }
  const readPane = point('MessageReadCommandSurface');
  const pinned = readPane ? Array.from(readPane.getElementsByTagName('SupportsPinning')).some((e) => e.textContent?.trim() === 'true') : false;
  if (!pinned) problems.push('the read-mode task pane is not pinnable');
  const launch = point('LaunchEvent');
  const sendEvents = launch ? Array.from(launch.getElementsByTagName('LaunchEvent')).filter((e) => e.getAttribute('Type') === 'OnMessageSend') : [];
  if (sendEvents.length !== 1) problems.push('expected exactly one OnMessageSend launch event');
  for (const event of sendEvents) {
    if (event.getAttribute('FunctionName') !== expect.sendHandler) problems.push(`OnMessageSend calls ${event.getAttribute('FunctionName')}, expected ${expect.sendHandler}`);
    if (!['PromptUser', 'SoftBlock'].includes(event.getAttribute('SendMode') ?? '')) problems.push('OnMessageSend must use SendMode PromptUser or SoftBlock');
  }
  const runtime = all(doc).find((e) => e.localName === 'Runtime');
  const jsOverride = runtime ? named(runtime, 'Override').find((o) => o.getAttribute('type') === 'javascript') : undefined;
  if (!runtime || !jsOverride) problems.push('the launch-event runtime has no JavaScript override for classic Outlook on Windows');
  const launchSource = launch ? named(launch, 'SourceLocation')[0]?.getAttribute('resid') : undefined;
  if (runtime && launchSource !== runtime.getAttribute('resid')) problems.push('the launch event does not run in the declared runtime');

  return problems;
}

/** The URLs the manifest points at, by resource id (production builds check these files exist). */
export function manifestUrls(doc: Document): Map<string, string> {
  const urls = new Map<string, string>();
  for (const element of all(doc)) {
    const value = element.getAttribute('DefaultValue');
    if (value && /^https?:/.test(value)) urls.set(element.getAttribute('id') ?? element.localName, value);
  }
  return urls;
}
