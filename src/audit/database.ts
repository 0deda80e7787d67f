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

export type DatabaseConfig =
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
    };

/**
 * Reads the audit database settings:
 * - DATABASE_URL: postgres://user:password@host:port/database?sslmode=... (wins over DB_*).
 * - DB_HOST, DB_PORT (5432), DB_NAME (slurm_ml), DB_USER (postgres), DB_PASSWORD: the old service's
 *   variables; DB_HOST set selects Postgres.
 * - DB_POOL_MAX, DB_CONNECT_TIMEOUT_MS, DB_IDLE_TIMEOUT_MS, DB_STATEMENT_TIMEOUT_MS: see PoolSettings.
 * - AUDIT_PGLITE_DIR: with no Postgres configured, where the embedded PGlite keeps its data
 *   (unset or "memory://": in memory, gone when the process exits).
 */
export function loadDatabaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
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
    return { kind: 'postgres', target, connection: { connectionString: new Secret(env.DATABASE_URL) }, pool };
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
    };
  }
  const dir = env.AUDIT_PGLITE_DIR;
  const dataDir = dir && dir !== 'memory://' ? dir : undefined;
  return { kind: 'pglite', dataDir, target: dataDir ? `pglite:${dataDir}` : 'pglite:memory' };
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
}

export async function createDatabase(
  config: DatabaseConfig,
  options: CreateDatabaseOptions = {},
): Promise<AuditDatabaseHandle> {
  if (config.kind === 'pglite') {
    const pglite = config.dataDir ? await PGlite.create(config.dataDir) : await PGlite.create();
    const db = new Kysely<AuditDatabase>({ dialect: new PGliteDialect({ pglite }) });
    return { db, kind: 'pglite', target: config.target, close: () => db.destroy() };
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
