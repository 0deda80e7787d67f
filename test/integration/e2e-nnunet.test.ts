// The built-in nnunet-train and nnunet-predict templates, run for real: Trainings and a
// Prediction applied with kubectl become Slurm jobs on the stack's 26.05 cluster, which run
// Apptainer with the nnU-Net stand-in image on the stack's dataset (scripts/stack/apptainer.sh,
// scripts/stack/nnunet-standin/). The stack has no GPU partition: resources are overridden.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Prediction, Training } from '../../src/api/types.ts';
import { kubectlOk } from '../support/kubectl.ts';
import {
  clients,
  type E2eEnvironment,
  eventually,
  newRunId,
  type OperatorProcess,
  prepareE2e,
  startOperator,
} from '../support/operator.ts';
import { required, stackEnv } from '../support/stack.ts';

const release = 'slurm-2605';
const trainer = 'nnUNetTrainer_5epochs';
const configuration = '3d_fullres';
// No gpu partition on the stack: a small CPU job on its debug partition.
const resources = { partition: 'debug', gpus: 0, cpusPerTask: 1, memory: '200M', timeLimit: '10' };

let env: E2eEnvironment;
let operator: OperatorProcess;
let stack: { image: string; raw: string; dataset: string; task: string };
const api = clients();
const ns = () => `e2e-nnunet-${env.run}`;

/** The apptainer component's env file (a missing one is a failure, as every stack component's). */
function apptainerStack() {
  const values = stackEnv('apptainer');
  expect(required(values, 'APPTAINER_CLUSTER')).toBe(release);
  return {
    image: required(values, 'NNUNET_IMAGE'),
    raw: required(values, 'NNUNET_RAW'),
    dataset: required(values, 'NNUNET_DATASET'),
    task: required(values, 'NNUNET_TASK'),
  };
}

beforeAll(() => {
  stack = apptainerStack();
  const run = newRunId();
  // The operator reads the jobs' progress files (and output) through the shared folder, which it
  // sees at the same path as the cluster.
  env = prepareE2e(run, { admitted: [`e2e-nnunet-${run}`] }, { sharedFilesystem: true });
  operator = startOperator('e2e-nnunet', { OPERATOR_NAMESPACE: env.operatorNamespace });
});

afterAll(async () => {
  await env?.teardown(operator);
});

function apply(manifest: object): void {
  kubectlOk(['apply', '-f', '-'], yaml.dump(manifest));
}

function nnunetTraining(name: string, fold: string) {
  return {
    apiVersion: 'ml.hpc.dev/v1alpha1',
    kind: 'Training',
    metadata: { name, namespace: ns() },
    spec: {
      model: 'demo-segmentation',
      template: 'nnunet-train',
      cluster: env.clusters[release],
      resources,
      parameters: {
        task_number: stack.task,
        fold_index: fold,
        configuration,
        trainer,
        image: stack.image,
        raw_path: stack.raw,
      },
    },
  };
}

const FINAL = ['Succeeded', 'Failed', 'Cancelled', 'Lost'];

async function settledTraining(name: string): Promise<Training> {
  return eventually(
    `training ${name} to settle`,
    async () => {
      const t = await api.trainings.get(ns(), name);
      return t?.status?.phase && FINAL.includes(t.status.phase) ? t : undefined;
    },
    180_000,
  );
}

/** The job's output file in the namespace's tree (Slurm's %x-%j.out). */
function jobOutput(jobId: number | undefined): string {
  const tree = join(env.modelsBasePath, ns());
  const files = readdirSync(tree).filter((file) => file.endsWith(`-${jobId}.out`));
  expect(files).toHaveLength(1);
  return readFileSync(join(tree, files[0] ?? ''), 'utf8');
}

/** Progress and metrics of a finished nnunet-train Training, from the stand-in's nnU-Net log. */
async function expectProgressReported(name: string): Promise<void> {
  const training = await eventually(
    `training ${name} to show its progress at 100 %`,
    async () => {
      const t = await api.trainings.get(ns(), name);
      return t?.status?.progress?.percent === 100 ? t : undefined;
    },
    60_000,
  );
  expect(training.status?.progress).toMatchObject({ percent: 100, step: 5, total: 5, unit: 'epoch' });
  const metrics = Object.fromEntries((training.status?.metrics ?? []).map((m) => [m.name, m]));
  expect(Object.keys(metrics).sort()).toEqual(['learning_rate', 'pseudo_dice', 'train_loss', 'val_loss']);
  expect(metrics.val_loss).toMatchObject({ value: expect.stringMatching(/^-?\d/), step: 5 });
  expect(Number(metrics.pseudo_dice?.value)).toBeGreaterThan(0);
}

describe('nnU-Net through Apptainer on Slurm 26.05', () => {
  let trained: Record<string, Training> = {};

  it('trains folds 0 and 1 as two Trainings to Succeeded, each with its nnU-Net results', async () => {
    apply(nnunetTraining('fold-0', '0'));
    apply(nnunetTraining('fold-1', '1'));
    const [fold0, fold1] = await Promise.all([settledTraining('fold-0'), settledTraining('fold-1')]);
    trained = { '0': fold0, '1': fold1 };
    for (const [fold, training] of Object.entries(trained)) {
      const output = () => jobOutput(training.status?.slurm?.jobId);
      expect(training.status, output()).toMatchObject({
        phase: 'Succeeded',
        slurm: { exitCode: 0, state: 'COMPLETED' },
      });
      const modelPath = training.status?.modelPath ?? '';
      const foldDir = join(
        modelPath,
        'nnUNet_results',
        stack.dataset,
        `${trainer}__nnUNetPlans__${configuration}`,
        `fold_${fold}`,
      );
      expect(existsSync(join(foldDir, 'checkpoint_final.pth'))).toBe(true);
      expect(existsSync(join(modelPath, 'nnUNet_preprocessed', stack.dataset, 'nnUNetPlans.json'))).toBe(
        true,
      );
      const logs = readdirSync(foldDir).filter((file) => /^training_log_[\d_]+\.txt$/.test(file));
      expect(logs).toHaveLength(1);
      const log = readFileSync(join(foldDir, logs[0] ?? ''), 'utf8');
      expect(log).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}: Epoch 4$/m);
      expect(log).not.toMatch(/: Epoch 5$/m);
      // The job's output keeps nnU-Net's log as the parser passed it on, and says how it ran.
      const out = output();
      expect(out).toContain(
        `nnunet-train: dataset ${stack.task}, configuration ${configuration}, fold ${fold}, trainer ${trainer} (5 epochs)`,
      );
      expect(out.match(/: Epoch time: [\d.]+ s$/gm)).toHaveLength(5);
      expect(out).toContain('Mean Validation Dice:');
      // Slurm gave no GPUs, so Apptainer ran without --nv: no NVIDIA warning.
      expect(out).not.toMatch(/nvidia|--nv/i);
    }
    expect([fold0.status?.modelVersion, fold1.status?.modelVersion].sort()).toEqual([1, 2]);
    await expectProgressReported('fold-0');
    await expectProgressReported('fold-1');
  });

  it("predicts with fold 0's model version into the Prediction's output path", async () => {
    const version = trained['0']?.status?.modelVersion;
    expect(version).toBeDefined();
    const input = join(stack.raw, stack.dataset, 'imagesTs');
    apply({
      apiVersion: 'ml.hpc.dev/v1alpha1',
      kind: 'Prediction',
      metadata: { name: 'segment-test-cases', namespace: ns() },
      spec: {
        model: 'demo-segmentation',
        version,
        template: 'nnunet-predict',
        input,
        cluster: env.clusters[release],
        resources,
        parameters: { task_number: stack.task, fold_index: '0', configuration, trainer, image: stack.image },
      },
    });
    const prediction: Prediction = await eventually(
      'the Prediction to settle',
      async () => {
        const p = await api.predictions.get(ns(), 'segment-test-cases');
        return p?.status?.phase && FINAL.includes(p.status.phase) ? p : undefined;
      },
      120_000,
    );
    expect(prediction.status, jobOutput(prediction.status?.slurm?.jobId)).toMatchObject({
      phase: 'Succeeded',
      modelVersion: version,
    });
    const outputPath = prediction.status?.outputPath ?? '';
    expect(outputPath).toMatch(
      new RegExp(`^${trained['0']?.status?.modelPath}/inference/${prediction.metadata.uid}-\\d{8}T\\d{6}Z$`),
    );
    // One segmentation per test case (<case>_0000.nii.gz in, <case>.nii.gz out), from fold 0.
    const cases = readdirSync(input).map((file) => file.replace(/_\d{4}\.nii\.gz$/, ''));
    expect(cases.length).toBeGreaterThan(0);
    const written = readdirSync(outputPath).filter((file) => file.endsWith('.nii.gz'));
    expect(written.sort()).toEqual(cases.map((c) => `${c}.nii.gz`).sort());
    for (const c of cases) {
      expect(gunzipSync(readFileSync(join(outputPath, `${c}.nii.gz`))).toString()).toContain(
        `segmentation ${c} by ${trainer} (folds 0)`,
      );
    }
    expect(existsSync(join(outputPath, 'predict_from_raw_data_args.json'))).toBe(true);
  });
});
