// The audit store assembled: database, migrations, store, write-behind sink and history handler.
// Start-up never waits for the database: migrations run before the first write or read, and a
// failure (database down) is retried by the write-behind's backoff; reads answer 503 meanwhile.

import type { AuditWriter } from './audit-writer.ts';
import { type AuditDatabaseHandle, createDatabase, type DatabaseConfig, pingDatabase } from './database.ts';
import {
  type HistoryApiOptions,
  type HistoryHandler,
  type HistoryReader,
  historyHandler,
} from './history-api.ts';
import { migrateToLatest } from './migrations/index.ts';
import { AuditStore } from './store.ts';
import { WriteBehindAuditSink, type WriteBehindOptions } from './write-behind.ts';

export { type DatabaseConfig, loadDatabaseConfig } from './database.ts';
export type { AuditSink, Transition } from './sink.ts';
export { AuditStore } from './store.ts';
export { WriteBehindAuditSink } from './write-behind.ts';

/** Runs the migrations once; a failed attempt is forgotten so the next caller tries again. */
export class SchemaGate {
  private readonly handle: AuditDatabaseHandle;
  private pending: Promise<void> | undefined;
  private done = false;
  onMigrated?: (applied: string[]) => void;

  constructor(handle: AuditDatabaseHandle) {
    this.handle = handle;
  }

  get ready(): boolean {
    return this.done;
  }

  ensure(): Promise<void> {
    if (this.done) return Promise.resolve();
    this.pending ??= migrateToLatest(this.handle.db).then(
      (applied) => {
        this.done = true;
        this.onMigrated?.(applied);
      },
      (error: unknown) => {
        this.pending = undefined;
        throw error;
      },
    );
    return this.pending;
  }
}

export interface Audit {
  handle: AuditDatabaseHandle;
  store: AuditStore;
  sink: WriteBehindAuditSink;
  schema: SchemaGate;
  history: HistoryHandler;
  /** Database answers and the schema is in place (for /readyz). */
  reachable(): Promise<boolean>;
  /** Flushes what it can within timeoutMs, then closes the database. */
  close(timeoutMs?: number): Promise<{ unwritten: number }>;
}

export interface OpenAuditOptions {
  replica?: string;
  writeBehind?: WriteBehindOptions;
  history?: HistoryApiOptions;
  onConnectionError?: (error: Error) => void;
  onMigrated?: (applied: string[]) => void;
}

export async function openAudit(config: DatabaseConfig, options: OpenAuditOptions = {}): Promise<Audit> {
  const handle = await createDatabase(config, { onConnectionError: options.onConnectionError });
  const store = new AuditStore(handle.db, { replica: options.replica });
  const schema = new SchemaGate(handle);
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
  };
  const sink = new WriteBehindAuditSink(writer, options.writeBehind);
  void schema.ensure().catch(() => {}); // early attempt; the sink retries with backoff
  return {
    handle,
    store,
    sink,
    schema,
    history: historyHandler(reader, options.history),
    reachable: async () => schema.ready && (await pingDatabase(handle.db)),
    close: async (timeoutMs = 5000) => {
      const result = await sink.close(timeoutMs);
      await handle.close();
      return result;
    },
  };
}
