// Row types of the audit database, as Kysely sees them (the DDL is in migrations/). Keys are
// UUIDs: a resource's row is keyed by its Kubernetes uid; derived rows get gen_random_uuid().
// int8 columns read back as string from `pg` and as number from PGlite: the store normalises.
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date, Date>;
type Int8 = ColumnType<string | number, number, number>;
type Json = ColumnType<unknown, string, string>;

/** trainings and predictions share one shape. */
export interface JobResourceTable {
  id: string;
  namespace: string;
  name: string;
  model: string | null;
  phase: string | null;
  reason: string | null;
  message: string | null;
  cluster: string | null;
  slurm_job_id: Int8 | null;
  model_version: number | null;
  attempts: number | null;
  spec: Json;
  status: Json;
  created_at: Timestamp;
  updated_at: Timestamp;
  submitted_at: Timestamp | null;
  started_at: Timestamp | null;
  finished_at: Timestamp | null;
  deleted_at: Timestamp | null;
}

export interface ModelTable {
  id: string;
  namespace: string;
  name: string;
  description: string | null;
  latest_version: number | null;
  version_count: number | null;
  spec: Json;
  status: Json;
  created_at: Timestamp;
  updated_at: Timestamp;
  deleted_at: Timestamp | null;
}

export interface ModelVersionTable {
  id: Generated<string>;
  /** The Model's uid, for rows from the legacy status.versions list; null for ModelVersion objects. */
  model_id: string | null;
  /** The ModelVersion object's uid. */
  uid: string | null;
  namespace: string;
  model: string;
  version: number;
  path: string;
  training_name: string | null;
  training_uid: string | null;
  cluster: string | null;
  slurm_job_id: Int8 | null;
  exit_code: number | null;
  created_at: Timestamp;
  deleted_at: Timestamp | null;
}

export interface SlurmJobTable {
  id: Generated<string>;
  cluster: string;
  job_id: Int8;
  resource_kind: string;
  resource_uid: string;
  namespace: string;
  name: string;
  state: string | null;
  reason: string | null;
  nodes: string | null;
  exit_code: number | null;
  signal: number | null;
  submitted_at: Timestamp | null;
  started_at: Timestamp | null;
  finished_at: Timestamp | null;
  updated_at: Timestamp;
}

export interface TransitionTable {
  id: Generated<string>;
  /** Content hash of (kind, uid, from, to, occurred_at): the same transition written twice is one row. */
  idempotency_key: string;
  resource_kind: string;
  namespace: string | null;
  name: string;
  resource_uid: string;
  from_phase: string | null;
  to_phase: string;
  reason: string;
  message: string;
  slurm_state: string | null;
  slurm_job_id: Int8 | null;
  cluster: string | null;
  occurred_at: Timestamp;
  replica: string | null;
  /** 'operator' (reported as it happened) or 'resync' (rebuilt from status after a loss). */
  source: string;
  recorded_at: Timestamp;
  /** Storage order; breaks ties between transitions of the same millisecond. */
  seq: ColumnType<string | number, never, never>;
}

/** One metric value a job reported (migration 0005-metric-points); keyed by where it came from. */
export interface MetricPointTable {
  resource_uid: string;
  resource_kind: 'Training' | 'Prediction';
  namespace: string;
  name: string;
  attempt: number;
  metric: string;
  step: number | null;
  value: number;
  /** When the job reported it. */
  recorded_at: Timestamp;
  /** Byte offset of its JSON line in the job's progress file. */
  line_offset: Int8;
}

export interface AuditDatabase {
  trainings: JobResourceTable;
  predictions: JobResourceTable;
  models: ModelTable;
  model_versions: ModelVersionTable;
  slurm_jobs: SlurmJobTable;
  transitions: TransitionTable;
  metric_points: MetricPointTable;
}

export type JobTableName = 'trainings' | 'predictions';
export type JobResourceRow = Selectable<JobResourceTable>;
export type NewJobResource = Insertable<JobResourceTable>;
export type ModelRow = Selectable<ModelTable>;
export type NewModel = Insertable<ModelTable>;
export type ModelVersionRow = Selectable<ModelVersionTable>;
export type NewModelVersion = Insertable<ModelVersionTable>;
export type SlurmJobRow = Selectable<SlurmJobTable>;
export type NewSlurmJob = Insertable<SlurmJobTable>;
export type TransitionRow = Selectable<TransitionTable>;
export type NewTransition = Insertable<TransitionTable>;
export type MetricPointRow = Selectable<MetricPointTable>;
