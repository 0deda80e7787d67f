// One suite, run unchanged against every (release, REST version) pair the operator supports, live:
// 22.05 on v0.0.38; 24.11 on v0.0.40, v0.0.41 and v0.0.42; 26.05 on v0.0.42 to v0.0.45. What
// belongs to a release rather than a version (auto negotiation, a time limit, slurmctld purging a
// job into accounting, slurmctld down) runs once per release, on its newest version.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintSlurmToken } from '../../src/slurm/auth/jwt.ts';
import { mintingTokenSource, type TokenSource } from '../../src/slurm/auth/token-source.ts';
import type { SlurmConnection } from '../../src/slurm/client.ts';
import {
  SlurmNotFoundError,
  SlurmRejectedError,
  SlurmUnauthorizedError,
  SlurmUnavailableError,
} from '../../src/slurm/errors.ts';
import { interpretJobState } from '../../src/slurm/job-state.ts';
import type { JobSubmission, SlurmApiVersion, SlurmClient, SlurmJob } from '../../src/slurm/types.ts';
import { connect, ended, type TestCluster, testCluster, waitForJob } from '../support/slurm.ts';
import { killDaemon, startStack } from '../support/stack-control.ts';

const runId = `${Date.now().toString(36)}-${process.pid}`;

type Release = TestCluster['name'];
const PAIRS: [Release, SlurmApiVersion][] = [
  ['slurm-2205', 'v0.0.38'],
  ['slurm-2411', 'v0.0.40'],
  ['slurm-2411', 'v0.0.41'],
  ['slurm-2411', 'v0.0.42'],
  ['slurm-2605', 'v0.0.42'],
  ['slurm-2605', 'v0.0.43'],
  ['slurm-2605', 'v0.0.44'],
  ['slurm-2605', 'v0.0.45'],
];
const RELEASES: Release[] = ['slurm-2205', 'slurm-2411', 'slurm-2605'];

/** A job user's own directory for this run's output, on the shared file system. */
function workDirFor(cluster: TestCluster, label: string): string {
  const dir = join(cluster.sharedDir, 'tests', label, runId);
  mkdirSync(dir, { recursive: true });
  const uid = Number(execFileSync('id', ['-u', cluster.user], { encoding: 'utf8' }));
  const gid = Number(execFileSync('id', ['-g', cluster.user], { encoding: 'utf8' }));
  chownSync(dir, uid, gid);
  return dir;
}

function jobMaker(cluster: () => TestCluster, workDir: () => string) {
  return (overrides: Partial<JobSubmission> & { script: string }): JobSubmission => ({
    name: `test-${runId}`,
    idempotencyKey: `test/${runId}/${Math.random().toString(36).slice(2)}`,
    environment: { PATH: '/usr/bin:/bin' },
    workingDirectory: workDir(),
    partition: cluster().partition,
    timeLimitMinutes: 5,
    ...overrides,
  });
}

/** What finds a test's submission in accounting: its name and key, submitted during this run. */
const startedAt = new Date(Date.now() - 60_000);
const query = (submission: JobSubmission) => ({ ...submission, submittedAfter: startedAt });

/** Accounting gets a job's record from slurmctld a moment after it ended: poll for it. */
async function accountedJob(slurm: SlurmClient, submission: JobSubmission, done: (job: SlurmJob) => boolean) {
  const deadline = Date.now() + 60_000;
  let last: SlurmJob[] | null = null;
  while (Date.now() < deadline) {
    last = await slurm.accountingByKey(query(submission));
    const job = last?.find(done);
    if (job) return job;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new Error(
    `accounting has no finished record of ${submission.idempotencyKey}; last ${JSON.stringify(last)}`,
  );
}

/** One job per release over its 1-minute time limit, started first: Slurm needs over a minute to end it. */
const timeoutJobs = new Map<Release, { slurm: SlurmClient; jobId: number }>();

beforeAll(async () => {
  for (const name of RELEASES) {
    const cluster = testCluster(name);
    const { client } = await connect(cluster);
    const jobId = await client.submit({
      name: `test-${runId}-timeout`,
      idempotencyKey: `test/${runId}/timeout`,
      script: '#!/bin/sh\nsleep 600\n',
      environment: { PATH: '/usr/bin:/bin' },
      workingDirectory: '/tmp',
      partition: cluster.partition,
      timeLimitMinutes: 1,
    });
    timeoutJobs.set(name, { slurm: client, jobId });
  }
});

afterAll(async () => {
  for (const { slurm, jobId } of timeoutJobs.values()) await slurm.cancel(jobId).catch(() => {});
});

describe.each(PAIRS)('Slurm client against real %s on %s', (name, apiVersion) => {
  let cluster: TestCluster;
  let connection: SlurmConnection;
  let slurm: SlurmClient;
  let workDir: string;
  const job = jobMaker(
    () => cluster,
    () => workDir,
  );

  beforeAll(async () => {
    cluster = testCluster(name);
    connection = await connect(cluster, { apiVersion });
    slurm = connection.client;
    workDir = workDirFor(cluster, `${name}-${apiVersion}`);
  });

  it('pings on the pinned version, and finds accounting served', async () => {
    expect(connection.apiVersion).toBe(apiVersion);
    expect(connection.release).toBe(cluster.release);
    expect(connection.accounting).toBe(cluster.accounting);
    const ping = await slurm.ping();
    expect(ping.controllerResponding).toBe(true);
    expect(ping.apiVersion).toBe(apiVersion);
  });

  it('submits with environment, working directory, output paths and resources, and gets the job back', async () => {
    const submission = job({
      script: '#!/bin/sh\necho "greeting=$GREETING cwd=$(pwd) user=$(id -un)"\n',
      environment: { PATH: '/usr/bin:/bin', GREETING: 'hello from the operator' },
      standardOutput: join(workDir, 'out-%j.txt'),
      standardError: join(workDir, 'err-%j.txt'),
      timeLimitMinutes: 3,
      cpusPerTask: 2,
      memoryPerNodeMiB: 150,
      nodes: 1,
    });
    const jobId = await slurm.submit(submission);
    expect(jobId).toBeGreaterThan(0);
    const finished = await waitForJob(slurm, jobId, ended);
    expect(finished).toMatchObject({
      jobId,
      name: submission.name,
      idempotencyKey: submission.idempotencyKey,
      user: cluster.user,
      partition: cluster.partition,
      state: { base: 'COMPLETED' },
      exitCode: 0,
      signal: null,
      timeLimitMinutes: 3,
    });
    expect(finished.submitTime).toBeInstanceOf(Date);
    expect(finished.startTime?.getTime()).toBeGreaterThanOrEqual(finished.submitTime?.getTime() ?? Infinity);
    expect(finished.endTime?.getTime()).toBeGreaterThanOrEqual(finished.startTime?.getTime() ?? Infinity);
    expect(finished.nodes).toBeTruthy();
    expect(readFileSync(join(workDir, `out-${jobId}.txt`), 'utf8').trim()).toBe(
      `greeting=hello from the operator cwd=${workDir} user=${cluster.user}`,
    );
    // From v0.0.43 on slurmctld says where the output went, patterns filled in (stdout_expanded).
    const expands = !['v0.0.38', 'v0.0.40', 'v0.0.41', 'v0.0.42'].includes(apiVersion);
    expect(finished.outputPath).toBe(expands ? join(workDir, `out-${jobId}.txt`) : undefined);
    expect(interpretJobState(finished.state)).toEqual({
      outcome: 'succeeded',
      final: true,
      reason: 'Completed',
    });
  });

  it('lists jobs changed since a time; an empty answer means nothing changed, not jobs gone', async () => {
    const before = new Date(Date.now() - 2_000);
    const jobId = await slurm.submit(job({ script: '#!/bin/sh\nexit 0\n' }));
    await waitForJob(slurm, jobId, ended);
    const changed = await slurm.listChangedSince(before);
    expect(changed.map((j) => j.jobId)).toContain(jobId);

    const quiet = new Date(Date.now() + 60_000);
    expect(await slurm.listChangedSince(quiet)).toEqual([]);
    // The job is still there; "no changes" never means "gone".
    expect((await slurm.get(jobId)).jobId).toBe(jobId);
    expect((await slurm.states([jobId])).map((s) => s.jobId)).toEqual([jobId]);
  });

  it('finds jobs by idempotency key, newest first, and nothing for an unknown key', async () => {
    const key = `test/${runId}/${apiVersion}/find-me`;
    const first = await slurm.submit(job({ script: '#!/bin/sh\nexit 0\n', idempotencyKey: key }));
    const second = await slurm.submit(job({ script: '#!/bin/sh\nexit 0\n', idempotencyKey: key }));
    const found = await slurm.findByIdempotencyKey(key);
    expect(found.map((j) => j.jobId)).toEqual([second, first]);
    expect(await slurm.findByIdempotencyKey(`test/${runId}/nobody`)).toEqual([]);
  });

  it('reports states of many jobs in one call, leaving out unknown ids', async () => {
    const ids = [
      await slurm.submit(job({ script: '#!/bin/sh\nexit 0\n' })),
      await slurm.submit(job({ script: '#!/bin/sh\nexit 0\n' })),
    ];
    const states = await slurm.states([...ids, 999_999_990]);
    expect(states.map((s) => s.jobId).sort()).toEqual([...ids].sort());
  });

  it('cancels a pending job', async () => {
    const jobId = await slurm.submit(job({ script: '#!/bin/sh\nexit 0\n', hold: true }));
    expect((await slurm.get(jobId)).state.base).toBe('PENDING');
    await slurm.cancel(jobId);
    const cancelled = await waitForJob(slurm, jobId, ended);
    expect(cancelled.state.base).toBe('CANCELLED');
    expect(interpretJobState(cancelled.state).outcome).toBe('cancelled');
    // Cancelling again is harmless.
    await slurm.cancel(jobId);
  });

  it('cancels a running job', async () => {
    const jobId = await slurm.submit(job({ script: '#!/bin/sh\nsleep 300\n' }));
    await waitForJob(slurm, jobId, (j) => j.state.base === 'RUNNING');
    await slurm.cancel(jobId);
    const cancelled = await waitForJob(slurm, jobId, ended);
    expect(cancelled.state.base).toBe('CANCELLED');
  });

  it('reports an exit code of 3 as 3, and accounting finds the job by its key', async () => {
    const submission = job({ script: '#!/bin/sh\nexit 3\n' });
    const jobId = await slurm.submit(submission);
    const failed = await waitForJob(slurm, jobId, ended);
    expect(failed).toMatchObject({ state: { base: 'FAILED' }, exitCode: 3, signal: null });
    expect(interpretJobState(failed.state)).toMatchObject({ outcome: 'failed', reason: 'NonZeroExitCode' });
    expect(cluster.accounting).toBe(true);
    const recorded = await accountedJob(slurm, submission, (j) => j.state.base === 'FAILED');
    expect(recorded).toMatchObject({
      jobId,
      name: submission.name,
      idempotencyKey: submission.idempotencyKey,
      user: cluster.user,
      // 22.05's dbv0.0.38 reports every exit code as 0, so the adapter does not take it.
      exitCode: apiVersion === 'v0.0.38' ? null : 3,
      startTime: failed.startTime,
      endTime: failed.endTime,
    });
    expect(
      await slurm.accountingByKey(query({ ...submission, idempotencyKey: `${submission.idempotencyKey}x` })),
    ).toEqual([]);
  });

  it("rejects a bad partition with Slurm's own message", async () => {
    const attempt = slurm.submit(job({ script: '#!/bin/sh\nexit 0\n', partition: 'no-such-partition' }));
    await expect(attempt).rejects.toBeInstanceOf(SlurmRejectedError);
    await expect(attempt).rejects.toThrow(/invalid partition/i);
  });

  it('reports an unknown job as not found', async () => {
    await expect(slurm.get(999_999_991)).rejects.toBeInstanceOf(SlurmNotFoundError);
  });

  it('renews an expired token transparently', async () => {
    const fresh = mintingTokenSource({ key: cluster.jwtKey, lifetimeSeconds: 300 });
    let invalidations = 0;
    const expiredFirst: TokenSource = {
      users: null,
      async token(user) {
        if (invalidations > 0) return fresh.token(user);
        const hourAgo = new Date(Date.now() - 3_600_000);
        return mintSlurmToken({ key: cluster.jwtKey, user, lifetimeSeconds: 60, now: hourAgo }).token;
      },
      invalidate() {
        invalidations++;
      },
    };
    const renewed = await connect(cluster, { tokens: expiredFirst, apiVersion: connection.apiVersion });
    expect((await renewed.client.ping()).controllerResponding).toBe(true);
    expect(invalidations).toBe(1);
  });

  it('reports a token signed with the wrong key as unauthorized', async () => {
    const wrongKey = mintingTokenSource({ key: Buffer.alloc(32, 7), lifetimeSeconds: 300 });
    await expect(connect(cluster, { tokens: wrongKey })).rejects.toBeInstanceOf(SlurmUnauthorizedError);
  });

  it('acts as a second Slurm user when given a key', async () => {
    const asUser2 = connection.asUser(cluster.user2);
    const jobId = await asUser2.submit(job({ script: '#!/bin/sh\nexit 0\n', workingDirectory: '/tmp' }));
    expect((await waitForJob(asUser2, jobId, ended)).user).toBe(cluster.user2);
  });
});

describe.each(RELEASES)('Slurm %s as a release', (name) => {
  let cluster: TestCluster;
  let connection: SlurmConnection;
  let slurm: SlurmClient;
  let workDir: string;
  const job = jobMaker(
    () => cluster,
    () => workDir,
  );

  beforeAll(async () => {
    cluster = testCluster(name);
    connection = await connect(cluster);
    slurm = connection.client;
    workDir = workDirFor(cluster, name);
  });

  it('auto selects the newest API version the server serves', () => {
    expect(connection.apiVersion).toBe(cluster.expectedApiVersion);
    expect(connection.release).toBe(cluster.release);
  });

  it('says which versions it serves when a pinned one is not among them', async () => {
    const unserved = name === 'slurm-2605' ? 'v0.0.40' : 'v0.0.45';
    const attempt = connect(cluster, { apiVersion: unserved });
    await expect(attempt).rejects.toBeInstanceOf(SlurmNotFoundError);
    await expect(attempt).rejects.toThrow(`it serves `);
    await expect(attempt).rejects.toThrow(cluster.expectedApiVersion);
  });

  // Why a tenant's tree must exist before its first job (docs/configuration.md): Slurm opens
  // the output file before the script runs; 22.05 fails the job without its directory.
  it("a job whose output directory is missing: 22.05 fails it at launch, later releases make it as the job's user", async () => {
    const missing = join(workDir, 'no-such-tree');
    const script = `#!/bin/sh\ntouch ${workDir}/ran-$SLURM_JOB_ID\necho written\n`;
    const jobId = await slurm.submit(
      job({ script, workingDirectory: missing, standardOutput: join(missing, 'out-%j.out') }),
    );
    const finished = await waitForJob(slurm, jobId, ended);
    if (name === 'slurm-2205') {
      expect(finished).toMatchObject({ state: { base: 'FAILED' }, reason: 'JobLaunchFailure' });
      expect(existsSync(join(workDir, `ran-${jobId}`))).toBe(false);
      expect(existsSync(missing)).toBe(false);
    } else {
      expect(finished.state.base).toBe('COMPLETED');
      expect(existsSync(join(workDir, `ran-${jobId}`))).toBe(true);
      expect(statSync(missing).uid).toBe(
        Number(execFileSync('id', ['-u', cluster.user], { encoding: 'utf8' })),
      );
      expect(readFileSync(join(missing, `out-${jobId}.out`), 'utf8')).toBe('written\n');
    }
  });

  it('reports a job over its time limit as TIMEOUT', async () => {
    const started = timeoutJobs.get(name);
    if (!started) throw new Error(`no time-limit job was started on ${name}`);
    const timedOut = await waitForJob(slurm, started.jobId, ended, 150_000);
    expect(timedOut.state.base).toBe('TIMEOUT');
    expect(interpretJobState(timedOut.state)).toMatchObject({ outcome: 'failed', reason: 'Timeout' });
  }, 160_000);

  it('a job slurmctld purged (short MinJobAge) is not found there, and accounting still has it', async () => {
    const submission = job({ script: '#!/bin/sh\nexit 0\n' });
    const jobId = await slurm.submit(submission);
    const finished = await waitForJob(slurm, jobId, ended);
    const original = readFileSync(cluster.conf, 'utf8');
    try {
      writeFileSync(cluster.conf, original.replace(/^MinJobAge=\d+$/m, 'MinJobAge=2'));
      cluster.exec(['scontrol', 'reconfigure']);
      const deadline = Date.now() + 150_000;
      let purged = false;
      while (!purged && Date.now() < deadline) {
        purged = await slurm.get(jobId).then(
          () => false,
          (error) => {
            if (error instanceof SlurmNotFoundError) return true;
            throw error;
          },
        );
        if (!purged) await new Promise((resolve) => setTimeout(resolve, 2_000));
      }
      expect(purged).toBe(true);
      expect(await slurm.states([jobId])).toEqual([]);
      expect(await slurm.findByIdempotencyKey(submission.idempotencyKey)).toEqual([]);
      expect(await slurm.accountingByKey(query(submission))).toMatchObject([
        {
          jobId,
          state: { base: 'COMPLETED' },
          exitCode: 0,
          startTime: finished.startTime,
          endTime: finished.endTime,
        },
      ]);
    } finally {
      writeFileSync(cluster.conf, original);
      cluster.exec(['scontrol', 'reconfigure']);
    }
  }, 180_000);

  it('slurmctld down (slurmrestd up): a submit is unavailable, never rejected', async () => {
    killDaemon(name, 'slurmctld');
    try {
      const attempt = slurm.submit(job({ script: '#!/bin/sh\nexit 0\n' }));
      await expect(attempt).rejects.toBeInstanceOf(SlurmUnavailableError);
      await expect(slurm.states()).rejects.toBeInstanceOf(SlurmUnavailableError);
    } finally {
      startStack(name);
    }
    expect((await slurm.ping()).controllerResponding).toBe(true);
  }, 180_000);
});
