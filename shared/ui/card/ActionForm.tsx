// The frame every quick-action form shares: a heading, the fields, the handler's error, and
// Save/Cancel. Focus moves to the first field when it opens.
import { createContext, useContext, useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { FormButtons } from '../form-buttons';

/**
 * The level of a form's heading: 4 in the card (under its h3 sections); a place that shows a form
 * under a heading of another level (the reply's lines in the Outlook pane sit under an h2) says so.
 */
export const ActionFormHeadingLevel = createContext<3 | 4>(4);

export interface ActionFormProps {
  title: string;
  busy: boolean;
  /** The handler's error, or the summary of field errors. */
  error: string | null;
  onSubmit(): void;
  onCancel(): void;
  children: ReactNode;
  formId?: string;
  /** The submit button's words when not Save. */
  submitLabel?: string;
}

export function ActionForm({ title, busy, error, onSubmit, onCancel, children, formId, submitLabel }: ActionFormProps) {
  const titleId = useId();
  const ref = useRef<HTMLFormElement>(null);
  const Heading = useContext(ActionFormHeadingLevel) === 3 ? 'h3' : 'h4';

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSubmit();
  };

  return (
    <form ref={ref} id={formId} className="cobro-action-form" aria-labelledby={titleId} aria-busy={busy} noValidate onSubmit={submit}>
      <Heading id={titleId}>{title}</Heading>
      {children}
      <FormButtons error={error} busy={busy} onCancel={onCancel} submitLabel={submitLabel} />
    </form>
  );
}
