// "Today's follow-ups": the ledger's list of debtors whose next action is due, and their card.
import { useEffect, useState } from 'react';
import type { HandlerOutput } from '../../shared/ledger/api';
import { FollowupsList } from '../../shared/ui/FollowupsList';
import { useUi } from '../../shared/ui/context';
import { DebtorPanel } from './DebtorPanel';
import type { PaneServices } from './pane-services';
import { usePaneText } from './pane-text';

const SHOWN = 50;

export function FollowupsView({ services }: { services: PaneServices }) {
  const { t } = useUi('FollowupsView');
  const pt = usePaneText();
  const { client } = services;
  const [items, setItems] = useState<HandlerOutput<'followups-today'> | null>(null);
  const [failed, setFailed] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let alive = true;
    client.send('followups-today', { limit: SHOWN }).then(
      (result) => {
        if (!alive) return;
        if (result.ok) setItems(result.value);
        else setFailed(true);
      },
      () => alive && setFailed(true),
    );
    return () => {
      alive = false;
    };
  }, [client, version]);

  if (failed) return <p className="cobro-form-error">{t('common.somethingWentWrong')}</p>;
  if (!items) return <p className="cobro-muted">{t('common.loading')}</p>;
  if (openId) {
    return (
      <>
        <button type="button" className="cobro-pane-back" onClick={() => setOpenId(null)}>
          {pt('pane.back')}
        </button>
        <DebtorPanel client={client} debtorId={openId} onClose={() => setOpenId(null)} onChanged={() => setVersion((v) => v + 1)} />
      </>
    );
  }
  return (
    <>
      <h2 className="cobro-pane-heading">{t('popup.followUps', { count: items.length })}</h2>
      <FollowupsList items={items} onOpen={(item) => setOpenId(item.debtor.id)} />
    </>
  );
}
