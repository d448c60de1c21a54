// The card's quick actions: one button per action, each opening its small form below the row
// (one at a time). Resume and resolve need no input and run straight away. At the ladder's
// phone step (with a number to call) the call guide sits under the row; the call form offers
// it at any other time.
import { useEffect, useId, useRef, useState, type ComponentType } from 'react';
import type { MessageKey } from '../../i18n/messages.en';
import { useUi } from '../context';
import type { DebtorActions } from './actions';
import { CallForm } from './CallForm';
import { CallGuide, type CallGuideForm } from './CallGuide';
import { DisputeForm } from './DisputeForm';
import { PauseForm } from './PauseForm';
import { PaymentForm } from './PaymentForm';
import { PlanForm } from './PlanForm';
import { PromiseForm } from './PromiseForm';
import { unpaidInvoices, type DebtorDetail, type QuickFormProps } from './form-support';
import { isCallStep } from './next-action-text';
import { useAction } from './use-action';
import { WriteOffForm } from './WriteOffForm';

type FormName = 'logCall' | 'recordPromise' | 'recordPayment' | 'startPlan' | 'pause' | 'markDisputed' | 'writeOff';

const FORMS: Record<FormName, { label: MessageKey; form: ComponentType<QuickFormProps> }> = {
  logCall: { label: 'action.logCall', form: CallForm },
  recordPromise: { label: 'action.recordPromise', form: PromiseForm },
  recordPayment: { label: 'action.recordPayment', form: PaymentForm },
  startPlan: { label: 'action.startPlan', form: PlanForm },
  pause: { label: 'action.pause', form: PauseForm },
  markDisputed: { label: 'action.markDisputed', form: DisputeForm },
  writeOff: { label: 'action.writeOff', form: WriteOffForm },
};

/** Which forms make sense for this debtor now. */
function availableForms(detail: DebtorDetail): FormName[] {
  const owes = detail.status.outstanding.length > 0;
  const unpaid = unpaidInvoices(detail);
  const names: FormName[] = ['logCall'];
  if (owes) names.push('recordPromise', 'recordPayment', 'startPlan');
  // A debt given up has nothing left to hold off.
  if (detail.debtor.pause === null && detail.status.state !== 'written-off') names.push('pause');
  if (unpaid.some((invoice) => invoice.status === 'open')) names.push('markDisputed');
  // The ladder's last step, last in the row: giving up is offered, never suggested first.
  if (unpaid.length > 0) names.push('writeOff');
  return names;
}

export interface QuickActionsProps {
  detail: DebtorDetail;
  actions: DebtorActions;
  headingId: string;
}

export function QuickActions({ detail, actions, headingId }: QuickActionsProps) {
  const { t } = useUi('QuickActions');
  const [open, setOpen] = useState<FormName | null>(null);
  const [saved, setSaved] = useState(false);
  const direct = useAction(t);
  const panelId = useId();
  const buttons = useRef(new Map<FormName, HTMLButtonElement>());
  const guideHeading = useRef<HTMLHeadingElement>(null);
  const [guideRequested, setGuideRequested] = useState(false);
  const [focusGuide, setFocusGuide] = useState(false);

  // A form whose save finishes after the user moved on to another form leaves that one open.
  const close = (name: FormName) => {
    setOpen((current) => (current === name ? null : current));
    buttons.current.get(name)?.focus();
  };
  const done = (name: FormName) => {
    setSaved(true);
    close(name);
  };
  const runDirect = async (call: () => ReturnType<DebtorActions['resume']>) => {
    setOpen(null);
    setSaved(false);
    if (await direct.run(call)) setSaved(true);
  };

  const openForm = (name: FormName) => {
    setSaved(false);
    direct.clearError();
    setOpen(name);
  };

  const forms = availableForms(detail);
  const hasPhone = (detail.debtor.phone?.trim() ?? '') !== '';
  const guideAtStep = hasPhone && isCallStep(detail.status.nextAction);
  const guideShown = guideRequested || guideAtStep;

  useEffect(() => {
    if (focusGuide && guideShown) {
      guideHeading.current?.focus();
      setFocusGuide(false);
    }
  }, [focusGuide, guideShown]);

  const disputed = detail.invoices.some((invoice) => invoice.status === 'disputed');
  const OpenForm = open ? FORMS[open].form : null;

  return (
    <section className="cobro-section cobro-actions" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('card.actions')}</h3>
      <div className="cobro-action-buttons">
        {forms.map((name) => (
          <button
            key={name}
            type="button"
            ref={(element) => {
              if (element) buttons.current.set(name, element);
              else buttons.current.delete(name);
            }}
            aria-expanded={open === name}
            aria-controls={open === name ? panelId : undefined}
            onClick={() => {
              setSaved(false);
              direct.clearError();
              setOpen(open === name ? null : name);
            }}
          >
            {t(FORMS[name].label)}
          </button>
        ))}
        {detail.debtor.pause !== null ? (
          <button type="button" disabled={direct.busy} onClick={() => runDirect(() => actions.resume())}>
            {t('action.resume')}
          </button>
        ) : null}
        {disputed ? (
          <button type="button" disabled={direct.busy} onClick={() => runDirect(() => actions.resolveDispute())}>
            {t('action.resolveDispute')}
          </button>
        ) : null}
      </div>
      {guideShown ? (
        <CallGuide
          detail={detail}
          headingRef={guideHeading}
          onOpen={(name: CallGuideForm) => openForm(name)}
          onHide={
            guideAtStep
              ? undefined
              : () => {
                  setGuideRequested(false);
                  buttons.current.get('logCall')?.focus();
                }
          }
        />
      ) : null}
      {direct.error ? (
        <p role="alert" className="cobro-form-error">
          {direct.error}
        </p>
      ) : null}
      <p role="status" className="cobro-saved">
        {saved ? t('action.done') : ''}
      </p>
      {open && OpenForm ? (
        <div id={panelId}>
          {open === 'logCall' ? (
            <CallForm
              detail={detail}
              actions={actions}
              onDone={() => done(open)}
              onCancel={() => close(open)}
              onShowGuide={
                guideShown
                  ? undefined
                  : () => {
                      setGuideRequested(true);
                      setFocusGuide(true);
                    }
              }
            />
          ) : (
            <OpenForm detail={detail} actions={actions} onDone={() => done(open)} onCancel={() => close(open)} />
          )}
        </div>
      ) : null}
    </section>
  );
}
