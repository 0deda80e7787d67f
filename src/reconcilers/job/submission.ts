// Pure pieces of turning a resource into a Slurm job: resources merged from resource,
// template and cluster defaults; Slurm's time and memory formats; the idempotency key.
import type { JobResource, SlurmClusterSpec, TrainingSpec } from '../../api/types.ts';
import type { TenantIdentity } from '../../clusters/tenancy.ts';
import { outputPattern, progressFile } from '../../job-files/attempt-files.ts';
import { PROGRESS_HELPER_SH } from '../../progress/shell-helper.ts';
import type { AccountingQuery, JobSubmission } from '../../slurm/types.ts';

export type JobResources = NonNullable<TrainingSpec['resources']>;

/** The key Slurm keeps in the job's comment, so a crash between submit and status write is recoverable. */
export function idempotencyKey(uid: string, attempt: number): string {
  return `slurm-ml-operator/${uid}/${attempt}`;
}

/** Slurm time limit formats: M, M:S, H:M:S, D-H, D-H:M, D-H:M:S. Seconds round up to a minute. */
export function timeLimitMinutes(limit: string): number {
  const match = /^(?:(\d+)-)?(\d+)(?::(\d+))?(?::(\d+))?$/.exec(limit.trim());
  if (!match) throw new Error(`"${limit}" is not a Slurm time limit`);
  const [, days, a, b, c] = match;
  const n = (text: string | undefined) => (text === undefined ? 0 : Number(text));
  let seconds: number;
  if (days !== undefined) seconds = n(days) * 86_400 + n(a) * 3_600 + n(b) * 60 + n(c);
  else if (c !== undefined) seconds = n(a) * 3_600 + n(b) * 60 + n(c);
  else if (b !== undefined) seconds = n(a) * 60 + n(b);
  else seconds = n(a) * 60;
  return Math.max(1, Math.ceil(seconds / 60));
}

const MEMORY_UNITS_MIB: Record<string, number> = { K: 1 / 1024, M: 1, G: 1024, T: 1024 * 1024 };

/** Slurm --mem: a number with unit K, M (default), G or T. */
export function memoryMiB(memory: string): number {
  const match = /^(\d+)([KMGT]?)$/.exec(memory.trim());
  if (!match) throw new Error(`"${memory}" is not a Slurm memory size`);
  return Math.max(1, Math.ceil(Number(match[1]) * (MEMORY_UNITS_MIB[match[2] || 'M'] ?? 1)));
}

/** The resource's own settings win, then the template's defaults, then the cluster's. */
export function mergeResources(
  fromResource: JobResources | undefined,
  fromTemplate: JobResources | undefined,
  clusterDefaults: SlurmClusterSpec['defaults'],
): JobResources {
  const defined = (r: object | undefined) =>
    Object.fromEntries(Object.entries(r ?? {}).filter(([, v]) => v !== undefined));
  return { ...defined(clusterDefaults), ...defined(fromTemplate), ...defined(fromResource) };
}

export interface SubmissionInput {
  name: string;
  idempotencyKey: string;
  script: string;
  resources: JobResources;
  tenant: TenantIdentity;
  workingDirectory: string;
}

export function buildSubmission({
  name,
  idempotencyKey,
  script,
  resources,
  tenant,
  workingDirectory,
}: SubmissionInput): JobSubmission {
  return {
    name,
    idempotencyKey,
    script,
    // slurmrestd passes no environment of its own; PATH is the least a script expects. The
    // progress file and helper: docs/progress.md.
    environment: {
      PATH: '/usr/local/bin:/usr/bin:/bin',
      SLURM_ML_OPERATOR: '1',
      SLURM_ML_PROGRESS_FILE: progressFile(workingDirectory, name, idempotencyKey),
      SLURM_ML_PROGRESS_HELPER: PROGRESS_HELPER_SH,
    },
    workingDirectory,
    // The tenant's tree, which must exist: Slurm opens the file before the script runs, and 22.05
    // fails the job without it (24.11 and later create it as the job's user where the base lets
    // them). %x (the job name, with the attempt's key) keeps clusters sharing the tree apart; job
    // ids alone repeat.
    standardOutput: outputPattern(workingDirectory),
    partition: resources.partition,
    // A tenant's account is imposed by the cluster admin; it overrides the resource's.
    account: tenant.account ?? resources.account,
    qos: resources.qos,
    timeLimitMinutes: resources.timeLimit ? timeLimitMinutes(resources.timeLimit) : undefined,
    nodes: resources.nodes,
    cpusPerTask: resources.cpusPerTask,
    memoryPerNodeMiB: resources.memory ? memoryMiB(resources.memory) : undefined,
    gpus: resources.gpus || undefined,
  };
}

/**
 * Slurm job names are for people reading squeue: namespace.kind.name. The adapters add the
 * attempt's key at the end (slurm/job-name.ts), shortening this part to fit.
 */
export function jobNameFor(kind: 'train' | 'predict', namespace: string, name: string): string {
  return `${namespace}.${kind}.${name}`;
}

/** A day: the most the API server's clock (creationTimestamp) may be ahead of slurmdbd's. */
const CLOCK_SKEW_MARGIN_MS = 86_400_000;

/**
 * What finds an attempt's job again in slurmctld and accounting: its job name, its key, and a time
 * before any submit of it (the resource's creation, less a margin for skewed clocks).
 */
export function submittedAs(kind: 'train' | 'predict', resource: JobResource, key: string): AccountingQuery {
  const name = jobNameFor(kind, resource.metadata.namespace ?? '', resource.metadata.name ?? '');
  // A string in what the API server sends, a Date in client-node's type: new Date takes either.
  const created = new Date(resource.metadata.creationTimestamp ?? Number.NaN).getTime();
  const submittedAfter = new Date(Number.isNaN(created) ? 0 : created - CLOCK_SKEW_MARGIN_MS);
  return { name, idempotencyKey: key, submittedAfter };
}
