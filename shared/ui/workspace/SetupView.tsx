// The workspace's first-run setup: the shared form over the stored settings. Once saved it says
// so and points to what comes next (importing the invoices, the overview).
import { useId, useState } from 'react';
import { useUi } from '../context';
import { SetupForm } from '../SetupForm';
import { navigate, routeHref } from './routes';
import { useWorkspace } from './services';
import { QueryPending } from './QueryPending';
import { useLedgerQuery } from './use-ledger-query';

export function SetupView() {
  const { t } = useUi('SetupView');
  const { client, changed, host } = useWorkspace('SetupView');
  const id = useId();
  // Read once: the form must not be reset under the user's typing by the ledger's own change notices.
  const stored = useLedgerQuery(() => client.send('settings-get', {}), [client]);
  const [done, setDone] = useState(false);

  if (done) {
    return (
      <section className="cobro-view" aria-labelledby={`${id}-done`}>
        <h2 id={`${id}-done`} tabIndex={-1} data-view-title>
          {t('setup.title')}
        </h2>
        <p className="cobro-saved" role="status">
          {t('setup.saved')}
        </p>
        <p className="cobro-buttons">
          <a href={routeHref({ section: 'import' })}>{t('workspace.import')}</a>
          <a href={routeHref({ section: 'overview' })}>{t('workspace.overview')}</a>
        </p>
      </section>
    );
  }
  if (stored.phase !== 'ready') {
    return (
      <section className="cobro-view" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`} tabIndex={-1} data-view-title>
          {t('setup.title')}
        </h2>
        <QueryPending state={stored} />
      </section>
    );
  }
  return (
    <div className="cobro-view">
      <SetupForm
        settings={stored.value}
        host={host}
        onSave={(patch) => client.send('settings-set', { patch })}
        onDone={() => {
          setDone(true);
          changed({ all: true, debtorIds: [] });
        }}
        onLater={() => navigate({ section: 'overview' })}
      />
    </div>
  );
}
