// The sites Cobro runs on: Gmail always, and each invoicing tool the user turned it on for from
// the toolbar button on the tool's page. Turning a site off needs no confirmation: it is undone
// by turning it on again. The list is the browser's (its granted permissions), read through the
// host's sites service and read again whenever the browser says a permission came or went.
import { useEffect, useId, useRef, useState } from 'react';
import { useUi } from '../context';
import { useWorkspace } from './services';

type Sites = { phase: 'loading' } | { phase: 'ready'; origins: string[] } | { phase: 'failed' };
type Outcome = { kind: 'ok' | 'error'; text: string } | null;

/** How a site is named: its host, and its scheme too when the pages are not encrypted. */
export function siteName(origin: string): string {
  const url = new URL(origin);
  return url.protocol === 'https:' ? url.host : `${url.protocol}//${url.host}`;
}

export function SitesView() {
  const { t } = useUi('SitesView');
  const { sites } = useWorkspace('SitesView');
  const id = useId();
  const listTitle = useRef<HTMLHeadingElement>(null);
  const [list, setList] = useState<Sites>({ phase: 'loading' });
  const [reads, setReads] = useState(0);
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);

  useEffect(() => sites?.onChange?.(() => setReads((n) => n + 1)), [sites]);
  useEffect(() => {
    if (!sites) return;
    let current = true;
    sites.list().then(
      // In the order a reader looks for them: by the name shown.
      (origins) => current && setList({ phase: 'ready', origins: [...origins].sort((a, b) => siteName(a).localeCompare(siteName(b))) }),
      (error: unknown) => {
        console.warn('Cobro: reading the sites failed', error);
        if (current) setList({ phase: 'failed' });
      },
    );
    return () => {
      current = false;
    };
  }, [sites, reads]);

  const turnOff = async (origin: string) => {
    if (!sites) return;
    setBusy(origin);
    setOutcome(null);
    const name = siteName(origin);
    try {
      await sites.turnOff(origin);
      setOutcome({ kind: 'ok', text: t('sites.turnedOff', { host: name }) });
      // The button that had focus is gone: the list's heading takes it.
      listTitle.current?.focus();
    } catch (error) {
      console.warn('Cobro: turning a site off failed', error);
      setOutcome({ kind: 'error', text: t('sites.offFailed', { host: name }) });
    } finally {
      setBusy(null);
      setReads((n) => n + 1);
    }
  };

  return (
    <section className="cobro-view" aria-labelledby={`${id}-title`} data-cobro="sites">
      <h2 id={`${id}-title`} tabIndex={-1} data-view-title>
        {t('workspace.sites')}
      </h2>
      <p className="cobro-sites-intro">{t('sites.intro')}</p>

      <section className="cobro-panel cobro-sites-panel" aria-labelledby={`${id}-list`} aria-busy={list.phase === 'loading'}>
        <h3 id={`${id}-list`} ref={listTitle} tabIndex={-1}>
          {t('sites.listTitle')}
        </h3>
        <ul className="cobro-sites-list">
          <li className="cobro-sites-row">
            <span className="cobro-sites-name">{t('sites.gmail')}</span>
            <span className="cobro-muted">{t('sites.alwaysOn')}</span>
          </li>
          {list.phase === 'ready'
            ? list.origins.map((origin) => (
                <li key={origin} className="cobro-sites-row" data-cobro="site">
                  <span className="cobro-sites-name">{siteName(origin)}</span>
                  <button type="button" disabled={busy !== null} aria-label={t('sites.turnOffLabel', { host: siteName(origin) })} onClick={() => void turnOff(origin)}>
                    {t('sites.turnOff')}
                  </button>
                </li>
              ))
            : null}
        </ul>
        {list.phase === 'loading' ? <p className="cobro-muted">{t('common.loading')}</p> : null}
        {list.phase === 'failed' ? <p role="alert">{t('sites.loadFailed')}</p> : null}
        {list.phase === 'ready' && list.origins.length === 0 ? <p className="cobro-muted" data-cobro="sites-empty">{t('sites.empty')}</p> : null}
      </section>
      {outcome ? (
        <p className={outcome.kind === 'ok' ? 'cobro-saved' : 'cobro-form-error'} role={outcome.kind === 'ok' ? 'status' : 'alert'} data-cobro="sites-outcome">
          {outcome.text}
        </p>
      ) : null}
    </section>
  );
}
