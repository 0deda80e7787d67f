// The model registry on the real API server: numbers given at registration (contiguous, each
// once, across a SIGKILL), artifact directories that nothing overwrites, versions that outlive a
// re-created Model, the legacy status.versions list migrated, and Predictions of a deleted version.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Model, ModelVersion, Training } from '../../src/api/types.ts';
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

const release = 'slurm-2411';
const api = clients();
let env: E2eEnvironment;
let namespace: string;
let operator: OperatorProcess;

const startTheOperator = (name: string) =>
  startOperator(`e2e-registry-${name}`, { OPERATOR_NAMESPACE: env.operatorNamespace });

beforeAll(() => {
  const run = newRunId();
  namespace = `e2e-registry-${run}`;
  env = prepareE2e(run, { admitted: [namespace] });
});

afterAll(async () => {
  await env?.teardown(operator ?? startTheOperator('teardown'));
});

const apply = (object: object) => kubectlOk(['apply', '-f', '-'], yaml.dump(object));

function training(name: string, model: string, parameters: Record<string, string> = {}): Training {
  return {
    apiVersion: 'ml.hpc.dev/v1alpha1',
    kind: 'Training',
    metadata: { name, namespace },
    spec: {
      model,
      template: 'demo-train',
      cluster: env.clusters[release],
      parameters,
      resources: { memory: '100M' },
    },
  };
}

/** Trainings of the namespace by name, as the API server has them. */
function trainings(): Map<string, Training> {
  const list = JSON.parse(kubectlOk(['get', 'trainings', '-n', namespace, '-o', 'json'])) as {
    items: Training[];
  };
  return new Map(list.items.map((t) => [t.metadata.name ?? '', t]));
}

function versionsOf(model: string): ModelVersion[] {
  const list = JSON.parse(
    kubectlOk(['get', 'mv', '-n', namespace, '-l', `ml.hpc.dev/model=${model}`, '-o', 'json']),
  ) as { items: ModelVersion[] };
  return list.items.sort((a, b) => a.spec.version - b.spec.version);
}

const FINAL = new Set(['Succeeded', 'Failed', 'Lost', 'Cancelled']);

describe('the model registry', () => {
  it('gives the 40 successes of a 50-Training sweep versions 1..40, each once, across a SIGKILL; failures get none', async () => {
    operator = startTheOperator('sweep-1');
    for (let i = 0; i < 50; i++)
      apply(training(`sweep-${i}`, 'sweep', { exit_code: i % 5 === 4 ? '3' : '0', sleep_seconds: '1' }));
    // Killed mid-sweep: once some versions are registered and others are not yet.
    await eventually('a first versions to be registered', async () => {
      const registered = [...trainings().values()].filter((t) => t.status?.modelVersion).length;
      return registered >= 5 && registered < 40 ? true : undefined;
    });
    operator.child.kill('SIGKILL');
    await operator.exited;
    operator = startTheOperator('sweep-2');
    const all = await eventually(
      'all 50 Trainings to be final',
      async () => {
        const current = trainings();
        return [...current.values()].every((t) => FINAL.has(t.status?.phase ?? '')) ? current : undefined;
      },
      240_000,
    );
    const succeeded = [...all.values()].filter((t) => t.status?.phase === 'Succeeded');
    const failed = [...all.values()].filter((t) => t.status?.phase === 'Failed');
    expect([succeeded.length, failed.length]).toEqual([40, 10]);
    for (const t of failed) expect(t.status?.modelVersion).toBeUndefined();
    const numbers = succeeded.map((t) => t.status?.modelVersion).sort((a, b) => (a ?? 0) - (b ?? 0));
    expect(numbers).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    const versions = versionsOf('sweep');
    expect(versions.map((v) => v.metadata.name)).toEqual(numbers.map((n) => `sweep-v${n}`));
    // Each version is its Training's, and each Training has exactly one.
    const byUid = new Map(succeeded.map((t) => [t.metadata.uid, t]));
    for (const v of versions) {
      const source = byUid.get(v.spec.training?.uid);
      expect(source?.status?.modelVersion).toBe(v.spec.version);
      expect(v.spec.path).toBe(source?.status?.modelPath);
    }
    expect(new Set(versions.map((v) => v.spec.training?.uid)).size).toBe(40);
    const model = await eventually('the Model to count 40 versions', async () => {
      const m = await api.models.get(namespace, 'sweep');
      return m?.status?.versionCount === 40 ? m : undefined;
    });
    expect(model.status).toMatchObject({ latestVersion: 40, nextVersion: 41 });
  }, 360_000);

  it('never writes into an earlier directory when the Model and a Training are deleted and re-created', async () => {
    const before = versionsOf('sweep');
    const earlier = new Map(before.map((v) => [v.spec.path, v.spec.training?.uid]));
    kubectlOk(['delete', 'model', 'sweep', '-n', namespace]);
    kubectlOk(['delete', 'training', 'sweep-0', '-n', namespace]);
    apply({
      apiVersion: 'ml.hpc.dev/v1alpha1',
      kind: 'Model',
      metadata: { name: 'sweep', namespace },
      spec: {},
    });
    apply(training('sweep-0', 'sweep'));
    const again = await eventually('the re-created Training to succeed', async () => {
      const t = await api.trainings.get(namespace, 'sweep-0');
      return t?.status?.phase === 'Succeeded' ? t : undefined;
    });
    // The versions outlived their Model: numbering went on, and the new run has a directory of its own.
    expect(again.status?.modelVersion).toBe(41);
    const path = again.status?.modelPath ?? '';
    expect(earlier.has(path)).toBe(false);
    expect(JSON.parse(readFileSync(join(path, 'model.json'), 'utf8')).training_uid).toBe(again.metadata.uid);
    // Every earlier directory still holds what its own Training wrote.
    for (const [earlierPath, uid] of earlier)
      expect(JSON.parse(readFileSync(join(earlierPath, 'model.json'), 'utf8')).training_uid).toBe(uid);
    const model = await eventually('the re-created Model to adopt the versions', async () => {
      const m = await api.models.get(namespace, 'sweep');
      return m?.status?.versionCount === 41 ? m : undefined;
    });
    expect(model.status?.latestVersion).toBe(41);
  }, 120_000);

  it('fails a Prediction of a deleted version, and waits for one not registered yet', async () => {
    kubectlOk(['delete', 'mv', 'sweep-v5', '-n', namespace]);
    const prediction = (name: string, version: number) => ({
      apiVersion: 'ml.hpc.dev/v1alpha1',
      kind: 'Prediction',
      metadata: { name, namespace },
      spec: {
        model: 'sweep',
        version,
        template: 'demo-predict',
        input: join(env.modelsBasePath, namespace, 'no-input.csv'),
        cluster: env.clusters[release],
      },
    });
    apply(prediction('of-deleted', 5));
    apply(prediction('of-future', 100));
    const failed = await eventually('the Prediction of a deleted version to fail', async () => {
      const p = await api.predictions.get(namespace, 'of-deleted');
      return p?.status?.phase === 'Failed' ? p : undefined;
    });
    expect(failed.status).toMatchObject({ reason: 'VersionDeleted' });
    expect(failed.status?.message).toContain('version 5 of Model "sweep" is not available');
    const waiting = await eventually('the Prediction of a future version to wait', async () => {
      const p = await api.predictions.get(namespace, 'of-future');
      return p?.status?.reason === 'VersionNotRegistered' ? p : undefined;
    });
    expect(waiting.status?.phase).toBe('Pending');
    expect(waiting.status?.conditions?.find((c) => c.type === 'ModelReady')?.status).toBe('False');
  }, 60_000);

  it("migrates a Model whose status still holds today's version list, keeping numbers and paths", async () => {
    const path = (n: number) => join(env.modelsBasePath, namespace, 'legacy', `v${n}`);
    await operator.stop();
    apply({
      apiVersion: 'ml.hpc.dev/v1alpha1',
      kind: 'Model',
      metadata: { name: 'legacy', namespace },
      spec: {},
    });
    // The status the operator before ModelVersion wrote: every version in one list.
    const stored = (await api.models.get(namespace, 'legacy')) as Model;
    await api.models.replaceStatus({
      ...stored,
      status: {
        latestVersion: 3,
        versionCount: 3,
        nextVersion: 4,
        versions: [1, 2, 3].map((version) => ({
          version,
          path: path(version),
          training: `old-${version}`,
          trainingUid: `00000000-0000-4000-8000-00000000000${version}`,
          jobId: 100 + version,
          createdAt: '2026-11-01T00:00:00Z',
          exitCode: 0,
        })),
      },
    });
    operator = startTheOperator('migration');
    const migrated = await eventually('the list to be migrated', async () => {
      const m = await api.models.get(namespace, 'legacy');
      return m?.status && !m.status.versions && m.status.versionCount === 3 ? m : undefined;
    });
    expect(migrated.status).toMatchObject({ latestVersion: 3, nextVersion: 4 });
    expect(
      versionsOf('legacy').map((v) => [v.metadata.name, v.spec.path, v.spec.training?.name, v.spec.jobId]),
    ).toEqual([1, 2, 3].map((n) => [`legacy-v${n}`, path(n), `old-${n}`, 100 + n]));
    apply(training('after-migration', 'legacy'));
    const next = await eventually('a Training of the migrated model to succeed', async () => {
      const t = await api.trainings.get(namespace, 'after-migration');
      return t?.status?.phase === 'Succeeded' ? t : undefined;
    });
    expect(next.status?.modelVersion).toBe(4);
    expect(existsSync(join(next.status?.modelPath ?? '', 'model.json'))).toBe(true);
    expect(kubectl(['get', 'mv', 'legacy-v4', '-n', namespace]).status).toBe(0);
  }, 120_000);
});
