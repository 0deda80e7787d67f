// Metric points (loss per epoch, ...) as jobs report them in their progress files, written to the
// audit store's `metric_points` (migration 0005-metric-points).
//
// Idempotent: a point is keyed by (resource uid, attempt, line offset, metric), so reading a file
// again from its start after an operator restart inserts nothing twice. A write that fails throws;
// the caller keeps its file offset and reads the lines again later: nothing queues in memory here.
//
// The cap (at most `maxPerResource` points per (uid, attempt)): one runaway job must not fill the
// store. It keeps the first points in line order (the caller hands them over in the order of the
// file), and it costs no count query per batch:
// - Each insert statement inserts only points not stored yet (NOT EXISTS on the key), in line
//   order, with LIMIT = the room left, and reports how many were new and how many it inserted:
//   new - inserted is exactly what the cap dropped. So the cap holds whatever the cached count.
// - The room left comes from a count kept in memory per (uid, attempt), learned with one
//   `count(*), max(line_offset)` (an index-only scan of the primary key) the first time the key
//   is seen by this process, then advanced by what each statement inserted. A bounded LRU
//   (10,000 keys) holds the counts; an evicted key is counted again when it comes back. A key whose
//   write failed is forgotten (counted again next time), since a commit may or may not have happened.
// - Once a key is full no statement runs at all: points after the last stored line are dropped
//   (counted), points at or before it are lines already stored being read again after a restart
//   (neither inserted nor dropped). A runaway job then costs nothing but this arithmetic.
// The count is only as good as this process's view: only the leader writes metric points, and
// calls for the same key are serialised here. A second writer of the same key (two leaders during
// a handover) can overshoot the cap by at most one statement's worth (1000 points).
// The alternative, `INSERT ... SELECT ... WHERE (SELECT count(*) ...) < cap` in every statement, would
// count up to `cap` index entries per batch for every running job; cheap once, not every few seconds.
import { type Kysely, sql } from 'kysely';
import { isUuid } from './rows.ts';
import type { AuditDatabase } from './schema.ts';

/** One value of one metric, from one line of a job's progress file. */
export interface MetricPoint {
  /** The Training's or Prediction's uid. */
  uid: string;
  kind: 'Training' | 'Prediction';
  namespace: string;
  name: string;
  attempt: number;
  metric: string;
  step: number | null;
  value: number;
  /** When the job reported it. */
  at: Date;
  /** Byte offset of the JSON line in the job's progress file. */
  lineOffset: number;
}

export interface MetricWriteResult {
  /** Points stored by this call (points stored before are not counted again). */
  inserted: number;
  /** New points not stored because their (uid, attempt) already holds the cap. */
  dropped: number;
  /** Points skipped as malformed (no valid uid, a value that is not a finite number, ...). */
  invalid: number;
}

export const DEFAULT_MAX_METRIC_POINTS_PER_RESOURCE = 100_000;
/** Rows per insert statement (5 array parameters whatever the size; kept short for the locks). */
export const METRIC_BATCH_ROWS = 1000;
export const MAX_METRIC_NAME_LENGTH = 256;
const MAX_INT32 = 2_147_483_647;
const CACHED_KEYS = 10_000;

export interface MetricWriterOptions {
  /** At most this many points per (uid, attempt); default 100,000. */
  maxPerResource?: number;
  /** How many (uid, attempt) counts are kept in memory (default 10,000). */
  cachedKeys?: number;
}

/** Why a point cannot be stored; undefined when it can. */
export function invalidMetricPoint(p: MetricPoint): string | undefined {
  if (!isUuid(p.uid)) return 'uid is not a UUID';
  if (p.kind !== 'Training' && p.kind !== 'Prediction') return 'kind is not Training or Prediction';
  if (typeof p.namespace !== 'string' || typeof p.name !== 'string' || !p.namespace || !p.name)
    return 'no namespace or name';
  if (!Number.isInteger(p.attempt) || p.attempt < 0 || p.attempt > MAX_INT32)
    return 'attempt is not a whole number';
  if (typeof p.metric !== 'string' || p.metric.length === 0 || p.metric.length > MAX_METRIC_NAME_LENGTH)
    return `metric is not a name of 1 to ${MAX_METRIC_NAME_LENGTH} characters`;
  if (p.step !== null && !Number.isFinite(p.step)) return 'step is not a finite number or null';
  if (typeof p.value !== 'number' || !Number.isFinite(p.value)) return 'value is not a finite number';
  if (!(p.at instanceof Date) || Number.isNaN(p.at.getTime())) return 'at is not a date';
  if (!Number.isSafeInteger(p.lineOffset) || p.lineOffset < 0) return 'lineOffset is not a byte offset';
  return undefined;
}

interface KeyState {
  /** Points stored for this (uid, attempt). */
  stored: number;
  /** The largest line offset stored; -1 when none. */
  maxOffset: number;
}

/** Line order, then metric name: the order the cap keeps points in. */
const lineOrder = (a: MetricPoint, b: MetricPoint) =>
  a.lineOffset - b.lineOffset || (a.metric < b.metric ? -1 : a.metric > b.metric ? 1 : 0);

export class MetricPointWriter {
  private readonly db: Kysely<AuditDatabase>;
  readonly maxPerResource: number;
  private readonly cachedKeys: number;
  /** (uid, attempt) -> what is stored; a Map iterates in insertion order, which makes it an LRU. */
  private readonly counts = new Map<string, KeyState>();
  /** (uid, attempt) -> the write in progress for it: writes of one key run one at a time. */
  private readonly tails = new Map<string, Promise<unknown>>();

  constructor(db: Kysely<AuditDatabase>, options: MetricWriterOptions = {}) {
    this.db = db;
    this.maxPerResource = Math.max(
      0,
      Math.floor(options.maxPerResource ?? DEFAULT_MAX_METRIC_POINTS_PER_RESOURCE),
    );
    this.cachedKeys = Math.max(1, options.cachedKeys ?? CACHED_KEYS);
  }

  /**
   * Stores the points (best handed over in the order of their file); a no-op for none. Throws
   * when the database fails (what was committed before stays, and writing again is harmless).
   */
  async record(points: readonly MetricPoint[]): Promise<MetricWriteResult> {
    const result: MetricWriteResult = { inserted: 0, dropped: 0, invalid: 0 };
    const groups = new Map<string, MetricPoint[]>();
    for (const p of points) {
      if (invalidMetricPoint(p) !== undefined) {
        result.invalid++;
        continue;
      }
      const key = `${p.uid.toLowerCase()}/${p.attempt}`;
      const group = groups.get(key);
      if (group) group.push(p);
      else groups.set(key, [p]);
    }
    for (const [key, group] of groups) {
      const { inserted, dropped } = await this.serialised(key, () => this.recordKey(key, group));
      result.inserted += inserted;
      result.dropped += dropped;
    }
    return result;
  }

  /** Forgets every cached count (tests; or after rows were removed behind this writer's back). */
  forget(): void {
    this.counts.clear();
  }

  private async serialised<T>(key: string, write: () => Promise<T>): Promise<T> {
    const before = this.tails.get(key) ?? Promise.resolve();
    const mine = before.then(write, write);
    const tail = mine.catch(() => {});
    this.tails.set(key, tail);
    try {
      return await mine;
    } finally {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  private async recordKey(key: string, group: MetricPoint[]): Promise<{ inserted: number; dropped: number }> {
    // One point per (line, metric): a statement must not carry the same key twice.
    const seen = new Set<string>();
    const points = [...group].sort(lineOrder).filter((p) => {
      const id = `${p.lineOffset}/${p.metric}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
    let inserted = 0;
    let dropped = 0;
    try {
      const state = await this.state(key, points[0] as MetricPoint);
      for (let i = 0; i < points.length; i += METRIC_BATCH_ROWS) {
        const slice = points.slice(i, i + METRIC_BATCH_ROWS);
        const room = this.maxPerResource - state.stored;
        if (room <= 0) {
          // Full: lines after the last stored one are new and dropped; the others are stored already.
          dropped += slice.filter((p) => p.lineOffset > state.maxOffset).length;
          continue;
        }
        const written = await this.insert(slice, room);
        state.stored += written.inserted;
        if (written.maxOffset !== null) state.maxOffset = Math.max(state.maxOffset, written.maxOffset);
        inserted += written.inserted;
        dropped += written.fresh - written.inserted;
      }
      this.remember(key, state);
      return { inserted, dropped };
    } catch (error) {
      this.counts.delete(key); // a commit may have happened: count again next time
      throw error;
    }
  }

  private async state(key: string, p: MetricPoint): Promise<KeyState> {
    const cached = this.counts.get(key);
    if (cached) return { ...cached };
    const row = await this.db
      .selectFrom('metric_points')
      .select((eb) => [eb.fn.countAll<string | number>().as('n'), eb.fn.max('line_offset').as('max_offset')])
      .where('resource_uid', '=', p.uid)
      .where('attempt', '=', p.attempt)
      .executeTakeFirst();
    return {
      stored: Number(row?.n ?? 0),
      maxOffset: row?.max_offset === null || row?.max_offset === undefined ? -1 : Number(row.max_offset),
    };
  }

  private remember(key: string, state: KeyState): void {
    this.counts.delete(key);
    this.counts.set(key, state);
    while (this.counts.size > this.cachedKeys) {
      const oldest = this.counts.keys().next().value;
      if (oldest === undefined) break;
      this.counts.delete(oldest);
    }
  }

  /**
   * One statement: of these points (one uid and attempt, in line order), those not stored yet are
   * `fresh`; the first `room` of them are inserted.
   */
  private async insert(
    slice: readonly MetricPoint[],
    room: number,
  ): Promise<{ fresh: number; inserted: number; maxOffset: number | null }> {
    const first = slice[0] as MetricPoint;
    const { rows } = await sql<{ fresh: number; inserted: number; max_offset: string | number | null }>`
      with v as (
        select * from unnest(
          ${slice.map((p) => p.metric)}::text[],
          ${slice.map((p) => p.step)}::float8[],
          ${slice.map((p) => p.value)}::float8[],
          ${slice.map((p) => p.at)}::timestamptz[],
          ${slice.map((p) => p.lineOffset)}::int8[]
        ) as v(metric, step, value, recorded_at, line_offset)
      ), fresh as (
        select v.* from v
        where not exists (
          select 1 from metric_points p
          where p.resource_uid = ${first.uid}::uuid and p.attempt = ${first.attempt}::int
            and p.line_offset = v.line_offset and p.metric = v.metric
        )
      ), added as (
        insert into metric_points
          (resource_uid, resource_kind, namespace, name, attempt, metric, step, value, recorded_at, line_offset)
        select ${first.uid}::uuid, ${first.kind}, ${first.namespace}, ${first.name}, ${first.attempt}::int,
          metric, step, value, recorded_at, line_offset
        from fresh
        order by line_offset, metric collate "C"
        limit ${room}
        on conflict do nothing
        returning line_offset
      )
      select (select count(*) from fresh)::int as fresh, count(*)::int as inserted, max(line_offset) as max_offset
      from added`.execute(this.db);
    const row = rows[0];
    return {
      fresh: Number(row?.fresh ?? 0),
      inserted: Number(row?.inserted ?? 0),
      maxOffset: row?.max_offset === null || row?.max_offset === undefined ? null : Number(row.max_offset),
    };
  }
}
