// During an end-to-end run: real Prometheus scrapes the operator and every dashboard panel's
// query returns data; promtool accepts the metrics; the logs are JSON, correlated, secret-free.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchAsReader, fetchOperator, operatorUrl, readerToken } from '../support/access.ts';
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
import { SLURM_RELEASES, type SlurmRelease, testCluster } from '../support/slurm.ts';
import { required, stackEnv } from '../support/stack.ts';

const port = 18_191;
const dashboardsDir = new URL('../../charts/slurm-ml-operator/dashboards/', import.meta.url).pathname;
let env: E2eEnvironment;
let operator: OperatorProcess;
let namespace: string;
let targetFile: string;
let runId: string;
const prometheus = () => required(stackEnv('prometheus'), 'PROMETHEUS_URL');

async function query(expr: string): Promise<{ status: string; data: { result: unknown[] } }> {
  const response = await fetch(`${prometheus()}/api/v1/query?query=${encodeURIComponent(expr)}`);
  return (await response.json()) as { status: string; data: { result: unknown[] } };
}

beforeAll(async () => {
  const run = newRunId();
  runId = run;
  namespace = `e2e-obs-${run}`;
  // The operator sees the shared folder, so a Training's progress reaches /metrics.
  env = prepareE2e(run, { admitted: [namespace] }, { sharedFilesystem: true });
  operator = startOperator('e2e-observability', {
    OPERATOR_NAMESPACE: env.operatorNamespace,
    HTTP_PORT: String(port),
    PROGRESS_INTERVAL: '1s',
  });
  // Prometheus' job "slurm-ml-operator" sends this token; "slurm-ml-operator-anonymous" none.
  writeFileSync(required(stackEnv('prometheus'), 'PROMETHEUS_TOKEN_FILE'), readerToken());
  targetFile = join(required(stackEnv('prometheus'), 'PROMETHEUS_TARGETS_DIR'), `operator-${run}.json`);
  writeFileSync(targetFile, JSON.stringify([{ targets: [`127.0.0.1:${port}`], labels: { run } }]));
  const api = clients();
  const apply = (manifest: object) => kubectlOk(['apply', '-f', '-'], yaml.dump(manifest));
  const training = (name: string, release: SlurmRelease, parameters: Record<string, string>) =>
    apply({
      apiVersion: 'ml.hpc.dev/v1alpha1',
      kind: 'Training',
      metadata: { name, namespace },
      spec: { model: 'watched', template: 'demo-train', cluster: env.clusters[release], parameters },
    });
  for (const release of SLURM_RELEASES) training(`ok-${release.slice(6)}`, release, { sleep_seconds: '2' });
  training('fails', 'slurm-2411', { exit_code: '3' });
  // Still running when the panels are queried: the progress panel shows running Trainings only.
  training('long', 'slurm-2605', { epochs: '100', epoch_seconds: '3' });
  apply({
    apiVersion: 'ml.hpc.dev/v1alpha1',
    kind: 'Prediction',
    metadata: { name: 'predict', namespace },
    spec: {
      model: 'watched',
      template: 'demo-predict',
      input: join(env.modelsBasePath, namespace, 'no-input.csv'),
      cluster: env.clusters['slurm-2411'],
    },
  });
  await eventually(
    'the workload to finish',
    async () => {
      const phases = await Promise.all([
        ...[...SLURM_RELEASES.map((release) => `ok-${release.slice(6)}`), 'fails'].map(
          async (n) => (await api.trainings.get(namespace, n))?.status?.phase,
        ),
        (await api.predictions.get(namespace, 'predict'))?.status?.phase,
      ]);
      const long = (await api.trainings.get(namespace, 'long'))?.status;
      const reporting = long?.phase === 'Running' && (long.progress?.percent ?? 0) > 0;
      return reporting && phases.every((p) => p === 'Succeeded' || p === 'Failed') ? true : undefined;
    },
    120_000,
  );
  // Two scrapes after the last change, so rates over the run have at least two samples.
  await eventually('Prometheus to scrape the operator', async () => {
    const up = await query(`up{job="slurm-ml-operator",run="${run}"} == 1`);
    return up.data.result.length > 0 ? true : undefined;
  });
  await new Promise((resolve) => setTimeout(resolve, 6_000));
}, 240_000);

afterAll(async () => {
  if (targetFile) rmSync(targetFile, { force: true });
  await env?.teardown(operator);
});

interface Panel {
  title: string;
  targets: { expr: string }[];
}

const dashboards = readdirSync(dashboardsDir).filter((f) => f.endsWith('.json'));

describe('Grafana dashboards against real Prometheus', () => {
  it('ships an overview and a per-model dashboard', () => {
    expect(dashboards.sort()).toEqual(['model.json', 'overview.json']);
  });

  it.each(dashboards)('every panel query of %s returns data', async (file) => {
    const dashboard = JSON.parse(readFileSync(join(dashboardsDir, file), 'utf8')) as { panels: Panel[] };
    const empty: string[] = [];
    for (const panel of dashboard.panels) {
      for (const { expr } of panel.targets) {
        const concrete = expr
          .replaceAll('$__rate_interval', '2m')
          .replaceAll('$namespace', namespace)
          .replaceAll('$model', 'watched');
        const answer = await query(concrete);
        expect(answer.status, `${panel.title}: ${concrete}`).toBe('success');
        if (answer.data.result.length === 0) empty.push(`${panel.title}: ${concrete}`);
      }
    }
    expect(empty).toEqual([]);
  });
});

describe('the metrics endpoint', () => {
  it('is scraped by Prometheus with its granted token, and refused to Prometheus without one', async () => {
    expect((await query(`up{job="slurm-ml-operator",run="${runId}"}`)).data.result).toMatchObject([
      { value: [expect.any(Number), '1'] },
    ]);
    const anonymous = await eventually('the anonymous scrape to have been tried', async () => {
      const result = (await query(`up{job="slurm-ml-operator-anonymous",run="${runId}"}`)).data.result;
      return result.length > 0 ? result : undefined;
    });
    expect(anonymous).toMatchObject([{ value: [expect.any(Number), '0'] }]);
    expect((await fetchOperator(operatorUrl(port, '/metrics'))).status).toBe(401);
  });

  it('passes promtool check metrics with nothing reported', async () => {
    const body = await (await fetchAsReader(operatorUrl(port, '/metrics'))).text();
    const output = execFileSync(required(stackEnv('prometheus'), 'PROMTOOL'), ['check', 'metrics'], {
      input: body,
      encoding: 'utf8',
    });
    expect(output.trim()).toBe('');
  });

  it('reports readiness as JSON with the reasons', async () => {
    const response = await fetchOperator(operatorUrl(port, '/readyz'));
    const body = (await response.json()) as { ready: boolean; checks: { informersSynced: boolean } };
    expect(response.status).toBe(200);
    expect(body).toMatchObject({ ready: true, checks: { informersSynced: true } });
  });
});

describe('the logs of the run', () => {
  it('are all JSON, lines of one reconcile share an id, and no token, key or password appears', () => {
    const lines = readFileSync(operator.logFile, 'utf8').split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(10);
    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const byReconcile = new Map<string, Set<string>>();
    for (const record of records) {
      if (typeof record.reconcileId !== 'string') continue;
      const seen = byReconcile.get(record.reconcileId) ?? new Set();
      seen.add(`${record.kind} ${record.key}`);
      byReconcile.set(record.reconcileId, seen);
    }
    expect(byReconcile.size).toBeGreaterThan(3);
    for (const owners of byReconcile.values()) expect(owners.size).toBe(1);
    const counts = [...byReconcile.keys()].map((id) => records.filter((r) => r.reconcileId === id).length);
    expect(Math.max(...counts)).toBeGreaterThan(1);
    const text = lines.join('\n');
    expect(text).not.toMatch(/eyJhbGciOi/); // a JWT
    for (const release of SLURM_RELEASES) {
      const key = testCluster(release).jwtKey;
      expect(text).not.toContain(key.toString('base64'));
      expect(text).not.toContain(key.toString('hex'));
    }
    const databaseUrl = stackEnv('postgres').DATABASE_URL ?? '';
    const password = /:\/\/[^:]+:([^@]+)@/.exec(databaseUrl)?.[1];
    if (password) expect(text).not.toContain(password);
  });
});
