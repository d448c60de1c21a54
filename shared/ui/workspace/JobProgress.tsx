// Progress of a long job (reading a file, writing an import, making a backup): a labelled,
// determinate progress bar over the job's steps that says which step runs and, when the step
// counts rows, how many are done. Screen readers are told politely when the step changes; the
// counts, which change several times a second, are read from the bar when asked for.
import { useId } from 'react';
import { useUi } from '../context';
import type { MessageKey } from '../../i18n/messages.en';
import type { JobCount } from './worker/client';
import { JOB_PHASES, type JobPhase } from './worker/protocol';

export interface JobProgressProps {
  /** The steps this job goes through, in order (a subset of JOB_PHASES). */
  phases: readonly JobPhase[];
  current: JobPhase | null;
  /** Rows done of the current step, when it counts them. */
  count?: JobCount | undefined;
}

/** Steps that count rows of a file say so in their own words; the others say "Saving… 5 of 11". */
function countKey(phase: JobPhase, count: JobCount): MessageKey {
  if (phase === 'reading') return count.estimated ? 'ws.job.rows.readingAbout' : 'ws.job.rows.reading';
  if (phase === 'checking') return 'ws.job.rows.checking';
  if (phase === 'planning') return 'ws.job.rows.planning';
  return 'ws.job.counted';
}

export function JobProgress({ phases, current, count }: JobProgressProps) {
  const { t } = useUi('JobProgress');
  const id = useId();
  const steps = phases.filter((phase) => phase !== 'done');
  const index = current === null ? 0 : current === 'done' ? steps.length : Math.max(0, steps.indexOf(current));
  const counted = count && count.total > 0 && current !== null && current !== 'done' ? count : undefined;
  const step = current === null ? t('ws.job.starting') : t(`ws.job.${current}`);
  const label = counted && current !== null ? t(countKey(current, counted), { step, done: counted.done, total: counted.total }) : step;
  const within = counted ? Math.min(1, counted.done / counted.total) : 0.5;
  return (
    <div className="cobro-job" data-cobro="job-progress">
      <label htmlFor={id}>{label}</label>
      <progress id={id} max={steps.length} value={current === 'done' ? steps.length : index + within} aria-valuetext={label} />
      <p className="cobro-visually-hidden" role="status">
        {step}
      </p>
    </div>
  );
}

/** Every phase a job can report, for tests and for hosts that show their own. */
export const ALL_JOB_PHASES = JOB_PHASES;
