// The audit store: idempotent writes (a retried write changes nothing) and the history queries.
// Inside a transaction every query goes through `trx` (on PGlite a query on `db` there deadlocks).
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Listing } from './cursor.ts';
import { type MetricHistory, type MetricQuery, type MetricRef, readMetricHistory } from './metric-history.ts';
import { type MetricPoint, MetricPointWriter, type MetricWriteResult } from './metric-points.ts';
import {
  getResource,
  type HistoryRef,
  type JobHistory,
  type ListFilter,
  type ListPage,
  listResources,
  type ModelHistory,
  type ResourceHistory,
  recordedNamespaces,
} from './queries.ts';
import {
  type AuditedResource,
  historyTransitions,
  isJobResource,
  isUuid,
  jobRowFromTransition,
  tableOf,
  transitionRow,
} from './rows.ts';
import type { AuditDatabase, NewModelVersion, NewSlurmJob } from './schema.ts';
import type { Transition } from './sink.ts';
import {
  inSlices,
  latestBy,
  type ResourceSnapshot,
  upsertJobRows,
  upsertModelVersions,
  upsertSlurmJobs,
  upsertSnapshots,
} from './upserts.ts';

export type { ResourceSnapshot } from './upserts.ts';

type Tx = Transaction<AuditDatabase>;

export class InvalidTransitionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidTransitionError';
  }
}

const sameJob = (a: number | string | null, b: number | string | null) =>
  (a === null ? null : Number(a)) === (b === null ? null : Number(b));

export interface AuditStoreOptions {
  replica?: string;
  now?: () => Date;
  /** At most this many metric points per (resource uid, attempt); default 100,000 (metric-points.ts). */
  maxMetricPointsPerResource?: number;
}

export class AuditStore {
  readonly db: Kysely<AuditDatabase>;
  readonly replica: string | null;
  private readonly now: () => Date;
  private readonly metricPoints: MetricPointWriter;

  constructor(db: Kysely<AuditDatabase>, options: AuditStoreOptions = {}) {
    this.db = db;
    this.replica = options.replica ?? null;
    this.now = options.now ?? (() => new Date());
    this.metricPoints = new MetricPointWriter(db, { maxPerResource: options.maxMetricPointsPerResource });
  }

  /**
   * Stores metric points (hand them over in the order of their file: the cap keeps the first);
   * a point stored before is not stored again. Malformed points are skipped and counted as
   * `invalid`; points over the cap of their (uid, attempt) are counted as `dropped`. Throws when
   * the database fails: read the lines again later (nothing is kept in memory).
   */
  recordMetricPoints(points: readonly MetricPoint[]): Promise<MetricWriteResult> {
    if (points.length === 0) return Promise.resolve({ inserted: 0, dropped: 0, invalid: 0 });
    return this.metricPoints.record(points);
  }

  /** One Training's or Prediction's metric series (null when no such resource is recorded). */
  metricHistory(ref: MetricRef, query: MetricQuery = {}): Promise<MetricHistory | null> {
    return readMetricHistory(this.db, ref, query);
  }

  async recordTransition(t: Transition): Promise<boolean> {
    return (await this.recordTransitions([t])) === 1;
  }

  /**
   * Stores transitions; returns how many were new. A transition already stored (same resource,
   * from, to and time) is skipped, and so is one a resync already wrote in its stead.
   */
  async recordTransitions(transitions: readonly Transition[]): Promise<number> {
    const bad = transitions.find(
      (t) => !isUuid(t.uid) || !(t.at instanceof Date) || Number.isNaN(t.at.getTime()),
    );
    if (bad)
      throw new InvalidTransitionError(`transition of ${bad.kind} ${bad.name} has no valid uid or time`);
    if (transitions.length === 0) return 0;
    const recordedAt = this.now();
    return this.db.transaction().execute(async (trx) => {
      const rows = await this.withoutResynced(trx, transitions);
      if (rows.length === 0) return 0;
      let inserted = 0;
      await inSlices(rows, async (slice) => {
        const added = await trx
          .insertInto('transitions')
          .values(slice.map((t) => transitionRow(t, this.replica, 'operator', recordedAt)))
          .onConflict((oc) => oc.column('idempotency_key').doNothing())
          .returning('id')
          .execute();
        inserted += added.length;
      });
      for (const kind of ['Training', 'Prediction'] as const) {
        const latest = latestBy(
          rows.filter((t) => t.kind === kind),
          (t) => t.uid,
          (t) => t.at.getTime(),
        );
        await upsertJobRows(trx, tableOf(kind), latest.map(jobRowFromTransition), false);
      }
      return inserted;
    });
  }

  /** Drops transitions a resync wrote before they arrived (same resource, phase and job, earlier). */
  private async withoutResynced(trx: Tx, transitions: readonly Transition[]): Promise<Transition[]> {
    const uids = [...new Set(transitions.map((t) => t.uid))];
    const resynced = await trx
      .selectFrom('transitions')
      .select(['resource_uid', 'to_phase', 'slurm_job_id', 'recorded_at'])
      .where('source', '=', 'resync')
      .where('resource_uid', 'in', uids)
      .execute();
    if (resynced.length === 0) return [...transitions];
    return transitions.filter(
      (t) =>
        !resynced.some(
          (s) =>
            s.resource_uid === t.uid &&
            s.to_phase === t.to &&
            sameJob(s.slurm_job_id, t.slurmJobId) &&
            t.at.getTime() <= s.recorded_at.getTime(),
        ),
    );
  }

  async upsertResource(resource: AuditedResource, observedAt = this.now()): Promise<void> {
    await this.upsertResources([{ resource, observedAt }]);
  }

  /** Last known state of resources (and their Slurm jobs and model versions); older snapshots lose. */
  async upsertResources(snapshots: readonly ResourceSnapshot[]): Promise<void> {
    const valid = snapshots.filter((s) => isUuid(s.resource.metadata.uid));
    if (valid.length === 0) return;
    await this.db.transaction().execute((trx) => upsertSnapshots(trx, valid));
  }

  async markDeleted(kind: AuditedResource['kind'], uid: string, at = this.now()): Promise<boolean> {
    if (!isUuid(uid)) return false;
    const { table, key } = rowsOf(kind);
    const result = await this.db
      .updateTable(table as 'models')
      .set({ deleted_at: sql<Date>`coalesce(deleted_at, ${at})` })
      .where(key as 'id', '=', uid)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** After a restart with a complete list: rows of `kind` not in it were deleted while nobody watched. */
  async markMissingDeleted(kind: AuditedResource['kind'], presentUids: readonly string[], at = this.now()) {
    const { table, key } = rowsOf(kind);
    const present = JSON.stringify(presentUids.filter(isUuid));
    let query = this.db
      .updateTable(table as 'models')
      .set({ deleted_at: at })
      .where('deleted_at', 'is', null)
      .where(
        sql<boolean>`${sql.ref(key)}::text not in (select jsonb_array_elements_text(${present}::jsonb))`,
      );
    // Rows of the legacy version list have no object of their own to be missing.
    if (kind === 'ModelVersion') query = query.where(sql.ref('uid'), 'is not', null);
    const result = await query.executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  async upsertModelVersion(row: NewModelVersion): Promise<void> {
    await upsertModelVersions(this.db, [row]);
  }

  async upsertSlurmJob(row: NewSlurmJob): Promise<void> {
    await upsertSlurmJobs(this.db, [row]);
  }

  /**
   * Rebuilds what may be missing for one resource from its status as seen at `observedAt`: its
   * row, its Slurm job and model versions, and every transition of status.phaseHistory not stored
   * yet (each with the instant the status writer recorded, so one already stored is skipped by its
   * key). Every phase change writes the history, so a resource without one has no transition to
   * add. Running it again changes nothing. Returns whether a transition was added.
   */
  async resyncResource(resource: AuditedResource, observedAt = this.now()): Promise<boolean> {
    if (!isUuid(resource.metadata.uid)) return false;
    const now = this.now();
    return this.db.transaction().execute(async (trx) => {
      await upsertSnapshots(trx, [{ resource, observedAt }]);
      if (!isJobResource(resource)) return false;
      const recorded = historyTransitions(resource);
      if (recorded.length === 0) return false;
      const added = await trx
        .insertInto('transitions')
        .values(recorded.map((t) => transitionRow(t, this.replica, 'resync', now)))
        .onConflict((oc) => oc.column('idempotency_key').doNothing())
        .returning('id')
        .execute();
      return added.length > 0;
    });
  }

  list(filter: ListFilter): Promise<ListPage> {
    return listResources(this.db, filter);
  }

  namespaces(listing: Listing): Promise<string[]> {
    return recordedNamespaces(this.db, listing);
  }

  get(ref: HistoryRef & { listing: 'models' }): Promise<ModelHistory | null>;
  get(ref: HistoryRef & { listing: 'trainings' | 'predictions' }): Promise<JobHistory | null>;
  get(ref: HistoryRef): Promise<ResourceHistory | null>;
  get(ref: HistoryRef): Promise<ResourceHistory | null> {
    return getResource(this.db, ref);
  }
}

/** Where a kind's rows live and which column holds the resource's uid. */
function rowsOf(kind: AuditedResource['kind']): {
  table: 'trainings' | 'predictions' | 'models' | 'model_versions';
  key: 'id' | 'uid';
} {
  if (kind === 'Model') return { table: 'models', key: 'id' };
  if (kind === 'ModelVersion') return { table: 'model_versions', key: 'uid' };
  return { table: tableOf(kind), key: 'id' };
}
