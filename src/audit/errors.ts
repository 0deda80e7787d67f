// Which audit store failures are worth retrying soon. A transient error is the database being away
// (connection lost, server shutting down or full, a timeout, a serialization conflict): it passes
// by itself. A permanent one (a missing column or table, a privilege revoked, a schema this build
// cannot use) repeats on every retry until someone changes the database: it makes the replica
// unready, is logged at error level, and is retried only at the slowest backoff.

export type AuditErrorClass = 'transient' | 'permanent';

/** Node's network error codes: the database (or the way to it) is away. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'EPIPE',
]);

/** SQLSTATEs that pass by themselves; any other SQLSTATE is permanent. */
const TRANSIENT_SQLSTATES = new Set([
  '57014', // query_canceled: statement_timeout
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: the server is starting
  '57P05', // idle_session_timeout
  '40001', // serialization_failure
  '40P01', // deadlock_detected
  '55P03', // lock_not_available: lock_timeout
  '25006', // read_only_sql_transaction: a standby answered, as during a failover
]);
/** Whole classes: 08 connection exception, 53 insufficient resources (disk full, too many connections). */
const TRANSIENT_CLASSES = new Set(['08', '53']);

/** Errors without a code from pg, pg-pool, PGlite and Kysely that mean the connection or the client is away. */
const TRANSIENT_MESSAGES = [
  /^timeout exceeded when trying to connect/i, // pg-pool: no connection within DB_CONNECT_TIMEOUT_MS
  /^Connection terminated/i, // pg: the server or the network closed it
  /^Query read timeout/i, // pg: query_timeout
  /is not queryable/i, // pg: a client that was closed or broke
  /^Cannot use a pool after calling end/i, // pg-pool, during shutdown
  /^PGlite is clos(ed|ing)/, // PGlite, during shutdown
  /^timeout while waiting for mutex/, // PGlite: busy
  /^driver has already been destroyed/, // Kysely, during shutdown
];

/** Two characters of class (a digit first, as 08, 3D, 0A; or F0, HV, P0, XX), three of condition. */
const SQLSTATE = /^([0-9][0-9A-Z]|F0|HV|P0|XX)[0-9A-Z]{3}$/;

/**
 * The embedded store's directory cannot be written (a volume the operator's uid does not own, a
 * read-only mount): no retry mends that; an admin must.
 */
const FILESYSTEM_CODES = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'ENOSPC']);

interface Coded {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  errors?: unknown;
  permanent?: unknown;
}

/** The error and what it wraps (cause chains, AggregateError), nearest first, a few levels deep. */
function* chain(error: unknown, depth = 0): Generator<Coded> {
  if (typeof error !== 'object' || error === null || depth > 4) return;
  const e = error as Coded;
  yield e;
  if (Array.isArray(e.errors)) for (const inner of e.errors) yield* chain(inner, depth + 1);
  yield* chain(e.cause, depth + 1);
}

/** The SQLSTATE the database answered with, if any (pg and PGlite put it in `code`). */
export function sqlStateOf(error: unknown): string | undefined {
  for (const e of chain(error)) if (typeof e.code === 'string' && SQLSTATE.test(e.code)) return e.code;
  return undefined;
}

/**
 * Transient or permanent. Errors of our own that say `permanent: true` (a schema this build cannot
 * use, a malformed transition) are permanent; a SQLSTATE decides by the tables above; a network
 * code or a known connection message is transient. Anything else cannot be told, and is treated
 * as transient: retried with the normal backoff, as every error was before this was classified.
 */
export function classifyAuditError(error: unknown): AuditErrorClass {
  for (const e of chain(error)) if (e.permanent === true) return 'permanent';
  const state = sqlStateOf(error);
  if (state !== undefined)
    return TRANSIENT_SQLSTATES.has(state) || TRANSIENT_CLASSES.has(state.slice(0, 2))
      ? 'transient'
      : 'permanent';
  for (const e of chain(error)) {
    if (typeof e.code === 'string' && FILESYSTEM_CODES.has(e.code)) return 'permanent';
    if (typeof e.code === 'string' && NETWORK_CODES.has(e.code)) return 'transient';
    if (typeof e.message === 'string' && TRANSIENT_MESSAGES.some((m) => m.test(e.message as string)))
      return 'transient';
  }
  return 'transient';
}

/** One line for readiness and logs: the database's message and its SQLSTATE, e.g. "permission denied for table transitions (42501)". */
export function describeAuditError(error: unknown): string {
  const state = sqlStateOf(error);
  if (state !== undefined) {
    for (const e of chain(error))
      if (e.code === state && typeof e.message === 'string') return `${e.message} (${state})`;
  }
  if (error instanceof Error) return error.message;
  return String(error);
}
