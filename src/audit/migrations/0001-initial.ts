// The first audit schema. Works on Postgres 15 (Debian bookworm) and PGlite (PostgreSQL 18):
// gen_random_uuid() is core since 13, plpgsql is built into both.
import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

const uuidKey = sql`gen_random_uuid()`;

async function createJobTable(db: Kysely<unknown>, table: 'trainings' | 'predictions'): Promise<void> {
  await db.schema
    .createTable(table)
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('namespace', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('model', 'text')
    .addColumn('phase', 'text')
    .addColumn('reason', 'text')
    .addColumn('message', 'text')
    .addColumn('cluster', 'text')
    .addColumn('slurm_job_id', 'bigint')
    .addColumn('model_version', 'integer')
    .addColumn('attempts', 'integer')
    .addColumn('spec', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('status', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('started_at', 'timestamptz')
    .addColumn('finished_at', 'timestamptz')
    .addColumn('deleted_at', 'timestamptz')
    .execute();
  // The list order (newest first) and the history API's filters.
  await db.schema.createIndex(`${table}_created_idx`).on(table).columns(['created_at', 'id']).execute();
  await db.schema
    .createIndex(`${table}_namespace_idx`)
    .on(table)
    .columns(['namespace', 'name', 'created_at'])
    .execute();
  await db.schema.createIndex(`${table}_model_idx`).on(table).columns(['namespace', 'model']).execute();
  await db.schema.createIndex(`${table}_phase_idx`).on(table).columns(['phase', 'created_at']).execute();
}

export const initialSchema: Migration = {
  async up(db) {
    await createJobTable(db, 'trainings');
    await createJobTable(db, 'predictions');

    await db.schema
      .createTable('models')
      .addColumn('id', 'uuid', (c) => c.primaryKey())
      .addColumn('namespace', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('latest_version', 'integer')
      .addColumn('version_count', 'integer')
      .addColumn('spec', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
      .addColumn('status', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull())
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
      .addColumn('deleted_at', 'timestamptz')
      .execute();
    await db.schema.createIndex('models_created_idx').on('models').columns(['created_at', 'id']).execute();
    await db.schema.createIndex('models_namespace_idx').on('models').columns(['namespace', 'name']).execute();

    await db.schema
      .createTable('model_versions')
      .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(uuidKey))
      .addColumn('model_id', 'uuid', (c) => c.notNull())
      .addColumn('namespace', 'text', (c) => c.notNull())
      .addColumn('model', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('path', 'text', (c) => c.notNull())
      .addColumn('training_name', 'text')
      .addColumn('training_uid', 'uuid')
      .addColumn('cluster', 'text')
      .addColumn('slurm_job_id', 'bigint')
      .addColumn('exit_code', 'integer')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull())
      .addUniqueConstraint('model_versions_model_version_key', ['model_id', 'version'])
      .execute();
    await db.schema
      .createIndex('model_versions_name_idx')
      .on('model_versions')
      .columns(['namespace', 'model', 'version'])
      .execute();

    await db.schema
      .createTable('slurm_jobs')
      .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(uuidKey))
      .addColumn('cluster', 'text', (c) => c.notNull())
      .addColumn('job_id', 'bigint', (c) => c.notNull())
      .addColumn('resource_kind', 'text', (c) => c.notNull())
      .addColumn('resource_uid', 'uuid', (c) => c.notNull())
      .addColumn('namespace', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('state', 'text')
      .addColumn('reason', 'text')
      .addColumn('nodes', 'text')
      .addColumn('exit_code', 'integer')
      .addColumn('signal', 'integer')
      .addColumn('submitted_at', 'timestamptz')
      .addColumn('started_at', 'timestamptz')
      .addColumn('finished_at', 'timestamptz')
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
      .addUniqueConstraint('slurm_jobs_job_key', ['cluster', 'job_id', 'resource_uid'])
      .execute();
    await db.schema.createIndex('slurm_jobs_resource_idx').on('slurm_jobs').column('resource_uid').execute();

    await db.schema
      .createTable('transitions')
      .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(uuidKey))
      .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
      .addColumn('resource_kind', 'text', (c) => c.notNull())
      .addColumn('namespace', 'text')
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('resource_uid', 'uuid', (c) => c.notNull())
      .addColumn('from_phase', 'text')
      .addColumn('to_phase', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('message', 'text', (c) => c.notNull())
      .addColumn('slurm_state', 'text')
      .addColumn('slurm_job_id', 'bigint')
      .addColumn('cluster', 'text')
      .addColumn('occurred_at', 'timestamptz', (c) => c.notNull())
      .addColumn('replica', 'text')
      .addColumn('source', 'text', (c) => c.notNull().defaultTo('operator'))
      .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema
      .createIndex('transitions_resource_idx')
      .on('transitions')
      .columns(['resource_uid', 'occurred_at'])
      .execute();
    await db.schema.createIndex('transitions_occurred_idx').on('transitions').column('occurred_at').execute();

    // Append-only: rows can be added, never changed or removed (retention, if ever, is a migration).
    await sql`
      create function audit_transitions_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'transitions is append-only (% refused)', tg_op using errcode = '42501';
      end $$`.execute(db);
    await sql`
      create trigger transitions_append_only before update or delete on transitions
      for each row execute function audit_transitions_append_only()`.execute(db);
  },
};
