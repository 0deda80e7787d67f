// Retention (AUDIT_RETENTION=90d) on the real Postgres of the test stack and on PGlite: old and new
// history side by side, and after a run exactly the old is gone. A resource deleted before the
// cutoff goes whole (row, transitions, Slurm jobs), in batches; one deleted since, or still in
// Kubernetes however old, stays whole. Versions go when their object was deleted before the cutoff,
// legacy rows once no Model of their name is left. transitions stays append-only otherwise.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobResource, Model } from '../../src/api/types.ts';
import { type Audit, loadDatabaseConfig, openAudit } from '../../src/audit/index.ts';
import type { Transition } from '../../src/audit/sink.ts';
import { OperatorMetrics } from '../../src/observability/metrics.ts';
import { type FreshDatabase, freshPostgresDatabase, logRecorder, until } from '../support/audit-db.ts';

const DAY = 86_400_000;
const now = Date.now();
const daysAgo = (n: number) => new Date(now - n * DAY);
const OLD_DELETED = 120; // with batches of 50: three transactions for the trainings alone

function job(kind: 'Training' | 'Prediction', name: string, created: Date, jobId: number): JobResource {
  return {
    apiVersion: 'ml.hpc.dev/v1alpha1',
    kind,
    metadata: { uid: randomUUID(), name, namespace: 'team-a', creationTimestamp: created },
    spec: { model: 'resnet', template: 'demo-train' },
    status: { phase: 'Succeeded', reason: 'Succeeded', slurm: { cluster: 'lab', jobId, state: 'COMPLETED' } },
  } as JobResource;
}

function model(name: string, created: Date): Model {
  return {
    apiVersion: 'ml.hpc.dev/v1alpha1',
    kind: 'Model',
    metadata: { uid: randomUUID(), name, namespace: 'team-a', creationTimestamp: created },
    spec: {},
  } as Model;
}

const transitions = (r: JobResource, at: Date): Transition[] =>
  [
    [null, 'Pending'],
    ['Pending', 'Succeeded'],
  ].map(([from, to], i) => ({
    kind: r.kind,
    namespace: 'team-a',
    name: r.metadata.name ?? '',
    uid: r.metadata.uid ?? '',
    from: from ?? null,
    to: to ?? 'Pending',
    reason: to ?? '',
    message: '',
    slurmState: null,
    slurmJobId: null,
    cluster: 'lab',
    at: new Date(at.getTime() + i * 1000),
  }));

interface Backend {
  name: string;
  setup(): Promise<{ env: Record<string, string>; drop(): Promise<void> }>;
}
const backends: Backend[] = [
  {
    name: 'Postgres 15',
    async setup() {
      const db: FreshDatabase = await freshPostgresDatabase();
      return { env: { DATABASE_URL: db.url }, drop: db.drop };
    },
  },
  { name: 'PGlite', setup: async () => ({ env: {}, drop: async () => {} }) },
];

describe.each(backends)('retention on $name', (backend) => {
  let audit: Audit;
  let drop: () => Promise<void> = async () => {};
  const { log, lines } = logRecorder();
  const metrics = new OperatorMetrics();
  const uidOf = (r: { metadata: { uid?: string } }) => r.metadata.uid ?? '';

  const oldDeleted = Array.from({ length: OLD_DELETED }, (_, i) =>
    job('Training', `old-${i}`, daysAgo(140), 100 + i),
  );
  const liveAncient = job('Training', 'live-ancient', daysAgo(200), 1);
  const recentlyDeleted = job('Training', 'recently-deleted', daysAgo(130), 2);
  const oldPrediction = job('Prediction', 'old-prediction', daysAgo(100), 3);
  const edgePrediction = job('Prediction', 'edge-prediction', daysAgo(100), 4);
  const goneModel = model('gone', daysAgo(300));
  const liveModel = model('kept', daysAgo(300));
  const versions = {
    goneDeleted: { uid: randomUUID(), model: 'gone', deleted_at: daysAgo(100) },
    goneLegacy: { uid: null, model_id: uidOf(goneModel), model: 'gone', deleted_at: null },
    goneLive: { uid: randomUUID(), model: 'gone', deleted_at: null },
    keptDeleted: { uid: randomUUID(), model: 'kept', deleted_at: daysAgo(100) },
    keptLegacy: { uid: null, model_id: uidOf(liveModel), model: 'kept', deleted_at: null },
    keptLive: { uid: randomUUID(), model: 'kept', deleted_at: null },
  };

  beforeAll(async () => {
    const setup = await backend.setup();
    drop = setup.drop;
    audit = await openAudit(loadDatabaseConfig({ ...setup.env, AUDIT_RETENTION: '90d' }), {
      log,
      retention: { batchSize: 50, intervalMs: 3_600_000 },
    });
    await audit.schema.ensure();
    metrics.bindAudit(() => audit.stats());
    const { store } = audit;
    const deleted = (r: JobResource | Model, at: Date) => ({ resource: r, observedAt: at, deletedAt: at });
    await store.recordTransitions(
      [...oldDeleted, liveAncient, recentlyDeleted, oldPrediction, edgePrediction].flatMap((r) =>
        transitions(r, daysAgo(r === liveAncient ? 200 : 130)),
      ),
    );
    await store.upsertResources([
      ...oldDeleted.map((r) => deleted(r, daysAgo(95))),
      { resource: liveAncient, observedAt: daysAgo(1) },
      deleted(recentlyDeleted, daysAgo(10)),
      deleted(oldPrediction, daysAgo(91)),
      deleted(edgePrediction, daysAgo(89)),
      deleted(goneModel, daysAgo(100)),
      { resource: liveModel, observedAt: daysAgo(1) },
    ]);
    await audit.handle.db
      .insertInto('model_versions')
      .values(
        Object.values(versions).map((v, i) => ({
          model_id: null,
          ...v,
          namespace: 'team-a',
          version: i + 1,
          path: `/models/${v.model}/v${i + 1}`,
          created_at: daysAgo(200),
        })),
      )
      .execute();
  });

  afterAll(async () => {
    await audit?.close(1000);
    await drop();
  });

  it('refuses DELETE and UPDATE of transitions outside a prune, as before', async () => {
    const db = audit.handle.db;
    await expect(sql`delete from transitions`.execute(db)).rejects.toMatchObject({ code: '42501' });
    await expect(
      db.transaction().execute(async (trx) => {
        await sql`select set_config('slurm_ml.prune', 'on', true)`.execute(trx);
        await sql`update transitions set message = 'rewritten'`.execute(trx);
      }),
    ).rejects.toMatchObject({ code: '42501' });
    const count = await sql<{ n: number }>`select count(*)::int as n from transitions`.execute(db);
    expect(count.rows[0]?.n).toBe((OLD_DELETED + 4) * 2);
  });

  it('prunes exactly the history deleted before the cutoff, in batches, once at start', async () => {
    audit.startRetention();
    await until('the first run', () => lines.some((l) => l.msg === 'audit retention: history pruned'));
    await audit.stopRetention();
    expect(audit.stats().pruned).toEqual({
      trainings: OLD_DELETED,
      predictions: 1,
      models: 1,
      model_versions: 3,
      transitions: (OLD_DELETED + 1) * 2,
      slurm_jobs: OLD_DELETED + 1,
      metric_points: 0, // none recorded here (audit-metrics.test.ts prunes them)
    });

    const db = audit.handle.db;
    const ids = async (table: 'trainings' | 'predictions' | 'models') =>
      (await db.selectFrom(table).select('id').execute()).map((r) => r.id).sort();
    expect(await ids('trainings')).toEqual([uidOf(liveAncient), uidOf(recentlyDeleted)].sort());
    expect(await ids('predictions')).toEqual([uidOf(edgePrediction)]);
    expect(await ids('models')).toEqual([uidOf(liveModel)]);
    const kept = [liveAncient, recentlyDeleted, edgePrediction].map(uidOf).sort();
    const transitionOwners = await db.selectFrom('transitions').select('resource_uid').distinct().execute();
    expect(transitionOwners.map((r) => r.resource_uid).sort()).toEqual(kept);
    const jobOwners = await db.selectFrom('slurm_jobs').select('resource_uid').execute();
    expect(jobOwners.map((r) => r.resource_uid).sort()).toEqual(kept);
    const versionRows = await db.selectFrom('model_versions').select(['uid', 'model', 'model_id']).execute();
    expect(versionRows.map((v) => v.uid ?? `legacy:${v.model}`).sort()).toEqual(
      [versions.goneLive.uid, versions.keptLive.uid, 'legacy:kept'].sort(),
    );

    // What the history API serves: whole records or none.
    const ancient = await audit.store.get({ listing: 'trainings', uid: uidOf(liveAncient) });
    expect(ancient?.transitions.map((t) => t.to)).toEqual(['Pending', 'Succeeded']);
    expect(
      await audit.store.get({ listing: 'trainings', uid: uidOf(oldDeleted[0] ?? liveAncient) }),
    ).toBeNull();
    const kept2 = await audit.store.get({ listing: 'models', uid: uidOf(liveModel) });
    expect(kept2 && 'versions' in kept2 ? kept2.versions.map((v) => v.version) : []).toEqual([5, 6]);

    const pruned = await metrics.registry.getSingleMetricAsString('slurm_ml_audit_pruned_rows_total');
    expect(pruned).toContain(
      `slurm_ml_audit_pruned_rows_total{table="transitions"} ${(OLD_DELETED + 1) * 2}`,
    );
    expect(lines.filter((l) => l.level === 'warn')).toEqual([]);
  });

  it('finds nothing more to prune on the next run', async () => {
    const before = audit.stats().pruned;
    audit.startRetention();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await audit.stopRetention();
    expect(audit.stats().pruned).toEqual(before);
  });
});
