// Pure: what the audit tables hold for a transition or a resource as Kubernetes shows it.
import { createHash } from 'node:crypto';
import { PHASE_HISTORY_LIMIT } from '../api/phase-history.ts';
import type { JobResource, Model, ModelVersion } from '../api/types.ts';
import type {
  JobTableName,
  NewJobResource,
  NewModel,
  NewModelVersion,
  NewSlurmJob,
  NewTransition,
} from './schema.ts';
import type { Transition } from './sink.ts';

export type { JobResource };
export type AuditedResource = JobResource | Model | ModelVersion;

export const isJobResource = (r: AuditedResource): r is JobResource =>
  r.kind === 'Training' || r.kind === 'Prediction';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

export const tableOf = (kind: JobResource['kind']): JobTableName =>
  kind === 'Training' ? 'trainings' : 'predictions';

/** The same transition always hashes to the same key, so writing it again is a no-op. */
export function transitionKey(t: Pick<Transition, 'kind' | 'uid' | 'from' | 'to' | 'at'>): string {
  const content = JSON.stringify([t.kind, t.uid, t.from, t.to, t.at.toISOString()]);
  return createHash('sha256').update(content).digest('base64url');
}

export function transitionRow(
  t: Transition,
  replica: string | null,
  source: 'operator' | 'resync',
  recordedAt: Date,
): NewTransition {
  return {
    idempotency_key: transitionKey(t),
    resource_kind: t.kind,
    namespace: t.namespace,
    name: t.name,
    resource_uid: t.uid,
    from_phase: t.from,
    to_phase: t.to,
    reason: t.reason,
    message: t.message,
    slurm_state: t.slurmState,
    slurm_job_id: t.slurmJobId,
    cluster: t.cluster ?? null,
    occurred_at: t.at,
    replica,
    source,
    recorded_at: recordedAt,
  };
}

const date = (value: string | Date | undefined | null): Date | null => {
  if (!value) return null;
  const parsed = value instanceof Date ? value : new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
};

const createdAt = (r: AuditedResource, fallback: Date) => date(r.metadata.creationTimestamp) ?? fallback;

export function jobResourceRow(r: JobResource, observedAt: Date, deletedAt: Date | null): NewJobResource {
  const status = r.status ?? {};
  return {
    id: r.metadata.uid ?? '',
    namespace: r.metadata.namespace ?? '',
    name: r.metadata.name ?? '',
    model: r.spec.model ?? null,
    phase: status.phase ?? null,
    reason: status.reason ?? null,
    message: status.message ?? null,
    cluster: status.slurm?.cluster ?? r.spec.cluster ?? null,
    slurm_job_id: status.slurm?.jobId ?? null,
    model_version: status.modelVersion ?? null,
    attempts: status.attempts ?? null,
    spec: JSON.stringify(r.spec ?? {}),
    status: JSON.stringify(status),
    created_at: createdAt(r, observedAt),
    updated_at: observedAt,
    submitted_at: date(status.submittedAt),
    started_at: date(status.startedAt),
    finished_at: date(status.finishedAt),
    deleted_at: deletedAt ?? date(r.metadata.deletionTimestamp),
  };
}

/** The job row derived from a transition alone (no spec or status), for resources never seen whole. */
export function jobRowFromTransition(t: Transition): NewJobResource {
  return {
    id: t.uid,
    namespace: t.namespace ?? '',
    name: t.name,
    model: null,
    phase: t.to,
    reason: t.reason,
    message: t.message,
    cluster: t.cluster ?? null,
    slurm_job_id: t.slurmJobId,
    model_version: null,
    attempts: null,
    spec: '{}',
    status: '{}',
    created_at: t.at,
    updated_at: t.at,
    submitted_at: null,
    started_at: null,
    finished_at: null,
    deleted_at: null,
  };
}

export function modelRow(m: Model, observedAt: Date, deletedAt: Date | null): NewModel {
  // Versions live in model_versions (from ModelVersion objects); the row keeps the rest of the status.
  const { versions: _versions, ...status } = m.status ?? {};
  return {
    id: m.metadata.uid ?? '',
    namespace: m.metadata.namespace ?? '',
    name: m.metadata.name ?? '',
    description: m.spec?.description ?? null,
    latest_version: m.status?.latestVersion ?? null,
    version_count: m.status?.versionCount ?? null,
    spec: JSON.stringify(m.spec ?? {}),
    status: JSON.stringify(status),
    created_at: createdAt(m, observedAt),
    updated_at: observedAt,
    deleted_at: deletedAt ?? date(m.metadata.deletionTimestamp),
  };
}

export function modelVersionRow(v: ModelVersion, observedAt: Date, deletedAt: Date | null): NewModelVersion {
  const { spec } = v;
  return {
    model_id: null,
    uid: v.metadata.uid ?? '',
    namespace: v.metadata.namespace ?? '',
    model: spec.model,
    version: spec.version,
    path: spec.path,
    training_name: spec.training?.name ?? null,
    training_uid: isUuid(spec.training?.uid) ? spec.training.uid : null,
    cluster: spec.cluster ?? null,
    slurm_job_id: spec.jobId ?? null,
    exit_code: spec.exitCode ?? null,
    created_at: date(spec.createdAt) ?? createdAt(v, observedAt),
    deleted_at: deletedAt ?? date(v.metadata.deletionTimestamp),
  };
}

export function slurmJobRow(r: JobResource, observedAt: Date): NewSlurmJob | null {
  const status = r.status ?? {};
  const slurm = status.slurm;
  if (!slurm?.jobId || !slurm.cluster) return null;
  return {
    cluster: slurm.cluster,
    job_id: slurm.jobId,
    resource_kind: r.kind,
    resource_uid: r.metadata.uid ?? '',
    namespace: r.metadata.namespace ?? '',
    name: r.metadata.name ?? '',
    state: slurm.state ?? null,
    reason: slurm.reason ?? null,
    nodes: slurm.nodes ?? null,
    exit_code: slurm.exitCode ?? null,
    signal: slurm.signal ?? null,
    submitted_at: date(status.submittedAt),
    started_at: date(status.startedAt),
    finished_at: date(status.finishedAt),
    updated_at: observedAt,
  };
}

/** Which resource a transition is of. */
function transitionSubject(r: JobResource): Pick<Transition, 'kind' | 'namespace' | 'name' | 'uid'> {
  return {
    kind: r.kind,
    namespace: r.metadata.namespace ?? null,
    name: r.metadata.name ?? '',
    uid: r.metadata.uid ?? '',
  };
}

/**
 * The transitions status.phaseHistory records, each with the instant the operator recorded it
 * with, so the ones already stored are recognised by their idempotency key. When the history is
 * full its first entry's predecessor is unknown, so that entry yields no transition.
 */
export function historyTransitions(r: JobResource): Transition[] {
  const status = r.status ?? {};
  const history = status.phaseHistory ?? [];
  const transitions: Transition[] = [];
  for (const [i, entry] of history.entries()) {
    const at = date(entry.time);
    if (!at || (i === 0 && history.length >= PHASE_HISTORY_LIMIT)) continue;
    const last = i === history.length - 1;
    transitions.push({
      ...transitionSubject(r),
      from: i === 0 ? null : (history[i - 1]?.phase ?? null),
      to: entry.phase,
      reason: entry.reason ?? entry.phase,
      message: last ? (status.message ?? '') : '',
      slurmState: last ? (status.slurm?.state ?? null) : null,
      slurmJobId: last ? (status.slurm?.jobId ?? null) : null,
      cluster: last ? (status.slurm?.cluster ?? null) : null,
      at,
    });
  }
  return transitions;
}
