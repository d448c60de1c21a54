// The toolbar popup: today's follow-ups in the ledger's order (a click opens a Gmail compose
// prefilled with the recommended template), a search over every debtor, and the workspace when
// this build has one.
import { useEffect, useState } from 'react';
import type { HandlerOutput } from '../../shared/ledger/api';
import type { LedgerClient } from '../../shared/ledger/client';
import type { Debtor } from '../../shared/ledger/schema';
import { DebtorSearch } from '../../shared/ui/DebtorSearch';
import { FollowupsList } from '../../shared/ui/FollowupsList';
import { useUi } from '../../shared/ui/context';
import { errorText } from '../../shared/ui/format';
import type { UiLanguage } from '../../shared/i18n';
import type { PendingComposeFields } from '../messaging/compose-opened';
import { extensionText } from '../ui/messages';
import { followupCompose } from './followup-compose';

export interface PopupAppProps {
  client: LedgerClient;
  language: UiLanguage;
  openTab(url: string): void;
  /** Tells the background which template the compose about to open carries, so its send is logged with it. */
  rememberCompose(compose: PendingComposeFields): Promise<void>;
  /** Present only when the extension ships a workspace (options page). */
  openWorkspace?: () => void;
}

type Followups = { phase: 'loading' } | { phase: 'ready'; items: HandlerOutput<'followups-today'> } | { phase: 'failed'; message: string };

export function PopupApp({ client, language, openTab, rememberCompose, openWorkspace }: PopupAppProps) {
  const { t } = useUi('PopupApp');
  const [followups, setFollowups] = useState<Followups>({ phase: 'loading' });

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

  const write = (debtor: Debtor) =>
    void followupCompose(client, debtor).then(async ({ url, pending }) => {
      // Before the tab opens: the popup closes with it. Without the note the send is still logged, as a plain email.
      if (pending) await rememberCompose(pending).catch(() => undefined);
      openTab(url);
    });

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
      <section aria-labelledby="cobro-popup-today">
        <h2 id="cobro-popup-today">{t('popup.today')}</h2>
        {followups.phase === 'loading' ? <p className="cobro-muted">{t('common.loading')}</p> : null}
        {followups.phase === 'failed' ? <p role="alert">{followups.message}</p> : null}
        {followups.phase === 'ready' ? <FollowupsList items={followups.items} onOpen={(item) => write(item.debtor)} /> : null}
      </section>
      <section aria-labelledby="cobro-popup-search">
        <h2 id="cobro-popup-search">{t('popup.search')}</h2>
        <DebtorSearch
          onSearch={async (query) => {
            const result = await client.send('debtor-search', { query, limit: 10 });
            if (!result.ok) throw new Error(result.error.message);
            return result.value;
          }}
          onPick={write}
        />
      </section>
    </main>
  );
}
