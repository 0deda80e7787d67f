// The audit store suite, run unchanged on the real Postgres of the test stack (a fresh database
// per case, dropped afterwards) and on embedded PGlite: migrations, racing migrators, idempotent
// writes, deleted resources' history, filters and pagination, and hostile history API requests.
import { randomBytes, randomUUID } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Model, ModelVersion, Training } from '../../src/api/types.ts';
import { decodeCursor } from '../../src/audit/cursor.ts';
import { createDatabase, loadDatabaseConfig } from '../../src/audit/database.ts';
import { startHistoryServer } from '../../src/audit/history-api.ts';
import { MIGRATION_LOCK_KEY, MIGRATION_TABLE, migrateToLatest } from '../../src/audit/migrations/index.ts';
import type { JobRecord } from '../../src/audit/queries.ts';
import type { AuditDatabase } from '../../src/audit/schema.ts';
import type { Transition } from '../../src/audit/sink.ts';
import { AuditStore } from '../../src/audit/store.ts';
import { anyCaller } from '../support/access.ts';
import { required, stackEnv } from '../support/stack.ts';

type Db = Kysely<AuditDatabase>;
interface Fresh {
  db: Db;
  /** Another client of the same database (a second replica). */
  another(): Promise<Db>;
  drop(): Promise<void>;
}
interface Backend {
  name: string;
  fresh(): Promise<Fresh>;
}

const postgres: Backend = {
  name: 'Postgres 15',
  async fresh() {
    const adminUrl = required(stackEnv('postgres'), 'DATABASE_URL');
    const name = `audit_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`); // a generated identifier, not input
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const handles = [await createDatabase(loadDatabaseConfig({ DATABASE_URL: url.toString() }))];
    const first = handles[0];
    if (!first) throw new Error('unreachable');
    return {
      db: first.db,
      async another() {
        const handle = await createDatabase(loadDatabaseConfig({ DATABASE_URL: url.toString() }));
        handles.push(handle);
        return handle.db;
      },
      async drop() {
        await Promise.all(handles.map((h) => h.close()));
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
      },
    };
  },
};

const pglite: Backend = {
  name: 'PGlite',
  async fresh() {
    const instance = await PGlite.create();
    const db = new Kysely<AuditDatabase>({ dialect: new PGliteDialect({ pglite: instance }) });
    // PGlite is one process: "another replica" is a second Kysely over the same instance.
    return {
      db,
      another: async () => new Kysely<AuditDatabase>({ dialect: new PGliteDialect({ pglite: instance }) }),
      drop: () => db.destroy(),
    };
  },
};

const MIGRATIONS = [
  '0001-initial',
  '0002-transition-order',
  '0003-model-version-objects',
  '0004-retention',
  '0005-metric-points',
];
const AUDIT_TABLES = [
  'metric_points',
  'model_versions',
  'models',
  'predictions',
  'slurm_jobs',
  'trainings',
  'transitions',
];

async function tables(db: Db, withBookkeeping = false): Promise<string[]> {
  const { rows } = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = current_schema() order by table_name`.execute(db);
  return rows.map((r) => r.table_name).filter((name) => withBookkeeping || !name.startsWith('audit_'));
}

const count = async (db: Db, table: 'transitions' | 'trainings' | typeof MIGRATION_TABLE) =>
  Number(
    (await sql<{ n: string | number }>`select count(*) as n from ${sql.table(table)}`.execute(db)).rows[0]?.n,
  );

function transition(
  uid: string,
  from: string | null,
  to: string,
  at: Date,
  extra: Partial<Transition> = {},
): Transition {
  return {
    kind: 'Training',
    namespace: 'team-a',
    name: 'train-1',
    uid,
    from,
    to,
    reason: to,
    message: `${from ?? '-'} -> ${to}`,
    slurmState: to === 'Running' ? 'RUNNING' : null,
    slurmJobId: to === 'Pending' ? null : 4_294_967_295, // the largest Slurm job id: needs int8
    cluster: 'lab',
    at,
    ...extra,
  };
}

function training(
  uid: string,
  name: string,
  opts: { namespace?: string; model?: string; phase?: string; created?: Date } = {},
): Training {
  const {
    namespace = 'team-a',
    model = 'resnet',
    phase = 'Pending',
    created = new Date('2025-01-01T00:00:00Z'),
  } = opts;
  return {
    apiVersion: 'ml.hpc.dev/v1alpha1',
    kind: 'Training',
    metadata: { uid, name, namespace, creationTimestamp: created },
    spec: { model, template: 'demo-train', parameters: { epochs: '3' } },
    status: {
      phase: phase as 'Pending',
      reason: phase,
      slurm: { cluster: 'lab', jobId: 42, state: 'RUNNING' },
    },
  };
}

describe.each([postgres, pglite])('audit store on $name', (backend) => {
  const cleanup: (() => Promise<void>)[] = [];
  const fresh = async () => {
    const f = await backend.fresh();
    cleanup.push(f.drop);
    return f;
  };
  afterAll(async () => {
    for (const drop of cleanup.splice(0)) await drop();
  });

  it('migrates an empty database, and a second run is a no-op', async () => {
    const { db } = await fresh();
    expect(await tables(db)).toEqual([]);
    expect(await migrateToLatest(db)).toEqual(MIGRATIONS);
    expect(await tables(db)).toEqual(AUDIT_TABLES);
    expect(await migrateToLatest(db)).toEqual([]);
    expect(await count(db, MIGRATION_TABLE)).toBe(MIGRATIONS.length);
  });

  it('lets replicas that start together migrate once', async () => {
    const { db, another } = await fresh();
    const replicas = [db, await another(), await another()];
    const applied = await Promise.all(replicas.map((r) => migrateToLatest(r)));
    // One replica applied them, the others found them done.
    expect(applied.filter((a) => a.length > 0)).toEqual([MIGRATIONS]);
    expect(await tables(db)).toEqual(AUDIT_TABLES);
    expect(await count(db, MIGRATION_TABLE)).toBe(MIGRATIONS.length);
  });

  // Only a server with several sessions can hold the lock elsewhere (PGlite is one session), so
  // this case exists for Postgres only rather than being reported as skipped on PGlite.
  const onServersWithSessions = backend.name.startsWith('Postgres') ? it : () => {};
  onServersWithSessions('waits for the migration lock another replica holds', async () => {
    const { db, another } = await fresh();
    const holder = await another();
    await holder.connection().execute(async (session) => {
      await sql`select pg_advisory_lock(${sql.lit(MIGRATION_LOCK_KEY)})`.execute(session);
      let finished = false;
      const migration = migrateToLatest(db).then((applied) => {
        finished = true;
        return applied;
      });
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(finished).toBe(false);
      expect(await tables(holder, true)).toEqual([]); // not even Kysely's bookkeeping tables were touched
      await sql`select pg_advisory_unlock(${sql.lit(MIGRATION_LOCK_KEY)})`.execute(session);
      expect(await migration).toEqual(MIGRATIONS);
    });
  });

  describe('with a migrated database', () => {
    let db: Db;
    let store: AuditStore;
    beforeAll(async () => {
      ({ db } = await fresh());
      await migrateToLatest(db);
      store = new AuditStore(db, { replica: 'replica-0' });
    });

    it('stores a transition written twice once', async () => {
      const uid = randomUUID();
      const t = transition(uid, null, 'Pending', new Date('2025-01-01T00:00:01.001Z'));
      expect(await store.recordTransition(t)).toBe(true);
      expect(await store.recordTransition({ ...t })).toBe(false);
      expect(await store.recordTransitions([t, t, { ...t, at: new Date(t.at.getTime() + 1) }])).toBe(1);
      const history = await store.get({ listing: 'trainings', uid });
      expect(history?.transitions.map((x) => x.at.getTime())).toEqual([t.at.getTime(), t.at.getTime() + 1]);
      expect(history?.transitions[0]).toMatchObject({ replica: 'replica-0', source: 'operator', from: null });
    });

    it('orders transitions of the same millisecond as they were recorded', async () => {
      const uid = randomUUID();
      const at = new Date('2025-04-01T00:00:00.000Z');
      const steps = ['Pending', 'Submitted', 'Running', 'Failed'];
      await store.recordTransitions(steps.map((to, i) => transition(uid, steps[i - 1] ?? null, to, at)));
      const history = await store.get({ listing: 'trainings', uid });
      expect(history?.transitions.map((t) => t.to)).toEqual(steps);
      expect(history?.phase).toBe('Failed');
    });

    it('writes a batch larger than one statement can bind', async () => {
      const uid = randomUUID();
      const start = Date.parse('2025-05-01T00:00:00Z');
      const many = Array.from({ length: 5000 }, (_, i) =>
        transition(uid, 'Running', 'Running', new Date(start + i), { name: 'big' }),
      );
      expect(await store.recordTransitions(many)).toBe(5000); // 80,000 parameters in one statement would fail
      expect(await store.recordTransitions(many)).toBe(0);
    });

    it('keeps a deleted resource with its whole history', async () => {
      const uid = randomUUID();
      const t0 = new Date('2025-02-01T10:00:00.000Z');
      const at = (s: number) => new Date(t0.getTime() + s * 1000);
      const steps: [string | null, string][] = [
        [null, 'Pending'],
        ['Pending', 'Submitted'],
        ['Submitted', 'Running'],
        ['Running', 'Succeeded'],
      ];
      // Out of order on purpose: the history is ordered by when things happened.
      for (const i of [1, 0, 3, 2]) {
        const [from, to] = steps[i] ?? [null, ''];
        await store.recordTransition(transition(uid, from, to, at(i), { name: 'deleted-one' }));
      }
      const resource = training(uid, 'deleted-one', { phase: 'Succeeded', created: t0 });
      await store.upsertResource(resource, at(5));
      await store.upsertResource(training(uid, 'deleted-one', { phase: 'Running', created: t0 }), at(4)); // stale: ignored
      expect(await store.markDeleted('Training', uid, at(6))).toBe(true);
      expect(await store.markDeleted('Training', uid, at(7))).toBe(true); // keeps the first deletion time

      for (const history of [
        await store.get({ listing: 'trainings', uid }),
        await store.get({ listing: 'trainings', namespace: 'team-a', name: 'deleted-one' }),
      ]) {
        expect(history).toMatchObject({
          uid,
          phase: 'Succeeded',
          model: 'resnet',
          deletedAt: at(6),
          createdAt: t0,
        });
        expect(history?.transitions.map((t) => `${t.from ?? '-'}>${t.to}`)).toEqual([
          '->Pending',
          'Pending>Submitted',
          'Submitted>Running',
          'Running>Succeeded',
        ]);
        expect(history?.transitions[2]?.slurmJobId).toBe(4_294_967_295);
        expect(history && 'slurmJobs' in history && history.slurmJobs).toEqual([
          expect.objectContaining({ cluster: 'lab', jobId: 42, state: 'RUNNING' }),
        ]);
      }
    });

    it('keeps model versions, from their ModelVersion objects, by model name', async () => {
      const modelUid = randomUUID();
      const model: Model = {
        apiVersion: 'ml.hpc.dev/v1alpha1',
        kind: 'Model',
        metadata: {
          uid: modelUid,
          name: 'unet',
          namespace: 'team-b',
          creationTimestamp: new Date('2025-03-01T00:00:00Z'),
        },
        spec: { description: 'segmentation' },
        status: { latestVersion: 2, versionCount: 2 },
      };
      const version = (n: number): ModelVersion => ({
        apiVersion: 'ml.hpc.dev/v1alpha1',
        kind: 'ModelVersion',
        metadata: { uid: randomUUID(), name: `unet-v${n}`, namespace: 'team-b' },
        spec: {
          model: 'unet',
          version: n,
          path: `/models/team-b/unet/runs/t${n}`,
          createdAt: `2025-03-0${n}T00:00:00Z`,
          jobId: 4_000_000_000 + n,
        },
      });
      const versions = [version(1), version(2)];
      await store.upsertResource(model);
      for (const v of versions) await store.upsertResource(v);
      for (const v of versions) await store.upsertResource(v); // again: nothing doubles
      const record = await store.get({ listing: 'models', uid: modelUid });
      expect(record && 'versions' in record && record.versions.map((v) => [v.version, v.slurmJobId])).toEqual(
        [
          [1, 4_000_000_001],
          [2, 4_000_000_002],
        ],
      );
      // A deleted version stays in the history, marked.
      await store.markDeleted('ModelVersion', versions[0]?.metadata.uid ?? '');
      const after = await store.get({ listing: 'models', uid: modelUid });
      expect(after && 'versions' in after && after.versions.map((v) => v.deletedAt !== null)).toEqual([
        true,
        false,
      ]);
    });

    it('stores, from status.phaseHistory, exactly the transitions the operator had not stored', async () => {
      const uid = randomUUID();
      const times = ['2025-04-01T00:00:00.101Z', '2025-04-01T00:00:01.202Z', '2025-04-01T00:00:05.303Z'];
      const phases = ['Pending', 'Submitted', 'Succeeded'] as const;
      const resource = training(uid, 'killed-mid-run', { phase: 'Succeeded' });
      resource.status = {
        ...resource.status,
        phaseHistory: phases.map((phase, i) => ({ phase, reason: phase, time: times[i] ?? '' })),
      };
      // The operator stored the first transition, then was killed with the others still queued.
      await store.recordTransition(transition(uid, null, 'Pending', new Date(times[0] ?? '')));
      expect(await store.resyncResource(resource)).toBe(true);
      expect(await store.resyncResource(resource)).toBe(false);
      // A queued write that lands after all (a retried batch) is recognised, not doubled.
      expect(
        await store.recordTransition(transition(uid, 'Submitted', 'Succeeded', new Date(times[2] ?? ''))),
      ).toBe(false);
      const history = await store.get({ listing: 'trainings', uid });
      expect(history?.transitions.map((t) => [t.from, t.to, t.at.toISOString(), t.source])).toEqual([
        [null, 'Pending', times[0], 'operator'],
        ['Pending', 'Submitted', times[1], 'resync'],
        ['Submitted', 'Succeeded', times[2], 'resync'],
      ]);
    });

    it('filters and pages without duplicates or gaps', async () => {
      const base = Date.parse('2024-06-01T00:00:00Z');
      const all: Training[] = [];
      for (let i = 0; i < 37; i++) {
        // Pairs share a creation time, so the id must break ties.
        const created = new Date(base + Math.floor(i / 2) * 60_000);
        const phase = ['Running', 'Succeeded', 'Failed'][i % 3] ?? 'Running';
        all.push(
          training(randomUUID(), `page-${i}`, {
            namespace: i % 2 ? 'page-odd' : 'page-even',
            model: `m${i % 4}`,
            phase,
            created,
          }),
        );
      }
      await store.upsertResources(all.map((resource) => ({ resource, observedAt: new Date() })));
      const newestFirst = [...all].sort(
        (a, b) =>
          Number(b.metadata.creationTimestamp) - Number(a.metadata.creationTimestamp) ||
          (b.metadata.uid ?? '').localeCompare(a.metadata.uid ?? ''),
      );
      const pageAll = async (
        filter: Omit<Parameters<AuditStore['list']>[0], 'listing' | 'limit'>,
        limit: number,
      ) => {
        const seen: string[] = [];
        let cursor: string | undefined;
        for (let pages = 0; pages < 100; pages++) {
          const page = await store.list({
            listing: 'trainings',
            limit,
            ...filter,
            ...(cursor ? { cursor: decodeCursor(cursor, 'trainings') } : {}),
          });
          expect(page.items.length).toBeLessThanOrEqual(limit);
          seen.push(...page.items.map((item) => item.uid));
          if (!page.nextCursor) return seen;
          cursor = page.nextCursor;
        }
        throw new Error('pagination does not end');
      };
      const since = new Date(base + 3 * 60_000);
      const until = new Date(base + 15 * 60_000);
      const cases: [
        Omit<Parameters<AuditStore['list']>[0], 'listing' | 'limit'>,
        (t: Training) => boolean,
      ][] = [
        [{ namespace: 'page-even' }, (t) => t.metadata.namespace === 'page-even'],
        [
          { namespace: 'page-odd', model: 'm1' },
          (t) => t.metadata.namespace === 'page-odd' && t.spec.model === 'm1',
        ],
        [{ phases: ['Failed', 'Running'] }, (t) => ['Failed', 'Running'].includes(t.status?.phase ?? '')],
        [
          { since, until },
          (t) =>
            Number(t.metadata.creationTimestamp) >= +since && Number(t.metadata.creationTimestamp) < +until,
        ],
      ];
      const mine = (uids: string[]) => uids.filter((u) => all.some((t) => t.metadata.uid === u));
      for (const limit of [1, 5, 7, 50]) {
        const everything = mine(
          await pageAll({ since: new Date(base), until: new Date(base + 3_600_000) }, limit),
        );
        expect(everything).toEqual(newestFirst.map((t) => t.metadata.uid));
        for (const [filter, keep] of cases) {
          expect(mine(await pageAll(filter, limit))).toEqual(
            newestFirst.filter(keep).map((t) => t.metadata.uid),
          );
        }
      }
      const first = await store.list({ listing: 'trainings', limit: 3, namespace: 'page-odd' });
      expect((first.items[0] as JobRecord).spec).toEqual({
        model: 'm3',
        template: 'demo-train',
        parameters: { epochs: '3' },
      });
    });

    it('marks rows of resources missing from a complete list as deleted', async () => {
      const kept = randomUUID();
      const gone = randomUUID();
      await store.upsertResource(training(kept, 'kept', { namespace: 'sweep' }));
      await store.upsertResource(training(gone, 'gone', { namespace: 'sweep' }));
      const everyPresent = (await store.list({ listing: 'trainings', limit: 500 })).items
        .filter((r) => r.deletedAt === null && r.uid !== gone)
        .map((r) => r.uid);
      expect(await store.markMissingDeleted('Training', everyPresent)).toBe(1);
      expect((await store.get({ listing: 'trainings', uid: gone }))?.deletedAt).toBeInstanceOf(Date);
      expect((await store.get({ listing: 'trainings', uid: kept }))?.deletedAt).toBeNull();
    });

    it('answers hostile history requests with 400 or harmlessly, and the tables survive', async () => {
      const server = await startHistoryServer(0, store, { caller: anyCaller });
      try {
        const before = await count(db, 'transitions');
        const get = async (path: string, init?: RequestInit) => {
          const response = await fetch(`${server.url}${path}`, init);
          return { status: response.status, body: (await response.json()) as Record<string, unknown> };
        };
        const hostile = [
          '/api/v1/trainings?cursor=not-a-cursor',
          `/api/v1/trainings?cursor=${Buffer.from('{"v":1,"l":"t","c":"x\'); drop table transitions;--","i":"a"}').toString('base64url')}`,
          '/api/v1/trainings?limit=1e9',
          '/api/v1/trainings?limit=-1',
          '/api/v1/trainings?limit=99999999999999999999',
          `/api/v1/trainings?phase=${encodeURIComponent("'; DROP TABLE transitions;--")}`,
          `/api/v1/trainings?namespace=${encodeURIComponent("x' OR '1'='1")}`,
          `/api/v1/predictions?model=${encodeURIComponent('m; DROP TABLE models')}`,
          '/api/v1/trainings?since=notadate',
          '/api/v1/trainings?until=2025-02-30',
          '/api/v1/models?phase=Running',
          '/api/v1/trainings?order=id;drop',
          `/api/v1/trainings/${encodeURIComponent("1' OR '1'='1")}`,
          '/api/v1/trainings/%E0%A4%A',
          '/api/v1/trainings/x/y?limit=1',
        ];
        for (const path of hostile) {
          const { status, body } = await get(path);
          expect([path, status]).toEqual([path, 400]);
          expect(body.error).toEqual(expect.any(String));
        }
        expect((await get('/api/v1/trainings', { method: 'DELETE' })).status).toBe(405);
        expect((await get(`/api/v1/trainings/${randomUUID()}`)).status).toBe(404);
        expect((await get('/api/v1/nothing')).status).toBe(404); // not the history API's path
        const ok = await get(`/api/v1/trainings?namespace=team-a&phase=Succeeded&limit=500`);
        expect(ok.status).toBe(200);
        expect(ok.body.items).toEqual(
          expect.arrayContaining([expect.objectContaining({ name: 'deleted-one' })]),
        );
        expect(await tables(db)).toEqual(AUDIT_TABLES);
        expect(await count(db, 'transitions')).toBe(before);
      } finally {
        await server.close();
      }
    });
  });
});
