// Read side of the audit store: lists with filters and keyset pagination (newest first, by
// created_at then id), and one resource's record with its transitions, deleted or not.
import { type Kysely, sql } from 'kysely';
import { type Cursor, encodeCursor, type Listing } from './cursor.ts';
import type {
  AuditDatabase,
  JobResourceRow,
  ModelRow,
  ModelVersionRow,
  SlurmJobRow,
  TransitionRow,
} from './schema.ts';

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

export interface ListFilter {
  listing: Listing;
  namespace?: string;
  /** Only these namespaces (what the caller may list); never empty. */
  namespaces?: readonly string[];
  /** The model trained or used; for the models listing, the model's name. */
  model?: string;
  /** Trainings and predictions only. */
  phases?: readonly string[];
  /** Created at or after. */
  since?: Date;
  /** Created before. */
  until?: Date;
  limit: number;
  cursor?: Cursor;
}

const int = (value: string | number | null): number | null => (value === null ? null : Number(value));

export interface JobRecord {
  uid: string;
  kind: 'Training' | 'Prediction';
  namespace: string;
  name: string;
  model: string | null;
  phase: string | null;
  reason: string | null;
  message: string | null;
  cluster: string | null;
  slurmJobId: number | null;
  modelVersion: number | null;
  attempts: number | null;
  spec: unknown;
  status: unknown;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  startedAt: Date | null;
  finishedAt: Date | null;
  deletedAt: Date | null;
}

export interface ModelRecord {
  uid: string;
  kind: 'Model';
  namespace: string;
  name: string;
  description: string | null;
  latestVersion: number | null;
  versionCount: number | null;
  spec: unknown;
  status: unknown;
  createdAt: Date;
  updatedAt: Date;
  deletedAt: Date | null;
}

export interface ListPage {
  items: (JobRecord | ModelRecord)[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

const jobRecord = (kind: JobRecord['kind'], r: JobResourceRow): JobRecord => ({
  uid: r.id,
  kind,
  namespace: r.namespace,
  name: r.name,
  model: r.model,
  phase: r.phase,
  reason: r.reason,
  message: r.message,
  cluster: r.cluster,
  slurmJobId: int(r.slurm_job_id),
  modelVersion: r.model_version,
  attempts: r.attempts,
  spec: r.spec,
  status: r.status,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  submittedAt: r.submitted_at,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
  deletedAt: r.deleted_at,
});

const modelRecord = (r: ModelRow): ModelRecord => ({
  uid: r.id,
  kind: 'Model',
  namespace: r.namespace,
  name: r.name,
  description: r.description,
  latestVersion: r.latest_version,
  versionCount: r.version_count,
  spec: r.spec,
  status: r.status,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  deletedAt: r.deleted_at,
});

const transitionRecord = (t: TransitionRow) => ({
  id: t.id,
  kind: t.resource_kind,
  namespace: t.namespace,
  name: t.name,
  uid: t.resource_uid,
  from: t.from_phase,
  to: t.to_phase,
  reason: t.reason,
  message: t.message,
  slurmState: t.slurm_state,
  slurmJobId: int(t.slurm_job_id),
  cluster: t.cluster,
  at: t.occurred_at,
  replica: t.replica,
  source: t.source,
  recordedAt: t.recorded_at,
});

const versionRecord = (v: ModelVersionRow) => ({
  version: v.version,
  path: v.path,
  training: v.training_name,
  trainingUid: v.training_uid,
  cluster: v.cluster,
  slurmJobId: int(v.slurm_job_id),
  exitCode: v.exit_code,
  createdAt: v.created_at,
  deletedAt: v.deleted_at,
});

const slurmJobRecord = (j: SlurmJobRow) => ({
  cluster: j.cluster,
  jobId: Number(j.job_id),
  state: j.state,
  reason: j.reason,
  nodes: j.nodes,
  exitCode: j.exit_code,
  signal: j.signal,
  submittedAt: j.submitted_at,
  startedAt: j.started_at,
  finishedAt: j.finished_at,
});

export type TransitionRecord = ReturnType<typeof transitionRecord>;
export type SlurmJobRecord = ReturnType<typeof slurmJobRecord>;
export type ModelVersionRecord = ReturnType<typeof versionRecord>;

export async function listResources(db: Kysely<AuditDatabase>, filter: ListFilter): Promise<ListPage> {
  const { listing, cursor } = filter;
  if (listing === 'models' && filter.phases?.length) throw new Error('models have no phase');
  // trainings and predictions share one row type, and models has every column used below: naming
  // one table keeps Kysely's types simple (the SQL names the real one).
  const table = listing as 'trainings';
  let query = db.selectFrom(table).selectAll();
  if (filter.namespace !== undefined) query = query.where('namespace', '=', filter.namespace);
  if (filter.namespaces !== undefined) query = query.where('namespace', 'in', [...filter.namespaces]);
  if (filter.model !== undefined)
    query = query.where(listing === 'models' ? 'name' : 'model', '=', filter.model);
  if (filter.phases?.length) query = query.where('phase', 'in', [...filter.phases]);
  if (filter.since) query = query.where('created_at', '>=', filter.since);
  if (filter.until) query = query.where('created_at', '<', filter.until);
  if (cursor)
    query = query.where(({ eb, refTuple, tuple }) =>
      eb(refTuple('created_at', 'id'), '<', tuple(cursor.createdAt, cursor.id)),
    );
  const rows = await query
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit + 1)
    .execute();
  const page = rows.slice(0, filter.limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > filter.limit && last
      ? encodeCursor({ listing, createdAt: last.created_at, id: last.id })
      : null;
  const items =
    listing === 'models'
      ? (page as unknown as ModelRow[]).map(modelRecord)
      : page.map((r) => jobRecord(listing === 'trainings' ? 'Training' : 'Prediction', r));
  return { items, nextCursor };
}

/** Every namespace the listing has a record in (the history API authorizes each for a caller). */
export async function recordedNamespaces(db: Kysely<AuditDatabase>, listing: Listing): Promise<string[]> {
  const rows = await db
    .selectFrom(listing as 'trainings')
    .select('namespace')
    .distinct()
    .orderBy('namespace')
    .execute();
  return rows.map((r) => r.namespace).filter((n): n is string => typeof n === 'string');
}

export type HistoryRef = { listing: Listing } & ({ uid: string } | { namespace: string; name: string });

export type JobHistory = JobRecord & { transitions: TransitionRecord[]; slurmJobs: SlurmJobRecord[] };
export type ModelHistory = ModelRecord & { transitions: TransitionRecord[]; versions: ModelVersionRecord[] };
export type ResourceHistory = JobHistory | ModelHistory;

/** One resource with its history; by name, the most recently created resource of that name. */
export async function getResource(
  db: Kysely<AuditDatabase>,
  ref: HistoryRef,
): Promise<ResourceHistory | null> {
  const table = ref.listing as 'trainings';
  let query = db.selectFrom(table).selectAll();
  query =
    'uid' in ref
      ? query.where('id', '=', ref.uid)
      : query.where('namespace', '=', ref.namespace).where('name', '=', ref.name);
  const row = await query.orderBy('created_at', 'desc').limit(1).executeTakeFirst();
  if (!row) return null;
  const transitions = (
    await db
      .selectFrom('transitions')
      .selectAll()
      .where('resource_uid', '=', row.id)
      .orderBy('occurred_at')
      .orderBy('seq')
      .execute()
  ).map(transitionRecord);
  if (ref.listing === 'models') {
    // By name: versions outlive a deleted and re-created Model. A version migrated from the
    // legacy list has a row from then (no uid) and one from its object; the object's wins.
    const versions = await db
      .selectFrom('model_versions')
      .selectAll()
      .where('namespace', '=', row.namespace)
      .where('model', '=', row.name)
      .orderBy('version')
      .orderBy(sql`uid is null`)
      .execute();
    const seen = new Set<string>();
    const distinct = versions.filter((v) => {
      const key = `${v.version}/${v.path}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return { ...modelRecord(row as unknown as ModelRow), transitions, versions: distinct.map(versionRecord) };
  }
  const jobs = await db
    .selectFrom('slurm_jobs')
    .selectAll()
    .where('resource_uid', '=', row.id)
    .orderBy('updated_at')
    .execute();
  const kind = ref.listing === 'trainings' ? 'Training' : 'Prediction';
  return { ...jobRecord(kind, row), transitions, slurmJobs: jobs.map(slurmJobRecord) };
}
