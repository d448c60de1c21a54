// The toolbar popup: a search over every debtor first (it is one field; the list below can be
// long), then today's follow-ups in the ledger's order (a click opens a Gmail compose prefilled
// with the recommended template), and the workspace when
// this build has one. Until the business profile can sign a reminder and say how to pay, a
// banner says so and leads to the setup in the workspace (a form is too long for the popup), and
// a follow-up's click explains instead of opening a compose prefilled with a template.
// Over an invoicing tool's page, the top offers to turn Cobro on for that site (or says it is on).
import { useEffect, useRef, useState } from 'react';
import type { HandlerOutput } from '../../shared/ledger/api';
import type { LedgerClient } from '../../shared/ledger/client';
import type { Debtor } from '../../shared/ledger/schema';
import { setupMissing, type SetupItem } from '../../shared/ledger/setup';
import { missingText } from '../../shared/ui/setup-text';
import { DebtorSearch } from '../../shared/ui/DebtorSearch';
import { FollowupsList } from '../../shared/ui/FollowupsList';
import { useUi } from '../../shared/ui/context';
import { errorText } from '../../shared/ui/format';
import type { UiLanguage } from '../../shared/i18n';
import type { PendingComposeFields } from '../messaging/compose-opened';
import { extensionText } from '../ui/messages';
import type { TurnOnResult } from '../sites/site-permissions';
import { followupCompose } from './followup-compose';

export interface PopupAppProps {
  client: LedgerClient;
  language: UiLanguage;
  openTab(url: string): void;
  /** Tells the background which template the compose about to open carries, so its send is logged with it. */
  rememberCompose(compose: PendingComposeFields): Promise<void>;
  /** Present only when the extension ships a workspace (options page). */
  openWorkspace?: () => void;
  /** Opens the workspace on its first-run setup; present with the workspace. */
  openSetup?: () => void;
  /** The site of the tab the popup was opened over, when Cobro could run there (not Gmail, not a browser page). */
  site?: { host: string; on: boolean };
  /**
   * Asks the browser for the site. Called straight from the click, before anything is awaited:
   * the browser grants only inside the user's gesture.
   */
  turnOnSite?: () => Promise<TurnOnResult>;
  /** Opens the workspace's list of sites; present with the workspace. */
  openSites?: () => void;
}

type Followups = { phase: 'loading' } | { phase: 'ready'; items: HandlerOutput<'followups-today'> } | { phase: 'failed'; message: string };

export function PopupApp({ client, language, openTab, rememberCompose, openWorkspace, openSetup, site, turnOnSite, openSites }: PopupAppProps) {
  const { t, locale } = useUi('PopupApp');
  const [followups, setFollowups] = useState<Followups>({ phase: 'loading' });
  // Unknown until read: nothing is said, and a click waits for nothing (the ledger checks nothing here).
  const [missing, setMissing] = useState<SetupItem[]>([]);
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    let current = true;
    void client.send('settings-get', {}).then((result) => {
      if (current && result.ok) setMissing(setupMissing(result.value));
    });
    return () => {
      current = false;
    };
  }, [client]);

  useEffect(() => {
    let current = true;
    void client.send('followups-today', { limit: 100 }).then((result) => {
      if (!current) return;
      if (result.ok) setFollowups({ phase: 'ready', items: result.value });
      else setFollowups({ phase: 'failed', message: result.error.code === 'storage' ? extensionText(language, 'ledgerUnavailable') : errorText(t, result.error) });
    });
    return () => {
      current = false;
    };
  }, [client, language, t]);

  const write = (debtor: Debtor) => {
    if (missing.length > 0) return setRefused(true);
    void followupCompose(client, debtor).then(async ({ url, pending }) => {
      // Before the tab opens: the popup closes with it. Without the note the send is still logged, as a plain email.
      if (pending) await rememberCompose(pending).catch(() => undefined);
      openTab(url);
    });
  };

  return (
    <main className="cobro cobro-popup" aria-labelledby="cobro-popup-title">
      <header className="cobro-popup-header">
        <h1 id="cobro-popup-title">{t('popup.title')}</h1>
        {openWorkspace ? (
          <button type="button" className="cobro-link" onClick={() => openWorkspace()}>
            {t('popup.openWorkspace')}
          </button>
        ) : null}
      </header>
      {site ? <SiteSection site={site} turnOnSite={turnOnSite} openSites={openSites} /> : null}
      {missing.length > 0 ? (
        <div className="cobro-notice cobro-popup-setup" data-cobro="setup-banner" role={refused ? 'alert' : undefined}>
          <p>{refused ? t('setup.pickerBlocked', { missing: missingText(t, locale, missing) }) : t('setup.banner')}</p>
          {openSetup ? (
            <button type="button" className="cobro-primary" onClick={() => openSetup()}>
              {t('setup.open')}
            </button>
          ) : null}
        </div>
      ) : null}
      <div className="cobro-popup-search">
        <DebtorSearch
          onSearch={async (query) => {
            const result = await client.send('debtor-search', { query, limit: 10 });
            if (!result.ok) throw new Error(result.error.message);
            return result.value;
          }}
          onPick={write}
        />
      </div>
      <section aria-labelledby="cobro-popup-today">
        <h2 id="cobro-popup-today">{t('popup.today')}</h2>
        {followups.phase === 'loading' ? <p className="cobro-muted">{t('common.loading')}</p> : null}
        {followups.phase === 'failed' ? <p role="alert">{followups.message}</p> : null}
        {followups.phase === 'ready' ? <FollowupsList items={followups.items} onOpen={(item) => write(item.debtor)} /> : null}
      </section>
    </main>
  );
}

type SiteState = 'off' | 'asking' | TurnOnResult;

function SiteSection({ site, turnOnSite, openSites }: Pick<PopupAppProps, 'turnOnSite' | 'openSites'> & { site: { host: string; on: boolean } }) {
  const { t } = useUi('PopupApp');
  const [state, setState] = useState<SiteState>(site.on ? 'on' : 'off');
  const host = site.host;
  const title = useRef<HTMLHeadingElement>(null);
  const turnedOn = useRef(false);
  // The button that had focus is gone once the site is on: its new heading takes it.
  useEffect(() => {
    if (state === 'on' && turnedOn.current) title.current?.focus();
  }, [state]);

  const turnOn = () => {
    if (!turnOnSite) return;
    setState('asking');
    // No await before this call: it must run inside the click for the browser to ask.
    void turnOnSite().then((result) => {
      turnedOn.current = result === 'on';
      setState(result);
    });
  };

  if (state === 'on') {
    return (
      <section className="cobro-popup-site" data-cobro="popup-site" data-state="on" aria-labelledby="cobro-popup-site">
        <h2 id="cobro-popup-site" ref={title} tabIndex={-1}>
          {t('popup.siteOnTitle', { host })}
        </h2>
        {openSites ? (
          <button type="button" className="cobro-link" onClick={() => openSites()}>
            {t('popup.siteManage')}
          </button>
        ) : null}
      </section>
    );
  }
  return (
    <section className="cobro-popup-site" data-cobro="popup-site" data-state="off" aria-labelledby="cobro-popup-site">
      <h2 id="cobro-popup-site">{t('popup.siteOffTitle', { host })}</h2>
      <p>{t('popup.siteOffBody')}</p>
      {turnOnSite ? (
        <button type="button" className="cobro-primary" disabled={state === 'asking'} onClick={turnOn}>
          {t('popup.siteTurnOn')}
        </button>
      ) : null}
      {state === 'refused' || state === 'failed' ? (
        <p className="cobro-muted" role="status">
          {t(state === 'refused' ? 'popup.siteRefused' : 'popup.siteFailed')}
        </p>
      ) : null}
    </section>
  );
}
