// The toolbar badge: how many follow-ups are due today. Recounted after writes and on an alarm
// (the day rolls over with nobody writing); content scripts never ask for it.

export const BADGE_ALARM = 'cobro-badge';
export const BADGE_ALARM_MINUTES = 30;
export const BADGE_COLOR = '#b3261e';

export function badgeText(count: number): string {
  if (!Number.isFinite(count) || count <= 0) return '';
  return count > 99 ? '99+' : String(Math.floor(count));
}

export interface BadgeDeps {
  countDueToday: () => Promise<number>;
  setText: (text: string) => Promise<void>;
}

export async function refreshBadge(deps: BadgeDeps): Promise<string> {
  const text = badgeText(await deps.countDueToday());
  await deps.setText(text);
  return text;
}

/**
 * Runs `task` now, or once more after the current run when asked while running: a burst of
 * writes costs at most two recounts, and the last one sees the last write.
 */
export function serialRefresher(task: () => Promise<unknown>, onError: (error: unknown) => void = () => undefined): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  const loop = async () => {
    do {
      again = false;
      try {
        await task();
      } catch (error) {
        onError(error);
      }
    } while (again);
    running = null;
  };
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = loop();
    return running;
  };
}
