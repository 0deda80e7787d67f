// End to end on the real API server and both real Slurm releases: resources applied with
// kubectl become Slurm jobs, their state flows back, models are registered, nothing is
// duplicated or lost.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Prediction, Training } from '../../src/api/types.ts';
import { idempotencyKey } from '../../src/reconcilers/job/submission.ts';
import { kubectl, kubectlOk } from '../support/kubectl.ts';
import {
  clients,
  type E2eEnvironment,
  eventually,
  newRunId,
  type OperatorProcess,
  prepareE2e,
  startOperator,
} from '../support/operator.ts';
import { connect, SLURM_RELEASES, testCluster } from '../support/slurm.ts';

const releases = SLURM_RELEASES;
let env: E2eEnvironment;
let operator: OperatorProcess;
const api = clients();
const ns = (release: (typeof releases)[number]) => `e2e-${release.slice(6)}-${env.run}`;
const outsider = () => `e2e-outsider-${env.run}`;

beforeAll(() => {
  const run = newRunId();
  env = prepareE2e(run, {
    admitted: releases.map((r) => `e2e-${r.slice(6)}-${run}`),
    other: [`e2e-outsider-${run}`],
  });
  operator = startOperator('e2e-lifecycle', { OPERATOR_NAMESPACE: env.operatorNamespace });
});

afterAll(async () => {
  await env?.teardown(operator);
});

function apply(manifest: object): void {
  kubectlOk(['apply', '-f', '-'], yaml.dump(manifest));
}

function training(
  release: (typeof releases)[number],
  name: string,
  spec: Partial<Training['spec']> = {},
  namespace = ns(release),
) {
  return {
    apiVersion: 'ml.hpc.dev/v1alpha1',
    kind: 'Training',
    metadata: { name, namespace },
    spec: {
      model: 'classifier',
      template: 'demo-train',
      cluster: env.clusters[release],
      resources: { timeLimit: '5', memory: '100M' },
      ...spec,
    },
  };
}

async function settled(namespace: string, name: string, timeoutMs = 90_000): Promise<Training> {
  return eventually(
    `training ${namespace}/${name} to settle`,
    async () => {
      const t = await api.trainings.get(namespace, name);
      return t?.status?.phase && ['Succeeded', 'Failed', 'Cancelled', 'Lost'].includes(t.status.phase)
        ? t
        : undefined;
    },
    timeoutMs,
  );
}

describe.each(releases)('on %s', (release) => {
  it('runs a Training to Succeeded, registers model version 1 with the file the job wrote, and shows the job id', async () => {
    apply(training(release, 'first'));
    const done = await settled(ns(release), 'first');
    expect(done.status).toMatchObject({
      phase: 'Succeeded',
      reason: 'Completed',
      modelVersion: 1,
      attempts: 1,
      slurm: { exitCode: 0, state: 'COMPLETED' },
    });
    expect(done.status?.conditions?.find((c) => c.type === 'Complete')?.status).toBe('True');
    const version = await api.modelVersions.get(ns(release), 'classifier-v1');
    const runPath = join(env.modelsBasePath, ns(release), 'classifier', 'runs', `first-${done.metadata.uid}`);
    expect(done.status?.modelPath).toBe(runPath);
    expect(version?.spec).toMatchObject({
      model: 'classifier',
      version: 1,
      path: runPath,
      training: { name: 'first', uid: done.metadata.uid },
      jobId: done.status?.slurm?.jobId,
    });
    expect(JSON.parse(readFileSync(join(runPath, 'model.json'), 'utf8'))).toMatchObject({
      model: 'classifier',
      training_uid: done.metadata.uid,
    });
    // The job's output lives in the namespace's own tree, not in a directory shared by all.
    const tree = join(env.modelsBasePath, ns(release));
    const output = readdirSync(tree).filter((file) => file.endsWith(`-${done.status?.slurm?.jobId}.out`));
    expect(output).toEqual([expect.stringMatching(new RegExp(`^${ns(release)}\\.train\\.first~`))]);
    expect(readFileSync(join(tree, output[0] ?? ''), 'utf8')).toContain('demo-train');
    // Without spec.sharedFilesystem the operator reads no job file, and says so; the status
    // still names where the output is on the cluster.
    expect(done.status?.logs).toEqual([
      {
        attempt: 1,
        cluster: env.clusters[release],
        jobId: done.status?.slurm?.jobId,
        path: join(tree, output[0] ?? ''),
      },
    ]);
    expect(done.status?.conditions?.find((c) => c.type === 'LogsAvailable')).toMatchObject({
      status: 'False',
      reason: 'NoSharedFilesystem',
      message: expect.stringContaining('declares no spec.sharedFilesystem'),
    });
    expect(done.status?.progress).toBeUndefined();
    expect(readdirSync(env.modelsBasePath).filter((file) => file.startsWith(`${ns(release)}.`))).toEqual([]);
    expect(kubectlOk(['get', 'mv', '-n', ns(release), '-l', 'ml.hpc.dev/model=classifier'])).toMatch(
      /^classifier-v1\s+classifier\s+1\s+first\s/m,
    );
    const table = kubectlOk(['get', 'trainings', '-n', ns(release)]);
    expect(table).toMatch(
      new RegExp(`^first\\s+classifier\\s+Succeeded\\s+${done.status?.slurm?.jobId}\\s`, 'm'),
    );
    expect(
      kubectl(['wait', '--for=condition=Complete', '--timeout=5s', '-n', ns(release), 'training/first'])
        .status,
    ).toBe(0);
    // Events say how it ended; not "created", nor the routine progress its status shows.
    const events = await eventually("the Training's events", async () => {
      const reasons = kubectlOk([
        'get',
        'events',
        '-n',
        ns(release),
        '--field-selector',
        'involvedObject.kind=Training,involvedObject.name=first',
        '-o',
        'jsonpath={range .items[*]}{.reason}={.message}{"\\n"}{end}',
      ]);
      return reasons.includes('Completed=') ? reasons : undefined;
    });
    expect(events).toContain(`Completed=Slurm job ${done.status?.slurm?.jobId} completed`);
    expect(events).not.toMatch(/^(Pending|Submitted)=/m);
  });

  it('gives two Trainings of one model started together versions 2 and 3, each exactly once', async () => {
    apply(training(release, 'twin-a'));
    apply(training(release, 'twin-b'));
    const [a, b] = await Promise.all([settled(ns(release), 'twin-a'), settled(ns(release), 'twin-b')]);
    expect([a.status?.modelVersion, b.status?.modelVersion].sort()).toEqual([2, 3]);
    const model = await eventually('the Model to count three versions', async () => {
      const m = await api.models.get(ns(release), 'classifier');
      return m?.status?.versionCount === 3 ? m : undefined;
    });
    expect(model.status).toMatchObject({ latestVersion: 3, nextVersion: 4 });
    expect(model.status?.versions).toBeUndefined();
  });

  it('runs a Prediction by alias, with an outputPath of the required form', async () => {
    kubectlOk([
      'patch',
      'model',
      'classifier',
      '-n',
      ns(release),
      '--type=merge',
      '-p',
      '{"spec":{"aliases":{"production":2}}}',
    ]);
    apply({
      apiVersion: 'ml.hpc.dev/v1alpha1',
      kind: 'Prediction',
      metadata: { name: 'by-alias', namespace: ns(release) },
      spec: {
        model: 'classifier',
        alias: 'production',
        template: 'demo-predict',
        // Under the tenant's allowed root (prepareE2e), not its own tree; the file need not exist.
        input: join(env.sharedDir, 'datasets', 'no-input.csv'),
        cluster: env.clusters[release],
      },
    });
    const prediction = await eventually('prediction to succeed', async () => {
      const p = await api.predictions.get(ns(release), 'by-alias');
      return p?.status?.phase === 'Succeeded' ? p : undefined;
    });
    const versionPath = (await api.modelVersions.get(ns(release), 'classifier-v2'))?.spec.path;
    expect(versionPath).toMatch(/\/classifier\/runs\/twin-[ab]-/);
    expect(prediction.status?.modelVersion).toBe(2);
    expect(prediction.status?.outputPath).toMatch(
      new RegExp(`^${versionPath}/inference/${prediction.metadata.uid}-\\d{8}T\\d{6}Z$`),
    );
    expect(existsSync(join(prediction.status?.outputPath ?? '', 'predictions.json'))).toBe(true);
  });

  it("fails a job exiting 3 with exit code 3, and a bad partition with Slurm's message", async () => {
    apply(training(release, 'exit-three', { parameters: { exit_code: '3' } }));
    apply(training(release, 'bad-partition', { resources: { partition: 'no-such-partition' } }));
    const [exit3, badPartition] = await Promise.all([
      settled(ns(release), 'exit-three'),
      settled(ns(release), 'bad-partition'),
    ]);
    expect(exit3.status).toMatchObject({
      phase: 'Failed',
      reason: 'NonZeroExitCode',
      slurm: { exitCode: 3, state: 'FAILED' },
    });
    expect(exit3.status?.conditions?.find((c) => c.type === 'Failed')?.status).toBe('True');
    expect(badPartition.status).toMatchObject({ phase: 'Failed', reason: 'SlurmRejected' });
    expect(badPartition.status?.message).toMatch(/invalid partition/i);
  });

  it('cancels the Slurm job when a running Training is deleted, then lets the resource go', async () => {
    apply(training(release, 'doomed', { parameters: { sleep_seconds: '600' } }));
    const running = await eventually('training to run', async () => {
      const t = await api.trainings.get(ns(release), 'doomed');
      return t?.status?.phase === 'Running' ? t : undefined;
    });
    const jobId = running.status?.slurm?.jobId ?? 0;
    kubectlOk(['delete', 'training', 'doomed', '-n', ns(release), '--wait=false']);
    await eventually('training to disappear', async () =>
      (await api.trainings.get(ns(release), 'doomed')) === null ? true : undefined,
    );
    const slurm = (await connect(testCluster(release))).client;
    const job = await slurm.get(jobId);
    expect(job.state.base).toBe('CANCELLED');
  });

  it('passes hostile parameter values literally or rejects them; the marker file never appears', async () => {
    const marker = join(env.sharedDir, `pwned-${env.run}-${release}`);
    const hostile = [
      `$(touch ${marker})`,
      `\`touch ${marker}\``,
      `x; touch ${marker}; rm -rf /`,
      `a\ntouch ${marker}`,
      '../../../etc/passwd',
    ];
    hostile.forEach((value, i) => {
      // learning_rate is a number: these are rejected by the template's schema.
      apply(training(release, `hostile-${i}`, { parameters: { learning_rate: value } }));
    });
    const results = await Promise.all(hostile.map((_, i) => settled(ns(release), `hostile-${i}`)));
    for (const result of results) {
      expect(result.status).toMatchObject({ phase: 'Failed', reason: 'InvalidParameters' });
      expect(result.status?.message).toMatch(/learning_rate/);
    }
    expect(existsSync(marker)).toBe(false);
  });

  it('passes a hostile input path to the job literally', async () => {
    const marker = join(env.sharedDir, `pwned-input-${env.run}-${release}`);
    // In the namespace's own tree, so the path check lets it through to the job.
    const tree = join(env.modelsBasePath, ns(release));
    const input = `${tree}/$(touch ${marker})\`touch ${marker}\`; touch ${marker}`;
    apply({
      apiVersion: 'ml.hpc.dev/v1alpha1',
      kind: 'Prediction',
      metadata: { name: 'hostile-input', namespace: ns(release) },
      spec: {
        model: 'classifier',
        version: 1,
        template: 'demo-predict',
        input,
        cluster: env.clusters[release],
      },
    });
    const prediction = await eventually('hostile prediction to succeed', async () => {
      const p = await api.predictions.get(ns(release), 'hostile-input');
      return p?.status?.phase === 'Succeeded' ? p : undefined;
    });
    const written = readFileSync(join(prediction.status?.outputPath ?? '', 'predictions.json'), 'utf8');
    expect(written).toContain('touch');
    expect(existsSync(marker)).toBe(false);
  });
});

describe('across namespaces and releases', () => {
  it('retries a job that ended in a state listed in spec.retry, up to the limit, each attempt its own job', async () => {
    const release = 'slurm-2411';
    apply(
      training(release, 'retried', {
        parameters: { exit_code: '3' },
        retry: { limit: 1, onStates: ['FAILED'] },
      }),
    );
    const result = await settled(ns(release), 'retried');
    expect(result.status).toMatchObject({ phase: 'Failed', reason: 'NonZeroExitCode', attempts: 2 });
    const slurm = (await connect(testCluster(release))).client;
    const uid = result.metadata.uid ?? '';
    const [first, second] = await Promise.all(
      [1, 2].map((attempt) => slurm.findByIdempotencyKey(idempotencyKey(uid, attempt))),
    );
    expect(first).toHaveLength(1);
    expect(second).toHaveLength(1);
    expect(second?.[0]?.jobId).toBe(result.status?.slurm?.jobId);
  });

  it("refuses, before Slurm, a Prediction reading another namespace's tree and a path parameter outside the allowed roots", async () => {
    const release = 'slurm-2411';
    const [mine, theirs] = [ns(release), ns('slurm-2605')];
    apply({
      apiVersion: 'ml.hpc.dev/v1alpha1',
      kind: 'Prediction',
      metadata: { name: 'reads-theirs', namespace: mine },
      spec: {
        model: 'classifier',
        version: 1,
        template: 'demo-predict',
        input: join(env.modelsBasePath, theirs, 'classifier', 'runs', 'secret.csv'),
        cluster: env.clusters[release],
      },
    });
    apply(
      training(release, 'raw-elsewhere', {
        template: 'nnunet-train',
        parameters: { task_number: '503', raw_path: '/etc' },
      }),
    );
    const [prediction, raw] = await Promise.all([
      eventually('the Prediction to be refused', async () => {
        const p = await api.predictions.get(mine, 'reads-theirs');
        return p?.status?.phase === 'Failed' ? p : undefined;
      }),
      settled(mine, 'raw-elsewhere'),
    ]);
    expect(prediction.status).toMatchObject({ reason: 'PathNotAllowed' });
    expect(prediction.status?.message).toContain(
      `spec.input: "${join(env.modelsBasePath, theirs)}/classifier/runs/secret.csv" is outside this namespace's tree: it must lie under ${join(env.modelsBasePath, mine)} or under ${join(env.sharedDir, 'datasets')}`,
    );
    expect(raw.status).toMatchObject({ phase: 'Failed', reason: 'PathNotAllowed' });
    expect(raw.status?.message).toContain('parameter "raw_path": "/etc" is outside');
    for (const refused of [prediction, raw]) {
      expect(refused.status?.slurm?.jobId).toBeUndefined();
      expect(refused.metadata.finalizers ?? []).toEqual([]);
    }
  });

  it('cancels the job while suspended and starts a new one when resumed', async () => {
    const release = 'slurm-2205';
    apply(training(release, 'pausable', { parameters: { sleep_seconds: '600' } }));
    const running = await eventually('training to run', async () => {
      const t = await api.trainings.get(ns(release), 'pausable');
      return t?.status?.phase === 'Running' ? t : undefined;
    });
    kubectlOk([
      'patch',
      'training',
      'pausable',
      '-n',
      ns(release),
      '--type=merge',
      '-p',
      '{"spec":{"suspend":true}}',
    ]);
    const suspended = await eventually('training to suspend', async () => {
      const t = await api.trainings.get(ns(release), 'pausable');
      return t?.status?.reason === 'Suspended' ? t : undefined;
    });
    expect(suspended.status?.phase).toBe('Pending');
    const slurm = (await connect(testCluster(release))).client;
    expect((await slurm.get(running.status?.slurm?.jobId ?? 0)).state.base).toBe('CANCELLED');
    kubectlOk([
      'patch',
      'training',
      'pausable',
      '-n',
      ns(release),
      '--type=merge',
      '-p',
      '{"spec":{"suspend":false}}',
    ]);
    const resumed = await eventually('training to run again', async () => {
      const t = await api.trainings.get(ns(release), 'pausable');
      return t?.status?.phase === 'Running' && t.status.slurm?.jobId !== running.status?.slurm?.jobId
        ? t
        : undefined;
    });
    expect(resumed.status?.attempts).toBe(2);
    kubectlOk(['delete', 'training', 'pausable', '-n', ns(release), '--wait=false']);
  });
  it('gives a Training in a namespace the SlurmCluster does not admit no job and a clear condition', async () => {
    apply(training('slurm-2205', 'outsider', {}, outsider()));
    const waiting = await eventually('outsider to be refused', async () => {
      const t = await api.trainings.get(outsider(), 'outsider');
      return t?.status?.conditions?.find((c) => c.type === 'Admitted' && c.status === 'False')
        ? t
        : undefined;
    });
    expect(waiting.status?.reason).toBe('NamespaceNotAdmitted');
    expect(waiting.status?.message).toContain(`does not admit namespace "${outsider()}"`);
    expect(waiting.status?.slurm).toBeUndefined();
    expect(waiting.status?.phase).toBe('Pending');
  });

  it("fails both releases' jobs over their time limit with reason Timeout", async () => {
    for (const release of releases) {
      apply(
        training(release, 'too-slow', {
          parameters: { sleep_seconds: '600' },
          resources: { timeLimit: '1', memory: '100M' },
        }),
      );
    }
    const results = await Promise.all(releases.map((release) => settled(ns(release), 'too-slow', 200_000)));
    for (const result of results)
      expect(result.status).toMatchObject({
        phase: 'Failed',
        reason: 'Timeout',
        slurm: { state: 'TIMEOUT' },
      });
  }, 220_000);

  it('waits with a condition for a model that does not exist yet, then runs once it has a ready version', async () => {
    const namespace = ns('slurm-2411');
    apply({
      apiVersion: 'ml.hpc.dev/v1alpha1',
      kind: 'Prediction',
      metadata: { name: 'early', namespace },
      spec: {
        model: 'late-model',
        template: 'demo-predict',
        input: join(env.modelsBasePath, namespace, 'no-input.csv'),
        cluster: env.clusters['slurm-2411'],
      },
    });
    const waiting = await eventually('prediction to wait', async () => {
      const p = await api.predictions.get(namespace, 'early');
      return p?.status?.conditions?.find((c) => c.type === 'ModelReady' && c.status === 'False')
        ? p
        : undefined;
    });
    expect(waiting.status).toMatchObject({ phase: 'Pending', reason: 'ModelNotFound' });
    apply(training('slurm-2411', 'late', { model: 'late-model' }));
    const ran = await eventually('prediction to succeed after the model appeared', async () => {
      const p = await api.predictions.get(namespace, 'early');
      return p?.status?.phase === 'Succeeded' ? (p as Prediction) : undefined;
    });
    expect(ran.status?.modelVersion).toBe(1);
  });
});
