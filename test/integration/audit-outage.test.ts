// The write-behind against the real Postgres of the test stack, stopped for ten seconds while 50
// Trainings report 200 transitions: record() never waits, and afterwards every transition is
// stored exactly once. Postgres is started again in a finally block, whatever happens.
import { execSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Audit, loadDatabaseConfig, openAudit } from '../../src/audit/index.ts';
import type { Transition } from '../../src/audit/sink.ts';
import { anyCaller } from '../support/access.ts';
import { required, stackEnv } from '../support/stack.ts';

const env = stackEnv('postgres');
const adminUrl = required(env, 'DATABASE_URL');
const stopCommand = required(env, 'PG_CTL_STOP');
const startCommand = required(env, 'PG_CTL_START');
const database = `audit_test_${process.pid}_${randomBytes(4).toString('hex')}`;

async function admin<T>(query: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return (await client.query(query)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Status of a history API request, served by the handler the operator mounts. */
async function historyStatus(path: string): Promise<number> {
  const server = createServer((req, res) => void audit.history(req, res, anyCaller));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    return (await fetch(`http://127.0.0.1:${port}${path}`)).status;
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

let audit: Audit;
let connectionErrors = 0;
beforeAll(async () => {
  await admin(`create database ${database}`); // a generated identifier, not input
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  audit = await openAudit(
    loadDatabaseConfig({ DATABASE_URL: url.toString(), DB_CONNECT_TIMEOUT_MS: '2000' }),
    {
      replica: 'outage-test',
      writeBehind: { retryBaseMs: 250, retryMaxMs: 2000 },
      // Connections die with the server (in use or idle); unheeded, that would end the process.
      onConnectionError: () => connectionErrors++,
    },
  );
  await audit.schema.ensure();
});

afterAll(async () => {
  await audit?.close(1000);
  await admin(`drop database if exists ${database} with (force)`);
});

const STEPS: [string | null, string][] = [
  [null, 'Pending'],
  ['Pending', 'Submitted'],
  ['Submitted', 'Running'],
  ['Running', 'Succeeded'],
];

it('loses no transition while Postgres is stopped, and stores each exactly once', async () => {
  const trainings = Array.from({ length: 50 }, (_, i) => ({ uid: randomUUID(), name: `outage-${i}` }));
  let slowestRecordMs = 0;
  const record = (i: number, step: number) => {
    const training = trainings[i];
    const [from, to] = STEPS[step] ?? [null, 'Pending'];
    if (!training) throw new Error(`no training ${i}`);
    const t: Transition = {
      kind: 'Training',
      namespace: 'outage',
      name: training.name,
      uid: training.uid,
      from,
      to,
      reason: to,
      message: `step ${step}`,
      slurmState: null,
      slurmJobId: step === 0 ? null : 1000 + i,
      cluster: 'lab',
      at: new Date(),
    };
    const started = performance.now();
    audit.sink.record(t);
    slowestRecordMs = Math.max(slowestRecordMs, performance.now() - started);
  };

  for (let i = 0; i < 50; i++) record(i, 0);
  expect(await audit.sink.flush(10_000)).toBe(true);

  let stopped = false;
  let outageMs = 0;
  try {
    execSync(stopCommand, { stdio: 'pipe' });
    stopped = true;
    const down = performance.now();
    expect(await audit.reachable()).toBe(false);
    expect(await historyStatus('/api/v1/trainings?namespace=outage')).toBe(503);
    // Ten seconds down, ten transitions a second: steps 1 and 2 of every training.
    for (let second = 0; second < 10; second++) {
      for (let k = 0; k < 10; k++) {
        const n = second * 10 + k;
        record(n % 50, n < 50 ? 1 : 2);
      }
      await sleep(1000);
    }
    expect(audit.sink.stats).toMatchObject({ transitionBacklog: 100, healthy: false, drops: 0 });
    expect(audit.sink.stats.failures).toBeGreaterThan(2);
    outageMs = performance.now() - down;
  } finally {
    if (stopped) execSync(startCommand, { stdio: 'pipe' });
  }

  const restarted = performance.now();
  for (let i = 0; i < 50; i++) record(i, 3);
  expect(await audit.sink.flush(60_000)).toBe(true);
  const drainMs = performance.now() - restarted;
  const stats = audit.sink.stats;
  expect(stats).toMatchObject({ backlog: 0, drops: 0, rejected: 0, written: 200, healthy: true });

  const { rows } = await sql<{ resource_uid: string; to_phase: string; n: string }>`
    select resource_uid, to_phase, count(*) as n from transitions group by resource_uid, to_phase`.execute(
    audit.handle.db,
  );
  expect(rows).toHaveLength(200);
  expect(rows.every((r) => Number(r.n) === 1)).toBe(true);
  for (const training of trainings) {
    const history = await audit.store.get({ listing: 'trainings', uid: training.uid });
    expect(history?.transitions.map((t) => t.to)).toEqual(STEPS.map(([, to]) => to));
    expect(history?.phase).toBe('Succeeded');
  }
  expect(await audit.reachable()).toBe(true);
  expect(await historyStatus('/api/v1/trainings?namespace=outage')).toBe(200);
  expect(slowestRecordMs).toBeLessThan(50); // an in-memory append, whatever the database does
  console.log(
    `audit outage: Postgres down ${(outageMs / 1000).toFixed(1)} s, 200 transitions recorded, ` +
      `slowest record() ${slowestRecordMs.toFixed(2)} ms, ${stats.failures} failed write attempts, ` +
      `${connectionErrors} pooled connections lost, ` +
      `backlog drained ${(drainMs / 1000).toFixed(1)} s after the restart`,
  );
});
