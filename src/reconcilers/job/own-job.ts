// A job id in status is a claim, not a fact: ids repeat after slurmctld loses its state or
// MaxJobId wraps. The job is ours only if it carries our idempotency key; anything else is
// "our job is gone", never a stranger's job to mirror or cancel. slurmctld forgets a finished job
// after MinJobAge; accounting (slurmdbd) remembers it, so it is asked before anything is missing.
import { SlurmNotFoundError } from '../../slurm/errors.ts';
import type { JobSubmission, SlurmClient, SlurmJob } from '../../slurm/types.ts';

export type OwnJobLookup = { job: SlurmJob } | { missing: string };
/** What finds a submission's jobs again: its job name and its attempt's key. */
export type Submitted = Pick<JobSubmission, 'name' | 'idempotencyKey'>;

/** The job slurmctld knows by this id, whoever's it is; null when it knows none. */
export async function liveJob(slurm: SlurmClient, jobId: number): Promise<SlurmJob | null> {
  try {
    return await slurm.get(jobId);
  } catch (error) {
    if (error instanceof SlurmNotFoundError) return null;
    throw error;
  }
}

/** The job `jobId` if it is still ours, from slurmctld or else accounting. */
export async function lookUpOwnJob(
  slurm: SlurmClient,
  jobId: number,
  submitted: Submitted,
): Promise<OwnJobLookup> {
  const key = submitted.idempotencyKey;
  const live = await liveJob(slurm, jobId);
  if (live?.idempotencyKey === key) return { job: live };
  // An accounting outage throws: the job is not missing while a source that may know it is away.
  const recorded = await slurm.accountingByKey(submitted);
  const ours = recorded?.find((job) => job.jobId === jobId);
  if (ours) return { job: ours };
  const where = recorded ? 'slurmctld and accounting' : 'slurmctld (the cluster serves no accounting)';
  return {
    missing: live
      ? `Slurm job ${jobId} is not this resource's job any more (it does not carry ${key}): the id was reused; asked ${where}`
      : `Slurm job ${jobId} is unknown to ${where}`,
  };
}

/**
 * The newest job of a submission, wherever it is: slurmctld, else accounting (which keeps it
 * after slurmctld purged it). Null only when every source there is has none.
 */
export async function findSubmitted(slurm: SlurmClient, submitted: Submitted): Promise<SlurmJob | null> {
  const [live] = await slurm.findByIdempotencyKey(submitted.idempotencyKey);
  if (live) return live;
  const [recorded] = (await slurm.accountingByKey(submitted)) ?? [];
  return recorded ?? null;
}
