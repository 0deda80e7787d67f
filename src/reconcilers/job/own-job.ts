// A job id in status is a claim, not a fact: ids repeat after slurmctld loses its state or
// MaxJobId wraps. The job is ours only if it carries our idempotency key; anything else is
// "our job is gone", never a stranger's job to mirror or cancel.
import { SlurmNotFoundError } from '../../slurm/errors.ts';
import type { SlurmClient, SlurmJob } from '../../slurm/types.ts';

export type OwnJobLookup = { job: SlurmJob } | { missing: string };

export async function lookUpOwnJob(slurm: SlurmClient, jobId: number, key: string): Promise<OwnJobLookup> {
  let live: SlurmJob | null = null;
  try {
    live = await slurm.get(jobId);
  } catch (error) {
    if (!(error instanceof SlurmNotFoundError)) throw error;
  }
  if (live?.idempotencyKey === key) return { job: live };
  const recorded = await slurm.accountingLookup(jobId);
  if (recorded?.idempotencyKey === key) return { job: recorded };
  return {
    missing: live
      ? `Slurm job ${jobId} is not this resource's job any more (its comment is not ${key}): the id was reused`
      : `Slurm job ${jobId} is unknown to slurmctld and accounting`,
  };
}
