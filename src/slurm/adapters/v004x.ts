// slurmrestd v0.0.40 to v0.0.45 (Slurm 24.05 to 26.05). Typed against v0.0.42's document;
// the versions differ only in details this adapter reads defensively, so one adapter serves
// them all by rewriting the version in each path.
import createClient from 'openapi-fetch';
import { SlurmNotFoundError } from '../errors.ts';
import type { components, paths } from '../generated/slurm-24.11.ts';
import { keyedJobName, keyOfJob, splitJobName } from '../job-name.ts';
import { parseJobState } from '../job-state.ts';
import type {
  JobSubmission,
  SlurmApiVersion,
  SlurmClient,
  SlurmJob,
  SlurmJobStateSummary,
  SlurmPing,
} from '../types.ts';
import { accountedJobsByKey } from './accounting.ts';
import { acceptedJobId, expectOk, jobIdParam, newestFirst } from './responses.ts';
import { isAlreadyDone } from './v0038.ts';
import { decodeVerboseExit, emptyToNull, epochSeconds, noVal, noValNumber } from './values.ts';

type JobInfo = components['schemas']['v0.0.42_job_info'];
const TYPED_VERSION = 'v0.0.42';
/** Job ids per /jobs/state request, so URLs stay well under slurmrestd's limits. */
const STATE_IDS_PER_REQUEST = 200;

export function toSlurmJob(job: JobInfo): SlurmJob {
  const { exitCode, signal } = decodeVerboseExit(job.exit_code);
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
    timeLimitMinutes: noValNumber(job.time_limit),
    ...outputPathOf(job),
  };
}

/** `stdout_expanded` is v0.0.43's and later's (the typed schema here is v0.0.42's). */
function outputPathOf(job: JobInfo): { outputPath?: string } {
  const expanded = (job as { stdout_expanded?: unknown }).stdout_expanded;
  return typeof expanded === 'string' && expanded.startsWith('/') ? { outputPath: expanded } : {};
}

/**
 * `update_time` for GET /jobs/: v0.0.42 and later take a UNIX timestamp; v0.0.40 and v0.0.41
 * refuse one (422 "Parsing of 1796126220 for timestamp failed") and take a Slurm time instead.
 * A relative one ("now-65seconds", "now+60seconds") is read on the server's clock, so neither its
 * time zone nor a skew between the clocks matters; a second more than asked only repeats a change.
 */
export function updateTimeParam(apiVersion: SlurmApiVersion, since: Date, now: Date): string {
  if (apiVersion !== 'v0.0.40' && apiVersion !== 'v0.0.41') return String(Math.floor(since.getTime() / 1000));
  const ago = (now.getTime() - since.getTime()) / 1000;
  // A time in the future (our clock ahead, or a caller asking for nothing yet) stays in the future.
  return ago > 0 ? `now-${Math.ceil(ago) + 1}seconds` : `now+${Math.floor(-ago)}seconds`;
}

export function v004xClient(
  apiVersion: Exclude<SlurmApiVersion, 'v0.0.38'>,
  baseUrl: string,
  fetch: (request: Request) => Promise<Response>,
  accountingServed: boolean,
): SlurmClient {
  const versioned =
    apiVersion === TYPED_VERSION
      ? fetch
      : (request: Request) =>
          fetch(new Request(request.url.replace(`/${TYPED_VERSION}/`, `/${apiVersion}/`), request));
  const api = createClient<paths>({ baseUrl, fetch: versioned });

  async function listJobs(updateTime?: Date): Promise<SlurmJob[]> {
    const query = updateTime ? { update_time: updateTimeParam(apiVersion, updateTime, new Date()) } : {};
    const body = expectOk('list jobs', await api.GET('/slurm/v0.0.42/jobs/', { params: { query } }));
    return (body.jobs ?? []).map(toSlurmJob);
  }

  async function states(jobIds?: readonly number[]): Promise<SlurmJobStateSummary[]> {
    if (jobIds?.length === 0) return []; // no job_id at all would ask for every job
    if (jobIds && jobIds.length > STATE_IDS_PER_REQUEST)
      throw new RangeError(`job states: ${jobIds.length} ids, at most ${STATE_IDS_PER_REQUEST} per request`);
    const body = expectOk(
      'job states',
      await api.GET('/slurm/v0.0.42/jobs/state/', {
        // The parameter must be repeated (job_id=1&job_id=2); a comma list is refused.
        querySerializer: () => (jobIds ?? []).map((id) => `job_id=${jobIdParam(id)}`).join('&'),
      }),
    );
    // The document promises full job records; 24.11 really sends {job_id: "14", state: [...]}.
    const records = (body.jobs ?? []) as {
      job_id?: number | string;
      state?: string[];
      job_state?: string[];
    }[];
    return records.map((job) => ({
      jobId: Number(job.job_id),
      state: parseJobState(job.state ?? job.job_state),
    }));
  }

  return {
    apiVersion,
    stateIdsPerRequest: STATE_IDS_PER_REQUEST,

    async ping(): Promise<SlurmPing> {
      const body = expectOk('ping', await api.GET('/slurm/v0.0.42/ping/'));
      // 24.11 answers a ping with a refused token as 200 "DOWN"; diag tells a refusal (511).
      expectOk('diag', await api.GET('/slurm/v0.0.42/diag/'));
      return {
        apiVersion,
        release: body.meta?.slurm?.release ?? null,
        controllerResponding: body.pings.some((p) => p.pinged === 'UP' || p.responding === true),
      };
    },

    async submit(job: JobSubmission): Promise<number> {
      return acceptedJobId(
        await api.POST('/slurm/v0.0.42/job/submit', {
          body: {
            job: {
              script: job.script,
              name: keyedJobName(job.name, job.idempotencyKey),
              comment: job.idempotencyKey,
              environment: Object.entries(job.environment).map(([key, value]) => `${key}=${value}`),
              current_working_directory: job.workingDirectory,
              standard_output: job.standardOutput,
              standard_error: job.standardError,
              partition: job.partition,
              account: job.account,
              qos: job.qos,
              time_limit: noVal(job.timeLimitMinutes),
              minimum_nodes: job.nodes,
              maximum_nodes: job.nodes,
              cpus_per_task: job.cpusPerTask,
              memory_per_node: noVal(job.memoryPerNodeMiB),
              tres_per_node: job.gpus ? `gres/gpu:${job.gpus}` : undefined,
              hold: job.hold,
            },
          },
        }),
      );
    },

    async get(jobId: number): Promise<SlurmJob> {
      const operation = `get job ${jobId}`;
      const body = expectOk(
        operation,
        await api.GET('/slurm/v0.0.42/job/{job_id}', { params: { path: { job_id: jobIdParam(jobId) } } }),
      );
      const job = body.jobs?.[0];
      if (!job) throw new SlurmNotFoundError(`${operation}: slurmctld does not know the job`, 200);
      return toSlurmJob(job);
    },

    states,

    listChangedSince(since: Date): Promise<SlurmJob[]> {
      return listJobs(since);
    },

    async findByIdempotencyKey(key: string): Promise<SlurmJob[]> {
      return newestFirst((await listJobs()).filter((job) => job.idempotencyKey === key));
    },

    async cancel(jobId: number, signal?: string): Promise<void> {
      const result = await api.DELETE('/slurm/v0.0.42/job/{job_id}', {
        params: { path: { job_id: jobIdParam(jobId) }, query: signal ? { signal } : {} },
      });
      try {
        expectOk(`cancel job ${jobId}`, result);
      } catch (error) {
        if (!isAlreadyDone(error)) throw error;
      }
    },

    accountingByKey(query): Promise<SlurmJob[] | null> {
      return accountedJobsByKey(
        { fetch, jobsUrl: `${baseUrl}/slurmdb/${apiVersion}/jobs/`, served: accountingServed },
        query,
      );
    },
  };
}
