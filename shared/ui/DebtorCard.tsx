// The debtor card: everything about one debtor and the quick actions, as a dialog that takes
// focus when it opens and closes on Escape; or, given `inPage`, as the body of a page that already
// names the debtor in its heading (no second name, no close button, no focus taken).
import { useId } from 'react';
import type { HandlerOutput } from '../ledger/api';
import { useUi } from './context';
import { useDialog } from './use-dialog';
import type { DebtorActions } from './card/actions';
import { DebtorHeader } from './card/DebtorHeader';
import { InvoiceTable } from './card/InvoiceTable';
import { NextActionPanel } from './card/NextActionPanel';
import { PlanPanel } from './card/PlanPanel';
import { PromisesPanel } from './card/PromisesPanel';
import { QuickActions } from './card/QuickActions';
import { Timeline } from './card/Timeline';

export interface DebtorCardProps {
  detail: HandlerOutput<'debtor-get'>;
  actions: DebtorActions;
  onClose(): void;
  /** The card is the body of a full page whose own heading names the debtor. */
  inPage?: boolean;
  /** Opens the template picker for this debtor; without it the card offers no such button. */
  onComposeTemplate?(): void;
  /**
   * At the phone step with no phone number on record: opens the host's way to write to this
   * debtor instead (the compose picker). The host should log that e-mail with step 'call', which
   * counts as trying the call step. Without it the card offers only to add a number.
   */
  onEmailInsteadOfCall?(): void;
  /** Opens the workspace's page for this debtor with the claim file's or the letter's dialog; without it the card offers neither. */
  onOpenDocument?(document: 'claim-file' | 'letter'): void;
}

export function DebtorCard({ detail, actions, onClose, inPage, onComposeTemplate, onEmailInsteadOfCall, onOpenDocument }: DebtorCardProps) {
  const { t } = useUi('DebtorCard');
  const dialog = useDialog<HTMLElement>(onClose);
  const id = useId();
  const titleId = `${id}-title`;

  return (
    <div className="cobro">
      <section
        // Without the ref the dialog behaviour never takes focus: on a page the heading keeps it.
        ref={inPage ? undefined : dialog.ref}
        role={inPage ? undefined : 'dialog'}
        // On a page the page's own section is the named region; a second one of the same name would only repeat it.
        aria-labelledby={inPage ? undefined : titleId}
        tabIndex={inPage ? undefined : -1}
        className={inPage ? 'cobro-card cobro-card-in-page' : 'cobro-dialog cobro-card'}
        data-cobro="debtor-card"
        data-debtor-id={detail.debtor.id}
        onKeyDown={inPage ? undefined : dialog.onKeyDown}
      >
        {inPage ? null : (
          <button type="button" className="cobro-close" aria-label={t('common.close')} onClick={() => onClose()}>
            <span aria-hidden="true">×</span>
          </button>
        )}
        <DebtorHeader detail={detail} titleId={titleId} showName={!inPage} />
        <NextActionPanel
          detail={detail}
          headingId={`${id}-next`}
          onComposeTemplate={onComposeTemplate}
          actions={actions}
          onEmailInsteadOfCall={onEmailInsteadOfCall}
        />
        <QuickActions detail={detail} actions={actions} headingId={`${id}-actions`} />
        {onOpenDocument ? (
          <p className="cobro-buttons">
            <button type="button" data-cobro="open-claim-file" onClick={() => onOpenDocument('claim-file')}>
              {t('ws.debtor.claimFile')}
            </button>
            {/* A demand for payment of a debt the user gave up would demand nothing: the claim file keeps the history. */}
            {detail.status.state === 'written-off' ? null : (
              <button type="button" data-cobro="open-letter" onClick={() => onOpenDocument('letter')}>
                {t('ws.debtor.letter')}
              </button>
            )}
          </p>
        ) : null}
        <InvoiceTable detail={detail} headingId={`${id}-invoices`} />
        <PromisesPanel detail={detail} headingId={`${id}-promises`} />
        <PlanPanel detail={detail} headingId={`${id}-plan`} />
        <Timeline detail={detail} headingId={`${id}-timeline`} />
      </section>
    </div>
  );
}
