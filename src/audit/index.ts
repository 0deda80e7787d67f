// The audit store assembled: database, migrations, store, write-behind sink, history handler and
// retention. Start-up never waits for the database: migrations run before the first write or read,
// and a failure (database down) is retried by the write-behind's backoff; reads answer 503
// meanwhile. A permanent failure (errors.ts) or a schema this build cannot use
// (migrations/compatibility.ts) makes the replica unready with a message that says why.

import type { AuditWriter, WriteBehindStats } from './audit-writer.ts';
import { type AuditDatabaseHandle, createDatabase, type DatabaseConfig, pingDatabase } from './database.ts';
import { type AuditLog, PermanentErrorLog } from './error-log.ts';
import { describeAuditError } from './errors.ts';
import {
  type HistoryApiOptions,
  type HistoryHandler,
  type HistoryReader,
  historyHandler,
} from './history-api.ts';
import type { MetricPoint, MetricWriteResult } from './metric-points.ts';
import { SchemaIncompatibleError } from './migrations/compatibility.ts';
import { noPrunes, type PruneCounts, RetentionPruner } from './retention.ts';
import { SchemaGate } from './schema-gate.ts';
import { AuditStore } from './store.ts';
import { WriteBehindAuditSink, type WriteBehindOptions } from './write-behind.ts';

export { type DatabaseConfig, loadDatabaseConfig, parseRetention } from './database.ts';
export type { AuditLog } from './error-log.ts';
export { classifyAuditError, describeAuditError } from './errors.ts';
export type {
  MetricHistory,
  MetricPointRecord,
  MetricQuery,
  MetricRef,
  MetricSeries,
} from './metric-history.ts';
export {
  DEFAULT_MAX_METRIC_POINTS_PER_RESOURCE,
  type MetricPoint,
  type MetricWriteResult,
} from './metric-points.ts';
export { SchemaGate } from './schema-gate.ts';
export type { AuditSink, Transition } from './sink.ts';
export { AuditStore } from './store.ts';
export { WriteBehindAuditSink } from './write-behind.ts';

export interface Audit {
  handle: AuditDatabaseHandle;
  store: AuditStore;
  sink: WriteBehindAuditSink;
  schema: SchemaGate;
  history: HistoryHandler;
  /**
   * Stores metric points once the schema is ready (AuditStore.recordMetricPoints: idempotent,
   * capped per (uid, attempt)); throws when the database fails, and the caller reads the lines again later.
   */
  recordMetricPoints(points: readonly MetricPoint[]): Promise<MetricWriteResult>;
  /** Database answers, the schema is in place, and writes are not failing permanently (for /readyz). */
  reachable(): Promise<boolean>;
  /** Why the store cannot work until someone changes the database, e.g. "audit store: permission denied for table transitions (42501)". */
  problem(): string | undefined;
  /** For metrics: the sink's counters, whether a permanent problem holds, rows pruned. */
  stats(): AuditStats;
  /** The leader prunes (AUDIT_RETENTION): once now, then hourly. A no-op without retention, or when started. */
  startRetention(): void;
  /** Stops pruning (leadership lost); resolves when a run in progress has ended. */
  stopRetention(): Promise<void>;
  /** Stops pruning, flushes what it can within timeoutMs, then closes the database. */
  close(timeoutMs?: number): Promise<{ unwritten: number }>;
}

export interface AuditStats extends WriteBehindStats {
  /** Rows removed by retention since start, per table. */
  pruned: PruneCounts;
}

export interface OpenAuditOptions {
  replica?: string;
  /** The embedded store opens only once this settles (database.ts, CreateDatabaseOptions). */
  openAfter?: Promise<void>;
  writeBehind?: WriteBehindOptions;
  history?: HistoryApiOptions;
  onConnectionError?: (error: Error) => void;
  onMigrated?: (applied: string[]) => void;
  /** Permanent errors (error level, bounded), schema decisions and retention runs are logged here. */
  log?: AuditLog;
  /** How long a refused schema is answered from memory before it is checked again (default 30 s). */
  schemaRecheckMs?: number;
  /** Retention's interval and batch sizes (tests); the retention itself is config.retentionMs. */
  retention?: { intervalMs?: number; batchSize?: number; metricBatchSize?: number; now?: () => Date };
  /** At most this many metric points per (resource uid, attempt); default 100,000. */
  maxMetricPointsPerResource?: number;
}

export async function openAudit(config: DatabaseConfig, options: OpenAuditOptions = {}): Promise<Audit> {
  const handle = await createDatabase(config, {
    onConnectionError: options.onConnectionError,
    openAfter: options.openAfter,
  });
  const store = new AuditStore(handle.db, {
    replica: options.replica,
    maxMetricPointsPerResource: options.maxMetricPointsPerResource,
  });
  const { log } = options;
  const schema = new SchemaGate(handle, { log, recheckMs: options.schemaRecheckMs });
  if (options.onMigrated) schema.onMigrated = options.onMigrated;
  const gated =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    async (...args: A) => {
      await schema.ensure();
      return fn(...args);
    };
  const writer: AuditWriter = {
    recordTransitions: gated((ts) => store.recordTransitions(ts)),
    upsertResources: gated((snapshots) => store.upsertResources(snapshots)),
    resyncResource: gated((resource, observedAt) => store.resyncResource(resource, observedAt)),
    markMissingDeleted: gated((kind, uids, at) => store.markMissingDeleted(kind, uids, at)),
  };
  const reader: HistoryReader = {
    list: gated((filter) => store.list(filter)),
    get: gated((ref) => store.get(ref)),
    namespaces: gated((listing) => store.namespaces(listing)),
    metricHistory: gated((ref, query) => store.metricHistory(ref, query)),
  };
  const recordMetricPoints = gated((points: readonly MetricPoint[]) => store.recordMetricPoints(points));
  const errorLog = new PermanentErrorLog(log);
  const writeBehind = options.writeBehind ?? {};
  const sink = new WriteBehindAuditSink(writer, {
    ...writeBehind,
    onWriteError: (error, failures, errorClass) => {
      // A refused schema is the gate's to log (it is refused for reads and standbys too).
      if (!(error instanceof SchemaIncompatibleError)) errorLog.failed(error, failures, errorClass);
      writeBehind.onWriteError?.(error, failures, errorClass);
    },
    onRecovered: (failures) => {
      errorLog.recovered(failures);
      writeBehind.onRecovered?.(failures);
    },
  });
  const retention =
    config.retentionMs === undefined
      ? undefined
      : new RetentionPruner(handle.db, {
          ...options.retention,
          retentionMs: config.retentionMs,
          ready: () => schema.ensure(),
          log,
        });
  const problem = () => {
    const refusal = schema.refusal;
    if (refusal) return `audit store: ${refusal.message}`;
    return sink.stats.permanentError ? `audit store: ${describeAuditError(sink.lastError)}` : undefined;
  };
  void schema.ensure().catch(() => {}); // early attempt; the sink retries with backoff
  return {
    handle,
    store,
    sink,
    schema,
    history: historyHandler(reader, options.history),
    recordMetricPoints: (points) =>
      points.length === 0
        ? Promise.resolve({ inserted: 0, dropped: 0, invalid: 0 })
        : recordMetricPoints(points),
    reachable: async () => {
      if (!schema.ready) {
        // Probes drive the schema too: a standby, which writes nothing, becomes ready once it can.
        void schema.ensure().catch(() => {});
        return false;
      }
      return !sink.stats.permanentError && (await pingDatabase(handle.db));
    },
    problem,
    stats: () => {
      const stats = sink.stats;
      return {
        ...stats,
        permanentError: stats.permanentError || schema.refusal !== undefined,
        pruned: { ...(retention?.pruned ?? noPrunes()) },
      };
    },
    startRetention: () => {
      if (!retention) return;
      log?.info(
        { retentionMs: config.retentionMs, intervalMs: options.retention?.intervalMs ?? 3_600_000 },
        'audit retention: pruning the history of resources deleted longer ago than the retention, now and every interval',
      );
      retention.start();
    },
    stopRetention: async () => retention?.stop(),
    close: async (timeoutMs = 5000) => {
      await retention?.stop();
      const result = await sink.close(timeoutMs);
      await handle.close();
      return result;
    },
  };
}
