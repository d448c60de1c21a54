// A worker loop may report every thousand rows; the page needs at most a few notes a second to
// draw a bar, and each note is a message it must handle. This passes on the first note of each
// phase and each phase's final count at once, and the notes in between at most once per interval.
import type { JobPhase } from './protocol';

/** The page redraws the bar at most this often. */
export const PROGRESS_INTERVAL_MS = 100;

export interface ProgressNote {
  phase: JobPhase;
  done?: number;
  total?: number;
  /** `total` is a guess (rows of a file not yet fully split). */
  estimated?: boolean;
}

function isFinal(note: ProgressNote): boolean {
  return note.done !== undefined && note.done === note.total && !note.estimated;
}

export function throttledProgress(
  send: (note: ProgressNote) => void,
  intervalMs = PROGRESS_INTERVAL_MS,
  now: () => number = () => performance.now(),
): (note: ProgressNote) => void {
  let phase: JobPhase | null = null;
  let sentAt = Number.NEGATIVE_INFINITY;
  return (note) => {
    const at = now();
    if (note.phase === phase && !isFinal(note) && at - sentAt < intervalMs) return;
    phase = note.phase;
    sentAt = at;
    send(note);
  };
}
