// Benchmark: N Trainings through the operator on the real stack, against a baseline that
// submits the same N jobs straight to slurmrestd. Prints every figure of issue 7's targets.
//   node bench/operator-vs-slurmrestd.ts [--n 1000] [--rate 100] [--release slurm-2411] [--concurrency 8]
//     [--heap-mb 160] (the operator's V8 old-space limit, as a container memory limit would set it)
//     [--progress-epochs K --epoch-seconds S] (each Training's demo-train job reports K epochs, S
//     seconds apart) [--progress on|off] (on, the default with --progress-epochs: the clusters have
//     spec.sharedFilesystem and the operator reads the jobs' progress files; off: the same jobs,
//     nothing read) [--progress-interval 10s] (the operator's PROGRESS_INTERVAL)
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { durationMs } from '../src/api/duration.ts';
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
    // V8's young-generation semi-space in MiB, as the chart's semiSpaceMb sets it ('' for V8's default).
    'semi-space-mb': { type: 'string' },
    models: { type: 'string', default: '20' },
    'progress-epochs': { type: 'string' },
    'epoch-seconds': { type: 'string', default: '1' },
    progress: { type: 'string' },
    'progress-interval': { type: 'string', default: '10s' },
  },
});
const n = Number(values.n);
const rate = Number(values.rate);
const modelCount = Number(values.models);
const release = values.release as 'slurm-2205' | 'slurm-2411';
const progressEpochs = values['progress-epochs'] ? Number(values['progress-epochs']) : 0;
const epochSeconds = Number(values['epoch-seconds']);
const progressReading = (values.progress ?? (progressEpochs > 0 ? 'on' : 'off')) === 'on';
const progressIntervalMs = durationMs(values['progress-interval'] ?? '10s');
const port = 18_290;
const cluster = testCluster(release);
const run = newRunId();
const namespace = `bench-${run}`;
const log = (message: string) =>
  console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

log(
  `N=${n}, ${rate}/s, ${release}, reconcile concurrency ${values.concurrency}` +
    (progressEpochs ? `, ${progressEpochs} epochs of ${epochSeconds} s` : '') +
    (progressReading ? `, progress read every ${values['progress-interval']}` : ', progress not read'),
);

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
const env = prepareE2e(run, { admitted: [namespace] }, { sharedFilesystem: progressReading });

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
  PROGRESS_INTERVAL: values['progress-interval'] ?? '10s',
  NODE_OPTIONS: [
    values['heap-mb'] ? `--max-old-space-size=${values['heap-mb']}` : '',
    values['semi-space-mb'] ? `--max-semi-space-size=${values['semi-space-mb']}` : '',
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
// Progress writes as the informer sees them: a new status.progress or status.metrics on a Training
// that was Running before and still is (the tracker's patch holds only while it is Running).
const lastSeen = new Map<string, { phase: string; shown: string }>();
const progressWritesSeen = new Map<string, number>();
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
    const phase = training.status?.phase ?? '';
    const shown = JSON.stringify([training.status?.progress ?? null, training.status?.metrics ?? null]);
    const before = lastSeen.get(key);
    if (before?.phase === 'Running' && phase === 'Running' && before.shown !== shown)
      progressWritesSeen.set(key, (progressWritesSeen.get(key) ?? 0) + 1);
    lastSeen.set(key, { phase, shown });
    if (
      ['Succeeded', 'Failed', 'Lost', 'Cancelled'].includes(training.status?.phase ?? '') &&
      !finishedSeen.has(key)
    ) {
      finishedSeen.set(key, { at: now, training });
    }
  },
});
await informer.start();

// Every test operator on the stack reconciles every namespace: another one started meanwhile (a
// test run on the same machine) acts on this run's Trainings too, and its writes count here.
const otherOperators = new Set<number>();
const operatorWatch = setInterval(() => {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === operator.child.pid) continue;
    try {
      if (/src\/main\.ts|dist\/main\.js/.test(readFileSync(`/proc/${entry}/cmdline`, 'utf8')))
        otherOperators.add(Number(entry));
    } catch {
      // ended meanwhile
    }
  }
}, 2000);
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
        ...(progressEpochs
          ? { parameters: { epochs: String(progressEpochs), epoch_seconds: String(epochSeconds) } }
          : {}),
      },
    });
    createdAt.set(`${namespace}/${name}`, performance.now());
  }),
);
log('all created; waiting for them to finish');
await eventually(
  'every Training to finish',
  async () => (finishedSeen.size >= n ? true : undefined),
  // Jobs that run for a while take their turns on the cluster's 32 CPUs.
  Math.max(600_000, n * 400 + (n * progressEpochs * epochSeconds * 1000) / 16),
);
const wallSeconds = (performance.now() - startedAt) / 1000;
clearInterval(operatorWatch);
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

// Progress writes per Training against the most one per interval allows: the tracker writes at most
// once per tick, and a Training is watched from when it runs (Slurm's start, one-second resolution,
// so this is generous by up to a second) to the operator's final write (its history entry), in
// which the ticks are at most floor(T / interval) + 1.
const progressChecks = [...finishedSeen].map(([key, { training }]) => {
  const runningSeconds =
    (Date.parse(training.status?.phaseHistory?.at(-1)?.time ?? '') -
      Date.parse(training.status?.startedAt ?? '')) /
    1000;
  const bound = Number.isFinite(runningSeconds)
    ? Math.floor((runningSeconds * 1000) / progressIntervalMs) + 1
    : Number.NaN;
  const writes = progressWritesSeen.get(key) ?? 0;
  return { runningSeconds, bound, writes, ratio: writes / bound };
});
const measured = progressChecks.filter((c) => Number.isFinite(c.ratio));
const progressWritesCounted = metric('slurm_ml_progress_status_writes_total');
const progress = {
  epochs: progressEpochs,
  epochSeconds,
  reading: progressReading,
  intervalMs: progressIntervalMs,
  // The operator's own count, by result, and per Training.
  statusWrites: Object.fromEntries(
    ['written', 'gone', 'error'].map((r) => [
      r,
      sumMetric(metrics, 'slurm_ml_progress_status_writes_total', { result: r }),
    ]),
  ),
  statusWritesPerTraining: Number((progressWritesCounted / n).toFixed(2)),
  readBytes: metric('slurm_ml_progress_read_bytes_total'),
  // The informer's count per Training, against floor(running time / interval) + 1.
  writesSeenPerTraining: Number(
    (measured.reduce((sum, c) => sum + c.writes, 0) / Math.max(1, measured.length)).toFixed(2),
  ),
  runningSecondsP50: Number(
    percentile(
      measured.map((c) => c.runningSeconds),
      50,
    ).toFixed(1),
  ),
  boundPerTrainingMean: Number(
    (measured.reduce((sum, c) => sum + c.bound, 0) / Math.max(1, measured.length)).toFixed(2),
  ),
  maxWritesToBoundRatio: Number(Math.max(0, ...measured.map((c) => c.ratio)).toFixed(2)),
  trainingsOverBound: measured.filter((c) => c.writes > c.bound).length,
  trainingsMeasured: measured.length,
};

const result = {
  n,
  ratePerSecond: rate,
  release,
  phases,
  otherOperatorsDuringRun: otherOperators.size,
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
  operatorCpuMsPerTraining: Math.round((cpuSeconds * 1000) / n),
  progress,
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
