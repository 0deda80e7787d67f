// Retention (AUDIT_RETENTION, retention.ts) prunes the history of resources deleted longer ago than
// it keeps. `transitions` stays append-only for everyone else: its trigger now lets a DELETE through
// only inside a transaction that declared itself a prune (set_config('slurm_ml.prune', 'on', true));
// UPDATE is still refused. Partial indexes find deleted rows without reading the live ones.
// Idempotent (create or replace, if not exists), so applying it again changes nothing
// (docs/audit.md, "Upgrades and rollbacks of the store").
import { sql } from 'kysely';
import type { Migration } from 'kysely/migration';

export const PRUNE_SETTING = 'slurm_ml.prune';

export const retention: Migration = {
  async up(db) {
    await sql`
      create or replace function audit_transitions_append_only() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' and current_setting(${sql.lit(PRUNE_SETTING)}, true) = 'on' then
          return old;
        end if;
        raise exception 'transitions is append-only (% refused)', tg_op using errcode = '42501';
      end $$`.execute(db);
    for (const table of ['trainings', 'predictions', 'models', 'model_versions'])
      await db.schema
        .createIndex(`${table}_deleted_idx`)
        .ifNotExists()
        .on(table)
        .column('deleted_at')
        .where(sql.ref('deleted_at'), 'is not', null)
        .execute();
  },
};
