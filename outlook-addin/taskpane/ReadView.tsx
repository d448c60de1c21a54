// Read mode: the status of whoever the message is from (or, for the user's own sent message,
// to), their debtor card, and for an unknown sender the way to start tracking them.
import { useCallback, useEffect, useState } from 'react';
import type { HandlerOutput } from '../../shared/ledger/api';
import { StatusChip } from '../../shared/ui/StatusChip';
import { TrackDebtorForm } from '../../shared/ui/TrackDebtorForm';
import { useUi } from '../../shared/ui/context';
import type { MailAddress, MessageContent, ReadMessage } from '../mail/types';
import { counterparts } from './counterparts';
import { DebtorPanel } from './DebtorPanel';
import { ReplyFromDebtor } from './ReplyFromDebtor';
import type { PaneServices } from './pane-services';
import { usePaneText } from './pane-text';

type Match = HandlerOutput<'debtor-lookup'>[number];

type State =
  | { phase: 'loading' }
  | { phase: 'nobody' }
  | { phase: 'failed' }
  | { phase: 'unknown'; who: MailAddress }
  | { phase: 'known'; matches: Match[] };

export interface ReadViewProps {
  services: PaneServices;
  message: ReadMessage;
  /** The message's text and headers, asked of Outlook only when the sender is a debtor. */
  content: () => Promise<MessageContent>;
}

/** Lookup answers in the order the addresses were asked. */
function inAddressOrder(matches: Match[], addresses: readonly MailAddress[]): Match[] {
  const rank = (match: Match) =>
    Math.min(...match.matchedEmails.map((email) => addresses.findIndex((a) => a.address.trim().toLowerCase() === email)).filter((i) => i >= 0));
  return [...matches].sort((a, b) => rank(a) - rank(b));
}

/** The debtor who wrote this message, if the sender is one (not a debtor it was only sent to). */
function senderDebtor(matches: readonly Match[], message: ReadMessage): Match | undefined {
  const from = message.from?.address.trim().toLowerCase();
  return from ? matches.find((match) => match.matchedEmails.includes(from)) : undefined;
}

export function ReadView({ services, message, content }: ReadViewProps) {
  const { t } = useUi('ReadView');
  const pt = usePaneText();
  const { client, settings, host } = services;
  const [state, setState] = useState<State>({ phase: 'loading' });
  const [openId, setOpenId] = useState<string | null>(null);
  const [openedByUser, setOpenedByUser] = useState(false);
  const [tracking, setTracking] = useState(false);
  const [tracked, setTracked] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  /** Counts what was recorded from the reply, so the card below is drawn again from the ledger. */
  const [replyRevision, setReplyRevision] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    let alive = true;
    const addresses = counterparts(message, host.userEmail);
    if (addresses.length === 0) {
      setState({ phase: 'nobody' });
      return;
    }
    client.send('debtor-lookup', { emails: addresses.map((a) => a.address) }).then(
      (result) => {
        if (!alive) return;
        if (!result.ok) return setState({ phase: 'failed' });
        if (result.value.length === 0) return setState({ phase: 'unknown', who: addresses[0]! });
        const matches = inAddressOrder(result.value, addresses);
        setState({ phase: 'known', matches });
        setOpenId((current) => current ?? matches[0]!.debtor.id);
      },
      () => alive && setState({ phase: 'failed' }),
    );
    return () => {
      alive = false;
    };
  }, [client, message, host.userEmail, version]);

  switch (state.phase) {
    case 'loading':
      return <p className="cobro-muted">{t('common.loading')}</p>;
    case 'nobody':
      return <p className="cobro-muted">{pt('pane.noCounterpart')}</p>;
    case 'failed':
      return <p className="cobro-form-error">{t('common.somethingWentWrong')}</p>;
    case 'unknown':
      return tracking ? (
        <TrackDebtorForm
          email={state.who.address}
          name={state.who.name}
          defaults={{ currency: settings.defaultCurrency, locale: settings.defaultLocale, timeZone: settings.defaultTimeZone }}
          onSubmit={async (input) => {
            const result = await client.send('debtor-create', input);
            if (result.ok) {
              setTracking(false);
              setTracked(result.value.debtor.name);
              reload();
            }
            return result;
          }}
          onCancel={() => setTracking(false)}
        />
      ) : (
        // The pane has room the Gmail chip does not: who this is, and what tracking them does.
        <section className="cobro-pane-unknown" aria-label={pt('read.unknownLabel')} data-cobro="unknown-sender">
          {state.who.name.trim() !== '' ? <h2 className="cobro-pane-heading">{state.who.name.trim()}</h2> : null}
          <p className="cobro-pane-address">{state.who.address}</p>
          <p>{pt('read.unknownWhat')}</p>
          <button type="button" className="cobro-primary" data-cobro="track-sender" data-email={state.who.address} onClick={() => setTracking(true)}>
            {t('chip.trackSender')}
          </button>
        </section>
      );
    case 'known':
      return (
        <>
          {tracked ? (
            <p className="cobro-notice" role="status">
              {t('track.done', { name: tracked })}
            </p>
          ) : null}
          <div className="cobro-pane-chips">
            {state.matches.map((match) => (
              <StatusChip
                key={match.debtor.id}
                debtor={match.debtor}
                status={match.status}
                onOpen={() => {
                  setOpenedByUser(true);
                  setOpenId(match.debtor.id);
                }}
              />
            ))}
          </div>
          {senderDebtor(state.matches, message) ? (
            <ReplyFromDebtor
              client={client}
              debtorId={senderDebtor(state.matches, message)!.debtor.id}
              message={message}
              content={content}
              now={services.now}
              onChanged={() => {
                setReplyRevision((revision) => revision + 1);
                reload();
              }}
            />
          ) : null}
          {openId ? (
            <DebtorPanel
              key={`${openId}:${replyRevision}`}
              client={client}
              debtorId={openId}
              onClose={() => setOpenId(null)}
              onChanged={reload}
              openedByPane={!openedByUser}
            />
          ) : null}
        </>
      );
  }
}
