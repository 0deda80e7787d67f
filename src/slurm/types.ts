// The version-neutral view of Slurm that the rest of the operator sees. Adapters translate
// each slurmrestd API version to and from these shapes.

export const SUPPORTED_API_VERSIONS = [
  'v0.0.45',
  'v0.0.44',
  'v0.0.43',
  'v0.0.42',
  'v0.0.41',
  'v0.0.40',
  'v0.0.38',
] as const;
export type SlurmApiVersion = (typeof SUPPORTED_API_VERSIONS)[number];

/** Slurm's base job states (slurm.h `enum job_states`). */
export const BASE_STATES = [
  'PENDING',
  'RUNNING',
  'SUSPENDED',
  'COMPLETED',
  'CANCELLED',
  'FAILED',
  'TIMEOUT',
  'NODE_FAIL',
  'PREEMPTED',
  'BOOT_FAIL',
  'DEADLINE',
  'OUT_OF_MEMORY',
] as const;
export type BaseState = (typeof BASE_STATES)[number];

export interface JobState {
  base: BaseState;
  /** Flags such as COMPLETING, CONFIGURING, REQUEUED, STAGE_OUT, SIGNALING, LAUNCH_FAILED. */
  flags: string[];
}

/** One job as Slurm reports it, the same for every API version. */
export interface SlurmJob {
  jobId: number;
  /** The name the submission gave, without the key its Slurm name carries (job-name.ts). */
  name: string;
  /** The operator's idempotency key, from the job's comment or else its name; null on others' jobs. */
  idempotencyKey: string | null;
  user: string | null;
  partition: string | null;
  state: JobState;
  /** Slurm's state reason (e.g. Priority, Resources, NonZeroExitCode); null for None. */
  reason: string | null;
  /** Exit code of the batch script; null until it ended (or when it was killed by a signal). */
  exitCode: number | null;
  /** Signal that ended the batch script, if any. */
  signal: number | null;
  submitTime: Date | null;
  startTime: Date | null;
  endTime: Date | null;
  /** Nodes the job runs or ran on, in Slurm's hostlist form. */
  nodes: string | null;
  /** Time limit in minutes; null when unlimited. */
  timeLimitMinutes: number | null;
  /**
   * The job's output file with Slurm's patterns (%j, %x, ...) filled in: slurmctld reports it
   * from v0.0.43 on (`stdout_expanded`); absent before, where the operator expands its own pattern.
   */
  outputPath?: string;
}

/** The small record `/jobs/state` returns (v0.0.4x); v0.0.38 derives it from full jobs. */
export interface SlurmJobStateSummary {
  jobId: number;
  state: JobState;
}

export interface JobSubmission {
  name: string;
  /**
   * Stored in the job's comment and at the end of its Slurm name, so the job can be found again
   * after a crash, in slurmctld and in accounting. No `:` or `~` (job-name.ts).
   */
  idempotencyKey: string;
  script: string;
  /** Job's environment; Slurm requires one (PATH etc. are not inherited through slurmrestd). */
  environment: Record<string, string>;
  workingDirectory: string;
  standardOutput?: string;
  standardError?: string;
  partition?: string;
  account?: string;
  qos?: string;
  /** Minutes. */
  timeLimitMinutes?: number;
  nodes?: number;
  cpusPerTask?: number;
  /** Memory per node in MiB. */
  memoryPerNodeMiB?: number;
  gpus?: number;
  /** Submit held (priority 0): the job stays PENDING until released. */
  hold?: boolean;
}

/** What finds a submission's jobs in accounting: its name and key, and a time before its submit. */
export interface AccountingQuery extends Pick<JobSubmission, 'name' | 'idempotencyKey'> {
  /**
   * No job of the submission was submitted before this. slurmrestd otherwise applies sacct's
   * default window (since midnight on slurmdbd's clock) and misses older jobs.
   */
  submittedAfter: Date;
}

export interface SlurmPing {
  apiVersion: SlurmApiVersion;
  release: string | null;
  /** Whether slurmctld answered the ping (slurmrestd itself always did if we got here). */
  controllerResponding: boolean;
}

/** What the operator needs from a slurmrestd, whatever its API version. */
export interface SlurmClient {
  readonly apiVersion: SlurmApiVersion;
  /** The most job ids one states() call takes (Infinity where the ids filter a full list). */
  readonly stateIdsPerRequest: number;
  ping(): Promise<SlurmPing>;
  submit(job: JobSubmission): Promise<number>;
  /** Throws SlurmNotFoundError when slurmctld no longer knows the job (unknown or purged). */
  get(jobId: number): Promise<SlurmJob>;
  /**
   * One HTTP request: the states of the given jobs (at most stateIdsPerRequest, so URLs stay
   * short; v0.0.4x `/jobs/state`), or of every job slurmctld knows when no ids are given. No ids
   * at all (an empty list) is no request and no states. Jobs slurmctld no longer knows are
   * simply absent.
   */
  states(jobIds?: readonly number[]): Promise<SlurmJobStateSummary[]>;
  /**
   * Jobs changed since `since` (seconds resolution). An empty list means "nothing changed",
   * never "the jobs are gone".
   */
  listChangedSince(since: Date): Promise<SlurmJob[]>;
  /** Jobs slurmctld knows that carry the key, newest first; empty when none. */
  findByIdempotencyKey(key: string): Promise<SlurmJob[]>;
  cancel(jobId: number, signal?: string): Promise<void>;
  /**
   * Jobs accounting (slurmdbd, through `/slurmdb/`) keeps under the submission's name that carry
   * its key, newest first (the latest record of a requeued id first): found by name, which
   * accounting always stores, so neither a reused job id nor a site without
   * AccountingStoreFlags=job_comment hides them. Null when this slurmrestd serves no accounting
   * (known when the connection opened); an accounting outage throws.
   */
  accountingByKey(query: AccountingQuery): Promise<SlurmJob[] | null>;
}
