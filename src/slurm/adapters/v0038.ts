// slurmrestd v0.0.38 (Slurm 22.05 to 23.11). No /jobs/state here: job lists come from
// GET /jobs, made cheap with update_time when nothing changed.
import createClient from 'openapi-fetch';
import { authFailureOf, errorEntries, SLURM_ERRNO, SlurmError, SlurmUnauthorizedError } from '../errors.ts';
import type { components, paths } from '../generated/slurm-22.05.ts';
import { keyedJobName, keyOfJob, splitJobName } from '../job-name.ts';
import { parseJobState } from '../job-state.ts';
import type { JobSubmission, SlurmClient, SlurmJob, SlurmJobStateSummary, SlurmPing } from '../types.ts';
import { accountedJobsByKey } from './accounting.ts';
import { acceptedJobId, expectOk, jobIdParam, newestFirst } from './responses.ts';
import { decodeWaitStatus, emptyToNull, epochSeconds, minutes32 } from './values.ts';

type JobRecord = components['schemas']['v0.0.38_job_response_properties'];

export function toSlurmJob(job: JobRecord): SlurmJob {
  const { exitCode, signal } = decodeWaitStatus(job.exit_code);
  return {
    jobId: job.job_id ?? 0,
    name: splitJobName(job.name ?? '').name,
    idempotencyKey: keyOfJob(job.name ?? '', emptyToNull(job.comment)),
    user: emptyToNull(job.user_name),
    partition: emptyToNull(job.partition),
    state: parseJobState(job.job_state),
    reason: emptyToNull(job.state_reason),
    exitCode,
    signal,
    submitTime: epochSeconds(job.submit_time),
    startTime: epochSeconds(job.start_time),
    endTime: epochSeconds(job.end_time),
    nodes: emptyToNull(job.nodes),
    timeLimitMinutes: minutes32(job.time_limit),
  };
}

/** Where 22.05 serves accounting (openapi/dbv0.0.38; its paths have no trailing slash). */
export const V0038_ACCOUNTING_JOBS = '/slurmdb/v0.0.38/jobs';

export function v0038Client(
  baseUrl: string,
  fetch: (request: Request) => Promise<Response>,
  accountingServed: boolean,
): SlurmClient {
  const api = createClient<paths>({ baseUrl, fetch });
  const accounting = { fetch, jobsUrl: `${baseUrl}${V0038_ACCOUNTING_JOBS}`, served: accountingServed };

  async function listJobs(updateTime?: Date): Promise<SlurmJob[]> {
    const query = updateTime ? { update_time: Math.floor(updateTime.getTime() / 1000) } : {};
    const result = await api.GET('/slurm/v0.0.38/jobs', { params: { query } });
    // 22.05 answers 304 Not Modified when nothing changed since update_time.
    if (result.response.status === 304) return [];
    return (expectOk('list jobs', result).jobs ?? []).map(toSlurmJob);
  }

  return {
    apiVersion: 'v0.0.38',
    // No /jobs/state: the ids filter one full list, however many there are.
    stateIdsPerRequest: Number.POSITIVE_INFINITY,

    async ping(): Promise<SlurmPing> {
      // The ping and diag both need slurmctld to accept the token; 22.05 cannot say which failed.
      const ping = await api.GET('/slurm/v0.0.38/ping');
      refusedOrUnreachable('ping', ping);
      const body = expectOk('ping', ping);
      const diag = await api.GET('/slurm/v0.0.38/diag');
      refusedOrUnreachable('diag', diag);
      expectOk('diag', diag);
      return {
        apiVersion: 'v0.0.38',
        release: body.meta?.Slurm?.release ?? null,
        controllerResponding: (body.pings ?? []).some((p) => p.ping === 'UP'),
      };
    },

    async submit(job: JobSubmission): Promise<number> {
      return acceptedJobId(
        await api.POST('/slurm/v0.0.38/job/submit', {
          body: {
            script: job.script,
            job: {
              name: keyedJobName(job.name, job.idempotencyKey),
              comment: job.idempotencyKey,
              // The v0.0.38 document declares environment as an object without properties.
              environment: job.environment as Record<string, never>,
              current_working_directory: job.workingDirectory,
              standard_output: job.standardOutput,
              standard_error: job.standardError,
              partition: job.partition,
              account: job.account,
              qos: job.qos,
              time_limit: job.timeLimitMinutes,
              nodes: job.nodes === undefined ? undefined : [job.nodes, job.nodes],
              cpus_per_task: job.cpusPerTask,
              memory_per_node: job.memoryPerNodeMiB,
              gpus_per_node: job.gpus ? String(job.gpus) : undefined,
              hold: job.hold,
            },
          },
        }),
      );
    },

    async get(jobId: number): Promise<SlurmJob> {
      const body = expectOk(
        `get job ${jobId}`,
        await api.GET('/slurm/v0.0.38/job/{job_id}', { params: { path: { job_id: jobIdParam(jobId) } } }),
      );
      const job = body.jobs?.[0];
      if (!job) throw new Error(`get job ${jobId}: slurmrestd answered without the job`);
      return toSlurmJob(job);
    },

    async states(jobIds?: readonly number[]): Promise<SlurmJobStateSummary[]> {
      if (jobIds?.length === 0) return [];
      const wanted = jobIds && new Set(jobIds);
      return (await listJobs())
        .filter((job) => !wanted || wanted.has(job.jobId))
        .map((job) => ({ jobId: job.jobId, state: job.state }));
    },

    listChangedSince(since: Date): Promise<SlurmJob[]> {
      return listJobs(since);
    },

    async findByIdempotencyKey(key: string): Promise<SlurmJob[]> {
      return newestFirst((await listJobs()).filter((job) => job.idempotencyKey === key));
    },

    async cancel(jobId: number, signal?: string): Promise<void> {
      const result = await api.DELETE('/slurm/v0.0.38/job/{job_id}', {
        params: {
          path: { job_id: jobIdParam(jobId) },
          query: signal ? { signal: signal as components['schemas']['v0.0.38_signal'] } : {},
        },
      });
      try {
        expectOk(`cancel job ${jobId}`, result);
      } catch (error) {
        if (!isAlreadyDone(error)) throw error;
      }
    },

    accountingByKey(query): Promise<SlurmJob[] | null> {
      return accountedJobsByKey({ ...accounting, exitCodes: 'only-completed' }, query);
    },
  };
}

/**
 * 22.05 answers a refused token and an unreachable slurmctld alike (HTTP 500, error -1). When
 * probing a connection we report it as unauthorized, saying that it may be either.
 */
function refusedOrUnreachable(operation: string, result: { response: Response; error?: unknown }): void {
  if (authFailureOf(result.response.status, result.error) !== 'maybe') return;
  throw new SlurmUnauthorizedError(
    `${operation}: slurmctld refused the token or could not be reached (Slurm 22.05 answers both with error -1; check the key or token, then slurmctld)`,
    500,
    errorEntries(result.error),
  );
}

/** Cancelling a job that already ended is not an error: the job is not running either way. */
export function isAlreadyDone(error: unknown): boolean {
  return error instanceof SlurmError && error.errors.some((e) => e.errorNumber === SLURM_ERRNO.alreadyDone);
}
