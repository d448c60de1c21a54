// The debtor card: everything about one debtor and the quick actions, as a dialog that takes
// focus when it opens and closes on Escape.
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
  /** Opens the template picker for this debtor; without it the card offers no such button. */
  onComposeTemplate?(): void;
  /**
   * At the phone step with no phone number on record: opens the host's way to write to this
   * debtor instead (the compose picker). The host should log that e-mail with step 'call', which
   * counts as trying the call step. Without it the card offers only to add a number.
   */
  onEmailInsteadOfCall?(): void;
}

export function DebtorCard({ detail, actions, onClose, onComposeTemplate, onEmailInsteadOfCall }: DebtorCardProps) {
  const { t } = useUi('DebtorCard');
  const dialog = useDialog<HTMLElement>(onClose);
  const id = useId();
  const titleId = `${id}-title`;

  return (
    <div className="cobro">
      <section
        ref={dialog.ref}
        role="dialog"
        aria-labelledby={titleId}
        tabIndex={-1}
        className="cobro-dialog cobro-card"
        data-cobro="debtor-card"
        data-debtor-id={detail.debtor.id}
        onKeyDown={dialog.onKeyDown}
      >
        <button type="button" className="cobro-close" aria-label={t('common.close')} onClick={() => onClose()}>
          <span aria-hidden="true">×</span>
        </button>
        <DebtorHeader detail={detail} titleId={titleId} />
        <NextActionPanel
          detail={detail}
          headingId={`${id}-next`}
          onComposeTemplate={onComposeTemplate}
          actions={actions}
          onEmailInsteadOfCall={onEmailInsteadOfCall}
        />
        <QuickActions detail={detail} actions={actions} headingId={`${id}-actions`} />
        <InvoiceTable detail={detail} headingId={`${id}-invoices`} />
        <PromisesPanel detail={detail} headingId={`${id}-promises`} />
        <PlanPanel detail={detail} headingId={`${id}-plan`} />
        <Timeline detail={detail} headingId={`${id}-timeline`} />
      </section>
    </div>
  );
}
