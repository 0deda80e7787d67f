// Migrations are code, listed here in order (no directory scan: the bundle and the image carry
// exactly these). They run at start-up inside one session holding a Postgres advisory lock, so
// replicas starting together apply each migration once; the others wait, then find nothing to do.
// Kysely's Migrator takes its own lock too, but only around the migrations themselves, not around
// creating its bookkeeping tables; ours covers the whole run. On PGlite (one process, one
// connection) the lock is a no-op that costs nothing.
// Before migrating, the database's executed migrations are compared with this build's
// (compatibility.ts): a database a newer release migrated is used as it is, or refused, never
// migrated down or retried forever.
import { type Kysely, sql } from 'kysely';
import { type Migration, type MigrationProvider, type MigrationResult, Migrator } from 'kysely/migration';
import type { AuditDatabase } from '../schema.ts';
import { initialSchema } from './0001-initial.ts';
import { transitionOrder } from './0002-transition-order.ts';
import { modelVersionObjects } from './0003-model-version-objects.ts';
import { retention } from './0004-retention.ts';
import { metricPoints } from './0005-metric-points.ts';
import {
  decideSchema,
  type SchemaDecision,
  SchemaIncompatibleError,
  type SchemaState,
} from './compatibility.ts';

/**
 * The migrations in order, each with the oldest operator schema (the last migration a build knows)
 * that still reads and writes correctly once it is applied, cumulatively:
 * - 0001-initial: itself.
 * - 0002-transition-order adds a generated `seq` and an index: a 0001 build inserts without it and
 *   reads as before. 0001-initial.
 * - 0003-model-version-objects: versions recorded from ModelVersion objects have no model_id, and an
 *   earlier build lists a model's versions by model_id, so it would not show them. Itself.
 * - 0004-retention lets only a declared prune delete transitions and adds indexes; a 0003 build
 *   never deletes and does not notice. 0003-model-version-objects.
 * - 0005-metric-points adds a table of its own that no earlier build reads or writes (an earlier
 *   build's retention leaves the points of what it prunes; this build's prunes them as orphans).
 *   0003-model-version-objects.
 */
const CATALOGUE: readonly { name: string; migration: Migration; oldestCompatible: string }[] = [
  { name: '0001-initial', migration: initialSchema, oldestCompatible: '0001-initial' },
  { name: '0002-transition-order', migration: transitionOrder, oldestCompatible: '0001-initial' },
  {
    name: '0003-model-version-objects',
    migration: modelVersionObjects,
    oldestCompatible: '0003-model-version-objects',
  },
  { name: '0004-retention', migration: retention, oldestCompatible: '0003-model-version-objects' },
  { name: '0005-metric-points', migration: metricPoints, oldestCompatible: '0003-model-version-objects' },
];

export const migrations: Record<string, Migration> = Object.fromEntries(
  CATALOGUE.map((m) => [m.name, m.migration]),
);
export const OLDEST_COMPATIBLE: ReadonlyMap<string, string> = new Map(
  CATALOGUE.map((m) => [m.name, m.oldestCompatible]),
);
export const LATEST_MIGRATION = CATALOGUE.at(-1)?.name ?? '';

export const MIGRATION_TABLE = 'audit_migration';
export const MIGRATION_LOCK_TABLE = 'audit_migration_lock';
export const COMPATIBILITY_TABLE = 'audit_schema_compatibility';
/** pg_advisory_lock key: "slurmml" in ASCII, unique enough within one database. */
export const MIGRATION_LOCK_KEY = 0x736c75726d6d6c;

// Each migration writes its compatibility row in the transaction that applies it.
const provider: MigrationProvider = {
  getMigrations: async () =>
    Object.fromEntries(
      CATALOGUE.map(({ name, migration, oldestCompatible }) => [
        name,
        {
          async up(db: Kysely<unknown>) {
            await migration.up(db);
            await recordCompatibility(db, [[name, oldestCompatible]]);
          },
        },
      ]),
    ),
};

export class MigrationError extends Error {
  readonly results: readonly MigrationResult[];
  constructor(cause: unknown, results: readonly MigrationResult[]) {
    const failed = results.find((r) => r.status === 'Error')?.migrationName;
    super(`audit database migration${failed ? ` ${failed}` : ''} failed: ${String(cause)}`, { cause });
    this.name = 'MigrationError';
    this.results = results;
  }
}

export interface SchemaOutcome {
  /** Migrations this call applied. */
  applied: string[];
  decision: SchemaDecision;
}

/**
 * Brings the schema to this build's latest version, or finds it newer and usable as it is;
 * throws SchemaIncompatibleError when it is newer and not usable by this build.
 */
export async function prepareSchema(db: Kysely<AuditDatabase>): Promise<SchemaOutcome> {
  // Everything below runs on one connection: the session that holds the lock. (Issuing a query on
  // `db` in here would wait for that connection forever on PGlite.)
  return db.connection().execute(async (session) => {
    await sql`select pg_advisory_lock(${sql.lit(MIGRATION_LOCK_KEY)})`.execute(session);
    try {
      const state = await readSchemaState(session);
      const decision = decideSchema(state);
      if (decision.action === 'refuse') throw new SchemaIncompatibleError(decision);
      if (decision.action === 'run') return { applied: [], decision };
      const migrator = new Migrator({
        db: session,
        provider,
        migrationTableName: MIGRATION_TABLE,
        migrationLockTableName: MIGRATION_LOCK_TABLE,
      });
      const { error, results = [] } = await migrator.migrateToLatest();
      if (error) throw new MigrationError(error, results);
      const applied = results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
      // Rows of migrations applied before this table existed, or recorded otherwise by another build.
      const stale = CATALOGUE.filter(
        (m) => !applied.includes(m.name) && state.compatibility.get(m.name) !== m.oldestCompatible,
      );
      await recordCompatibility(
        session,
        stale.map((m) => [m.name, m.oldestCompatible]),
      );
      return { applied, decision };
    } finally {
      // A broken session has released the lock already; do not hide the original error.
      await sql`select pg_advisory_unlock(${sql.lit(MIGRATION_LOCK_KEY)})`.execute(session).catch(() => {});
    }
  });
}

/** Brings the schema to the latest version; returns the migrations applied by this call. */
export async function migrateToLatest(db: Kysely<AuditDatabase>): Promise<string[]> {
  return (await prepareSchema(db)).applied;
}

/** What this build and the database know; creates the compatibility table if it is missing. */
async function readSchemaState<DB>(session: Kysely<DB>): Promise<SchemaState> {
  const exists = async (table: string) =>
    (await sql<{ found: boolean }>`select to_regclass(${table}) is not null as found`.execute(session))
      .rows[0]?.found === true;
  if (!(await exists(COMPATIBILITY_TABLE)))
    await sql`create table if not exists ${sql.table(COMPATIBILITY_TABLE)} (
      migration text primary key,
      oldest_compatible_migration text not null,
      recorded_at timestamptz not null default now()
    )`.execute(session);
  const executed = (await exists(MIGRATION_TABLE))
    ? (await sql<{ name: string }>`select name from ${sql.table(MIGRATION_TABLE)}`.execute(session)).rows
    : [];
  const compatibility = (
    await sql<{ migration: string; oldest: string }>`
      select migration, oldest_compatible_migration as oldest from ${sql.table(COMPATIBILITY_TABLE)}`.execute(
      session,
    )
  ).rows;
  return {
    known: CATALOGUE.map((m) => m.name),
    executed: executed.map((r) => r.name),
    compatibility: new Map(compatibility.map((r) => [r.migration, r.oldest])),
  };
}

async function recordCompatibility<DB>(db: Kysely<DB>, rows: readonly [string, string][]): Promise<void> {
  for (const [migration, oldest] of rows)
    await sql`
      insert into ${sql.table(COMPATIBILITY_TABLE)} (migration, oldest_compatible_migration)
      values (${migration}, ${oldest})
      on conflict (migration) do update set
        oldest_compatible_migration = excluded.oldest_compatible_migration, recorded_at = now()`.execute(db);
}
