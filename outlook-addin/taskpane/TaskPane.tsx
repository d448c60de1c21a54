// The task pane: what it shows for the selected message (following Outlook's selection when
// pinned), the other views that exist today, and the fold of sends queued by classic Outlook.
import { useEffect, useState } from 'react';
import { useUi } from '../../shared/ui/context';
import type { PaneItem } from '../mail/types';
import { ComposeView } from './ComposeView';
import { FollowupsView } from './FollowupsView';
import type { PaneMessageKey } from './messages';
import type { PaneServices } from './pane-services';
import { usePaneText } from './pane-text';
import { ReadView } from './ReadView';
import { SearchView } from './SearchView';

type View = 'message' | 'search' | 'followups';

const VIEWS: ReadonlyArray<[View, PaneMessageKey]> = [
  ['message', 'pane.view.message'],
  ['search', 'pane.view.search'],
  ['followups', 'pane.view.followups'],
];

export function TaskPane({ services }: { services: PaneServices }) {
  const pt = usePaneText();
  const { locale } = useUi('TaskPane');
  const { host, foldQueue } = services;
  const [view, setView] = useState<View>('message');
  const [item, setItem] = useState<{ current: PaneItem; key: number }>(() => ({ current: host.currentItem(), key: 0 }));
  const [folded, setFolded] = useState(0);

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

  let body;
  if (view === 'search') body = <SearchView services={services} />;
  else if (view === 'followups') body = <FollowupsView services={services} />;
  else if (item.current.kind === 'read') body = <ReadView key={item.key} services={services} message={item.current.message} />;
  else if (item.current.kind === 'compose') body = <ComposeView key={item.key} services={services} draft={item.current.draft} />;
  else body = <p className="cobro-muted">{pt('pane.noItem')}</p>;

  return (
    <div className="cobro cobro-pane" lang={locale}>
      <header className="cobro-pane-header">
        <h1 className="cobro-visually-hidden">Cobro</h1>
        <nav aria-label={pt('pane.nav')}>
          <ul className="cobro-pane-nav">
            {VIEWS.map(([name, label]) => (
              <li key={name}>
                <button
                  type="button"
                  data-view={name}
                  aria-current={view === name ? 'page' : undefined}
                  onClick={() => setView(name)}
                >
                  {pt(label)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <p className="cobro-pane-later">{pt('pane.workspaceLater')}</p>
      </header>
      <p className="cobro-visually-hidden" role="status">
        {folded > 0 ? pt('pane.folded', { count: folded }) : ''}
      </p>
      <main className="cobro-pane-body">{body}</main>
    </div>
  );
}
