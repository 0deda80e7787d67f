// An older operator against a newer schema, on the real Postgres of the test stack and on PGlite
// (a data directory, as a rollback would find it): a newer release's migration is simulated by a
// row in audit_migration and one in audit_schema_compatibility. Said compatible with this build,
// the operator runs without migrating and writes; said incompatible, it stays unready with a
// message naming the database's schema, the oldest compatible one and this build's, logs one error,
// keeps what it is handed queued, answers at once instead of hanging, and recovers when the
// database is changed.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { type DatabaseConfig, loadDatabaseConfig, openAudit } from '../../src/audit/index.ts';
import { SchemaIncompatibleError } from '../../src/audit/migrations/compatibility.ts';
import {
  COMPATIBILITY_TABLE,
  LATEST_MIGRATION,
  MIGRATION_TABLE,
  OLDEST_COMPATIBLE,
} from '../../src/audit/migrations/index.ts';
import type { Transition } from '../../src/audit/sink.ts';
import {
  aTransition,
  auditReadiness,
  freshPostgresDatabase,
  logRecorder,
  until,
} from '../support/audit-db.ts';

const FUTURE = '9999-a-later-release';

interface Backend {
  name: string;
  config(): Promise<{ config: DatabaseConfig; drop(): Promise<void> }>;
}

const backends: Backend[] = [
  {
    name: 'Postgres 15',
    async config() {
      const db = await freshPostgresDatabase();
      return { config: loadDatabaseConfig({ DATABASE_URL: db.url }), drop: db.drop };
    },
  },
  {
    name: 'PGlite',
    async config() {
      const dir = mkdtempSync(join(tmpdir(), 'audit-compat-'));
      return {
        config: loadDatabaseConfig({ AUDIT_PGLITE_DIR: join(dir, 'data') }),
        drop: async () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  },
];

const transition = (uid: string, to: string): Transition =>
  aTransition({ name: `compat-${to.toLowerCase()}`, uid, to });

const readiness = auditReadiness;

describe.each(backends)('a database a newer release migrated, on $name', (backend) => {
  const cleanup: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  it('is used without migrating when compatible, and refused clearly when not', async () => {
    const { config, drop } = await backend.config();
    cleanup.push(drop);

    // This build migrates it, and records each migration's compatibility.
    const first = await openAudit(config);
    await first.schema.ensure();
    const recorded = await sql<{ migration: string; oldest: string }>`
      select migration, oldest_compatible_migration as oldest from ${sql.table(COMPATIBILITY_TABLE)}
      order by migration`.execute(first.handle.db);
    expect(recorded.rows).toEqual(
      [...OLDEST_COMPATIBLE].map(([migration, oldest]) => ({ migration, oldest })),
    );
    // A newer release adds a migration and says builds from this one on still work with it.
    await sql`insert into ${sql.table(MIGRATION_TABLE)} (name, timestamp)
      values (${FUTURE}, ${new Date().toISOString()})`.execute(first.handle.db);
    await sql`insert into ${sql.table(COMPATIBILITY_TABLE)} (migration, oldest_compatible_migration)
      values (${FUTURE}, ${LATEST_MIGRATION})`.execute(first.handle.db);
    await first.close();

    // Compatible: ready, nothing migrated, writes land.
    const compatible = logRecorder();
    const applied: string[][] = [];
    const second = await openAudit(config, { log: compatible.log, onMigrated: (a) => applied.push(a) });
    try {
      await second.schema.ensure();
      expect(applied).toEqual([[]]);
      expect(compatible.lines.map((l) => [l.level, l.msg])).toEqual([
        [
          'info',
          `audit store: the database's schema ${FUTURE} is newer than this build's ${LATEST_MIGRATION} and ` +
            `compatible with it (oldest compatible: ${LATEST_MIGRATION}); running without migrating`,
        ],
      ]);
      expect((await readiness(second)).ready).toBe(true);
      const uid = randomUUID();
      second.sink.record(transition(uid, 'Pending'));
      expect(await second.sink.flush(10_000)).toBe(true);
      expect((await second.store.get({ listing: 'trainings', uid }))?.transitions).toHaveLength(1);
      // The newer release's next migration needs a newer operator than this one.
      await sql`update ${sql.table(COMPATIBILITY_TABLE)} set oldest_compatible_migration = ${FUTURE}
        where migration = ${FUTURE}`.execute(second.handle.db);
    } finally {
      await second.close();
    }

    // Incompatible: refused, unready with the reason, one error line, no hang, nothing lost.
    const refused = logRecorder();
    const third = await openAudit(config, {
      log: refused.log,
      schemaRecheckMs: 300,
      writeBehind: { retryBaseMs: 50, retryMaxMs: 300 },
    });
    try {
      await expect(third.schema.ensure()).rejects.toBeInstanceOf(SchemaIncompatibleError);
      const message =
        `audit store: the database's schema ${FUTURE} is newer than this build's ${LATEST_MIGRATION} and works ` +
        `with operators whose schema is ${FUTURE} or later; nothing was migrated or written: run a release that knows it`;
      expect(third.problem()).toBe(message);
      expect(await readiness(third)).toMatchObject({ ready: false, reason: message });
      expect(third.stats().permanentError).toBe(true);
      // Answered from memory within the recheck interval: no hang, no query per caller.
      const started = Date.now();
      for (let i = 0; i < 20; i++) await expect(third.schema.ensure()).rejects.toThrow(FUTURE);
      expect(Date.now() - started).toBeLessThan(200);
      const uid = randomUUID();
      third.sink.record(transition(uid, 'Pending'));
      await until('the write to be refused', () => third.sink.stats.permanentError);
      await new Promise((resolve) => setTimeout(resolve, 1000)); // rechecked several times meanwhile
      expect(refused.lines.filter((l) => l.level === 'error')).toHaveLength(1);
      expect(refused.lines[0]?.msg).toBe(message);
      expect(third.sink.stats).toMatchObject({ transitionBacklog: 1, drops: 0 });
      const migrations = await sql<{
        n: number;
      }>`select count(*)::int as n from ${sql.table(MIGRATION_TABLE)}`.execute(third.handle.db);
      expect(migrations.rows[0]?.n).toBe(OLDEST_COMPATIBLE.size + 1); // nothing migrated

      // An admin settles it (here: the newer release's migration is said compatible after all).
      await sql`update ${sql.table(COMPATIBILITY_TABLE)} set oldest_compatible_migration = ${LATEST_MIGRATION}
        where migration = ${FUTURE}`.execute(third.handle.db);
      await until('readiness to recover', async () => (await readiness(third)).ready);
      expect(await third.sink.flush(10_000)).toBe(true);
      expect((await third.store.get({ listing: 'trainings', uid }))?.transitions).toHaveLength(1);
      expect(third.problem()).toBeUndefined();
    } finally {
      await third.close();
    }
  });
});
