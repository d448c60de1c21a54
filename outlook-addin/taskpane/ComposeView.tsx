// Compose mode: find the debtor among the recipients (or let the user pick one), offer the
// template picker, and insert the chosen template in one click.
import { useCallback, useEffect, useState } from 'react';
import type { CollectionStatus } from '../../shared/collection/status';
import type { HandlerOutput } from '../../shared/ledger/api';
import type { Debtor } from '../../shared/ledger/schema';
import { DebtorSearch } from '../../shared/ui/DebtorSearch';
import { StatusChip } from '../../shared/ui/StatusChip';
import { TemplatePicker, type TemplatePickerItem } from '../../shared/ui/TemplatePicker';
import { useUi } from '../../shared/ui/context';
import type { ComposeDraft } from '../mail/types';
import { DebtorPanel } from './DebtorPanel';
import { insertTemplate } from './insert-template';
import type { PaneMessageKey } from './messages';
import type { PaneServices } from './pane-services';
import { searchDebtors } from './search-debtors';
import { usePaneText } from './pane-text';

interface Chosen {
  debtor: Debtor;
  status: CollectionStatus;
  /** Picked by the user rather than found among the recipients: recipient changes leave it. */
  picked: boolean;
}

type Templates = HandlerOutput<'templates-for-debtor'>;

type State =
  | { phase: 'loading' }
  | { phase: 'failed' }
  | { phase: 'no-recipients' }
  | { phase: 'no-debtor' }
  | { phase: 'chosen'; chosen: Chosen };

export interface ComposeViewProps {
  services: PaneServices;
  draft: ComposeDraft;
  /** The picker's way to the first-run setup, while the profile lacks a name or a way to pay. */
  onOpenSetup(): void;
}

export function ComposeView({ services, draft, onOpenSetup }: ComposeViewProps) {
  const { t } = useUi('ComposeView');
  const pt = usePaneText();
  const { client } = services;
  const [state, setState] = useState<State>({ phase: 'loading' });
  const [templates, setTemplates] = useState<Templates | null>(null);
  const [pickerOpen, setPickerOpen] = useState(true);
  const [cardOpen, setCardOpen] = useState(false);
  /** The picker was opened from the card instead of the phone call: the send counts as the call step. */
  const [insteadOfCall, setInsteadOfCall] = useState(false);
  const [searching, setSearching] = useState(false);
  const [notice, setNotice] = useState<{ key: PaneMessageKey; name?: string; error?: boolean } | null>(null);
  const [recipientsVersion, setRecipientsVersion] = useState(0);

  const picked = state.phase === 'chosen' && state.chosen.picked;

  // The debtor among the recipients, in recipient order; redone when the recipients change.
  useEffect(() => {
    if (picked) return;
    let alive = true;
    (async () => {
      const recipients = await draft.recipients();
      if (!alive) return;
      if (recipients.length === 0) return setState({ phase: 'no-recipients' });
      const found = await client.send('debtor-lookup', { emails: recipients.slice(0, 200).map((r) => r.address) });
      if (!alive) return;
      if (!found.ok) return setState({ phase: 'failed' });
      const order = recipients.map((r) => r.address.trim().toLowerCase());
      const match = order.map((address) => found.value.find((m) => m.matchedEmails.includes(address))).find((m) => m !== undefined);
      setState(match ? { phase: 'chosen', chosen: { debtor: match.debtor, status: match.status, picked: false } } : { phase: 'no-debtor' });
    })().catch(() => alive && setState({ phase: 'failed' }));
    return () => {
      alive = false;
    };
  }, [client, draft, recipientsVersion, picked]);

  useEffect(() => {
    let stop: (() => Promise<void>) | null = null;
    let alive = true;
    draft
      .onRecipientsChanged(() => setRecipientsVersion((v) => v + 1))
      .then((unsubscribe) => {
        if (alive) stop = unsubscribe;
        else void unsubscribe();
      })
      .catch(() => undefined);
    return () => {
      alive = false;
      void stop?.();
    };
  }, [draft]);

  const debtorId = state.phase === 'chosen' ? state.chosen.debtor.id : null;
  useEffect(() => {
    setTemplates(null);
    if (!debtorId) return;
    let alive = true;
    client.send('templates-for-debtor', { debtorId }).then(
      (result) => {
        if (!alive) return;
        if (result.ok) setTemplates(result.value);
        else setState({ phase: 'failed' });
      },
      () => alive && setState({ phase: 'failed' }),
    );
    return () => {
      alive = false;
    };
  }, [client, debtorId]);

  const pick = useCallback(
    async (debtor: Debtor) => {
      const status = await client.send('status-get', { debtorId: debtor.id });
      if (!status.ok) return setState({ phase: 'failed' });
      setSearching(false);
      setPickerOpen(true);
      setInsteadOfCall(false);
      setNotice(null);
      setState({ phase: 'chosen', chosen: { debtor, status: status.value, picked: true } });
    },
    [client],
  );

  const insert = async (chosen: Chosen, item: TemplatePickerItem) => {
    if (!item.rendered.ok) return;
    setPickerOpen(false);
    setInsteadOfCall(false);
    try {
      const outcome = await insertTemplate(
        draft,
        {
          debtorId: chosen.debtor.id,
          templateId: item.template.id,
          purpose: insteadOfCall ? 'call' : item.template.purpose,
          invoiceIds: [...item.invoiceIds],
          subject: item.rendered.subject,
          html: item.rendered.html,
          text: item.rendered.text,
        },
        services,
      );
      setNotice(outcome.marked ? { key: 'compose.inserted', name: chosen.debtor.name } : { key: 'compose.insertedNotLogged' });
    } catch {
      setNotice({ key: 'compose.insertFailed', error: true });
    }
  };

  const search = (
    <DebtorSearch
      onSearch={searchDebtors(client)}
      onPick={(debtor) => void pick(debtor)}
    />
  );

  const noticeLine = notice ? (
    <p className={notice.error ? 'cobro-form-error' : 'cobro-notice'} role="status">
      {pt(notice.key, notice.name ? { name: notice.name } : undefined)}
    </p>
  ) : null;

  switch (state.phase) {
    case 'loading':
      return <p className="cobro-muted">{t('common.loading')}</p>;
    case 'failed':
      return <p className="cobro-form-error">{t('common.somethingWentWrong')}</p>;
    case 'no-recipients':
    case 'no-debtor':
      return (
        <>
          <p className="cobro-muted">{pt(state.phase === 'no-recipients' ? 'compose.noRecipients' : 'compose.noDebtor')}</p>
          {search}
        </>
      );
    case 'chosen': {
      const { chosen } = state;
      return (
        <>
          <h2 className="cobro-pane-heading">{pt('compose.writingTo', { name: chosen.debtor.name })}</h2>
          <div className="cobro-pane-chips">
            <StatusChip debtor={chosen.debtor} status={chosen.status} onOpen={() => setCardOpen(true)} />
          </div>
          {noticeLine}
          {pickerOpen && templates ? (
            <TemplatePicker
              debtor={chosen.debtor}
              items={templates.items}
              recommended={templates.recommended}
              policy={templates.policy}
              settings={services.settings}
              onInsert={(item) => void insert(chosen, item)}
              onOpenSetup={onOpenSetup}
              onClose={() => {
                setPickerOpen(false);
                setInsteadOfCall(false);
              }}
            />
          ) : null}
          {pickerOpen && !templates ? <p className="cobro-muted">{t('common.loading')}</p> : null}
          <div className="cobro-buttons">
            {pickerOpen ? null : (
              <button type="button" className="cobro-primary" data-cobro="compose-button" onClick={() => setPickerOpen(true)}>
                {pt('compose.chooseTemplate')}
              </button>
            )}
            <button type="button" aria-expanded={searching} onClick={() => setSearching((open) => !open)}>
              {pt('compose.otherDebtor')}
            </button>
          </div>
          {searching ? search : null}
          {cardOpen ? (
            <DebtorPanel
              client={client}
              debtorId={chosen.debtor.id}
              onClose={() => setCardOpen(false)}
              onEmailInsteadOfCall={() => {
                setCardOpen(false);
                setPickerOpen(true);
                setInsteadOfCall(true);
              }}
            />
          ) : null}
        </>
      );
    }
  }
}
