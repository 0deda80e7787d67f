// Metric history in the audit store, on the real Postgres of the test stack (a fresh database per
// backend, dropped afterwards) and on embedded PGlite: migration 0005 applied to a database of the
// previous schema with history in it, idempotent re-inserts (an operator restart reads the file
// again), the per-(uid, attempt) cap and its dropped count, the read with thinning, the HTTP
// route's authorization, and retention pruning points with their resources.
import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { type Migration, Migrator } from 'kysely/migration';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../src/access/types.ts';
import type { Training } from '../../src/api/types.ts';
import { createDatabase, loadDatabaseConfig } from '../../src/audit/database.ts';
import { startHistoryServer } from '../../src/audit/history-api.ts';
import type { MetricHistory } from '../../src/audit/metric-history.ts';
import type { MetricPoint } from '../../src/audit/metric-points.ts';
import { keptIndices } from '../../src/audit/metric-thinning.ts';
import {
  COMPATIBILITY_TABLE,
  MIGRATION_LOCK_TABLE,
  MIGRATION_TABLE,
  migrateToLatest,
  migrations,
  OLDEST_COMPATIBLE,
} from '../../src/audit/migrations/index.ts';
import { pruneHistory } from '../../src/audit/retention.ts';
import type { AuditDatabase } from '../../src/audit/schema.ts';
import { AuditStore } from '../../src/audit/store.ts';
import { aTransition, freshPostgresDatabase } from '../support/audit-db.ts';

type Db = Kysely<AuditDatabase>;
const PREVIOUS = ['0001-initial', '0002-transition-order', '0003-model-version-objects', '0004-retention'];
const DAY = 86_400_000;
const T0 = Date.parse('2025-06-01T00:00:00Z');

interface Backend {
  name: string;
  open(): Promise<{ db: Db; close(): Promise<void> }>;
}
const backends: Backend[] = [
  {
    name: 'Postgres 15',
    async open() {
      const fresh = await freshPostgresDatabase('audit_metrics');
      const handle = await createDatabase(loadDatabaseConfig({ DATABASE_URL: fresh.url }));
      return {
        db: handle.db,
        close: async () => {
          await handle.close();
          await fresh.drop();
        },
      };
    },
  },
  {
    name: 'PGlite',
    async open() {
      const handle = await createDatabase(loadDatabaseConfig({}));
      return { db: handle.db, close: () => handle.close() };
    },
  },
];

function training(uid: string, namespace: string, name: string, created = new Date(T0)): Training {
  return {
    apiVersion: 'ml.hpc.dev/v1alpha1',
    kind: 'Training',
    metadata: { uid, name, namespace, creationTimestamp: created },
    spec: { model: 'resnet', template: 'demo-train' },
    status: { phase: 'Running', reason: 'Running' },
  };
}

/** `n` lines of a progress file (100 bytes each), each with loss and accuracy at step = line. */
function lines(
  uid: string,
  n: number,
  opts: { attempt?: number; from?: number; namespace?: string; name?: string; at?: number } = {},
): MetricPoint[] {
  const { attempt = 1, from = 0, namespace = 'team-a', name = 'train-1', at = T0 } = opts;
  return Array.from({ length: n }, (_, i) => i + from).flatMap((line) =>
    ['loss', 'accuracy'].map((metric) => ({
      uid,
      kind: 'Training' as const,
      namespace,
      name,
      attempt,
      metric,
      step: line,
      value: metric === 'loss' ? 1 / (line + 1) : line / (line + 1),
      at: new Date(at + line * 1000),
      lineOffset: line * 100,
    })),
  );
}

const countPoints = async (db: Db, uid?: string) =>
  Number(
    (
      await (uid === undefined
        ? db.selectFrom('metric_points')
        : db.selectFrom('metric_points').where('resource_uid', '=', uid)
      )
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe.each(backends)('metric history on $name', (backend) => {
  let db: Db;
  let close: () => Promise<void> = async () => {};
  let store: AuditStore;
  let oldUid: string;
  beforeAll(async () => {
    ({ db, close } = await backend.open());
    // A database as the previous release left it: its four migrations (without this build's
    // compatibility rows) and some history.
    const previous = new Migrator({
      db,
      migrationTableName: MIGRATION_TABLE,
      migrationLockTableName: MIGRATION_LOCK_TABLE,
      provider: {
        getMigrations: async () =>
          Object.fromEntries(PREVIOUS.map((name) => [name, migrations[name] as Migration])),
      },
    });
    const { error } = await previous.migrateToLatest();
    if (error) throw error;
    oldUid = randomUUID();
    store = new AuditStore(db, { maxMetricPointsPerResource: 2500 });
    await store.upsertResource(training(oldUid, 'team-a', 'from-before'));
    await store.recordTransitions([aTransition({ uid: oldUid, name: 'from-before', to: 'Pending' })]);
  });
  afterAll(() => close());

  it('migrates a database of the previous schema, keeping its history', async () => {
    expect(await migrateToLatest(db)).toEqual(['0005-metric-points']);
    expect(await migrateToLatest(db)).toEqual([]);
    const compat = await sql<{ migration: string; oldest: string }>`
      select migration, oldest_compatible_migration as oldest from ${sql.table(COMPATIBILITY_TABLE)}
      order by migration`.execute(db);
    expect(compat.rows).toEqual([...OLDEST_COMPATIBLE].map(([migration, oldest]) => ({ migration, oldest })));
    expect(OLDEST_COMPATIBLE.get('0005-metric-points')).toBe('0003-model-version-objects');
    const before = await store.get({ listing: 'trainings', uid: oldUid });
    expect(before?.transitions.map((t) => t.to)).toEqual(['Pending']);
    expect(await store.metricHistory({ listing: 'trainings', uid: oldUid })).toEqual({
      uid: oldUid,
      kind: 'Training',
      namespace: 'team-a',
      name: 'from-before',
      attempts: [],
      thinned: false,
      series: [],
    });
  });

  it('stores points once, however often the file is read again', async () => {
    const uid = randomUUID();
    await store.upsertResource(training(uid, 'team-a', 'again'));
    const points = lines(uid, 600, { name: 'again' }); // 1200 points: two statements
    expect(await store.recordMetricPoints([])).toEqual({ inserted: 0, dropped: 0, invalid: 0 });
    expect(await store.recordMetricPoints(points)).toEqual({ inserted: 1200, dropped: 0, invalid: 0 });
    expect(await store.recordMetricPoints(points)).toEqual({ inserted: 0, dropped: 0, invalid: 0 });
    // After a restart (nothing cached), from the start of the file, with new lines after the old.
    const restarted = new AuditStore(db, { maxMetricPointsPerResource: 2500 });
    const reread = [...points, ...lines(uid, 10, { from: 600, name: 'again' })];
    expect(await restarted.recordMetricPoints(reread)).toEqual({ inserted: 20, dropped: 0, invalid: 0 });
    // Duplicates within a batch, and malformed points, are harmless.
    const [first] = points;
    if (!first) throw new Error('unreachable');
    expect(
      await restarted.recordMetricPoints([first, first, { ...first, value: Number.NaN, lineOffset: 99_999 }]),
    ).toEqual({ inserted: 0, dropped: 0, invalid: 1 });
    expect(await countPoints(db, uid)).toBe(1220);
  });

  it('keeps at most the cap per (uid, attempt), the first lines, and counts what it dropped', async () => {
    const uid = randomUUID();
    await store.upsertResource(training(uid, 'team-a', 'runaway'));
    const file = lines(uid, 1500, { name: 'runaway' }); // 3000 points, cap 2500
    // Handed over in chunks as a reader tails the file: 1000 lines, then 500.
    expect(await store.recordMetricPoints(file.slice(0, 2000))).toEqual({
      inserted: 2000,
      dropped: 0,
      invalid: 0,
    });
    expect(await store.recordMetricPoints(file.slice(2000))).toEqual({
      inserted: 500,
      dropped: 500,
      invalid: 0,
    });
    expect(await store.recordMetricPoints(lines(uid, 5, { from: 1500, name: 'runaway' }))).toEqual({
      inserted: 0,
      dropped: 10,
      invalid: 0,
    });
    expect(await countPoints(db, uid)).toBe(2500);
    const kept = await db
      .selectFrom('metric_points')
      .select((eb) => eb.fn.max('line_offset').as('last'))
      .where('resource_uid', '=', uid)
      .executeTakeFirstOrThrow();
    expect(Number(kept.last)).toBe(1249 * 100); // the first 1250 lines, both metrics
    // Another attempt has a cap of its own.
    expect(await store.recordMetricPoints(lines(uid, 10, { attempt: 2, name: 'runaway' }))).toMatchObject({
      inserted: 20,
      dropped: 0,
    });
    // After a restart the whole file is read again: lines stored already are neither inserted
    // nor dropped, lines past the cap are dropped again, and nothing exceeds it.
    const restarted = new AuditStore(db, { maxMetricPointsPerResource: 2500 });
    expect(await restarted.recordMetricPoints(file)).toEqual({ inserted: 0, dropped: 500, invalid: 0 });
    expect(await restarted.recordMetricPoints(file)).toEqual({ inserted: 0, dropped: 500, invalid: 0 });
    // A single call over the cap from nothing, across statements.
    const single = randomUUID();
    await store.upsertResource(training(single, 'team-a', 'single'));
    const cold = new AuditStore(db, { maxMetricPointsPerResource: 1001 });
    expect(await cold.recordMetricPoints(lines(single, 1000))).toEqual({
      inserted: 1001,
      dropped: 999,
      invalid: 0,
    });
    expect(await countPoints(db, single)).toBe(1001);
    // Calls for the same key at once are taken one after the other: the cap still holds.
    const racing = randomUUID();
    await store.upsertResource(training(racing, 'team-a', 'racing'));
    const racer = new AuditStore(db, { maxMetricPointsPerResource: 1500 });
    const results = await Promise.all([
      racer.recordMetricPoints(lines(racing, 500)),
      racer.recordMetricPoints(lines(racing, 500, { from: 500 })),
    ]);
    expect(results.reduce((sum, r) => sum + r.inserted, 0)).toBe(1500);
    expect(results.reduce((sum, r) => sum + r.dropped, 0)).toBe(500);
    expect(await countPoints(db, racing)).toBe(1500);
  });

  it('reads each series in step order, thinned evenly with the first and the last', async () => {
    const uid = randomUUID();
    await store.upsertResource(training(uid, 'team-a', 'long', new Date(T0 - DAY)));
    // Out of order on purpose (the file of a resumed job): the series is in step order.
    const points = lines(uid, 1200, { name: 'long' }).reverse();
    await store.recordMetricPoints(points);
    await store.recordMetricPoints([
      ...lines(uid, 3, { attempt: 2, name: 'long' }),
      // Without a step: after the stepped points, in the order reported.
      {
        ...(lines(uid, 1, { attempt: 2, name: 'long' })[0] as MetricPoint),
        step: null,
        lineOffset: 900,
        at: new Date(T0 + 9e6),
      },
      {
        ...(lines(uid, 1, { attempt: 2, name: 'long' })[0] as MetricPoint),
        step: null,
        lineOffset: 800,
        at: new Date(T0 + 8e6),
      },
    ]);

    const all = (await store.metricHistory({
      listing: 'trainings',
      namespace: 'team-a',
      name: 'long',
    })) as MetricHistory;
    expect(all).toMatchObject({ uid, attempts: [1, 2], thinned: true });
    expect(all.series.map((s) => [s.attempt, s.metric, s.count, s.thinned, s.points.length])).toEqual([
      [1, 'accuracy', 1200, true, 1000],
      [1, 'loss', 1200, true, 1000],
      [2, 'accuracy', 3, false, 3],
      [2, 'loss', 5, false, 5],
    ]);
    const loss = all.series[1];
    expect(loss?.points.map((p) => p.step)).toEqual(keptIndices(1200, 1000));
    expect(loss?.points[0]).toEqual({ step: 0, value: 1, at: new Date(T0).toISOString() });
    expect(loss?.points.at(-1)).toEqual({
      step: 1199,
      value: 1 / 1200,
      at: new Date(T0 + 1199_000).toISOString(),
    });
    expect(all.series[3]?.points.map((p) => [p.step, p.at])).toEqual([
      [0, new Date(T0).toISOString()],
      [1, new Date(T0 + 1000).toISOString()],
      [2, new Date(T0 + 2000).toISOString()],
      [null, new Date(T0 + 8e6).toISOString()],
      [null, new Date(T0 + 9e6).toISOString()],
    ]);

    const some = await store.metricHistory(
      { listing: 'trainings', uid },
      { metric: 'loss', attempt: 1, limit: 7 },
    );
    expect(some?.attempts).toEqual([1, 2]); // every attempt, whatever the filter
    expect(some?.series.map((s) => [s.metric, s.attempt])).toEqual([['loss', 1]]);
    expect(some?.series[0]?.points.map((p) => p.step)).toEqual(keptIndices(1200, 7));
    expect(some?.series[0]?.points.map((p) => p.step)).toEqual([0, 199, 399, 599, 799, 999, 1199]);
    expect(
      (await store.metricHistory({ listing: 'trainings', uid }, { metric: 'loss', limit: 10_000 }))?.thinned,
    ).toBe(false);
    expect((await store.metricHistory({ listing: 'trainings', uid }, { metric: 'nope' }))?.series).toEqual(
      [],
    );

    // By name, the Training created last; by uid, exactly that one; another kind, nothing.
    const newer = randomUUID();
    await store.upsertResource(training(newer, 'team-a', 'long', new Date(T0)));
    expect(
      (await store.metricHistory({ listing: 'trainings', namespace: 'team-a', name: 'long' }))?.uid,
    ).toBe(newer);
    expect((await store.metricHistory({ listing: 'trainings', uid }))?.series).toHaveLength(4);
    expect(await store.metricHistory({ listing: 'predictions', uid })).toBeNull();
    expect(await store.metricHistory({ listing: 'trainings', uid: randomUUID() })).toBeNull();
  });

  it('serves it over HTTP to callers who may get the record, as the record is authorized', async () => {
    const mine = randomUUID();
    const theirs = randomUUID();
    await store.upsertResource(training(mine, 'team-a', 'served'));
    await store.upsertResource(training(theirs, 'team-b', 'served'));
    await store.recordMetricPoints([
      ...lines(mine, 20, { name: 'served' }),
      ...lines(theirs, 20, { namespace: 'team-b', name: 'served' }),
    ]);
    const teamA: Caller = {
      user: { username: 'user-a', groups: [] },
      can: async (a) =>
        'resource' in a && a.verb === 'get' && a.resource === 'trainings' && a.namespace === 'team-a',
    };
    const server = await startHistoryServer(0, store, { caller: teamA });
    const get = async (path: string) => {
      const response = await fetch(`${server.url}${path}`);
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    try {
      const byName = await get('/api/v1/trainings/team-a/served/metrics?metric=loss&limit=5');
      expect(byName.status).toBe(200);
      expect(byName.body).toMatchObject({ uid: mine, attempts: [1], thinned: true });
      expect((byName.body.series as { points: unknown[] }[])[0]?.points).toHaveLength(5);
      expect((await get(`/api/v1/trainings/${mine}/metrics`)).status).toBe(200);
      expect((await get('/api/v1/trainings/team-b/served/metrics')).status).toBe(403);
      expect((await get(`/api/v1/trainings/${theirs}/metrics`)).status).toBe(404);
      expect((await get(`/api/v1/trainings/${randomUUID()}/metrics`)).status).toBe(404);
      expect((await get('/api/v1/trainings/team-a/never-recorded/metrics')).status).toBe(404);
      expect((await get('/api/v1/trainings/team-a/served/metrics?limit=1')).status).toBe(400);
      // Another handler's route: not answered here (the test server's own 404).
      expect(await get('/api/v1/trainings/team-a/served/log')).toEqual({
        status: 404,
        body: { error: 'not found' },
      });
    } finally {
      await server.close();
    }
  });

  it('prunes the points of pruned resources in batches, and orphaned old points', async () => {
    const cutoff = new Date(T0 + 100 * DAY);
    const pruned = randomUUID();
    const live = randomUUID();
    const recent = randomUUID();
    const orphanOld = randomUUID();
    const orphanNew = randomUUID();
    await store.upsertResources([
      {
        resource: training(pruned, 'prune', 'gone'),
        observedAt: new Date(T0),
        deletedAt: new Date(T0 + DAY),
      },
      { resource: training(live, 'prune', 'live'), observedAt: new Date(T0) },
      {
        resource: training(recent, 'prune', 'recent'),
        observedAt: new Date(T0),
        deletedAt: new Date(T0 + 200 * DAY),
      },
    ]);
    for (const [uid, at] of [
      [pruned, T0],
      [live, T0],
      [recent, T0],
      [orphanOld, T0],
      [orphanNew, T0 + 150 * DAY],
    ] as const)
      await store.recordMetricPoints(lines(uid, 260, { namespace: 'prune', at })); // 520 points each
    const before = await countPoints(db);
    const counts = await pruneHistory(db, cutoff, { batchSize: 2, metricBatchSize: 100, pauseMs: 0 });
    expect(counts).toMatchObject({ trainings: 1, metric_points: 2 * 520 });
    expect(await countPoints(db)).toBe(before - 2 * 520);
    for (const [uid, left] of [
      [pruned, 0],
      [orphanOld, 0],
      [live, 520],
      [recent, 520],
      [orphanNew, 520],
    ] as const)
      expect([uid, await countPoints(db, uid)]).toEqual([uid, left]);
    expect(await store.metricHistory({ listing: 'trainings', uid: pruned })).toBeNull();
    expect(
      (await pruneHistory(db, cutoff, { batchSize: 2, metricBatchSize: 100, pauseMs: 0 })).metric_points,
    ).toBe(0);
  });
});
