// The frame every quick-action form shares: a heading, the fields, the handler's error, and
// Save/Cancel. Focus moves to the first field when it opens.
import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { FormButtons } from '../form-buttons';

export interface ActionFormProps {
  title: string;
  busy: boolean;
  /** The handler's error, or the summary of field errors. */
  error: string | null;
  onSubmit(): void;
  onCancel(): void;
  children: ReactNode;
  formId?: string;
}

export function ActionForm({ title, busy, error, onSubmit, onCancel, children, formId }: ActionFormProps) {
  const titleId = useId();
  const ref = useRef<HTMLFormElement>(null);

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSubmit();
  };

  return (
    <form ref={ref} id={formId} className="cobro-action-form" aria-labelledby={titleId} aria-busy={busy} noValidate onSubmit={submit}>
      <h4 id={titleId}>{title}</h4>
      {children}
      <FormButtons error={error} busy={busy} onCancel={onCancel} />
    </form>
  );
}
