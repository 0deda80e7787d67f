// Helpers of the audit store's integration tests: a fresh database on the stack's Postgres (dropped
// afterwards), a log that keeps its lines, polling for a condition, a transition with defaults, and
// the readiness the audit store alone decides.
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import type { AuditLog } from '../../src/audit/error-log.ts';
import type { Audit } from '../../src/audit/index.ts';
import type { Transition } from '../../src/audit/sink.ts';
import { readinessReport } from '../../src/observability/http-server.ts';
import { required, stackEnv } from './stack.ts';

export interface FreshDatabase {
  /** DATABASE_URL of the new database. */
  url: string;
  /** Runs a statement in it as the stack's user (who owns what the store creates). */
  admin<T = Record<string, unknown>>(query: string): Promise<T[]>;
  drop(): Promise<void>;
}

export async function freshPostgresDatabase(prefix = 'audit_test'): Promise<FreshDatabase> {
  const adminUrl = required(stackEnv('postgres'), 'DATABASE_URL');
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  const run = async <T>(url: string, query: string): Promise<T[]> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(query)).rows as T[];
    } finally {
      await client.end();
    }
  };
  await run(adminUrl, `create database ${name}`); // a generated identifier, not input
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    admin: (query) => run(url.toString(), query),
    drop: async () => {
      await run(adminUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

export interface LogLine {
  level: 'info' | 'warn' | 'error';
  obj: Record<string, unknown>;
  msg: string;
}

export function logRecorder(): { log: AuditLog; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at = (level: LogLine['level']) => (obj: object, msg: string) =>
    void lines.push({ level, obj: obj as Record<string, unknown>, msg });
  return { log: { info: at('info'), warn: at('warn'), error: at('error') }, lines };
}

/** Polls until `probe` gives a value other than undefined or false. */
export async function until<T>(
  what: string,
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** A transition with plain defaults (no Slurm job, now); tests name what they care about. */
export function aTransition(fields: Pick<Transition, 'uid' | 'to'> & Partial<Transition>): Transition {
  return {
    kind: 'Training',
    namespace: 'ns',
    name: 't',
    from: null,
    reason: fields.to,
    message: '',
    slurmState: null,
    slurmJobId: null,
    at: new Date(),
    ...fields,
  };
}

/** /readyz of a leader whose only other checks pass: what the audit store alone decides. */
export const auditReadiness = (audit: Audit) =>
  readinessReport({
    informersSynced: () => true,
    role: () => 'leader',
    clusters: () => [],
    databaseReachable: () => audit.reachable(),
    databaseProblem: () => audit.problem(),
  });
