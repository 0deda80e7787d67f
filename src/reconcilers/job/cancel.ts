// Cancelling a job once per request, not once per reconcile: the Cancelling condition records
// that Slurm was asked (and when), so a job that takes a while to end is not cancelled again, nor
// announced in a new Event, every time the reconciler looks. A request unanswered for a minute is
// sent again (it may have been lost), quietly.
import type { JobResource } from '../../api/types.ts';
import type { ResourceClient } from '../../kube/resources.ts';
import type { SlurmJob } from '../../slurm/types.ts';
import type { ReconcileContext } from '../context.ts';
import { CANCELLING } from './mirror.ts';
import type { JobTarget } from './placement.ts';
import { writeCondition } from './status-writer.ts';

const RESEND_AFTER_MS = 60_000;

export type CancelCause = 'Deleting' | 'Suspending';

const WHY: Record<CancelCause, string> = {
  Deleting: 'the resource is being deleted',
  Suspending: 'spec.suspend is true',
};

/** Asks Slurm to cancel the job unless that was asked less than a minute ago; the resource as written. */
export async function requestCancel<R extends JobResource>(
  ctx: ReconcileContext,
  client: ResourceClient<R>,
  resource: R,
  target: JobTarget,
  job: SlurmJob,
  cause: CancelCause,
): Promise<R> {
  const now = ctx.now();
  const { jobId } = job;
  const asked = cancelRequest(resource, jobId);
  if (asked && now.getTime() - Date.parse(asked.lastTransitionTime) < RESEND_AFTER_MS) return resource;
  await target.asOwnerOf(job).cancel(jobId);
  if (asked) return resource;
  const message = `cancel of Slurm job ${jobId} requested: ${WHY[cause]}`;
  const condition = { type: CANCELLING, status: 'True', reason: cause, message } as const;
  const written = await writeCondition(ctx, client, resource, condition);
  ctx.events.normal(written, 'Cancelling', message);
  return written;
}

/** How long to wait before looking again: from a second, growing with the time since the request, to 30 s. */
export function cancelWaitMs(resource: JobResource, now: Date): number {
  const asked = resource.status?.conditions?.find((c) => c.type === CANCELLING && c.status === 'True');
  const elapsed = asked ? now.getTime() - Date.parse(asked.lastTransitionTime) : 0;
  return Math.min(30_000, Math.max(1_000, elapsed / 2));
}

/** Whether a cancel was asked for this cause and the job has not been seen ended since. */
export function cancelRequested(resource: JobResource, cause: CancelCause): boolean {
  return (resource.status?.conditions ?? []).some(
    (c) => c.type === CANCELLING && c.status === 'True' && c.reason === cause,
  );
}

function cancelRequest(resource: JobResource, jobId: number) {
  return resource.status?.conditions?.find(
    (c) =>
      c.type === CANCELLING && c.status === 'True' && c.message.startsWith(`cancel of Slurm job ${jobId} `),
  );
}
