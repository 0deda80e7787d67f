// Runs the real operator (node src/main.ts) as a child process against the test stack, and
// sets up what it needs: CRDs, an operator namespace with the clusters' JWT keys, SlurmClusters.
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';
import type { Model, ModelVersion, Prediction, SlurmCluster, Training } from '../../src/api/types.ts';
import { resourceKinds } from '../../src/api/types.ts';
import { CREDENTIALS_LABEL, ENDPOINTS_ANNOTATION } from '../../src/clusters/credentials.ts';
import { KubeResourceClient } from '../../src/kube/resources.ts';
import { fetchAsReader, operatorTlsEnv, operatorUrl } from './access.ts';
import { installCrds, kubectl, kubectlOk } from './kubectl.ts';
import { SLURM_RELEASES, type SlurmRelease, testCluster } from './slurm.ts';
import { required, stackEnv } from './stack.ts';

const repoRoot = new URL('../../', import.meta.url).pathname;
export const logDir = join(repoRoot, '.stack', 'logs');

export function kubeConfig(): KubeConfig {
  const config = new KubeConfig();
  config.loadFromFile(required(stackEnv('kube'), 'KUBECONFIG'));
  return config;
}

export function clients(config = kubeConfig()) {
  const info = (kind: string) => {
    const found = resourceKinds.find((k) => k.kind === kind);
    if (!found) throw new Error(kind);
    return found;
  };
  return {
    trainings: new KubeResourceClient<Training>(config, info('Training')),
    predictions: new KubeResourceClient<Prediction>(config, info('Prediction')),
    models: new KubeResourceClient<Model>(config, info('Model')),
    modelVersions: new KubeResourceClient<ModelVersion>(config, info('ModelVersion')),
    slurmClusters: new KubeResourceClient<SlurmCluster>(config, info('SlurmCluster')),
  };
}

export interface OperatorProcess {
  child: ChildProcess;
  logFile: string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  exited: Promise<number | null>;
}

/** Preload for startOperator: the operator SIGKILLs itself once slurmrestd accepted a submit. */
export const CRASH_AFTER_SUBMIT = new URL('./crash-after-submit.ts', import.meta.url).href;

/**
 * Preload for startOperator: submit answers are lost and job lists fail, and the process SIGKILLs
 * itself after SLURM_ML_TEST_SIGKILL_AFTER_SUBMITS accepted submits.
 */
export const LOSE_SUBMIT_ANSWERS = new URL('./lose-submit-answers.ts', import.meta.url).href;

export interface StartOptions {
  /** Modules node loads before the operator (--import): test faults stay out of src/. */
  preload?: string[];
}

export function startOperator(
  name: string,
  env: Record<string, string>,
  options: StartOptions = {},
): OperatorProcess {
  mkdirSync(logDir, { recursive: true });
  const logFile = join(logDir, `${name}-${Date.now()}.log`);
  const out = createWriteStream(logFile);
  const preload = (options.preload ?? []).flatMap((module) => ['--import', module]);
  const child = spawn(process.execPath, [...preload, join(repoRoot, 'src/main.ts')], {
    env: {
      ...process.env,
      KUBECONFIG: required(stackEnv('kube'), 'KUBECONFIG'),
      LEADER_ELECTION: 'false',
      HTTP_PORT: '0',
      // HTTPS with the stack's test certificate, which fetchOperator trusts.
      ...operatorTlsEnv(),
      // The audit store on the stack's real Postgres (each resource has its own uid).
      DATABASE_URL: required(stackEnv('postgres'), 'DATABASE_URL'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    logFile,
    exited,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      // A test must never leave an operator behind to act on the next test's objects.
      const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      try {
        return await exited;
      } finally {
        clearTimeout(killer);
      }
    },
  };
}

export interface E2eEnvironment {
  run: string;
  operatorNamespace: string;
  /** SlurmCluster names by release. */
  clusters: Record<SlurmRelease, string>;
  modelsBasePath: string;
  sharedDir: string;
  /** Deletes the test namespaces while `operator` still runs (it releases the finalizers), then the rest. */
  teardown(operator?: OperatorProcess, timeoutMs?: number): Promise<void>;
}

export const newRunId = () => `${Date.now().toString(36)}${process.pid.toString(36)}`;

/** CRDs, operator namespace with JWT-key Secrets, and one SlurmCluster per release admitting `namespaces`. */
export function prepareE2e(
  run: string,
  namespaces: { admitted: string[]; other?: string[] },
  options: {
    /** The operator sees the clusters' shared folder (at the same path: it runs on their machine). */
    sharedFilesystem?: boolean;
  } = {},
): E2eEnvironment {
  const operatorNamespace = `slurm-ml-e2e-${run}`;
  installCrds();
  for (const ns of [operatorNamespace, ...namespaces.admitted, ...(namespaces.other ?? [])])
    kubectlOk(['create', 'namespace', ns]);
  const cluster2205 = testCluster('slurm-2205');
  const sharedDir = cluster2205.sharedDir;
  const modelsBasePath = join(sharedDir, 'models');
  mkdirSync(modelsBasePath, { recursive: true });
  chmodSync(modelsBasePath, 0o1777);
  // Each tenant's tree exists before its first job, as a cluster admin creates it: Slurm opens
  // the job's output file there before the script runs. The jobs' user is not the test's.
  for (const namespace of namespaces.admitted) {
    mkdirSync(join(modelsBasePath, namespace), { recursive: true });
    chmodSync(join(modelsBasePath, namespace), 0o777);
  }
  // A shared dataset directory every tenant may read from (tenants[].allowedRoots).
  const datasets = join(sharedDir, 'datasets');
  mkdirSync(datasets, { recursive: true });
  const clusters = Object.fromEntries(
    SLURM_RELEASES.map((release) => [release, `e2e-${release.slice(6)}-${run}`]),
  ) as Record<SlurmRelease, string>;
  for (const release of SLURM_RELEASES) {
    const cluster = testCluster(release);
    const secret = `${release}-jwt`;
    kubectlOk([
      'create',
      'secret',
      'generic',
      secret,
      '-n',
      operatorNamespace,
      `--from-file=jwt.key=${cluster.jwtKeyPath}`,
    ]);
    // A SlurmCluster may use only Secrets an admin labelled for Slurm, and send them only to the
    // endpoints each names (src/clusters/credentials.ts).
    kubectlOk(['label', 'secret', secret, '-n', operatorNamespace, `${CREDENTIALS_LABEL}=true`]);
    kubectlOk([
      'annotate',
      'secret',
      secret,
      '-n',
      operatorNamespace,
      `${ENDPOINTS_ANNOTATION}=${cluster.url}`,
    ]);
    kubectlOk(
      ['apply', '-f', '-'],
      JSON.stringify({
        apiVersion: 'ml.hpc.dev/v1alpha1',
        kind: 'SlurmCluster',
        metadata: { name: clusters[release] },
        spec: {
          endpoint: cluster.url,
          auth: { user: cluster.user, jwtKeySecretRef: { name: secret } },
          defaults: { partition: cluster.partition },
          modelsBasePath,
          ...(options.sharedFilesystem
            ? { sharedFilesystem: { clusterPath: sharedDir, operatorPath: sharedDir } }
            : {}),
          pollInterval: '1s',
          lostAfter: '30s',
          tenants: namespaces.admitted.map((namespace) => ({
            namespace,
            user: cluster.user,
            allowedRoots: [datasets],
          })),
        },
      }),
    );
  }
  return {
    run,
    operatorNamespace,
    clusters,
    modelsBasePath,
    sharedDir,
    async teardown(operator, timeoutMs = 60_000) {
      const testNamespaces = [...namespaces.admitted, ...(namespaces.other ?? [])];
      for (const ns of testNamespaces) kubectl(['delete', 'namespace', ns, '--wait=false']);
      if (operator) {
        const gone = () => testNamespaces.every((ns) => kubectl(['get', 'namespace', ns]).status !== 0);
        await eventually(
          'test namespaces to be deleted',
          async () => (gone() ? true : undefined),
          timeoutMs,
        ).catch(() => {});
        await operator.stop();
      }
      for (const name of Object.values(clusters)) kubectl(['delete', 'slurmcluster', name, '--wait=false']);
      kubectl(['delete', 'namespace', operatorNamespace, '--wait=false']);
    },
  };
}

/** Polls until `check` returns a value (not undefined), or fails with the last thing seen. */
export async function eventually<T>(
  what: string,
  check: () => Promise<T | undefined>,
  timeoutMs = 90_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

/**
 * The sum of a metric over its label sets in a Prometheus text exposition (0 if absent): all of
 * them, or those with every label in `labels`.
 */
export function sumMetric(exposition: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([label, value]) => `${label}="${value}"`);
  let sum = 0;
  for (const match of exposition.matchAll(new RegExp(`^${name}(?:\\{(.*)\\})? (\\S+)$`, 'gm'))) {
    const set = (match[1] ?? '').split(',');
    if (wanted.every((pair) => set.includes(pair))) sum += Number(match[2]);
  }
  return sum;
}

/** Scrapes an operator's /metrics and sums one metric (optionally over some label sets only). */
export async function scrapeMetric(
  port: number,
  name: string,
  labels: Record<string, string> = {},
): Promise<number> {
  const exposition = await fetchAsReader(operatorUrl(port, '/metrics')).then((r) => r.text());
  return sumMetric(exposition, name, labels);
}
