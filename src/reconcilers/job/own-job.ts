// A job id in status is a claim, not a fact: ids repeat after slurmctld loses its state or
// MaxJobId wraps. The job is ours only if it carries our idempotency key; anything else is
// "our job is gone", never a stranger's job to mirror or cancel. slurmctld forgets a finished job
// after MinJobAge; accounting (slurmdbd) remembers it, so it is asked before anything is missing.
import { SlurmNotFoundError } from '../../slurm/errors.ts';
import { interpretJobState } from '../../slurm/job-state.ts';
import type { AccountingQuery, SlurmClient, SlurmJob } from '../../slurm/types.ts';

export type OwnJobLookup = { job: SlurmJob } | { missing: string };

/** The job slurmctld knows by this id, whoever's it is; null when it knows none. */
export async function liveJob(slurm: SlurmClient, jobId: number): Promise<SlurmJob | null> {
  try {
    return await slurm.get(jobId);
  } catch (error) {
    if (error instanceof SlurmNotFoundError) return null;
    throw error;
  }
}

/**
 * The job `jobId` if it is still ours: from slurmctld, else accounting's record of it once that
 * record is final. An unfinished record of a job slurmctld does not know is a runaway (slurmctld
 * lost its state) or an end record still on its way: missing either way, so `lostAfter` runs.
 */
export async function lookUpOwnJob(
  slurm: SlurmClient,
  jobId: number,
  query: AccountingQuery,
): Promise<OwnJobLookup> {
  const key = query.idempotencyKey;
  const live = await liveJob(slurm, jobId);
  if (live?.idempotencyKey === key) return { job: live };
  // An accounting outage throws: the job is not missing while a source that may know it is away.
  const recorded = await slurm.accountingByKey(query);
  const ours = recorded?.find((job) => job.jobId === jobId);
  if (ours && interpretJobState(ours.state).final) return { job: ours };
  const where = recorded ? 'slurmctld and accounting' : 'slurmctld (the cluster serves no accounting)';
  if (ours) {
    return {
      missing: `Slurm job ${jobId} is unknown to slurmctld, and accounting still records it ${ours.state.base} (a runaway record, or its end not recorded yet)`,
    };
  }
  return {
    missing: live
      ? `Slurm job ${jobId} is not this resource's job any more (it does not carry ${key}): the id was reused; asked ${where}`
      : `Slurm job ${jobId} is unknown to ${where}`,
  };
}

/**
 * The newest job of a submission, wherever it is: slurmctld, else accounting (which keeps it
 * after slurmctld purged it; an unfinished record is adopted too, so the job is watched rather
 * than submitted twice). Null only when every source there is has none.
 */
export async function findSubmitted(slurm: SlurmClient, query: AccountingQuery): Promise<SlurmJob | null> {
  const [live] = await slurm.findByIdempotencyKey(query.idempotencyKey);
  if (live) return live;
  const [recorded] = (await slurm.accountingByKey(query)) ?? [];
  return recorded ?? null;
}
