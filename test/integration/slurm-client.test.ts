// One suite, run unchanged against real Slurm 22.05 (v0.0.38) and real Slurm 24.11 (v0.0.42).
import { execFileSync } from 'node:child_process';
import { chownSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintSlurmToken } from '../../src/slurm/auth/jwt.ts';
import { mintingTokenSource, type TokenSource } from '../../src/slurm/auth/token-source.ts';
import type { SlurmConnection } from '../../src/slurm/client.ts';
import { SlurmNotFoundError, SlurmRejectedError, SlurmUnauthorizedError } from '../../src/slurm/errors.ts';
import { interpretJobState } from '../../src/slurm/job-state.ts';
import type { JobSubmission, SlurmClient } from '../../src/slurm/types.ts';
import { connect, ended, type TestCluster, testCluster, waitForJob } from '../support/slurm.ts';

const runId = `${Date.now().toString(36)}-${process.pid}`;

describe.each(['slurm-2205', 'slurm-2411'] as const)('Slurm client against real %s', (name) => {
  let cluster: TestCluster;
  let connection: SlurmConnection;
  let slurm: SlurmClient;
  let workDir: string;
  let timeoutJobId: number;

  const job = (overrides: Partial<JobSubmission> & { script: string }): JobSubmission => ({
    name: `test-${runId}`,
    idempotencyKey: `test/${runId}/${Math.random().toString(36).slice(2)}`,
    environment: { PATH: '/usr/bin:/bin' },
    workingDirectory: workDir,
    partition: cluster.partition,
    timeLimitMinutes: 5,
    ...overrides,
  });

  beforeAll(async () => {
    cluster = testCluster(name);
    connection = await connect(cluster);
    slurm = connection.client;
    workDir = join(cluster.sharedDir, 'tests', name, runId);
    mkdirSync(workDir, { recursive: true });
    const uid = Number(execFileSync('id', ['-u', cluster.user], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', cluster.user], { encoding: 'utf8' }));
    chownSync(workDir, uid, gid);
    // Started first because Slurm needs over a minute to end it; checked at the end.
    timeoutJobId = await slurm.submit(job({ script: '#!/bin/sh\nsleep 600\n', timeLimitMinutes: 1 }));
  });

  afterAll(async () => {
    if (timeoutJobId) await slurm.cancel(timeoutJobId).catch(() => {});
  });

  it('auto selects the newest API version the server serves', () => {
    expect(connection.apiVersion).toBe(cluster.expectedApiVersion);
    expect(connection.release).toBe(cluster.release);
  });

  it('pings', async () => {
    const ping = await slurm.ping();
    expect(ping.controllerResponding).toBe(true);
    expect(ping.apiVersion).toBe(cluster.expectedApiVersion);
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
    const key = `test/${runId}/find-me`;
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

  it('reports an exit code of 3 as 3', async () => {
    const jobId = await slurm.submit(job({ script: '#!/bin/sh\nexit 3\n' }));
    const failed = await waitForJob(slurm, jobId, ended);
    expect(failed).toMatchObject({ state: { base: 'FAILED' }, exitCode: 3, signal: null });
    expect(interpretJobState(failed.state)).toMatchObject({ outcome: 'failed', reason: 'NonZeroExitCode' });
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

  it('reports a job over its time limit as TIMEOUT', async () => {
    const timedOut = await waitForJob(slurm, timeoutJobId, ended, 150_000);
    expect(timedOut.state.base).toBe('TIMEOUT');
    expect(interpretJobState(timedOut.state)).toMatchObject({ outcome: 'failed', reason: 'Timeout' });
  }, 160_000);

  it('reports a purged job as not found once slurmctld forgets it (short MinJobAge)', async () => {
    const jobId = await slurm.submit(job({ script: '#!/bin/sh\nexit 0\n' }));
    await waitForJob(slurm, jobId, ended);
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
    } finally {
      writeFileSync(cluster.conf, original);
      cluster.exec(['scontrol', 'reconfigure']);
    }
  }, 180_000);
});
