// Pure: the one named state a Training or Prediction is in, from its own copy and the facts the
// reconciler gathered. Each state has one action (reconcile.ts); docs/architecture.md has the
// table of states, the events each reacts to and the states that follow, and
// test/unit/reconcilers/job-states.test.ts fails when a state of this list has no test.
import { isFinalPhase } from '../../api/phases.ts';
import type { JobResource } from '../../api/types.ts';
import type { JobStatus } from './mirror.ts';
import type { Placement, PlacementWait } from './placement.ts';
import { idempotencyKey } from './submission.ts';
import { type SubmitMarker, standingMarker } from './submit-marker.ts';

export const JOB_STATE_NAMES = [
  'Deleting',
  'Final',
  'Active',
  'Submitting',
  'Suspended',
  'Unplaced',
  'New',
] as const;
export type JobStateName = (typeof JOB_STATE_NAMES)[number];

export type JobState =
  /** deletionTimestamp is set: cancel what runs, then let the object go. */
  | { name: 'Deleting' }
  /** Succeeded, Failed, Cancelled or Lost: nothing changes the resource any more. */
  | { name: 'Final' }
  /** A Slurm job of this attempt exists: mirror it (cancel it first when suspended). */
  | { name: 'Active'; jobId: number; attempt: number; key: string; suspend: boolean }
  /** The marker is written but no job id: the job may exist (a crash or timeout after submit). */
  | { name: 'Submitting'; attempt: number; key: string; marker: SubmitMarker }
  /** spec.suspend and no job: wait for the user. */
  | { name: 'Suspended' }
  /** No job, and no cluster takes it now (not found, namespace not admitted, not ready). */
  | { name: 'Unplaced'; wait: PlacementWait }
  /** No job and nothing pending: submit the next attempt (the first, or a retry). */
  | { name: 'New'; attempt: number; key: string };

/** What the reconciler knows beyond the resource itself. */
export interface JobWorld {
  /** Where a job of this resource would be submitted now. */
  placement: Placement | PlacementWait;
}

export function classify(resource: JobResource, world: JobWorld): JobState {
  const status: JobStatus = resource.status ?? {};
  const uid = resource.metadata.uid ?? '';
  if (resource.metadata.deletionTimestamp) return { name: 'Deleting' };
  if (isFinalPhase(status.phase)) return { name: 'Final' };
  const attempts = status.attempts ?? 0;
  const jobId = status.slurm?.jobId;
  if (jobId && status.phase !== 'Pending') {
    const attempt = Math.max(1, attempts);
    const key = idempotencyKey(uid, attempt);
    return { name: 'Active', jobId, attempt, key, suspend: resource.spec.suspend === true };
  }
  // Before suspension and placement: a job that may exist must be found first, wherever it went.
  const marker = standingMarker(resource);
  if (marker) {
    const { attempt } = marker;
    return { name: 'Submitting', attempt, key: idempotencyKey(uid, attempt), marker };
  }
  if (resource.spec.suspend) return { name: 'Suspended' };
  if (!('cluster' in world.placement)) return { name: 'Unplaced', wait: world.placement };
  return { name: 'New', attempt: attempts + 1, key: idempotencyKey(uid, attempts + 1) };
}
