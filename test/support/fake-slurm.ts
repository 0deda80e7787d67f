// An in-memory Slurm behind our own SlurmClient interface (the version-neutral view the adapters
// give): one fake of that interface for the reconcilers' tests. It keeps what the reconcilers rely
// on: job ids are handed out in order, a job the operator submitted carries its idempotency key,
// a purged job is unknown (SlurmNotFoundError) and absent from every list but stays in accounting
// (slurmdbd records every job from its submit), cancelling a finished job is no error, and the
// answers are copies. Failures are the SlurmError types the adapters throw.
import { newestFirst } from '../../src/slurm/adapters/responses.ts';
import type { SlurmConnection } from '../../src/slurm/client.ts';
import { SLURM_ERRNO, SlurmNotFoundError, SlurmUnavailableError } from '../../src/slurm/errors.ts';
import { interpretJobState } from '../../src/slurm/job-state.ts';
import type {
  BaseState,
  JobSubmission,
  SlurmApiVersion,
  SlurmClient,
  SlurmJob,
  SlurmJobStateSummary,
} from '../../src/slurm/types.ts';

/** SlurmClient's methods (not its readonly fields). */
export type SlurmMethod = {
  [K in keyof SlurmClient]: SlurmClient[K] extends (...args: never[]) => unknown ? K : never;
}[keyof SlurmClient];

export interface FakeSlurmOptions {
  /** Default v0.0.42. */
  apiVersion?: SlurmApiVersion;
  /** Slurm release the ping reports; default 24.11.5. */
  release?: string;
  /** The first job id handed out; default 1. */
  firstJobId?: number;
  /** The clock for submit, start and end times; the real one by default. */
  now?: () => Date;
  /** The connection's own user (a SlurmCluster's auth.user); default slurm-ml. */
  user?: string;
  /** Partition of a job submitted without one; default debug. */
  defaultPartition?: string;
  /** False: a cancel is recorded but the job keeps its state (a slow cancel). Default true. */
  cancelTakesEffect?: boolean;
  /** The most ids one states() call takes; default as the adapters: 200, Infinity for v0.0.38. */
  stateIdsPerRequest?: number;
  /** Whether slurmrestd serves accounting (slurmdbd); default true. */
  accounting?: boolean;
}

/** What setState may set besides the base state; unset fields get the defaults described there. */
export interface JobChanges {
  flags?: string[];
  exitCode?: number | null;
  signal?: number | null;
  startTime?: Date | null;
  endTime?: Date | null;
  reason?: string | null;
  nodes?: string | null;
}

const SIGTERM = 15;

/** Whether Slurm will not change a job in this base state again (the operator's own reading). */
export const isFinalState = (base: BaseState) => interpretJobState({ base, flags: [] }).final;

const notFound = (operation: string, jobId: number) =>
  new SlurmNotFoundError(`${operation}: Invalid job id specified`, 500, [
    {
      error: 'Invalid job id specified',
      errorNumber: SLURM_ERRNO.invalidJobId,
      description: `job ${jobId}`,
      source: 'slurm_kill_job()',
    },
  ]);

export function fakeSlurm(options: FakeSlurmOptions = {}) {
  const apiVersion = options.apiVersion ?? 'v0.0.42';
  const release = options.release ?? '24.11.5';
  const now = options.now ?? (() => new Date());
  const ownUser = options.user ?? 'slurm-ml';
  const stateIdsPerRequest =
    options.stateIdsPerRequest ?? (apiVersion === 'v0.0.38' ? Number.POSITIVE_INFINITY : 200);
  let nextJobId = options.firstJobId ?? 1;
  let cancelTakesEffect = options.cancelTakesEffect ?? true;
  let controllerResponding = true;
  let outage: Error | null = null;

  /** The jobs slurmctld knows, by id. Tests may edit it directly (then call changed(jobId)). */
  const jobs = new Map<number, SlurmJob>();
  /** What slurmdbd keeps, one record per job (ids repeat, records do not): accounting* answer from here. */
  const accounting = new Map<number, SlurmJob>();
  /** The accounting record of each job slurmctld knows. */
  const recordOf = new Map<number, number>();
  let nextRecord = 1;
  let accountingServed = options.accounting ?? true;
  /** When each job last changed, for listChangedSince. */
  const updatedAt = new Map<number, Date>();
  const submitted: { submission: JobSubmission; user: string; jobId: number }[] = [];
  const cancelled: { jobId: number; user: string; signal: string | undefined }[] = [];
  /** Calls per method, injected failures included. */
  const calls: Record<SlurmMethod, number> = {
    ping: 0,
    submit: 0,
    get: 0,
    states: 0,
    listChangedSince: 0,
    findByIdempotencyKey: 0,
    cancel: 0,
    accountingByKey: 0,
  };
  const failures = new Map<SlurmMethod, Error[]>();
  /** Every request in order, as `method` or `states(N)` / `states(all)`. */
  const requests: string[] = [];

  /** A job as slurmctld has it just after a submit: PENDING, nothing run yet. */
  const pendingJob = (
    fields: Pick<SlurmJob, 'jobId' | 'name' | 'idempotencyKey' | 'user' | 'partition'> & Partial<SlurmJob>,
  ): SlurmJob => ({
    state: { base: 'PENDING', flags: [] },
    reason: null,
    exitCode: null,
    signal: null,
    submitTime: now(),
    startTime: null,
    endTime: null,
    nodes: null,
    timeLimitMinutes: null,
    ...fields,
  });
  const changed = (jobId: number) => updatedAt.set(jobId, now());
  /** Keeps the job in slurmctld and its record in accounting; a `fresh` job gets a record of its own. */
  const store = (job: SlurmJob, fresh = false) => {
    jobs.set(job.jobId, job);
    let record = recordOf.get(job.jobId);
    if (fresh || record === undefined) {
      record = nextRecord++;
      recordOf.set(job.jobId, record);
    }
    accounting.set(record, structuredClone(job));
    changed(job.jobId);
    if (job.jobId >= nextJobId) nextJobId = job.jobId + 1;
    return structuredClone(job);
  };
  const known = (jobId: number) => {
    const job = jobs.get(jobId);
    if (!job) throw new Error(`fake Slurm: no job ${jobId}`);
    return job;
  };

  /** Runs a call: the await every request has, then an outage or an injected failure. */
  async function call<R>(method: SlurmMethod, work: () => R, request: string = method): Promise<R> {
    calls[method]++;
    requests.push(request);
    await Promise.resolve();
    const failure = failures.get(method)?.shift();
    if (failure) throw failure;
    if (outage) throw outage;
    return structuredClone(work());
  }

  const clients = new Map<string, SlurmClient>();
  /** The client acting as `user`, one per user (as SlurmConnection.asUser). */
  const asUser = (user: string): SlurmClient => {
    const existing = clients.get(user);
    if (existing) return existing;
    const client: SlurmClient = {
      apiVersion,
      stateIdsPerRequest,

      ping: () => call('ping', () => ({ apiVersion, release, controllerResponding })),

      submit: (submission) =>
        call('submit', () => {
          const jobId = nextJobId++;
          submitted.push({ submission: structuredClone(submission), user, jobId });
          store(
            pendingJob({
              jobId,
              name: submission.name,
              idempotencyKey: submission.idempotencyKey,
              user,
              partition: submission.partition ?? options.defaultPartition ?? 'debug',
              reason: submission.hold ? 'JobHeldUser' : null,
              timeLimitMinutes: submission.timeLimitMinutes ?? null,
            }),
            true,
          );
          return jobId;
        }),

      get: (jobId) =>
        call('get', () => {
          const job = jobs.get(jobId);
          if (!job) throw new SlurmNotFoundError(`get job ${jobId}: slurmctld does not know the job`, 200);
          return job;
        }),

      states: async (jobIds) => {
        // As the adapters: an empty list is no request; more ids than one request takes is a bug.
        if (jobIds?.length === 0) return [];
        if (jobIds && jobIds.length > stateIdsPerRequest)
          throw new RangeError(`job states: ${jobIds.length} ids, at most ${stateIdsPerRequest} per request`);
        return call(
          'states',
          (): SlurmJobStateSummary[] => {
            const selected = jobIds
              ? jobIds.flatMap((id) => jobs.get(id) ?? [])
              : [...jobs.values()].sort((a, b) => a.jobId - b.jobId);
            return selected.map((job) => ({ jobId: job.jobId, state: job.state }));
          },
          jobIds ? `states(${jobIds.length})` : 'states(all)',
        );
      },

      listChangedSince: (since) =>
        call('listChangedSince', () => {
          // update_time has seconds resolution.
          const sinceSecond = Math.floor(since.getTime() / 1000);
          return [...jobs.values()].filter(
            (job) => Math.floor((updatedAt.get(job.jobId)?.getTime() ?? 0) / 1000) >= sinceSecond,
          );
        }),

      findByIdempotencyKey: (key) =>
        call('findByIdempotencyKey', () =>
          newestFirst([...jobs.values()].filter((job) => job.idempotencyKey === key)),
        ),

      cancel: (jobId, signal) =>
        call('cancel', () => {
          cancelled.push({ jobId, user, signal });
          const job = jobs.get(jobId);
          if (!job) throw notFound(`cancel job ${jobId}`, jobId);
          // A finished job: Slurm says "already done", which the adapters treat as success.
          if (isFinalState(job.state.base)) return;
          // A signal other than TERM or KILL only signals the job.
          const ends = signal === undefined || /^(SIG)?(TERM|KILL)$/.test(signal);
          if (!cancelTakesEffect || !ends) return;
          const ran = job.startTime !== null;
          store({
            ...job,
            state: { base: 'CANCELLED', flags: [] },
            reason: null,
            exitCode: ran ? null : 0,
            signal: ran ? SIGTERM : null,
            endTime: now(),
          });
        }),

      accountingByKey: ({ name, idempotencyKey, submittedAfter }) =>
        call('accountingByKey', () => {
          if (!accountingServed) return null;
          // As slurmdbd's start_time: jobs still running, or ended after it.
          const inWindow = (job: SlurmJob) => !job.endTime || job.endTime >= submittedAfter;
          return newestFirst(
            [...accounting.values()].filter(
              (job) => job.name === name && job.idempotencyKey === idempotencyKey && inWindow(job),
            ),
          );
        }),
    };
    clients.set(user, client);
    return client;
  };

  const connection: SlurmConnection = {
    apiVersion,
    release,
    get accounting() {
      return accountingServed;
    },
    // The fake has no HTTP underneath; nothing in the reconcilers reads the transport.
    transport: {} as SlurmConnection['transport'],
    client: asUser(ownUser),
    asUser,
  };

  return {
    connection,
    /** The connection's own client (its user is options.user). */
    client: connection.client,
    asUser,
    jobs,
    accounting,
    submitted,
    cancelled,
    calls,
    requests,

    /** Whether cancel changes the job's state (false: a slow cancel; the job keeps running). */
    get cancelTakesEffect() {
      return cancelTakesEffect;
    },
    set cancelTakesEffect(value: boolean) {
      cancelTakesEffect = value;
    },
    /** Whether slurmrestd serves accounting (false: a cluster without slurmdbd). */
    get accountingServed() {
      return accountingServed;
    },
    set accountingServed(value: boolean) {
      accountingServed = value;
    },
    /** What ping reports for slurmctld (slurmrestd itself answers while this is false). */
    get controllerResponding() {
      return controllerResponding;
    },
    set controllerResponding(value: boolean) {
      controllerResponding = value;
    },

    /** A copy of a job slurmctld knows, or undefined. */
    job(jobId: number): SlurmJob | undefined {
      const job = jobs.get(jobId);
      return job && structuredClone(job);
    },

    /**
     * Moves a job to `base`. Unset changes default by state: RUNNING gets a start time and a node;
     * a final state gets an end time (and a start time unless it ended PENDING: CANCELLED, or a
     * failure to start); COMPLETED exit code 0, FAILED exit code 1 with reason NonZeroExitCode;
     * other final states exit code null. Reason defaults to null (Slurm's None); flags to none.
     */
    setState(jobId: number, base: BaseState, changes: JobChanges = {}): SlurmJob {
      const job = known(jobId);
      const at = now();
      const final = isFinalState(base);
      const neverStarted = base === 'PENDING' || (job.startTime === null && base === 'CANCELLED');
      const startTime = neverStarted ? job.startTime : (job.startTime ?? at);
      const defaults: Required<JobChanges> = {
        flags: [],
        exitCode: base === 'COMPLETED' ? 0 : base === 'FAILED' ? 1 : final ? null : job.exitCode,
        signal: final ? null : job.signal,
        startTime,
        endTime: final ? (job.endTime ?? at) : null,
        reason: base === 'FAILED' ? 'NonZeroExitCode' : null,
        nodes: startTime ? (job.nodes ?? 'node1') : job.nodes,
      };
      const { flags, ...rest } = { ...defaults, ...changes };
      return store({ ...job, ...rest, state: { base, flags } });
    },

    /**
     * A job the operator did not submit (another user's, or one that took over a purged job's
     * id): it replaces any job of that id. Defaults: the next id, PENDING, no idempotency key.
     */
    addForeignJob(partial: Partial<SlurmJob> = {}): SlurmJob {
      return store(
        pendingJob({
          jobId: partial.jobId ?? nextJobId,
          name: 'someone-else',
          idempotencyKey: null,
          user: 'bob',
          partition: options.defaultPartition ?? 'debug',
          ...partial,
        }),
        true,
      );
    },

    /**
     * slurmctld forgets the job (MinJobAge passed): get answers SlurmNotFoundError and the lists
     * leave it out; accounting keeps its record. With `fromAccounting`, accounting loses it too
     * (slurmdbd never got it, or it was archived).
     */
    purge(jobId: number, purgeOptions: { fromAccounting?: boolean } = {}): void {
      known(jobId);
      const record = recordOf.get(jobId);
      if (purgeOptions.fromAccounting && record !== undefined) accounting.delete(record);
      recordOf.delete(jobId);
      jobs.delete(jobId);
      updatedAt.delete(jobId);
    },

    /** Marks a job changed now (after editing `jobs` directly), for listChangedSince. */
    changed,

    /**
     * The next call of `method` (of any user's client) throws `error`, e.g. a
     * SlurmUnavailableError, SlurmRejectedError or SlurmNotFoundError; several queue up.
     */
    failNext(method: SlurmMethod, error: Error): void {
      const queue = failures.get(method) ?? [];
      queue.push(error);
      failures.set(method, queue);
    },

    /** Every call throws `error` until setOutage(null): slurmrestd unreachable. */
    setOutage(error: Error | null = new SlurmUnavailableError('slurmrestd: connect ECONNREFUSED')): void {
      outage = error;
    },
  };
}

export type FakeSlurm = ReturnType<typeof fakeSlurm>;
