// Pure: what a Slurm job's state means for a Training's or Prediction's status.
import { setCondition } from '../../api/conditions.ts';
import type { Phase, TrainingStatus } from '../../api/types.ts';
import { interpretJobState, type JobOutcome, stateKey } from '../../slurm/job-state.ts';
import type { SlurmJob } from '../../slurm/types.ts';

/** The status fields Training and Prediction share (a Prediction adds outputPath). */
export type JobStatus = TrainingStatus & { outputPath?: string };

/** The condition saying Slurm does not know the job (see observe.ts). */
export const MISSING = 'SlurmJobMissing';
/** The condition recording that a cancel was requested (see cancel.ts). */
export const CANCELLING = 'Cancelling';

const PHASE_OF: Record<JobOutcome, Phase> = {
  pending: 'Submitted',
  running: 'Running',
  succeeded: 'Succeeded',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

export interface ObservedJob<S extends JobStatus> {
  status: S;
  outcome: JobOutcome;
  /** Slurm will not change the job again: the resource can settle. */
  final: boolean;
}

/** Mirrors Slurm's view of the job into the status; phase and conditions follow from it. */
export function observeJob<S extends JobStatus>(
  previous: S,
  job: SlurmJob,
  cluster: string,
  generation: number | undefined,
  now: Date,
): ObservedJob<S> {
  const meaning = interpretJobState(job.state);
  // An ended job that is still completing keeps its last live phase until Slurm is done.
  const phase = meaning.final || meaning.outcome === 'pending' ? PHASE_OF[meaning.outcome] : 'Running';
  const { reason } = meaning;
  let conditions = previous.conditions;
  // Seen again: a later miss (this attempt's or the next one's) counts from then, not from this one.
  conditions = clearMissing(
    conditions,
    'JobFound',
    `Slurm job ${job.jobId} was found again`,
    generation,
    now,
  );
  if (phase === 'Running') {
    conditions = setCondition(
      conditions,
      {
        type: 'Running',
        status: 'True',
        reason,
        message: `Slurm job ${job.jobId} is running on ${job.nodes ?? 'its nodes'}`,
      },
      generation,
      now,
    );
  }
  const status: S = {
    ...previous,
    phase,
    reason,
    message: describe(job, meaning.final ? meaning.outcome : null),
    slurm: {
      cluster,
      ...(job.user || previous.slurm?.user ? { user: job.user ?? previous.slurm?.user } : {}),
      jobId: job.jobId,
      state: stateKey(job.state),
      ...(job.reason ? { reason: job.reason } : {}),
      ...(job.nodes ? { nodes: job.nodes } : {}),
      ...(job.exitCode !== null ? { exitCode: job.exitCode } : {}),
      ...(job.signal !== null ? { signal: job.signal } : {}),
    },
    // A pending job's start time is Slurm's estimate, not a start.
    ...(job.startTime && meaning.outcome !== 'pending' ? { startedAt: job.startTime.toISOString() } : {}),
    conditions,
  };
  if (meaning.final) {
    status.finishedAt = (job.endTime ?? now).toISOString();
    status.conditions = setCondition(
      status.conditions,
      { type: 'Running', status: 'False', reason, message: status.message ?? '' },
      generation,
      now,
    );
    if (status.conditions.some((c) => c.type === CANCELLING && c.status === 'True')) {
      status.conditions = setCondition(
        status.conditions,
        { type: CANCELLING, status: 'False', reason: 'JobEnded', message: status.message ?? '' },
        generation,
        now,
      );
    }
  }
  return { status, outcome: meaning.outcome, final: meaning.final };
}

function describe(job: SlurmJob, finalOutcome: JobOutcome | null): string {
  const id = `Slurm job ${job.jobId}`;
  switch (finalOutcome) {
    case 'succeeded':
      return `${id} completed`;
    case 'cancelled':
      return `${id} was cancelled`;
    case 'failed': {
      const how = job.signal
        ? `killed by signal ${job.signal}`
        : job.exitCode !== null
          ? `exit code ${job.exitCode}`
          : 'no exit code';
      return `${id} ended ${job.state.base}${job.reason ? ` (${job.reason})` : ''}, ${how}`;
    }
    default:
      return `${id} is ${job.state.base}${job.reason ? ` (${job.reason})` : ''}`;
  }
}

/** SlurmJobMissing=False, if it was True: a later miss is measured from its own start. */
export function clearMissing(
  conditions: JobStatus['conditions'],
  reason: string,
  message: string,
  generation: number | undefined,
  now: Date,
): JobStatus['conditions'] {
  if (!conditions?.some((c) => c.type === MISSING && c.status === 'True')) return conditions;
  return setCondition(conditions, { type: MISSING, status: 'False', reason, message }, generation, now);
}

/** A final phase with the Job-style terminal conditions: Complete or Failed. */
export function finalStatus<S extends JobStatus>(
  status: S,
  phase: Phase,
  reason: string,
  message: string,
  generation: number | undefined,
  now: Date,
): S {
  const complete = phase === 'Succeeded';
  let conditions = setCondition(
    status.conditions,
    { type: complete ? 'Complete' : 'Failed', status: 'True', reason, message },
    generation,
    now,
  );
  conditions = setCondition(
    conditions,
    { type: complete ? 'Failed' : 'Complete', status: 'False', reason, message },
    generation,
    now,
  );
  return {
    ...status,
    phase,
    reason,
    message,
    conditions,
    finishedAt: status.finishedAt ?? now.toISOString(),
  };
}
