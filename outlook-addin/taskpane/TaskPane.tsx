// The task pane: what it shows for the selected message (following Outlook's selection when
// pinned), the other views, the way into the workspace (an Office dialog, or the pane itself in
// an Outlook without one), the fold of sends queued by classic Outlook, and the first-run setup
// while the business profile cannot sign a message or say how to pay.
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Settings } from '../../shared/ledger/schema';
import { setupMissing } from '../../shared/ledger/setup';
import { useUi } from '../../shared/ui/context';
import { SetupForm } from '../../shared/ui/SetupForm';
import { routeHref, type Route } from '../../shared/ui/workspace/routes';
import type { DialogFailure } from '../office/dialog';
import type { PaneItem } from '../mail/types';
import { ComposeView } from './ComposeView';
import { FollowupsView } from './FollowupsView';
import type { PaneMessageKey } from './messages';
import { OpenInWorkspaceProvider } from './open-in-workspace';
import type { PaneServices } from './pane-services';
import type { WorkspaceOpening } from './pane-workspace';
import { usePaneText } from './pane-text';
import { ReadView } from './ReadView';
import { SearchView } from './SearchView';

const PaneWorkspaceView = lazy(() => import('./PaneWorkspaceView'));

/** 'setup' is not in the navigation: it opens on a fresh install, from the banner and from the picker. */
type View = 'message' | 'search' | 'followups' | 'workspace' | 'setup';

const VIEWS: ReadonlyArray<[View, PaneMessageKey]> = [
  ['message', 'pane.view.message'],
  ['search', 'pane.view.search'],
  ['followups', 'pane.view.followups'],
  ['workspace', 'pane.view.workspace'],
];

const FAILURE_TEXT: Record<DialogFailure, PaneMessageKey> = {
  'already-open': 'workspace.alreadyOpen',
  ignored: 'workspace.ignored',
  blocked: 'workspace.blocked',
  untrusted: 'workspace.untrusted',
  failed: 'workspace.failed',
};

/** Where the workspace opens from the navigation. */
const WORKSPACE_START: Route = { section: 'debtors', debtorId: null };

export function TaskPane({ services: given }: { services: PaneServices }) {
  const pt = usePaneText();
  const { t, locale } = useUi('TaskPane');
  const { host, foldQueue, workspace, client } = given;
  // The profile as stored: the setup saves it, and the views below read it from here.
  const [settings, setSettings] = useState<Settings>(given.settings);
  const services = useMemo(() => ({ ...given, settings }), [given, settings]);
  const missing = setupMissing(settings);
  const [view, setView] = useState<View>(() => (missing.length > 0 ? 'setup' : 'message'));
  const [setupSaved, setSetupSaved] = useState(false);
  const [item, setItem] = useState<{ current: PaneItem; key: number }>(() => ({ current: host.currentItem(), key: 0 }));
  const [folded, setFolded] = useState(0);
  // Moves when the workspace wrote to the ledger: the views read it again.
  const [revision, setRevision] = useState(0);
  const [notice, setNotice] = useState<PaneMessageKey | null>(null);
  const dialog = useRef<{ close(): void } | null>(null);
  const opening = useRef(false);

  useEffect(() => {
    let alive = true;
    let stop: (() => Promise<void>) | null = null;
    const fold = () => {
      if (!foldQueue) return;
      foldQueue().then(
        (report) => {
          if (alive && report.logged > 0) {
            setFolded((count) => count + report.logged);
            // A send logged just now changes the status on screen: show it afresh.
            setItem((previous) => ({ current: previous.current, key: previous.key + 1 }));
          }
        },
        () => undefined,
      );
    };
    fold();
    host
      .onItemChanged(() => {
        setItem((previous) => ({ current: host.currentItem(), key: previous.key + 1 }));
        setView('message');
        fold();
      })
      .then((unsubscribe) => {
        if (alive) stop = unsubscribe;
        else void unsubscribe();
      })
      .catch(() => undefined);
    return () => {
      alive = false;
      void stop?.();
    };
  }, [host, foldQueue]);

  // The dialog belongs to this pane: it goes when the pane does.
  useEffect(
    () => () => {
      dialog.current?.close();
      dialog.current = null;
    },
    [],
  );

  const reread = useCallback(() => setRevision((n) => n + 1), []);

  // The workspace (a dialog, or drawn here) may have changed the profile: read it again with the rest.
  useEffect(() => {
    if (revision === 0) return;
    let alive = true;
    client.send('settings-get', {}).then(
      (result) => {
        if (alive && result.ok) setSettings(result.value);
      },
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, [client, revision]);

  const openWorkspace = useCallback(
    (route: Route) => {
      if (workspace.kind === 'pane') {
        window.location.hash = routeHref(route);
        setView('workspace');
        return;
      }
      if (dialog.current) {
        setNotice('workspace.alreadyOpen');
        return;
      }
      if (opening.current) return;
      opening.current = true;
      setNotice(null);
      void workspace
        .open(route, {
          onLedgerChanged: reread,
          onEnded: (unloadable) => {
            dialog.current = null;
            setNotice(unloadable ? 'workspace.unloadable' : null);
            reread();
          },
        })
        .catch((): WorkspaceOpening => ({ ok: false, failure: 'failed' }))
        .then((result) => {
          opening.current = false;
          if (result.ok) {
            dialog.current = { close: result.close };
            setNotice('workspace.opened');
          } else {
            setNotice(FAILURE_TEXT[result.failure]);
          }
        });
    },
    [workspace, reread],
  );

  const inPane = view === 'workspace' && workspace.kind === 'pane' ? workspace : null;

  const openSetup = useCallback(() => {
    setSetupSaved(false);
    setView('setup');
  }, []);

  let body;
  if (view === 'setup')
    body = (
      <SetupForm
        settings={settings}
        host="outlook"
        onSave={(patch) => client.send('settings-set', { patch })}
        onDone={(saved) => {
          setSettings(saved);
          setSetupSaved(true);
          setView('message');
          reread();
        }}
        onLater={() => setView('message')}
      />
    );
  else if (view === 'search') body = <SearchView key={revision} services={services} />;
  else if (view === 'followups') body = <FollowupsView key={revision} services={services} />;
  else if (item.current.kind === 'read') body = <ReadView key={`${item.key}:${revision}`} services={services} message={item.current.message} content={item.current.content} />;
  else if (item.current.kind === 'compose') body = <ComposeView key={`${item.key}:${revision}`} services={services} draft={item.current.draft} onOpenSetup={openSetup} />;
  else body = <p className="cobro-muted">{pt('pane.noItem')}</p>;

  return (
    <OpenInWorkspaceProvider value={openWorkspace}>
      <div className="cobro cobro-pane" lang={locale}>
        {/* The workspace drawn here brings its own banner, heading and main landmark, so the
            pane's step aside; the element stays the same so the focused button is not replaced. */}
        <div className="cobro-pane-header" role={inPane ? undefined : 'banner'}>
          {inPane ? null : <h1 className="cobro-visually-hidden">Cobro</h1>}
          <nav aria-label={pt('pane.nav')}>
            <ul className="cobro-pane-nav">
              {VIEWS.map(([name, label]) => {
                const opensDialog = name === 'workspace' && workspace.kind === 'dialog';
                return (
                  <li key={name}>
                    <button
                      type="button"
                      data-view={name}
                      aria-current={view === name ? 'page' : undefined}
                      aria-haspopup={opensDialog ? 'dialog' : undefined}
                      onClick={() => (name === 'workspace' ? openWorkspace(WORKSPACE_START) : setView(name))}
                    >
                      {pt(label)}
                    </button>
                  </li>
                );
              })}
            </ul>
          </nav>
          <p className="cobro-pane-notice" role="status" data-cobro="workspace-notice">
            {notice ? pt(notice) : ''}
          </p>
        </div>
        <p className="cobro-visually-hidden" role="status">
          {folded > 0 ? pt('pane.folded', { count: folded }) : ''}
        </p>
        {inPane ? (
          <Suspense fallback={null}>
            <PaneWorkspaceView ledger={inPane.ledger} hostLocale={locale} download={inPane.download} onLedgerChanged={reread} />
          </Suspense>
        ) : (
          <main className="cobro-pane-body">
            {view !== 'setup' && missing.length > 0 ? (
              <div className="cobro-notice" data-cobro="setup-banner">
                <p>{t('setup.banner')}</p>
                <button type="button" onClick={openSetup}>
                  {t('setup.open')}
                </button>
              </div>
            ) : null}
            {setupSaved && view !== 'setup' ? (
              <p className="cobro-notice" role="status">
                {t('setup.saved')}
              </p>
            ) : null}
            {body}
          </main>
        )}
      </div>
    </OpenInWorkspaceProvider>
  );
}
