// End to end on the real API server and all three Slurm releases, with the operator seeing the
// clusters' shared folder (spec.sharedFilesystem): a demo Training's PROGRESS column rises to
// 100 while it runs, its latest loss is in its status and its final metrics on its ModelVersion,
// the metric history is served, `kubectl ml logs -f` (the real kubectl running the plugin) streams
// the job's output until it ends, and a user without rights in the namespace is refused.
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Training } from '../../src/api/types.ts';
import {
  fetchAsReader,
  operatorTlsEnv,
  operatorUrl,
  personToken,
  TRAINING_LOG_RULES,
} from '../support/access.ts';
import { kubectl, kubectlOk } from '../support/kubectl.ts';
import {
  clients,
  type E2eEnvironment,
  eventually,
  kubeConfig,
  newRunId,
  type OperatorProcess,
  prepareE2e,
  startOperator,
  sumMetric,
} from '../support/operator.ts';
import { freePort } from '../support/ports.ts';
import { SLURM_RELEASES, type SlurmRelease } from '../support/slurm.ts';
import { required, stackEnv } from '../support/stack.ts';

const repoRoot = new URL('../../', import.meta.url).pathname;
const EPOCHS = 5;
const NAME = 'watched';
let env: E2eEnvironment;
let operator: OperatorProcess;
let port: number;
let work: string;
const api = clients();
const ns = (release: SlurmRelease) => `e2e-progress-${release.slice(6)}-${env.run}`;

interface Watch {
  /** PROGRESS column values as `kubectl get trainings` printed them, each change once. */
  progressColumn: string[];
  /** When the Training was first seen Succeeded (or another final phase). */
  finishedAt?: number;
  final?: Training;
  /** Percent values /metrics showed for this Training while it ran. */
  gauge: number[];
  logs?: { code: number | null; stdout: string; stderr: string; firstEpochAt?: number };
}
const watches = new Map<SlurmRelease, Watch>();

function apply(manifest: object): void {
  kubectlOk(['apply', '-f', '-'], yaml.dump(manifest));
}

/** A kubeconfig for the stack's API server whose user is this token, as a person's would be. */
function kubeconfigFor(token: string, file: string): string {
  const cluster = kubeConfig().getCurrentCluster();
  if (!cluster) throw new Error('the stack kubeconfig has no cluster');
  const config = {
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [
      {
        name: 'stack',
        cluster: {
          server: cluster.server,
          ...(cluster.caFile ? { 'certificate-authority': cluster.caFile } : {}),
          ...(cluster.caData ? { 'certificate-authority-data': cluster.caData } : {}),
        },
      },
    ],
    users: [{ name: 'person', user: { token } }],
    contexts: [{ name: 'person', context: { cluster: 'stack', user: 'person' } }],
    'current-context': 'person',
  };
  writeFileSync(file, yaml.dump(config), { mode: 0o600 });
  return file;
}

/** `kubectl ml ...` as a user runs it: the real kubectl finds the plugin on PATH. */
function kubectlMl(args: string[], kubeconfig: string): ChildProcess {
  return spawn(required(stackEnv('kube'), 'KUBECTL'), ['ml', ...args], {
    cwd: '/',
    env: {
      ...process.env,
      PATH: `${join(work, 'bin')}:${process.env.PATH ?? ''}`,
      KUBECONFIG: kubeconfig,
      SLURM_ML_SERVER: `https://127.0.0.1:${port}`,
      SLURM_ML_CA_FILE: operatorTlsEnv().TLS_CERT_FILE,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function finished(child: ChildProcess, onStdout?: (text: string) => void) {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    onStdout?.(stdout);
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  );
}

function progressColumn(namespace: string): string | undefined {
  const table = kubectl(['get', 'trainings', NAME, '-n', namespace]);
  if (table.status !== 0) return undefined;
  const [header = '', row = ''] = table.stdout.trimEnd().split('\n');
  const at = header.split(/\s+/).indexOf('PROGRESS');
  return at < 0 ? 'no PROGRESS column' : row.split(/\s+/)[at];
}

async function watchTraining(release: SlurmRelease, readerConfig: string): Promise<void> {
  const namespace = ns(release);
  const watch: Watch = { progressColumn: [], gauge: [] };
  watches.set(release, watch);
  apply({
    apiVersion: 'ml.hpc.dev/v1alpha1',
    kind: 'Training',
    metadata: { name: NAME, namespace },
    spec: {
      model: 'progressive',
      template: 'demo-train',
      cluster: env.clusters[release],
      parameters: { epochs: String(EPOCHS), epoch_seconds: '2' },
    },
  });
  // `kubectl ml logs -f` once there is a job to follow, as `kubectl logs -f` once a pod exists.
  await eventually(`${release}: the Training's first attempt in status.logs`, async () =>
    (await api.trainings.get(namespace, NAME))?.status?.logs?.length ? true : undefined,
  );
  let firstEpochAt: number | undefined;
  const logs = finished(
    kubectlMl(['logs', `training/${NAME}`, '-n', namespace, '-f'], readerConfig),
    (text) => {
      if (firstEpochAt === undefined && text.includes('epoch 1/')) firstEpochAt = Date.now();
    },
  );
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    const value = progressColumn(namespace);
    if (value !== undefined && value !== watch.progressColumn.at(-1)) watch.progressColumn.push(value);
    const exposition = await fetchAsReader(operatorUrl(port, '/metrics')).then((r) => r.text());
    const gauge = sumMetric(exposition, 'slurm_ml_progress_percent', { namespace, name: NAME });
    if (exposition.includes(`name="${NAME}",`) && exposition.includes(`namespace="${namespace}"`))
      watch.gauge.push(gauge);
    const training = await api.trainings.get(namespace, NAME);
    const phase = training?.status?.phase;
    if (phase === 'Succeeded' || phase === 'Failed' || phase === 'Lost' || phase === 'Cancelled') {
      watch.finishedAt = Date.now();
      watch.final = training ?? undefined;
      // One more look at the column: the final write.
      const last = progressColumn(namespace);
      if (last !== undefined && last !== watch.progressColumn.at(-1)) watch.progressColumn.push(last);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  watch.logs = { ...(await logs), ...(firstEpochAt ? { firstEpochAt } : {}) };
}

const tokens = { reader: '', nobody: '' };
const kubeconfigs = { reader: '', nobody: '' };

beforeAll(async () => {
  const run = newRunId();
  env = prepareE2e(
    run,
    { admitted: SLURM_RELEASES.map((r) => `e2e-progress-${r.slice(6)}-${run}`) },
    {
      sharedFilesystem: true,
    },
  );
  port = await freePort();
  operator = startOperator('e2e-progress', {
    OPERATOR_NAMESPACE: env.operatorNamespace,
    HTTP_PORT: String(port),
    PROGRESS_INTERVAL: '1s',
  });
  work = mkdtempSync(join(tmpdir(), 'e2e-progress-'));
  // The plugin as a checkout provides it: kubectl runs any `kubectl-ml` on PATH.
  const plugin = join(work, 'bin', 'kubectl-ml');
  mkdirSync(join(work, 'bin'));
  writeFileSync(
    plugin,
    `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(join(repoRoot, 'src/cli/kubectl-ml.ts'))} "$@"\n`,
  );
  chmodSync(plugin, 0o755);

  // One person may read Trainings and their logs in every test namespace; another nothing.
  const readerNamespace = ns('slurm-2205');
  tokens.reader = personToken(
    'log-reader',
    readerNamespace,
    SLURM_RELEASES.map((release) => ({ namespace: ns(release), rules: TRAINING_LOG_RULES })),
  );
  tokens.nobody = personToken('nobody', readerNamespace);
  kubeconfigs.reader = kubeconfigFor(tokens.reader, join(work, 'reader.kubeconfig'));
  kubeconfigs.nobody = kubeconfigFor(tokens.nobody, join(work, 'nobody.kubeconfig'));
  await Promise.all(SLURM_RELEASES.map((release) => watchTraining(release, kubeconfigs.reader)));
}, 300_000);

afterAll(async () => {
  await env?.teardown(operator);
  if (work) rmSync(work, { recursive: true, force: true });
});

describe.each(SLURM_RELEASES)('a demo Training on %s that reports progress', (release) => {
  const watch = () => {
    const found = watches.get(release);
    if (!found?.final) throw new Error(`${release}: the Training did not finish`);
    return { ...found, final: found.final };
  };

  it('succeeds, and its PROGRESS column rose to 100 while it ran', () => {
    const { final, progressColumn: seen } = watch();
    expect(final.status?.phase).toBe('Succeeded');
    const numbers = seen.filter((v) => /^\d+$/.test(v)).map(Number);
    // Seen between 0 and 100 while it ran (not only at the end), never going back, ending at 100.
    expect(numbers.some((n) => n > 0 && n < 100)).toBe(true);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(numbers.at(-1)).toBe(100);
    expect(final.status?.progress).toMatchObject({
      percent: 100,
      step: EPOCHS,
      total: EPOCHS,
      unit: 'epoch',
    });
    expect(final.status?.conditions?.find((c) => c.type === 'LogsAvailable')).toMatchObject({
      status: 'True',
      reason: 'SharedFilesystem',
    });
  });

  it('has its latest loss in status and its final metrics on its ModelVersion', async () => {
    const { final } = watch();
    const loss = final.status?.metrics?.find((m) => m.name === 'loss');
    expect(loss).toMatchObject({ step: EPOCHS });
    // demo-train's made-up curve at the last epoch, learning rate 0.01.
    expect(Number(loss?.value)).toBeCloseTo(1 / (1 + EPOCHS * 0.11), 5);
    const version = await api.modelVersions.get(ns(release), `progressive-v${final.status?.modelVersion}`);
    expect(version?.spec.metrics).toEqual({ loss: Number(loss?.value) });
  });

  it('serves the full metric history, and kubectl ml metrics plots it', async () => {
    const answer = await eventually('the metric history', async () => {
      const response = await fetchAsReader(
        operatorUrl(port, `/api/v1/trainings/${ns(release)}/${NAME}/metrics`),
      );
      return response.status === 200
        ? ((await response.json()) as { series: { metric: string; points: unknown[] }[] })
        : undefined;
    });
    expect(answer.series.find((s) => s.metric === 'loss')?.points).toHaveLength(EPOCHS);
    const printed = await finished(
      kubectlMl(['metrics', `training/${NAME}`, '-n', ns(release)], kubeconfigs.reader),
    );
    expect(printed.code, printed.stderr).toBe(0);
    expect(printed.stdout).toContain('loss');
    expect(printed.stdout).toMatch(/Progress: 100%/);
  });

  it('streams the job output with kubectl ml logs -f until the job ends', () => {
    const { logs, finishedAt = 0 } = watch();
    expect(logs?.code, logs?.stderr).toBe(0);
    for (let epoch = 1; epoch <= EPOCHS; epoch++) expect(logs?.stdout).toContain(`epoch ${epoch}/${EPOCHS}`);
    expect(logs?.stdout).toContain('demo-train: wrote');
    // The first epoch's line came while the job still ran, not in one piece at the end.
    expect(logs?.firstEpochAt ?? Number.POSITIVE_INFINITY).toBeLessThan(finishedAt);
  });

  it('showed a bounded /metrics series while it ran, gone once it ended', async () => {
    const { gauge } = watch();
    expect(gauge.some((v) => v > 0 && v <= 100)).toBe(true);
    const exposition = await fetchAsReader(operatorUrl(port, '/metrics')).then((r) => r.text());
    expect(exposition).not.toMatch(new RegExp(`slurm_ml_progress_percent\\{[^}]*namespace="${ns(release)}"`));
  });

  it('refuses the logs to a user without rights in the namespace', async () => {
    const refused = await finished(
      kubectlMl(['logs', `training/${NAME}`, '-n', ns(release)], kubeconfigs.nobody),
    );
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('trainings/log');
  });
});
