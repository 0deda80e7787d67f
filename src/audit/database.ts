// Where the audit store lives. With a database URL (or the old DB_HOST/DB_* variables) it is
// Postgres through a `pg` pool; with neither, an embedded PGlite, so the operator runs with
// nothing else installed. Passwords are kept in a Secret that prints as "[redacted]".
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { AuditDatabase } from './schema.ts';

/** A credential that never reaches a log line or JSON by accident. */
export class Secret {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  reveal(): string {
    return this.#value;
  }
  toString(): string {
    return '[redacted]';
  }
  toJSON(): string {
    return '[redacted]';
  }
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return '[redacted]';
  }
}

export interface PoolSettings {
  /** DB_POOL_MAX: connections in the pool (default 10). */
  max: number;
  /** DB_CONNECT_TIMEOUT_MS: give up connecting after this long (default 5000). */
  connectTimeoutMs: number;
  /** DB_IDLE_TIMEOUT_MS: close a connection idle this long (default 30000). */
  idleTimeoutMs: number;
  /** DB_STATEMENT_TIMEOUT_MS: server-side statement_timeout, and the client's query timeout (default 30000). */
  statementTimeoutMs: number;
}

export type DatabaseConfig = (
  | {
      kind: 'postgres';
      /** Log-safe description: postgres://user@host:port/database, never the password. */
      target: string;
      connection:
        | { connectionString: Secret }
        | { host: string; port: number; database: string; user: string; password?: Secret };
      pool: PoolSettings;
    }
  | {
      kind: 'pglite';
      /** AUDIT_PGLITE_DIR: a directory for the embedded database; in memory when unset. */
      dataDir: string | undefined;
      target: string;
    }
) & {
  /** AUDIT_RETENTION in milliseconds: history of resources deleted longer ago is pruned; undefined keeps all. */
  retentionMs?: number | undefined;
};

/**
 * Reads the audit database settings:
 * - DATABASE_URL: postgres://user:password@host:port/database?sslmode=... (wins over DB_*).
 * - DB_HOST, DB_PORT (5432), DB_NAME (slurm_ml), DB_USER (postgres), DB_PASSWORD: the old service's
 *   variables; DB_HOST set selects Postgres.
 * - DB_POOL_MAX, DB_CONNECT_TIMEOUT_MS, DB_IDLE_TIMEOUT_MS, DB_STATEMENT_TIMEOUT_MS: see PoolSettings.
 * - AUDIT_PGLITE_DIR: with no Postgres configured, where the embedded PGlite keeps its data
 *   (unset or "memory://": in memory, gone when the process exits).
 * - AUDIT_RETENTION: see parseRetention.
 */
export function loadDatabaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const retentionMs = parseRetention(env.AUDIT_RETENTION);
  const pool: PoolSettings = {
    max: positiveInt(env, 'DB_POOL_MAX', 10),
    connectTimeoutMs: positiveInt(env, 'DB_CONNECT_TIMEOUT_MS', 5000),
    idleTimeoutMs: positiveInt(env, 'DB_IDLE_TIMEOUT_MS', 30_000),
    statementTimeoutMs: positiveInt(env, 'DB_STATEMENT_TIMEOUT_MS', 30_000),
  };
  if (env.DATABASE_URL) {
    let url: URL;
    try {
      url = new URL(env.DATABASE_URL);
    } catch {
      throw new Error('DATABASE_URL is not a valid URL'); // the value itself may hold a password
    }
    if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:')
      throw new Error(`DATABASE_URL must start with postgres:// or postgresql://, got ${url.protocol}//`);
    const user = decodeURIComponent(url.username);
    const target = `postgres://${user ? `${user}@` : ''}${url.host}${url.pathname}`;
    const connection = { connectionString: new Secret(env.DATABASE_URL) };
    return { kind: 'postgres', target, connection, pool, retentionMs };
  }
  if (env.DB_HOST) {
    const port = positiveInt(env, 'DB_PORT', 5432);
    const database = env.DB_NAME || 'slurm_ml';
    const user = env.DB_USER || 'postgres';
    const password = env.DB_PASSWORD ? new Secret(env.DB_PASSWORD) : undefined;
    const connection = { host: env.DB_HOST, port, database, user, ...(password ? { password } : {}) };
    return {
      kind: 'postgres',
      target: `postgres://${user}@${env.DB_HOST}:${port}/${database}`,
      connection,
      pool,
      retentionMs,
    };
  }
  const dir = env.AUDIT_PGLITE_DIR;
  const dataDir = dir && dir !== 'memory://' ? dir : undefined;
  return { kind: 'pglite', dataDir, target: dataDir ? `pglite:${dataDir}` : 'pglite:memory', retentionMs };
}

export interface AuditDatabaseHandle {
  db: Kysely<AuditDatabase>;
  kind: DatabaseConfig['kind'];
  target: string;
  close(): Promise<void>;
}

export interface CreateDatabaseOptions {
  /** A pooled connection failed (e.g. the server went away); the pool replaces it. For a log line. */
  onConnectionError?: (error: Error) => void;
  /**
   * The embedded store's files are opened only once this settles (the first query waits for it).
   * PGlite does not lock its directory: a second process that opened it too would lose writes.
   * main.ts passes leadership of the Lease, which the previous holder gives up only after closing
   * the store. A rejection fails the waiting queries (shutdown before leading).
   */
  openAfter?: Promise<void>;
}

export async function createDatabase(
  config: DatabaseConfig,
  options: CreateDatabaseOptions = {},
): Promise<AuditDatabaseHandle> {
  if (config.kind === 'pglite') {
    const { dataDir, target } = config;
    const open = () => (dataDir ? PGlite.create(dataDir) : PGlite.create());
    const { openAfter } = options;
    const pglite = openAfter ? async () => openAfter.then(open) : await open();
    const db = new Kysely<AuditDatabase>({ dialect: new PGliteDialect({ pglite }) });
    return { db, kind: 'pglite', target, close: () => db.destroy().catch(() => {}) };
  }
  const { connection, pool: settings } = config;
  const pool = new pg.Pool({
    ...('connectionString' in connection
      ? { connectionString: connection.connectionString.reveal() }
      : { ...connection, password: connection.password?.reveal() }),
    max: settings.max,
    connectionTimeoutMillis: settings.connectTimeoutMs,
    idleTimeoutMillis: settings.idleTimeoutMs,
    statement_timeout: settings.statementTimeoutMs,
    query_timeout: settings.statementTimeoutMs + 1000,
    application_name: 'slurm-ml-operator',
  });
  // A connection that dies (server restart, network) emits 'error' on its client, in use or idle;
  // unheeded, that event would end the process. The query in flight fails on its own and is retried.
  pool.on('connect', (client) => client.on('error', (error) => options.onConnectionError?.(error)));
  pool.on('error', () => {}); // idle clients: already reported by the listener above
  const db = new Kysely<AuditDatabase>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgres', target: config.target, close: () => db.destroy() };
}

/** True when the database answers a trivial query (for readiness). */
export async function pingDatabase(db: Kysely<AuditDatabase>): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(parsed) || parsed < 1)
    throw new Error(`${name} must be a positive integer, got "${value}"`);
  return parsed;
}

const UNIT_MS = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000 } as const;
const MIN_RETENTION_MS = UNIT_MS.h;

/**
 * AUDIT_RETENTION: how long the history of a deleted resource is kept, as whole numbers with units
 * w, d, h, m or s, alone or combined and added up as Go's durations are (`90d`, `720h`, `1d12h`).
 * Unset or empty: kept forever (the default). At least 1h, so that a slip such as `90s` cannot
 * empty the store.
 */
export function parseRetention(value: string | undefined): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const problem = `AUDIT_RETENTION must be a duration such as 90d, 720h or 1d12h (units w, d, h, m, s), got "${value}"`;
  if (!/^(\d+[wdhms])+$/.test(text)) throw new Error(problem);
  let total = 0;
  for (const [, digits, unit] of text.matchAll(/(\d+)([wdhms])/g))
    total += Number(digits) * UNIT_MS[unit as keyof typeof UNIT_MS];
  if (!Number.isSafeInteger(total)) throw new Error(problem);
  if (total < MIN_RETENTION_MS) throw new Error(`AUDIT_RETENTION must be at least 1h, got "${value}"`);
  return total;
}
