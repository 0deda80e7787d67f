// What a Training's or Prediction's status says about its job's files: where each attempt's
// output is (status.logs), whether the operator can read it (the LogsAvailable condition), and
// which progress file to watch. Paths on the cluster are the operator's own making (the tenant's
// tree and the job's Slurm name), never a value from the resource.
import type { ConditionInput } from '../../api/conditions.ts';
import type { JobResource, SlurmClusterSpec, TrainingStatus } from '../../api/types.ts';
import { tenantTree } from '../../clusters/tenant-paths.ts';
import { outputFile, progressFile } from '../../job-files/attempt-files.ts';
import { operatorPathOf } from '../../job-files/shared-filesystem.ts';
import type { WatchedJob } from '../../progress/tracker.ts';
import { jobNameFor } from './submission.ts';

export const LOGS_AVAILABLE = 'LogsAvailable';
/** Attempts whose output the status names: the latest ten. */
export const MAX_LOG_ENTRIES = 10;

export type LogEntry = NonNullable<TrainingStatus['logs']>[number];

export interface AttemptRef {
  kindLabel: 'train' | 'predict';
  resource: JobResource;
  key: string;
  attempt: number;
  jobId: number;
  cluster: { name: string; spec: SlurmClusterSpec };
}

const treeOf = ({ resource, cluster }: AttemptRef) =>
  tenantTree(cluster.spec.modelsBasePath, resource.metadata.namespace ?? '');
const jobNameOf = ({ kindLabel, resource }: AttemptRef) =>
  jobNameFor(kindLabel, resource.metadata.namespace ?? '', resource.metadata.name ?? '');

/** The attempt's output file on the cluster: as Slurm reported it, else as our pattern makes it. */
export function logEntryOf(ref: AttemptRef, reported?: string): LogEntry {
  const path = reported ?? outputFile(treeOf(ref), jobNameOf(ref), ref.key, ref.jobId);
  return { attempt: ref.attempt, cluster: ref.cluster.name, jobId: ref.jobId, path };
}

/** The entries with this attempt's in place (replacing an earlier record of it), newest ten. */
export function withLogEntry(entries: TrainingStatus['logs'], entry: LogEntry): LogEntry[] {
  const others = (entries ?? []).filter((e) => e.attempt !== entry.attempt);
  return [...others, entry].sort((a, b) => a.attempt - b.attempt).slice(-MAX_LOG_ENTRIES);
}

export function logsCondition(ref: AttemptRef, entry: LogEntry): ConditionInput {
  const seen = operatorPathOf(ref.cluster.name, ref.cluster.spec, entry.path);
  return 'path' in seen
    ? {
        type: LOGS_AVAILABLE,
        status: 'True',
        reason: 'SharedFilesystem',
        message: `the operator reads the job's output at ${seen.path}`,
      }
    : { type: LOGS_AVAILABLE, status: 'False', reason: seen.reason, message: seen.unavailable };
}

/** The job's progress file as the tracker reads it; undefined when the operator cannot see it. */
export function watchedJobOf(ref: AttemptRef, startedAt: string | undefined): WatchedJob | undefined {
  const seen = operatorPathOf(
    ref.cluster.name,
    ref.cluster.spec,
    progressFile(treeOf(ref), jobNameOf(ref), ref.key),
  );
  if (!('path' in seen)) return undefined;
  const { resource } = ref;
  return {
    kind: resource.kind,
    uid: resource.metadata.uid ?? '',
    namespace: resource.metadata.namespace ?? '',
    name: resource.metadata.name ?? '',
    attempt: ref.attempt,
    jobId: ref.jobId,
    file: seen.path,
    ...(startedAt ? { startedAt: new Date(startedAt) } : {}),
  };
}
