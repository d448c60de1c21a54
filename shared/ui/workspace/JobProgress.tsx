// Progress of a long job (reading a file, writing an import, making a backup): a labelled
// progress bar that says which step is running, announced politely to screen readers.
import { useId } from 'react';
import { useUi } from '../context';
import { JOB_PHASES, type JobPhase } from './worker/protocol';

export interface JobProgressProps {
  /** The steps this job goes through, in order (a subset of JOB_PHASES). */
  phases: readonly JobPhase[];
  current: JobPhase | null;
  /** Rows done of the current step, when it counts them. */
  count?: { done: number; total: number } | undefined;
}

export function JobProgress({ phases, current, count }: JobProgressProps) {
  const { t, locale } = useUi('JobProgress');
  const id = useId();
  const steps = phases.filter((phase) => phase !== 'done');
  const index = current === null ? 0 : current === 'done' ? steps.length : Math.max(0, steps.indexOf(current));
  const counted = count && count.total > 0 && current !== 'done' ? count : undefined;
  const label =
    current === null
      ? t('ws.job.starting')
      : counted
        ? t('ws.job.counted', { step: t(`ws.job.${current}`), done: counted.done.toLocaleString(locale), total: counted.total.toLocaleString(locale) })
        : t(`ws.job.${current}`);
  const within = counted ? counted.done / counted.total : 0.5;
  return (
    <div className="cobro-job" role="status" aria-live="polite">
      <label htmlFor={id}>{label}</label>
      <progress id={id} max={steps.length} value={current === 'done' ? steps.length : index + within} aria-valuetext={label} />
    </div>
  );
}

/** Every phase a job can report, for tests and for hosts that show their own. */
export const ALL_JOB_PHASES = JOB_PHASES;
