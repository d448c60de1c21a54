// How far a long parse or plan has got, for a progress bar. A 100,000-row file takes seconds to
// read and plan; the loops say so every PROGRESS_EVERY rows rather than on each one, so the
// reporting itself costs nothing measurable.

/** Rows between two reports. */
export const PROGRESS_EVERY = 1000;

/**
 * One report from parseImportFile. 'reading' splits the text into rows: `total` is estimated from
 * the share of the text split so far (`estimated` until the last report, where done = total = every
 * row of the file). 'checking' turns the data rows into invoices or rejections: `total` is exact.
 */
export interface ParseProgress {
  step: 'reading' | 'checking';
  done: number;
  total: number;
  estimated: boolean;
}

export type ParseProgressListener = (progress: ParseProgress) => void;

/** `done` of `total` rows; `done` never goes down and the last report is `total`. */
export type RowProgress = (done: number, total: number) => void;

export interface RowTally {
  add(count: number): void;
  /** Reports `total` unless that was the last report. */
  finish(): void;
}

/** Counts rows towards `total`, reporting at the start, each time `every` more rows are done, and at the end. */
export function rowTally(total: number, report: RowProgress, every = PROGRESS_EVERY): RowTally {
  let done = 0;
  let reported = 0;
  report(0, total);
  return {
    add(count) {
      done += count;
      if (done - reported >= every && done < total) {
        reported = done;
        report(done, total);
      }
    },
    finish() {
      if (reported !== total) {
        reported = total;
        report(total, total);
      }
    },
  };
}
