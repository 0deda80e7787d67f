// Accounting (slurmdbd) through slurmrestd's `/slurmdb/` endpoints: the jobs slurmctld purged
// after MinJobAge. One reader for every version: the fields read here have one meaning from
// v0.0.38 to v0.0.45 and differ only in encoding (a state string or list, plain or {set, number}
// numbers), which test/unit/slurm/api-surface.test.ts checks against every committed document.
import { keyedJobName, keyOfJob, splitJobName } from '../job-name.ts';
import { parseJobState } from '../job-state.ts';
import type { JobSubmission, SlurmJob } from '../types.ts';
import { expectOk, newestFirst } from './responses.ts';
import { decodeVerboseExit, emptyToNull, epochSeconds, type NoValNumber, noValNumber } from './values.ts';

/** ESLURM_REST_EMPTY_RESULT: 22.05's way of saying "no such jobs" (HTTP 200). */
const EMPTY_RESULT = 9003;

/** The fields of an accounting job record that the operator reads. */
export interface AccountedJob {
  job_id?: number;
  name?: string;
  comment?: { job?: string | null };
  user?: string;
  partition?: string;
  nodes?: string;
  /** v0.0.38: a string; v0.0.4x: a list of the base state and its flags. */
  state?: { current?: string | string[]; reason?: string };
  /** v0.0.38: {status: "SUCCESS", return_code: 3}; v0.0.4x: {status: [...], return_code: {number}, signal}. */
  exit_code?: {
    status?: string | string[];
    return_code?: number | NoValNumber;
    signal?: { id?: NoValNumber | number; signal_id?: number; name?: string };
  };
  time?: { submission?: number; start?: number; end?: number; limit?: number | NoValNumber | null };
}

/**
 * 22.05's dbv0.0.38 reports every job's exit code as {status: SUCCESS, return_code: 0}, a job
 * that exited 3 included (sacct shows 3:0): there only a COMPLETED job's 0 is known.
 */
export type ExitCodes = 'reported' | 'only-completed';

export function fromAccounting(job: AccountedJob, exitCodes: ExitCodes = 'reported'): SlurmJob {
  const slurmName = job.name ?? '';
  const exit = job.exit_code;
  const list = (value: string | string[] | undefined) =>
    value === undefined ? [] : Array.isArray(value) ? value : [value];
  const signalId = exit?.signal?.id ?? exit?.signal?.signal_id;
  const { exitCode, signal } = decodeVerboseExit(
    exit && {
      status: list(exit.status),
      return_code: typeof exit.return_code === 'number' ? { number: exit.return_code } : exit.return_code,
      signal: { id: typeof signalId === 'number' ? { number: signalId } : signalId },
    },
  );
  const state = parseJobState(job.state?.current);
  const trusted = exitCodes === 'reported' || state.base === 'COMPLETED';
  return {
    jobId: job.job_id ?? 0,
    name: splitJobName(slurmName).name,
    idempotencyKey: keyOfJob(slurmName, emptyToNull(job.comment?.job)),
    user: emptyToNull(job.user),
    partition: emptyToNull(job.partition),
    state,
    reason: emptyToNull(job.state?.reason),
    exitCode: trusted ? exitCode : null,
    signal: trusted ? signal : null,
    submitTime: epochSeconds(job.time?.submission),
    startTime: epochSeconds(job.time?.start),
    endTime: epochSeconds(job.time?.end),
    nodes: emptyToNull(job.nodes),
    timeLimitMinutes: noValNumber(job.time?.limit),
  };
}

/**
 * `GET /slurmdb/{version}/jobs/?job_name=` (an exact match) for the submission's keyed name,
 * then only the records carrying its key. Null when the path is not served (no openapi/slurmdbd).
 */
export async function accountedJobsByKey(
  fetch: (request: Request) => Promise<Response>,
  jobsUrl: string,
  { name, idempotencyKey }: Pick<JobSubmission, 'name' | 'idempotencyKey'>,
  exitCodes: ExitCodes = 'reported',
): Promise<SlurmJob[] | null> {
  const url = new URL(jobsUrl);
  url.searchParams.set('job_name', keyedJobName(name, idempotencyKey));
  const response = await fetch(new Request(url, { headers: { accept: 'application/json' } }));
  if (response.status === 404) return null;
  const body = (await response.json().catch(() => undefined)) as
    | { jobs?: AccountedJob[]; errors?: { error_number?: number }[] }
    | undefined;
  const errors = (body?.errors ?? []).filter((e) => e.error_number !== EMPTY_RESULT);
  const data = response.ok && body ? { ...body, errors } : undefined;
  const found = expectOk('accounting jobs', { data, error: data ? undefined : body, response });
  return newestFirst(
    (found.jobs ?? [])
      .map((job) => fromAccounting(job, exitCodes))
      .filter((job) => job.idempotencyKey === idempotencyKey),
  );
}
