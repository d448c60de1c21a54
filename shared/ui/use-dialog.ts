// Dialog behaviour shared by the card and the picker: focus moves in when it opens, goes back
// where it was when it closes, and Escape closes it. Works inside a shadow root, where the
// document only sees the host element as focused.
import { useCallback, useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

function focusedElementNear(node: Node): HTMLElement | null {
  const root = node.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement ?? node.ownerDocument?.activeElement ?? null;
  return active instanceof HTMLElement ? active : null;
}

export interface DialogBehaviour<T extends HTMLElement> {
  ref: RefObject<T | null>;
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
}

/**
 * `initialFocus` picks the element to focus on open (default: the dialog itself, which needs
 * tabIndex={-1}).
 */
export function useDialog<T extends HTMLElement>(
  onClose: () => void,
  initialFocus?: (dialog: T) => HTMLElement | null,
): DialogBehaviour<T> {
  const ref = useRef<T | null>(null);
  const initialFocusRef = useRef(initialFocus);
  initialFocusRef.current = initialFocus;

  // A layout effect, so the focus is in the dialog as soon as it is on screen: a passive effect
  // runs after paint (preact/compat waits for an animation frame, throttled in a background tab),
  // and an Escape pressed in between went to the page and left the dialog open.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = focusedElementNear(dialog);
    (initialFocusRef.current?.(dialog) ?? dialog).focus();
    return () => {
      if (previous && previous.isConnected) previous.focus();
    };
  }, []);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      event.stopPropagation();
      onClose();
    },
    [onClose],
  );

  return { ref, onKeyDown };
}
