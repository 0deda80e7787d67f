// Read side of metric history: one Training's or Prediction's metric series, per attempt, each in
// step order (then as reported). Bounded: at most `limit` points per series; a longer series is
// thinned evenly in the database (metric-thinning.ts), keeping its first and last points.
import { type Kysely, sql } from 'kysely';
import type { AuditDatabase } from './schema.ts';

export const DEFAULT_METRIC_LIMIT = 1000;
export const MAX_METRIC_LIMIT = 10_000;
/** The first and the last point of a series are always returned: a limit below 2 cannot keep both. */
export const MIN_METRIC_LIMIT = 2;

export type MetricListing = 'trainings' | 'predictions';
export type MetricRef = { listing: MetricListing } & ({ uid: string } | { namespace: string; name: string });

export interface MetricQuery {
  /** One metric only. */
  metric?: string;
  /** One attempt only. */
  attempt?: number;
  /** At most this many points per series (default 1000, 2 to 10,000). */
  limit?: number;
}

export interface MetricPointRecord {
  step: number | null;
  value: number;
  /** When the job reported it, ISO 8601. */
  at: string;
}

export interface MetricSeries {
  metric: string;
  attempt: number;
  /** Points recorded in the series. */
  count: number;
  /** Fewer points returned than recorded (evenly chosen, the first and the last included). */
  thinned: boolean;
  points: MetricPointRecord[];
}

export interface MetricHistory {
  uid: string;
  kind: 'Training' | 'Prediction';
  namespace: string;
  name: string;
  /** Every attempt with points recorded, whatever the query's filters. */
  attempts: number[];
  /** Some series was thinned. */
  thinned: boolean;
  /** By attempt, then metric name. */
  series: MetricSeries[];
}

/**
 * The metric history of the resource recorded under `ref` (by name: the one created last, as the
 * history API's record), or null when no such resource is recorded. A resource with no points has
 * empty `attempts` and `series`.
 */
export async function readMetricHistory(
  db: Kysely<AuditDatabase>,
  ref: MetricRef,
  query: MetricQuery = {},
): Promise<MetricHistory | null> {
  const limit = query.limit ?? DEFAULT_METRIC_LIMIT;
  if (!Number.isInteger(limit) || limit < MIN_METRIC_LIMIT || limit > MAX_METRIC_LIMIT)
    throw new RangeError(`limit must be a whole number from ${MIN_METRIC_LIMIT} to ${MAX_METRIC_LIMIT}`);
  let found = db.selectFrom(ref.listing as 'trainings').select(['id', 'namespace', 'name']);
  found =
    'uid' in ref
      ? found.where('id', '=', ref.uid)
      : found.where('namespace', '=', ref.namespace).where('name', '=', ref.name);
  const resource = await found.orderBy('created_at', 'desc').limit(1).executeTakeFirst();
  if (!resource) return null;
  const uid = resource.id;

  // The attempts, by a loose index scan: one index probe per attempt, not one row per point.
  const attempts = await sql<{ attempt: number }>`
    with recursive a(attempt) as (
      (select attempt from metric_points where resource_uid = ${uid} order by attempt limit 1)
      union all
      select (
        select p.attempt from metric_points p
        where p.resource_uid = ${uid} and p.attempt > a.attempt order by p.attempt limit 1
      ) from a where a.attempt is not null
    )
    select attempt from a where attempt is not null`.execute(db);

  // Each series numbered in its order and counted, then only the kept points returned
  // (metric-thinning.ts, isKept: i = ceil(k (L-1) / (n-1)); k is kept when floor(i (n-1) / (L-1)) = k).
  const L = sql.lit(limit);
  const rows = await sql<{
    attempt: number;
    metric: string;
    step: number | null;
    value: number;
    recorded_at: Date;
    n: string | number;
  }>`
    select attempt, metric, step, value, recorded_at, n from (
      select attempt, metric, step, value, recorded_at,
        (row_number() over w) - 1 as k,
        count(*) over (partition by attempt, metric) as n
      from metric_points
      where resource_uid = ${uid}
        ${query.attempt === undefined ? sql`` : sql`and attempt = ${query.attempt}`}
        ${query.metric === undefined ? sql`` : sql`and metric = ${query.metric}`}
      window w as (partition by attempt, metric order by step nulls last, recorded_at, line_offset)
    ) s
    where case when n <= ${L} then true
      else ((k * (${L} - 1) + n - 2) / (n - 1)) * (n - 1) / (${L} - 1) = k end
    order by attempt, metric collate "C", k`.execute(db);

  const series: MetricSeries[] = [];
  let current: MetricSeries | undefined;
  for (const r of rows.rows) {
    if (!current || current.attempt !== r.attempt || current.metric !== r.metric) {
      const count = Number(r.n);
      current = { metric: r.metric, attempt: r.attempt, count, thinned: count > limit, points: [] };
      series.push(current);
    }
    current.points.push({
      step: r.step === null ? null : Number(r.step),
      value: Number(r.value),
      at: new Date(r.recorded_at).toISOString(),
    });
  }
  return {
    uid,
    kind: ref.listing === 'trainings' ? 'Training' : 'Prediction',
    namespace: resource.namespace,
    name: resource.name,
    attempts: attempts.rows.map((a) => Number(a.attempt)),
    thinned: series.some((s) => s.thinned),
    series,
  };
}
