// Migrations are code, listed here in order (no directory scan: the bundle and the image carry
// exactly these). They run at start-up inside one session holding a Postgres advisory lock, so
// replicas starting together apply each migration once; the others wait, then find nothing to do.
// Kysely's Migrator takes its own lock too, but only around the migrations themselves, not around
// creating its bookkeeping tables; ours covers the whole run. On PGlite (one process, one
// connection) the lock is a no-op that costs nothing.
import { type Kysely, sql } from 'kysely';
import { type Migration, type MigrationProvider, type MigrationResult, Migrator } from 'kysely/migration';
import type { AuditDatabase } from '../schema.ts';
import { initialSchema } from './0001-initial.ts';
import { transitionOrder } from './0002-transition-order.ts';
import { modelVersionObjects } from './0003-model-version-objects.ts';

export const migrations: Record<string, Migration> = {
  '0001-initial': initialSchema,
  '0002-transition-order': transitionOrder,
  '0003-model-version-objects': modelVersionObjects,
};

export const MIGRATION_TABLE = 'audit_migration';
export const MIGRATION_LOCK_TABLE = 'audit_migration_lock';
/** pg_advisory_lock key: "slurmml" in ASCII, unique enough within one database. */
export const MIGRATION_LOCK_KEY = 0x736c75726d6d6c;

const provider: MigrationProvider = { getMigrations: async () => migrations };

export class MigrationError extends Error {
  readonly results: readonly MigrationResult[];
  constructor(cause: unknown, results: readonly MigrationResult[]) {
    const failed = results.find((r) => r.status === 'Error')?.migrationName;
    super(`audit database migration${failed ? ` ${failed}` : ''} failed: ${String(cause)}`, { cause });
    this.name = 'MigrationError';
    this.results = results;
  }
}

/** Brings the schema to the latest version; returns the migrations applied by this call. */
export async function migrateToLatest(db: Kysely<AuditDatabase>): Promise<string[]> {
  // Everything below runs on one connection: the session that holds the lock. (Issuing a query on
  // `db` in here would wait for that connection forever on PGlite.)
  return db.connection().execute(async (session) => {
    await sql`select pg_advisory_lock(${sql.lit(MIGRATION_LOCK_KEY)})`.execute(session);
    try {
      const migrator = new Migrator({
        db: session,
        provider,
        migrationTableName: MIGRATION_TABLE,
        migrationLockTableName: MIGRATION_LOCK_TABLE,
      });
      const { error, results = [] } = await migrator.migrateToLatest();
      if (error) throw new MigrationError(error, results);
      return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
    } finally {
      // A broken session has released the lock already; do not hide the original error.
      await sql`select pg_advisory_unlock(${sql.lit(MIGRATION_LOCK_KEY)})`.execute(session).catch(() => {});
    }
  });
}
