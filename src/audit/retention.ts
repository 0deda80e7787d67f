// Retention (AUDIT_RETENTION): the history of a resource deleted from Kubernetes longer ago than
// the retention is pruned whole: its row, every transition and Slurm job of it, in one
// transaction, so the history API never shows a record with part of its transitions. A resource
// that still exists keeps its history however old (the leader's resync would bring it back from
// status.phaseHistory anyway). Model versions go once their object was deleted before the cutoff;
// rows from the legacy status.versions list once no Model of their name is left and they were
// created before it. Bounded: batches of `batchSize` resources, each a short transaction of its
// own, a pause between them. Only the leader prunes, once at start and then every interval.
// Metric points (migration 0005) go with their resource: first, in batches of their own (a
// resource can hold 100,000 per attempt, too many for one short transaction), the points of the
// resources about to be pruned; then the resources whole; last, orphaned points (no row of their
// resource, e.g. left by an older build's retention) once none of them is newer than the cutoff.
import { setTimeout as sleep } from 'node:timers/promises';
import { type Kysely, sql } from 'kysely';
import type { AuditLog } from './error-log.ts';
import { describeAuditError } from './errors.ts';
import { PRUNE_SETTING } from './migrations/0004-retention.ts';
import type { AuditDatabase } from './schema.ts';

export type PrunedTable =
  | 'trainings'
  | 'predictions'
  | 'models'
  | 'model_versions'
  | 'transitions'
  | 'slurm_jobs'
  | 'metric_points';
export type PruneCounts = Record<PrunedTable, number>;

/** Nothing pruned yet, in every table. */
export const noPrunes = (): PruneCounts => ({
  trainings: 0,
  predictions: 0,
  models: 0,
  model_versions: 0,
  transitions: 0,
  slurm_jobs: 0,
  metric_points: 0,
});

export function addCounts(total: PruneCounts, more: PruneCounts): void {
  for (const table of Object.keys(more) as PrunedTable[]) total[table] += more[table];
}

/** History of resources deleted before this instant is pruned. */
export function retentionCutoff(now: Date, retentionMs: number): Date {
  return new Date(now.getTime() - retentionMs);
}

export interface PruneOptions {
  /** Resources (or version rows) per transaction (default 500). */
  batchSize?: number;
  /** Metric points per transaction (default 10,000). */
  metricBatchSize?: number;
  /** Pause between transactions, so writers get the tables between them (default 10 ms). */
  pauseMs?: number;
  /** Checked between batches: stop early (e.g. the replica is shutting down). */
  shouldStop?: () => boolean;
}

type Db = Kysely<AuditDatabase>;
const deleted = (result: { numDeletedRows: bigint }) => Number(result.numDeletedRows);

/** Prunes everything older than the cutoff, batch by batch; returns the rows removed per table. */
export async function pruneHistory(db: Db, cutoff: Date, options: PruneOptions = {}): Promise<PruneCounts> {
  const { batchSize = 500, metricBatchSize = 10_000, pauseMs = 10, shouldStop = () => false } = options;
  const counts = noPrunes();
  // Each step: one batch in one transaction, repeated until a batch finds fewer than its size.
  const steps: [size: number, prune: (trx: Db, batch: PruneCounts) => Promise<number>][] = [
    [metricBatchSize, (trx, batch) => pruneMetricPoints(trx, cutoff, batchSize, metricBatchSize, batch)],
    [batchSize, (trx, batch) => pruneResources(trx, 'trainings', cutoff, batchSize, batch)],
    [batchSize, (trx, batch) => pruneResources(trx, 'predictions', cutoff, batchSize, batch)],
    [batchSize, (trx, batch) => pruneResources(trx, 'models', cutoff, batchSize, batch)],
    [batchSize, (trx, batch) => pruneVersions(trx, cutoff, batchSize, batch)],
    [
      metricBatchSize,
      (trx, batch) => pruneOrphanMetricPoints(trx, cutoff, batchSize, metricBatchSize, batch),
    ],
  ];
  for (const [size, prune] of steps) {
    for (;;) {
      if (shouldStop()) return counts;
      const batch = noPrunes();
      const found = await db.transaction().execute(async (trx) => {
        // transitions is append-only; its trigger lets this transaction, and only it, delete.
        await sql`select set_config(${PRUNE_SETTING}, 'on', true)`.execute(trx);
        return prune(trx, batch);
      });
      addCounts(counts, batch); // counted once committed
      if (found < size) break;
      if (pauseMs > 0) await sleep(pauseMs);
    }
  }
  return counts;
}

/** One batch of resources deleted before the cutoff, with their transitions and Slurm jobs. */
async function pruneResources(
  trx: Db,
  table: 'trainings' | 'predictions' | 'models',
  cutoff: Date,
  batchSize: number,
  counts: PruneCounts,
): Promise<number> {
  const rows = await trx
    .selectFrom(table as 'trainings')
    .select('id')
    .where('deleted_at', '<', cutoff)
    .orderBy('deleted_at')
    .limit(batchSize)
    .forUpdate()
    .execute();
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return 0;
  counts.transitions += deleted(
    await trx.deleteFrom('transitions').where('resource_uid', 'in', ids).executeTakeFirst(),
  );
  if (table !== 'models') {
    counts.slurm_jobs += deleted(
      await trx.deleteFrom('slurm_jobs').where('resource_uid', 'in', ids).executeTakeFirst(),
    );
    // Normally none are left (pruneMetricPoints ran first); a few may have arrived since.
    counts.metric_points += deleted(
      await trx.deleteFrom('metric_points').where('resource_uid', 'in', ids).executeTakeFirst(),
    );
  }
  counts[table] += deleted(
    await trx
      .deleteFrom(table as 'trainings')
      .where('id', 'in', ids)
      .executeTakeFirst(),
  );
  return ids.length;
}

/** Deletes up to `rows` metric points of these resources (by physical row id: no key to page by). */
async function deleteMetricPoints(trx: Db, uids: string[], rows: number): Promise<number> {
  if (uids.length === 0) return 0;
  const result = await sql`
    delete from metric_points where ctid = any(array(
      select ctid from metric_points where resource_uid = any(${uids}::uuid[]) limit ${rows}
    ))`.execute(trx);
  return Number(result.numAffectedRows ?? 0);
}

/**
 * One batch of the metric points of Trainings and Predictions deleted before the cutoff (found
 * through the partial indexes on deleted_at, then the points' primary key), ahead of the resources.
 */
async function pruneMetricPoints(
  trx: Db,
  cutoff: Date,
  resources: number,
  rows: number,
  counts: PruneCounts,
): Promise<number> {
  const owners = await sql<{ id: string }>`
    (select id from trainings t where deleted_at < ${cutoff}
      and exists (select 1 from metric_points p where p.resource_uid = t.id) limit ${resources})
    union all
    (select id from predictions t where deleted_at < ${cutoff}
      and exists (select 1 from metric_points p where p.resource_uid = t.id) limit ${resources})`.execute(
    trx,
  );
  const removed = await deleteMetricPoints(
    trx,
    owners.rows.map((r) => r.id),
    rows,
  );
  counts.metric_points += removed;
  return removed;
}

/**
 * One batch of metric points whose resource has no row (pruned by a build that did not know them,
 * or never recorded) and none of whose points is newer than the cutoff. The resources are found
 * by a loose scan of the points' primary key: one probe per resource, not a read of every point.
 */
async function pruneOrphanMetricPoints(
  trx: Db,
  cutoff: Date,
  resources: number,
  rows: number,
  counts: PruneCounts,
): Promise<number> {
  const orphans = await sql<{ uid: string }>`
    with recursive u(uid) as (
      (select resource_uid from metric_points order by resource_uid limit 1)
      union all
      select (
        select p.resource_uid from metric_points p where p.resource_uid > u.uid
        order by p.resource_uid limit 1
      ) from u where u.uid is not null
    )
    select uid from u
    where uid is not null
      and not exists (select 1 from trainings t where t.id = u.uid)
      and not exists (select 1 from predictions r where r.id = u.uid)
      and not exists (select 1 from metric_points p where p.resource_uid = u.uid and p.recorded_at >= ${cutoff})
    limit ${resources}`.execute(trx);
  const removed = await deleteMetricPoints(
    trx,
    orphans.rows.map((r) => r.uid),
    rows,
  );
  counts.metric_points += removed;
  return removed;
}

/** Version rows: objects deleted before the cutoff; legacy rows older than it whose Model is gone. */
async function pruneVersions(trx: Db, cutoff: Date, batchSize: number, counts: PruneCounts): Promise<number> {
  const rows = await trx
    .selectFrom('model_versions as v')
    .select('v.id')
    .where((eb) =>
      eb.or([
        eb('v.deleted_at', '<', cutoff),
        eb.and([
          eb('v.uid', 'is', null),
          eb('v.created_at', '<', cutoff),
          eb.not(
            eb.exists(
              eb
                .selectFrom('models as m')
                .select(sql.lit(1).as('one'))
                .whereRef('m.namespace', '=', 'v.namespace')
                .whereRef('m.name', '=', 'v.model'),
            ),
          ),
        ]),
      ]),
    )
    .limit(batchSize)
    .forUpdate()
    .execute();
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return 0;
  counts.model_versions += deleted(
    await trx.deleteFrom('model_versions').where('id', 'in', ids).executeTakeFirst(),
  );
  return ids.length;
}

export interface RetentionOptions extends PruneOptions {
  retentionMs: number;
  /** Between runs (default 1 h); the first run starts at once. */
  intervalMs?: number;
  /** Resolves once the schema is ready (the SchemaGate). */
  ready: () => Promise<void>;
  log?: AuditLog;
  now?: () => Date;
}

/** Prunes once at start() and then every interval, until stop(). */
export class RetentionPruner {
  private readonly db: Db;
  private readonly options: RetentionOptions;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private started = false;
  /** Set by stop(): a run in progress ends after its current batch. */
  private halted = false;
  /** Rows removed per table since the process started. */
  readonly pruned: PruneCounts = noPrunes();

  constructor(db: Db, options: RetentionOptions) {
    this.db = db;
    this.options = options;
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    this.halted = false;
    void this.tick();
    this.timer = setInterval(() => void this.tick(), this.options.intervalMs ?? 3_600_000);
    this.timer.unref();
  }

  /** Stops the interval; a run in progress ends after its current batch. */
  async stop(): Promise<void> {
    this.started = false;
    this.halted = true;
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** One run now (the interval's runs call this); rejects when the schema is not ready or a batch fails. */
  async runOnce(): Promise<PruneCounts> {
    await this.options.ready();
    const cutoff = retentionCutoff(this.options.now?.() ?? new Date(), this.options.retentionMs);
    const counts = await pruneHistory(this.db, cutoff, {
      ...this.options,
      shouldStop: () => this.halted || (this.options.shouldStop?.() ?? false),
    });
    addCounts(this.pruned, counts);
    if (Object.values(counts).some((n) => n > 0))
      this.options.log?.info({ cutoff, pruned: counts }, 'audit retention: history pruned');
    return counts;
  }

  private async tick(): Promise<void> {
    if (this.running || !this.started) return;
    this.running = this.runOnce().then(
      () => {},
      (error: unknown) =>
        // One line per run at most (hourly); the next run tries again.
        this.options.log?.warn(
          { err: error },
          `audit retention: pruning failed (${describeAuditError(error)}); next run in an interval`,
        ),
    );
    await this.running;
    this.running = undefined;
  }
}
