// Arrow-key movement between the buttons of a list (follow-ups, search results).
import type { KeyboardEvent } from 'react';

/** Up/Down move focus to the neighbouring button, Home/End to the first/last. */
export function moveFocusInList(event: KeyboardEvent<HTMLElement>, buttons: readonly HTMLElement[]): void {
  const index = buttons.findIndex((button) => button === event.target);
  if (index === -1) return;
  const targets: Record<string, HTMLElement | undefined> = {
    ArrowDown: buttons[Math.min(index + 1, buttons.length - 1)],
    ArrowUp: buttons[Math.max(index - 1, 0)],
    Home: buttons[0],
    End: buttons[buttons.length - 1],
  };
  const target = targets[event.key];
  if (!target) return;
  event.preventDefault();
  target.focus();
}
