// Accounting (slurmdbd) through slurmrestd's `/slurmdb/` endpoints: the jobs slurmctld purged
// after MinJobAge. One reader for every version: the fields read here have one meaning from
// v0.0.38 to v0.0.45 and differ only in encoding (a state string or list, plain or {set, number}
// numbers), which test/unit/slurm/api-surface.test.ts checks against every committed document.

import { SlurmUnavailableError } from '../errors.ts';
import { keyedJobName, keyOfJob, splitJobName } from '../job-name.ts';
import { parseJobState } from '../job-state.ts';
import type { AccountingQuery, SlurmJob } from '../types.ts';
import { expectOk } from './responses.ts';
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

/** How the adapters reach accounting: where its job list is, and whether the server serves it. */
export interface AccountingEndpoint {
  fetch: (request: Request) => Promise<Response>;
  jobsUrl: string;
  /** Learnt when the connection opened (`probeAccounting`); a later 404 is then an outage. */
  served: boolean;
  exitCodes?: ExitCodes;
}

/**
 * `GET /slurmdb/{version}/jobs/?job_name=` (an exact match, but case-insensitive in MariaDB) for
 * the submission's keyed name, from a start time before its submit, then only the records
 * carrying its key: newest job first, and of one id (requeued) the latest record first.
 */
export async function accountedJobsByKey(
  endpoint: AccountingEndpoint,
  { name, idempotencyKey, submittedAfter }: AccountingQuery,
  now: Date = new Date(),
): Promise<SlurmJob[] | null> {
  if (!endpoint.served) return null;
  const url = new URL(endpoint.jobsUrl);
  url.searchParams.set('job_name', keyedJobName(name, idempotencyKey));
  // Relative, so slurmdbd's clock and time zone do not matter (v0.0.38 takes no UNIX time here).
  url.searchParams.set(
    'start_time',
    `now-${Math.max(1, Math.ceil((now.getTime() - submittedAfter.getTime()) / 1000))}seconds`,
  );
  const response = await endpoint.fetch(new Request(url, { headers: { accept: 'application/json' } }));
  const body = (await response.json().catch(() => undefined)) as
    | { jobs?: AccountedJob[]; errors?: { error_number?: number }[] }
    | undefined;
  if (response.status === 404) {
    throw new SlurmUnavailableError(
      `accounting jobs: HTTP 404 from ${url.pathname}, which this slurmrestd served when the connection opened`,
      404,
    );
  }
  const errors = (body?.errors ?? []).filter((e) => e.error_number !== EMPTY_RESULT);
  const data = response.ok && body ? { ...body, errors } : undefined;
  const found = expectOk('accounting jobs', { data, error: data ? undefined : body, response });
  return (found.jobs ?? [])
    .map((job) => fromAccounting(job, endpoint.exitCodes))
    .filter((job) => job.idempotencyKey === idempotencyKey)
    .sort((a, b) => b.jobId - a.jobId || (b.submitTime?.getTime() ?? 0) - (a.submitTime?.getTime() ?? 0));
}

/**
 * Whether a slurmrestd serves accounting: a 404 on its accounting path means it loads no
 * openapi/slurmdbd (or there is no slurmdbd); any other answer, even an error, means it does.
 */
export async function probeAccounting(
  fetch: (request: Request) => Promise<Response>,
  probeUrl: string,
): Promise<boolean> {
  const response = await fetch(new Request(probeUrl, { headers: { accept: 'application/json' } }));
  await response.arrayBuffer().catch(() => undefined);
  return response.status !== 404;
}
