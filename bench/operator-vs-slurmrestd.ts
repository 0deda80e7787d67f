// Benchmark: N Trainings through the operator on the real stack, against a baseline that
// submits the same N jobs straight to slurmrestd. Prints every figure of issue 7's targets.
//   node bench/operator-vs-slurmrestd.ts [--n 1000] [--rate 100] [--release slurm-2411] [--concurrency 8]
//     [--heap-mb 160] (the operator's V8 old-space limit, as a container memory limit would set it)
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import type { Training } from '../src/api/types.ts';
import { objectKey, ResourceInformer } from '../src/runtime/index.ts';
import { fetchAsReader, fetchOperator, operatorUrl } from '../test/support/access.ts';
import {
  clients,
  eventually,
  kubeConfig,
  newRunId,
  prepareE2e,
  startOperator,
  sumMetric,
} from '../test/support/operator.ts';
import { testCluster } from '../test/support/slurm.ts';
import { required, stackEnv } from '../test/support/stack.ts';
import { percentile, runBaseline } from './baseline.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '1000' },
    rate: { type: 'string', default: '100' },
    release: { type: 'string', default: 'slurm-2411' },
    concurrency: { type: 'string', default: '8' },
    'skip-baseline': { type: 'boolean', default: false },
    'heap-mb': { type: 'string' },
    models: { type: 'string', default: '20' },
  },
});
const n = Number(values.n);
const rate = Number(values.rate);
const modelCount = Number(values.models);
const release = values.release as 'slurm-2205' | 'slurm-2411';
const port = 18_290;
const cluster = testCluster(release);
const run = newRunId();
const namespace = `bench-${run}`;
const log = (message: string) =>
  console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

log(`N=${n}, ${rate}/s, ${release}, reconcile concurrency ${values.concurrency}`);

/** kube-apiserver's own request counters, by verb and resource (the operator's and the bench's). */
function apiServerRequests(): Map<string, number> {
  const totals = new Map<string, number>();
  const kube = stackEnv('kube');
  const metricsText = execFileSync(required(kube, 'KUBECTL'), ['get', '--raw', '/metrics'], {
    encoding: 'utf8',
    env: { ...process.env, KUBECONFIG: required(kube, 'KUBECONFIG') },
    maxBuffer: 256 * 2 ** 20,
  });
  for (const line of metricsText.split('\n')) {
    if (!line.startsWith('apiserver_request_total{')) continue;
    const label = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(line)?.[1] ?? '';
    const resource = label('resource');
    if (!['trainings', 'models', 'modelversions', 'events'].includes(resource) || label('verb') === 'WATCH')
      continue;
    const sub = label('subresource');
    const key = `${label('verb')} ${resource}${sub ? `/${sub}` : ''}${label('code') === '409' ? ' (409)' : ''}`;
    totals.set(key, (totals.get(key) ?? 0) + Number(line.slice(line.lastIndexOf(' ') + 1)));
  }
  return totals;
}

/** CPU seconds used so far by every process of these names (all share the machine's cores). */
const NEIGHBOURS = ['kube-apiserver', 'etcd', 'slurmctld', 'slurmrestd', 'slurmd', 'slurmstepd', 'postgres'];
function cpuByProcessName(): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const raw = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const name = raw.slice(raw.indexOf('(') + 1, raw.lastIndexOf(')'));
      if (!NEIGHBOURS.includes(name)) continue;
      const fields = raw.slice(raw.lastIndexOf(')') + 2).split(' ');
      totals[name] = (totals[name] ?? 0) + (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      // the process ended between readdir and read
    }
  }
  return totals;
}
const env = prepareE2e(run, { admitted: [namespace] });

let baseline: Awaited<ReturnType<typeof runBaseline>> | null = null;
if (!values['skip-baseline']) {
  log('baseline: the same jobs straight to slurmrestd');
  baseline = await runBaseline(cluster, n, env.modelsBasePath);
  log(`baseline: ${baseline.wallSeconds.toFixed(1)} s`);
}

const operator = startOperator('bench', {
  OPERATOR_NAMESPACE: env.operatorNamespace,
  HTTP_PORT: String(port),
  RECONCILE_CONCURRENCY: values.concurrency ?? '8',
  LOG_LEVEL: 'warn',
  NODE_OPTIONS: [
    values['heap-mb'] ? `--max-old-space-size=${values['heap-mb']}` : '',
    process.env.BENCH_CPU_PROFILE ? `--cpu-prof --cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}` : '',
    process.env.BENCH_NODE_OPTIONS ?? '', // e.g. --heapsnapshot-signal=SIGUSR2 for a heap snapshot on demand
  ]
    .filter(Boolean)
    .join(' '),
});
// A benchmark that dies must not leave its operator reconciling every namespace of the stack.
process.on('exit', () => operator.child.kill('SIGKILL'));
await eventually('the operator to serve', async () =>
  (await fetchOperator(operatorUrl(port, '/readyz')).catch(() => null))?.ok ? true : undefined,
);

// What the bench sees, with millisecond times: when each job id and each final phase appeared.
const createdAt = new Map<string, number>();
const submittedSeen = new Map<string, number>();
const finishedSeen = new Map<string, { at: number; training: Training }>();
const informer = new ResourceInformer<Training>({
  kubeConfig: kubeConfig(),
  group: 'ml.hpc.dev',
  version: 'v1alpha1',
  plural: 'trainings',
  namespaced: true,
  namespace,
  onEvent: (_type, training) => {
    const key = objectKey(training);
    const now = performance.now();
    if (training.status?.slurm?.jobId && !submittedSeen.has(key)) submittedSeen.set(key, now);
    if (
      ['Succeeded', 'Failed', 'Lost', 'Cancelled'].includes(training.status?.phase ?? '') &&
      !finishedSeen.has(key)
    ) {
      finishedSeen.set(key, { at: now, training });
    }
  },
});
await informer.start();

const { trainings } = clients();
const neighboursBefore = cpuByProcessName();
const requestsBefore = apiServerRequests();
const benchCpuBefore = process.cpuUsage();
const startedAt = performance.now();
const wallClockStart = Date.now();
/** The API server may close a busy HTTP/2 connection (GOAWAY); a create that got no answer is retried. */
async function createRetrying(training: Training): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await trainings.create(training);
      return;
    } catch (error) {
      const stored = await trainings
        .get(training.metadata.namespace, training.metadata.name ?? '')
        .catch(() => null);
      if (stored) return;
      if (attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
}
log(`creating ${n} Trainings at ${rate}/s`);
await Promise.all(
  Array.from({ length: n }, async (_, i) => {
    await new Promise((resolve) => setTimeout(resolve, (i * 1000) / rate));
    const name = `t${i}`;
    await createRetrying({
      apiVersion: 'ml.hpc.dev/v1alpha1',
      kind: 'Training',
      metadata: { name, namespace },
      spec: {
        model: `bench-${i % modelCount}`,
        template: 'demo-train',
        cluster: env.clusters[release],
        resources: { memory: '100M' },
      },
    });
    createdAt.set(`${namespace}/${name}`, performance.now());
  }),
);
log('all created; waiting for them to finish');
await eventually(
  'every Training to finish',
  async () => (finishedSeen.size >= n ? true : undefined),
  Math.max(600_000, n * 400),
);
const wallSeconds = (performance.now() - startedAt) / 1000;
const neighboursAfter = cpuByProcessName();
const requestsAfter = apiServerRequests();
// Per Training, while the run lasted (the bench's own creates are the "POST trainings").
const apiRequestsPerTraining = Object.fromEntries(
  [...requestsAfter]
    .map(([key, count]) => [key, Number(((count - (requestsBefore.get(key) ?? 0)) / n).toFixed(2))] as const)
    .filter(([, perTraining]) => perTraining > 0)
    .sort((a, b) => b[1] - a[1]),
);
// Writes only (the benchmark's own create of each Training included): what the operator costs etcd.
const WRITE_VERBS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const apiWritesPerTraining = Number(
  Object.entries(apiRequestsPerTraining)
    .filter(([key]) => WRITE_VERBS.has(key.split(' ')[0] ?? '') && !key.endsWith('(409)'))
    .reduce((sum, [, perTraining]) => sum + perTraining, 0)
    .toFixed(2),
);
/** The largest bench Model as the API server stores it (JSON bytes): constant, or growing with N. */
function largestModelBytes(): number {
  const kube = stackEnv('kube');
  const list = JSON.parse(
    execFileSync(required(kube, 'KUBECTL'), ['get', 'models', '-n', namespace, '-o', 'json'], {
      encoding: 'utf8',
      env: { ...process.env, KUBECONFIG: required(kube, 'KUBECONFIG') },
      maxBuffer: 256 * 2 ** 20,
    }),
  ) as { items: unknown[] };
  return Math.max(0, ...list.items.map((item) => Buffer.byteLength(JSON.stringify(item))));
}
const benchCpu = process.cpuUsage(benchCpuBefore);
// Processes that ended during the run (slurmstepd) are missed; the long-lived servers are not.
const cpuSecondsDuringOperatorRun = Object.fromEntries(
  NEIGHBOURS.map((name) => [
    name,
    Number(((neighboursAfter[name] ?? 0) - (neighboursBefore[name] ?? 0)).toFixed(1)),
  ]),
);
cpuSecondsDuringOperatorRun.benchmark = Number(((benchCpu.user + benchCpu.system) / 1e6).toFixed(1));

const submitLatencies = [...createdAt]
  .map(([key, at]) => (submittedSeen.get(key) ?? Number.NaN) - at)
  .filter(Number.isFinite);
// Per final Training, on the machine's clock: Slurm's end (one-second resolution), the operator's
// write of the final phase (its history entry) and the benchmark's informer seeing it. The lag is
// split at the write: before it the poll and the reconcile, after it the API server's fan-out.
const finals = [...finishedSeen.values()].map(({ at, training }) => ({
  slurmEnd: Date.parse(training.status?.finishedAt ?? ''),
  written: Date.parse(training.status?.phaseHistory?.at(-1)?.time ?? ''),
  seen: wallClockStart + (at - startedAt),
}));
const statusLags = finals.map((f) => f.seen - f.slurmEnd);
const lagSplit = finals.filter((f) => Number.isFinite(f.written));
const p50p99 = (values: number[]) => ({
  p50: Math.round(percentile(values, 50)),
  p99: Math.round(percentile(values, 99)),
});
const phases = [...finishedSeen.values()].reduce<Record<string, number>>((acc, { training }) => {
  const phase = training.status?.phase ?? '?';
  acc[phase] = (acc[phase] ?? 0) + 1;
  return acc;
}, {});
const metrics = await fetchAsReader(operatorUrl(port, '/metrics')).then((r) => r.text());
const metric = (name: string) => sumMetric(metrics, name);
const pid = operator.child.pid ?? 0;
const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
const cpuSeconds = (Number(stat[11]) + Number(stat[12])) / 100;
const peakRssMb =
  Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

const result = {
  n,
  ratePerSecond: rate,
  release,
  phases,
  wallSeconds: Number(wallSeconds.toFixed(1)),
  baselineWallSeconds: baseline ? Number(baseline.wallSeconds.toFixed(1)) : null,
  ratioOperatorToBaseline: baseline ? Number((wallSeconds / baseline.wallSeconds).toFixed(2)) : null,
  submitLatencyMs: p50p99(submitLatencies),
  statusLagMs: p50p99(statusLags),
  statusLagSplitMs: {
    slurmEndToOperatorWrite: p50p99(lagSplit.map((f) => f.written - f.slurmEnd)),
    operatorWriteToSeen: p50p99(lagSplit.map((f) => f.seen - f.written)),
  },
  pollIntervalMs: 1000,
  slurmListCallsPerPollCycle: Number(
    (metric('slurm_ml_poll_list_calls_total') / Math.max(1, metric('slurm_ml_poll_cycles_total'))).toFixed(2),
  ),
  slurmRequests: metric('slurm_ml_slurm_requests_total'),
  operatorCpuSeconds: cpuSeconds,
  operatorPeakRssMb: Math.round(peakRssMb),
  cpuSecondsDuringOperatorRun,
  apiRequestsPerTraining,
  apiWritesPerTraining,
  kubeApiserverCpuMsPerTraining: Math.round(
    ((cpuSecondsDuringOperatorRun['kube-apiserver'] ?? 0) * 1000) / n,
  ),
  largestModelBytes: largestModelBytes(),
  machineCoreSeconds: Number((wallSeconds * availableParallelism()).toFixed(0)),
  operatorHeapLimitMb: values['heap-mb'] ? Number(values['heap-mb']) : null,
  operatorHeapUsedAtEndMb: Math.round(metric('slurm_ml_nodejs_heap_size_used_bytes') / 2 ** 20),
  baselineSubmitMs: baseline
    ? { p50: Math.round(baseline.submitP50Ms), p99: Math.round(baseline.submitP99Ms) }
    : null,
};
console.log(JSON.stringify(result, null, 2));

log('cleaning up (the operator releases the finalizers)');
await informer.stop();
await env.teardown(operator, Math.max(60_000, n * 100));
process.exit(0);
