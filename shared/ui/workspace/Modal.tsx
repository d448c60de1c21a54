// The workspace's one modal shell: a backdrop, a labelled dialog that takes the focus when it
// opens and gives it back when it closes, and Escape to close (use-dialog.ts). Each dialog brings
// only its title and its content.
import { useId, type ReactNode } from 'react';
import { useDialog } from '../use-dialog';

export interface ModalProps {
  title: ReactNode;
  onClose: () => void;
  /** What takes the focus when it opens (default: the dialog itself). */
  initialFocus?: (dialog: HTMLElement) => HTMLElement | null;
  /** 'alertdialog' for a confirmation. */
  role?: 'dialog' | 'alertdialog';
  /** What the dialog is about, read out with its title (a confirmation's question). */
  description?: ReactNode;
  className?: string;
  /** A name for tests and the screens to find it by. */
  dataCobro?: string;
  children: ReactNode;
}

export function Modal({ title, onClose, initialFocus, role = 'dialog', description, className, dataCobro, children }: ModalProps) {
  const id = useId();
  const dialog = useDialog<HTMLElement>(onClose, initialFocus);
  const described = description !== undefined;
  return (
    <div className="cobro-modal-backdrop">
      <section
        ref={dialog.ref}
        role={role}
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={described ? `${id}-body` : undefined}
        tabIndex={-1}
        className={className ? `cobro-dialog ${className}` : 'cobro-dialog'}
        data-cobro={dataCobro}
        onKeyDown={dialog.onKeyDown}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        {described ? <div id={`${id}-body`}>{description}</div> : null}
        {children}
      </section>
    </div>
  );
}
