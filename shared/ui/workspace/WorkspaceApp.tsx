// The workspace: navigation between the overview, debtors, templates, settings, the sites Cobro
// runs on (where the host has them), import and backup, in the user's language (the setting,
// else the browser's), reading the ledger again whenever it changes. Hosts give it a connection
// to the ledger and a way to save files.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createTranslator, pickUiLanguage, type UiLanguage } from '../../i18n';
import type { Settings } from '../../ledger/schema';
import { setupMissing } from '../../ledger/setup';
import { UiProvider } from '../context';
import type { LanguageHost } from '../SetupForm';
import { BackupView } from './BackupView';
import { DebtorPage } from './DebtorPage';
import { DebtorsView } from './DebtorsView';
import { ImportWizard } from './ImportWizard';
import { OverviewView } from './OverviewView';
import { navigate, routeHref, SECTIONS, useHashRoute, type Route, type Section } from './routes';
import { WorkspaceServicesProvider, type LedgerChangeNotice, type SitesService, type WorkspaceServices } from './services';
import { SettingsView } from './SettingsView';
import { SetupView } from './SetupView';
import { SitesView } from './SitesView';
import { TemplatesView } from './TemplatesView';
import type { WorkspaceConnection } from './worker/client';

export interface WorkspaceAppProps {
  connection: WorkspaceConnection;
  /** The browser's (or host's) language, used when the setting says 'auto'. */
  hostLocale: string;
  download(fileName: string, blob: Blob): void;
  /** A write made here succeeded: tell whatever else shows the ledger. */
  onLedgerChanged?(notice: LedgerChangeNotice): void;
  /** The UI language chosen, for the page's own lang attribute and title. */
  onLanguage?(language: UiLanguage): void;
  /** Pixels for the debtor table's scrolling area. */
  tableHeight?: number;
  /** Whose language 'auto' follows: Outlook's in the add-in, else the browser's. */
  host?: LanguageHost;
  /** The sites Cobro runs on besides Gmail; without it (Outlook) there is no Sites view. */
  sites?: SitesService;
}

const SECTION_KEYS: Record<Section, `workspace.${Section}`> = {
  overview: 'workspace.overview',
  debtors: 'workspace.debtors',
  templates: 'workspace.templates',
  settings: 'workspace.settings',
  sites: 'workspace.sites',
  import: 'workspace.import',
  backup: 'workspace.backup',
};

/** The locale for numbers and dates: the host's own when it speaks the UI language. */
function uiLocaleFor(language: UiLanguage, hostLocale: string): string {
  const tag = hostLocale.trim().replace(/_/g, '-');
  return tag.toLowerCase() === language || tag.toLowerCase().startsWith(`${language}-`) ? tag : language;
}

function View({ route, tableHeight, hasSites }: { route: Route; tableHeight: number; hasSites: boolean }) {
  switch (route.section) {
    case 'overview':
      return <OverviewView />;
    case 'debtors':
      return route.debtorId ? <DebtorPage key={route.debtorId} debtorId={route.debtorId} {...(route.document ? { document: route.document } : {})} /> : <DebtorsView height={tableHeight} />;
    case 'templates':
      return <TemplatesView />;
    case 'settings':
      return <SettingsView />;
    case 'sites':
      return hasSites ? <SitesView /> : <OverviewView />;
    case 'import':
      return <ImportWizard />;
    case 'backup':
      return <BackupView />;
    case 'setup':
      return <SetupView />;
  }
}

export function WorkspaceApp({ connection, hostLocale, download, onLedgerChanged, onLanguage, tableHeight = 560, host = 'browser', sites }: WorkspaceAppProps) {
  const route = useHashRoute();
  const [revision, setRevision] = useState(0);
  // Until the settings are known nothing is drawn, so the page never flashes in the wrong language.
  const [settings, setSettings] = useState<Settings | null>(null);
  const [failedSettings, setFailedSettings] = useState(false);
  const setting = settings?.uiLanguage ?? (failedSettings ? 'auto' : null);
  const main = useRef<HTMLElement>(null);
  const { client, jobs } = connection;

  useEffect(() => connection.onChanged(() => setRevision((n) => n + 1)), [connection]);
  useEffect(() => {
    void client.send('settings-get', {}).then((result) => {
      if (result.ok) setSettings(result.value);
      else setFailedSettings(true);
    });
  }, [client, revision]);

  const missing = settings ? setupMissing(settings) : [];
  // Opened without a place in mind (no #/… in the address) on a profile still empty: the setup first.
  const openedBare = useRef(window.location.hash.replace(/^#\/?/, '') === '');
  useEffect(() => {
    if (settings === null || !openedBare.current) return;
    openedBare.current = false;
    if (missing.length > 0) navigate({ section: 'setup' });
  }, [settings, missing.length]);

  const language = pickUiLanguage(setting ?? 'auto', [hostLocale]);
  const ui = useMemo(() => {
    const locale = uiLocaleFor(language, hostLocale);
    return { t: createTranslator(locale), locale };
  }, [language, hostLocale]);
  useEffect(() => {
    if (setting !== null) onLanguage?.(language);
  }, [setting, language, onLanguage]);

  const changed = useCallback(
    (notice: LedgerChangeNotice) => {
      setRevision((n) => n + 1);
      onLedgerChanged?.(notice);
    },
    [onLedgerChanged],
  );
  const services: WorkspaceServices = useMemo(
    () => ({ client, jobs, download, revision, changed, host, ...(sites ? { sites } : {}) }),
    [client, jobs, download, revision, changed, host, sites],
  );
  const sections = SECTIONS.filter((section) => section !== 'sites' || sites !== undefined);

  // A new place: its heading takes focus, so keyboard and screen reader users start there.
  const placeKey = route.section === 'debtors' ? `debtors/${route.debtorId ?? ''}` : route.section;
  const firstPlace = useRef(true);
  useEffect(() => {
    if (firstPlace.current) {
      firstPlace.current = false;
      return;
    }
    const frame = requestAnimationFrame(() => main.current?.querySelector<HTMLElement>('[data-view-title]')?.focus());
    return () => cancelAnimationFrame(frame);
  }, [placeKey]);

  const { t } = ui;
  if (setting === null) return null;
  return (
    <UiProvider value={ui}>
      <WorkspaceServicesProvider value={services}>
        <div className="cobro cobro-workspace" lang={language}>
          <a className="cobro-skip" href="#cobro-main" onClick={(event) => {
            event.preventDefault();
            main.current?.querySelector<HTMLElement>('[data-view-title]')?.focus();
          }}>
            {t('ws.skipToContent')}
          </a>
          <header className="cobro-ws-header">
            <h1>{t('workspace.title')}</h1>
            <nav aria-label={t('ws.nav')}>
              <ul className="cobro-ws-nav">
                {sections.map((section) => (
                  <li key={section}>
                    <a
                      href={routeHref(section === 'debtors' ? { section, debtorId: null } : { section })}
                      aria-current={route.section === section ? 'page' : undefined}
                    >
                      {t(SECTION_KEYS[section])}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </header>
          <main id="cobro-main" ref={main} className="cobro-ws-main">
            {missing.length > 0 && route.section !== 'setup' ? (
              <p className="cobro-notice" data-cobro="setup-banner">
                {t('setup.banner')} <a href={routeHref({ section: 'setup' })}>{t('setup.open')}</a>
              </p>
            ) : null}
            <View route={route} tableHeight={tableHeight} hasSites={sites !== undefined} />
          </main>
        </div>
      </WorkspaceServicesProvider>
    </UiProvider>
  );
}
