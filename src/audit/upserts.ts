// The upserts behind AuditStore: last-writer-wins by observation time (an older snapshot never
// overwrites a newer one), deleted rows stay deleted, and derived rows are keyed so a repeat is a no-op.
import { type Kysely, sql, type Transaction } from 'kysely';
import {
  type AuditedResource,
  isJobResource,
  type JobResource,
  jobResourceRow,
  modelRow,
  modelVersionRow,
  slurmJobRow,
  tableOf,
} from './rows.ts';
import type {
  AuditDatabase,
  JobTableName,
  NewJobResource,
  NewModel,
  NewModelVersion,
  NewSlurmJob,
} from './schema.ts';

type Db = Kysely<AuditDatabase> | Transaction<AuditDatabase>;

/** One resource as last seen, with when it was seen and (if it is gone) when it was deleted. */
export interface ResourceSnapshot {
  resource: AuditedResource;
  observedAt: Date;
  deletedAt?: Date | null;
}

/** Keeps the last item per key (by a later-wins order), so one statement never touches a row twice. */
export function latestBy<T>(items: readonly T[], key: (item: T) => string, time: (item: T) => number): T[] {
  const byKey = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    const seen = byKey.get(k);
    if (!seen || time(item) >= time(seen)) byKey.set(k, item);
  }
  return [...byKey.values()];
}

/** Postgres binds at most 65,535 parameters per statement: big batches are written in slices. */
const SLICE_ROWS = 500;

export async function inSlices<T>(
  rows: readonly T[],
  write: (slice: T[]) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += SLICE_ROWS) await write(rows.slice(i, i + SLICE_ROWS));
}

export async function upsertSnapshots(trx: Db, snapshots: readonly ResourceSnapshot[]): Promise<void> {
  const latest = latestBy(
    snapshots,
    (s) => s.resource.metadata.uid ?? '',
    (s) => s.observedAt.getTime(),
  );
  const jobs = latest.filter((s): s is ResourceSnapshot & { resource: JobResource } =>
    isJobResource(s.resource),
  );
  for (const table of ['trainings', 'predictions'] as const) {
    const rows = jobs
      .filter((s) => tableOf(s.resource.kind) === table)
      .map((s) => jobResourceRow(s.resource, s.observedAt, s.deletedAt ?? null));
    await upsertJobRows(trx, table, rows, true);
  }
  await upsertSlurmJobs(
    trx,
    jobs.flatMap((s) => slurmJobRow(s.resource, s.observedAt) ?? []),
  );
  const models = latest.flatMap((s) => (s.resource.kind === 'Model' ? [{ ...s, resource: s.resource }] : []));
  await upsertModels(
    trx,
    models.map((s) => modelRow(s.resource, s.observedAt, s.deletedAt ?? null)),
  );
  await upsertModelVersions(
    trx,
    latest.flatMap((s) =>
      s.resource.kind === 'ModelVersion'
        ? [modelVersionRow(s.resource, s.observedAt, s.deletedAt ?? null)]
        : [],
    ),
  );
}

/** Full rows replace the state; rows from a transition only move phase and Slurm job. */
export async function upsertJobRows(db: Db, table: JobTableName, rows: NewJobResource[], full: boolean) {
  await inSlices(rows, (slice) =>
    db
      .insertInto(table)
      .values(slice)
      .onConflict((oc) =>
        oc
          .column('id')
          .doUpdateSet((eb) => ({
            phase: eb.ref('excluded.phase'),
            reason: eb.ref('excluded.reason'),
            message: eb.ref('excluded.message'),
            slurm_job_id: sql`coalesce(excluded.slurm_job_id, ${sql.ref(`${table}.slurm_job_id`)})`,
            cluster: sql`coalesce(excluded.cluster, ${sql.ref(`${table}.cluster`)})`,
            updated_at: eb.ref('excluded.updated_at'),
            ...(full
              ? {
                  namespace: eb.ref('excluded.namespace'),
                  name: eb.ref('excluded.name'),
                  model: eb.ref('excluded.model'),
                  model_version: eb.ref('excluded.model_version'),
                  attempts: eb.ref('excluded.attempts'),
                  spec: eb.ref('excluded.spec'),
                  status: eb.ref('excluded.status'),
                  created_at: eb.ref('excluded.created_at'),
                  submitted_at: eb.ref('excluded.submitted_at'),
                  started_at: eb.ref('excluded.started_at'),
                  finished_at: eb.ref('excluded.finished_at'),
                  deleted_at: sql`coalesce(${sql.ref(`${table}.deleted_at`)}, excluded.deleted_at)`,
                }
              : {}),
          }))
          .where(`${table}.updated_at`, '<=', (eb) => eb.ref('excluded.updated_at')),
      )
      .execute(),
  );
}

async function upsertModels(db: Db, rows: NewModel[]) {
  await inSlices(rows, (slice) =>
    db
      .insertInto('models')
      .values(slice)
      .onConflict((oc) =>
        oc
          .column('id')
          .doUpdateSet((eb) => ({
            description: eb.ref('excluded.description'),
            latest_version: eb.ref('excluded.latest_version'),
            version_count: eb.ref('excluded.version_count'),
            spec: eb.ref('excluded.spec'),
            status: eb.ref('excluded.status'),
            created_at: eb.ref('excluded.created_at'),
            updated_at: eb.ref('excluded.updated_at'),
            deleted_at: sql`coalesce(models.deleted_at, excluded.deleted_at)`,
          }))
          .where('models.updated_at', '<=', (eb) => eb.ref('excluded.updated_at')),
      )
      .execute(),
  );
}

/** A ModelVersion's spec does not change (but for metrics), so a stored row only learns of its deletion. */
export async function upsertModelVersions(db: Db, rows: NewModelVersion[]) {
  const unique = latestBy(
    rows,
    (r) => r.uid ?? '',
    () => 0,
  );
  await inSlices(unique, (slice) =>
    db
      .insertInto('model_versions')
      .values(slice)
      .onConflict((oc) =>
        oc.column('uid').doUpdateSet({
          deleted_at: sql`coalesce(model_versions.deleted_at, excluded.deleted_at)`,
        }),
      )
      .execute(),
  );
}

export async function upsertSlurmJobs(db: Db, rows: NewSlurmJob[]) {
  const unique = latestBy(
    rows,
    (r) => `${r.cluster}/${r.job_id}/${r.resource_uid}`,
    (r) => r.updated_at.getTime(),
  );
  await inSlices(unique, (slice) =>
    db
      .insertInto('slurm_jobs')
      .values(slice)
      .onConflict((oc) =>
        oc
          .columns(['cluster', 'job_id', 'resource_uid'])
          .doUpdateSet((eb) => ({
            state: eb.ref('excluded.state'),
            reason: eb.ref('excluded.reason'),
            nodes: eb.ref('excluded.nodes'),
            exit_code: eb.ref('excluded.exit_code'),
            signal: eb.ref('excluded.signal'),
            submitted_at: eb.ref('excluded.submitted_at'),
            started_at: eb.ref('excluded.started_at'),
            finished_at: eb.ref('excluded.finished_at'),
            updated_at: eb.ref('excluded.updated_at'),
          }))
          .where('slurm_jobs.updated_at', '<=', (eb) => eb.ref('excluded.updated_at')),
      )
      .execute(),
  );
}
