// Turning slurmrestd answers into data or typed errors, the same way for every version.
import { classifySlurmFailure, errorEntries } from '../errors.ts';

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The response body when the call succeeded; otherwise throws the matching SlurmError. */
export function expectOk<T>(operation: string, result: FetchResult<T>): T {
  const body = result.data ?? result.error;
  const errors = errorEntries(body).filter((e) => e.errorNumber !== 0 || e.error);
  if (result.response.ok && result.data !== undefined && errors.length === 0) return result.data;
  throw classifySlurmFailure(operation, result.response.status, errors);
}

/**
 * The id of a submitted job. Slurm may attach errors to a job it accepted (22.05 reports a
 * held job as error 2042 with HTTP 200): a job id means the job exists, whatever else is said.
 */
export function acceptedJobId(result: FetchResult<{ job_id?: number | null }>): number {
  const jobId = (result.data ?? (result.error as { job_id?: number } | undefined))?.job_id;
  if (result.response.ok && jobId) return jobId;
  expectOk('submit job', result);
  throw new Error('submit job: slurmrestd answered without a job id');
}

/** Job ids are passed in URLs as strings. */
export function jobIdParam(jobId: number): string {
  if (!Number.isSafeInteger(jobId) || jobId <= 0) throw new Error(`invalid Slurm job id ${jobId}`);
  return String(jobId);
}

/** Newest first, so a caller adopting a job by key takes the latest attempt. */
export function newestFirst<T extends { jobId: number }>(jobs: T[]): T[] {
  return jobs.sort((a, b) => b.jobId - a.jobId);
}
