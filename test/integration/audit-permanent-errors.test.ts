// A permanent audit error on the real Postgres of the test stack: INSERT on `transitions` is revoked
// from the role the store uses while Trainings report transitions. Readiness fails and names the
// SQLSTATE, the metrics say permanent, one error line is logged however often the write is retried
// (at the slowest backoff only), nothing is lost; once INSERT is granted back the store recovers
// by itself and every transition is stored exactly once.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Audit, loadDatabaseConfig, openAudit } from '../../src/audit/index.ts';
import type { Transition } from '../../src/audit/sink.ts';
import { OperatorMetrics } from '../../src/observability/metrics.ts';
import {
  aTransition,
  auditReadiness,
  type FreshDatabase,
  freshPostgresDatabase,
  logRecorder,
  until,
} from '../support/audit-db.ts';

const RETRY_MAX_MS = 400;
const { log, lines } = logRecorder();
let db: FreshDatabase;
let audit: Audit;
const metrics = new OperatorMetrics();
let attempts = 0;

beforeAll(async () => {
  db = await freshPostgresDatabase();
  audit = await openAudit(loadDatabaseConfig({ DATABASE_URL: db.url }), {
    replica: 'permanent-error-test',
    log,
    writeBehind: { retryBaseMs: 50, retryMaxMs: RETRY_MAX_MS, onWriteError: () => attempts++ },
  });
  await audit.schema.ensure();
  metrics.bindAudit(() => audit.stats());
});

afterAll(async () => {
  await audit?.close(1000);
  await db?.drop();
});

const readiness = () => auditReadiness(audit);

async function metric(name: string): Promise<string> {
  return (await metrics.registry.getSingleMetricAsString(name))
    .split('\n')
    .filter((l) => !l.startsWith('#'))
    .join('\n');
}

const STEPS: [string | null, string][] = [
  [null, 'Pending'],
  ['Pending', 'Submitted'],
  ['Submitted', 'Running'],
  ['Running', 'Succeeded'],
];

function step(uid: string, name: string, i: number): Transition {
  const [from, to] = STEPS[i] ?? [null, 'Pending'];
  return aTransition({
    namespace: 'team-a',
    name,
    uid,
    from,
    to,
    slurmJobId: i === 0 ? null : 1000 + i,
    cluster: 'lab',
    at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
  });
}

it('reports a revoked privilege as a permanent error, loses nothing, and recovers on GRANT', async () => {
  const trainings = Array.from({ length: 20 }, (_, i) => ({ uid: randomUUID(), name: `grant-${i}` }));
  for (const t of trainings) audit.sink.record(step(t.uid, t.name, 0));
  expect(await audit.sink.flush(10_000)).toBe(true);
  expect((await readiness()).ready).toBe(true);

  await db.admin('revoke insert on transitions from current_user');
  for (const t of trainings) for (const i of [1, 2]) audit.sink.record(step(t.uid, t.name, i));

  const problem = await until('the permanent error to show', () => audit.problem());
  expect(problem).toBe('audit store: permission denied for table transitions (42501)');
  const report = await readiness();
  expect(report).toMatchObject({ ready: false, reason: problem, checks: { database: false } });
  expect(await metric('slurm_ml_audit_permanent_error')).toBe('slurm_ml_audit_permanent_error 1');
  expect(await metric('slurm_ml_audit_errors_total')).toMatch(/class="permanent"} [1-9]/);

  // Retried at the slowest backoff only: over 3 s, about 3000 / RETRY_MAX_MS attempts, not the
  // 5 or so the first doublings from 50 ms would add; and one error line for all of them.
  const before = attempts;
  await sleep(3000);
  const retries = attempts - before;
  expect(retries).toBeGreaterThanOrEqual(5);
  expect(retries).toBeLessThanOrEqual(Math.ceil(3000 / (RETRY_MAX_MS * 0.9)) + 1);
  const errors = lines.filter((l) => l.level === 'error');
  expect(errors).toHaveLength(1);
  expect(errors[0]?.msg).toMatch(/^audit store: permission denied for table transitions \(42501\)/);
  expect(errors[0]?.obj.sqlState).toBe('42501');

  // Still recording meanwhile: queued, not lost.
  for (const t of trainings) audit.sink.record(step(t.uid, t.name, 3));
  expect(audit.sink.stats).toMatchObject({ transitionBacklog: 60, drops: 0, permanentError: true });

  await db.admin('grant insert on transitions to current_user');
  await until('the store to recover', async () => audit.problem() === undefined && (await audit.reachable()));
  expect(await audit.sink.flush(10_000)).toBe(true);
  expect((await readiness()).ready).toBe(true);
  expect(await metric('slurm_ml_audit_permanent_error')).toBe('slurm_ml_audit_permanent_error 0');
  expect(lines.filter((l) => l.level === 'info').map((l) => l.msg)).toContain(
    'audit store: writes succeed again; ready',
  );

  const rows = await db.admin<{ resource_uid: string; to_phase: string; n: string }>(
    'select resource_uid, to_phase, count(*) as n from transitions group by resource_uid, to_phase',
  );
  expect(rows).toHaveLength(trainings.length * STEPS.length);
  expect(rows.every((r) => Number(r.n) === 1)).toBe(true);
  for (const t of trainings) {
    const history = await audit.store.get({ listing: 'trainings', uid: t.uid });
    expect(history?.transitions.map((x) => x.to)).toEqual(STEPS.map(([, to]) => to));
    expect(history?.phase).toBe('Succeeded');
  }
  expect(audit.sink.stats).toMatchObject({ backlog: 0, drops: 0, rejected: 0, permanentError: false });
});
