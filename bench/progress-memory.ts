// Benchmark of issue 16's memory target: a job that writes 1 GB of output and 100,000 metric
// lines must not raise the operator's peak RSS by more than 20 MB. Each case runs in a fresh
// operator process on the real stack (the clusters with spec.sharedFilesystem, so the operator
// reads the jobs' files), with one Training whose log a client follows to its end through the
// operator's logs endpoint (`?follow=true`, all of it, as `kubectl ml logs -f` reads it) while
// the progress tracker reads its progress file:
//   baseline  demo-train, `--baseline-epochs` epochs of one second each (a trivial job)
//   heavy     a template written at run time (TEMPLATE_DIRS): `--output-mb` of output lines and
//             `--metric-lines` progress lines of step, total and two metrics, in `--slices`
//             slices a second apart, so the operator reads while the job runs
// The operator's RSS is read from /proc/<pid>/status: VmRSS every 100 ms and VmHWM at the end.
// Prints one JSON object per case and a summary (peak RSS, delta against the baseline of the
// same round, bytes followed, metric points in the audit store, progress status writes, the
// final status.progress and status.metrics).
//   node bench/progress-memory.ts [--rounds 2] [--release slurm-2411] [--output-mb 1024]
//     [--metric-lines 100000] [--slices 30] [--progress-interval 10s] [--heap-mb 256]
//     [--semi-space-mb 8] (the chart's heapLimitMb and semiSpaceMb; --semi-space-mb '' for V8's default)
//     [--cases baseline,heavy] [--snapshot-at-mb N] (a heap snapshot of the heavy case's operator
//     once its RSS passes N MB, written to --snapshot-dir, default the OS's temp folder)
//     [--sample-heap] (the operator's /metrics every 500 ms: the peaks of V8's heap and of
//     external memory, to tell where RSS goes; the scrapes cost the operator a little memory)
//   BENCH_NODE_OPTIONS adds Node options to the operator of every case.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as yaml from 'js-yaml';
import pg from 'pg';
import type { Training } from '../src/api/types.ts';
import {
  fetchAsReader,
  operatorCa,
  operatorUrl,
  personToken,
  TRAINING_LOG_RULES,
} from '../test/support/access.ts';
import {
  clients,
  eventually,
  newRunId,
  type OperatorProcess,
  prepareE2e,
  startOperator,
  sumMetric,
} from '../test/support/operator.ts';
import { freePort } from '../test/support/ports.ts';
import type { SlurmRelease } from '../test/support/slurm.ts';
import { required, stackEnv } from '../test/support/stack.ts';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '2' },
    release: { type: 'string', default: 'slurm-2411' },
    'output-mb': { type: 'string', default: '1024' },
    'metric-lines': { type: 'string', default: '100000' },
    slices: { type: 'string', default: '30' },
    'baseline-epochs': { type: 'string', default: '30' },
    'progress-interval': { type: 'string', default: '10s' },
    'heap-mb': { type: 'string', default: '256' },
    // The chart's semiSpaceMb; '' leaves V8's default.
    'semi-space-mb': { type: 'string', default: '8' },
    cases: { type: 'string', default: 'baseline,heavy' },
    'snapshot-at-mb': { type: 'string' },
    'snapshot-dir': { type: 'string' },
    'sample-heap': { type: 'boolean', default: false },
  },
});
const release = values.release as SlurmRelease;
const MB = 2 ** 20;
const log = (message: string) =>
  console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

// The heavy job. Output: `yes` lines of about 100 bytes cut to size; progress: awk prints each
// slice's lines in one go and appends them (one write per buffer, not per line).
const HEAVY_TEMPLATE = {
  name: 'bench-heavy',
  kind: 'training',
  description: 'Benchmark only: writes output_mb of output and metric_lines progress lines in slices.',
  parameters: {
    output_mb: { type: 'integer', description: 'MiB of output lines.', minimum: 0, default: 1024 },
    metric_lines: { type: 'integer', description: 'Progress lines.', minimum: 0, default: 100000 },
    slices: { type: 'integer', description: 'Slices, one second apart.', minimum: 1, default: 30 },
  },
  resources: { timeLimit: '15', cpusPerTask: 1, memory: '500M' },
  script: `#!/bin/sh
set -eu
progress="\${SLURM_ML_PROGRESS_FILE:-/dev/null}"
bytes=$((output_mb * 1048576))
echo "bench-heavy: $output_mb MiB of output and $metric_lines progress lines in $slices slices"
i=0
while [ "$i" -lt "$slices" ]; do
  out_from=$((bytes * i / slices))
  out_to=$((bytes * (i + 1) / slices))
  yes "bench-heavy: slice $i of $slices, a line of output as a training loop prints it: step, loss, lr, it/s" |
    head -c "$((out_to - out_from))"
  awk -v from="$((metric_lines * i / slices))" -v to="$((metric_lines * (i + 1) / slices))" -v total="$metric_lines" \\
    'BEGIN { for (s = from + 1; s <= to; s++) printf "{\\"step\\":%d,\\"total\\":%d,\\"unit\\":\\"step\\",\\"metrics\\":{\\"loss\\":%.6f,\\"accuracy\\":%.6f}}\\n", s, total, 1 / (1 + s / 1000), s / (s + 1000) }' \\
    >>"$progress"
  sleep 1
  i=$((i + 1))
done
mkdir -p "$model_path"
echo '{"bench": "heavy"}' >"$model_path/model.json"
echo "bench-heavy: done"
`,
};

type CaseName = 'baseline' | 'heavy';

interface CaseResult {
  case: CaseName;
  round: number;
  phase: string | undefined;
  peakRssMb: number;
  /** The highest VmRSS the 100 ms sampler saw (VmHWM is the kernel's, and the one reported). */
  sampledPeakRssMb: number;
  /** VmRSS once the operator served, before the Training. */
  idleRssMb: number;
  jobSeconds: number;
  followSeconds: number;
  followBytes: number;
  followEnd: string;
  progressFileBytes: number;
  progressReadBytes: number;
  refusedLines: number;
  statusWrites: Record<string, number>;
  metricPointsStored: number;
  metricPointsByMetric: Record<string, number>;
  operatorCpuSeconds: number;
  heapUsedAtEndMb: number;
  finalProgress: unknown;
  finalMetrics: unknown;
  snapshot?: string;
  /** With --sample-heap: the largest values seen on /metrics, in MB. */
  heapPeaksMb?: Record<string, number>;
}

const HEAP_SERIES: [label: string, metric: string, labels: Record<string, string>][] = [
  ['heapTotal', 'slurm_ml_nodejs_heap_size_total_bytes', {}],
  ['heapUsed', 'slurm_ml_nodejs_heap_size_used_bytes', {}],
  ['newSpace', 'slurm_ml_nodejs_heap_space_size_total_bytes', { space: 'new' }],
  ['oldSpace', 'slurm_ml_nodejs_heap_space_size_total_bytes', { space: 'old' }],
  ['external', 'slurm_ml_nodejs_external_memory_bytes', {}],
];

function procStatus(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const text = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(text)?.[1] ?? 0) / 1024;
}

function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(stat[11]) + Number(stat[12])) / 100;
}

/** Follows the log to its end, counting bytes (and keeping none), as `kubectl ml logs -f` would. */
function followLog(url: string, token: string): Promise<{ bytes: number; seconds: number; status: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { authorization: `Bearer ${token}` }, ca: operatorCa() }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      res.on('error', reject);
      res.on('end', () =>
        resolve({ bytes, seconds: (performance.now() - started) / 1000, status: res.statusCode ?? 0 }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

async function metricPoints(uid: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: required(stackEnv('postgres'), 'DATABASE_URL') });
  await client.connect();
  try {
    const { rows } = await client.query<{ metric: string; n: string }>(
      'select metric, count(*) as n from metric_points where resource_uid = $1 group by metric order by metric',
      [uid],
    );
    return Object.fromEntries(rows.map((r) => [r.metric, Number(r.n)]));
  } finally {
    await client.end();
  }
}

const FINAL = ['Succeeded', 'Failed', 'Lost', 'Cancelled'];

async function runCase(kind: CaseName, round: number, templateDir: string): Promise<CaseResult> {
  const run = newRunId();
  const namespace = `bench-mem-${kind}-${run}`;
  const env = prepareE2e(run, { admitted: [namespace] }, { sharedFilesystem: true });
  const token = personToken('log-reader', namespace, [{ namespace, rules: TRAINING_LOG_RULES }]);
  const port = await freePort();
  const operator: OperatorProcess = startOperator(`bench-mem-${kind}`, {
    OPERATOR_NAMESPACE: env.operatorNamespace,
    HTTP_PORT: String(port),
    LOG_LEVEL: 'warn',
    TEMPLATE_DIRS: templateDir,
    PROGRESS_INTERVAL: values['progress-interval'] ?? '10s',
    NODE_OPTIONS: [
      `--max-old-space-size=${values['heap-mb']}`,
      values['semi-space-mb'] ? `--max-semi-space-size=${values['semi-space-mb']}` : '',
      values['snapshot-at-mb']
        ? `--heapsnapshot-signal=SIGUSR2 --diagnostic-dir=${values['snapshot-dir'] ?? tmpdir()}`
        : '',
      process.env.BENCH_NODE_OPTIONS ?? '', // more V8 flags for both cases, e.g. --max-semi-space-size=16
    ]
      .filter(Boolean)
      .join(' '),
  });
  const killOnExit = () => operator.child.kill('SIGKILL');
  process.on('exit', killOnExit);
  const pid = operator.child.pid ?? 0;
  let sampledPeak = 0;
  let snapshot: string | undefined;
  const snapshotAt = kind === 'heavy' && values['snapshot-at-mb'] ? Number(values['snapshot-at-mb']) : 0;
  const sampler = setInterval(() => {
    try {
      const rss = procStatus(pid, 'VmRSS');
      sampledPeak = Math.max(sampledPeak, rss);
      if (snapshotAt && !snapshot && rss >= snapshotAt) {
        snapshot = `requested at ${rss.toFixed(0)} MB`;
        operator.child.kill('SIGUSR2'); // Node writes Heap.<date>.<pid>...heapsnapshot in --diagnostic-dir
      }
    } catch {
      // the process ended
    }
  }, 100);
  try {
    await eventually('the operator to serve', async () =>
      (await fetchAsReader(operatorUrl(port, '/readyz')).catch(() => null))?.ok ? true : undefined,
    );
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const idleRssMb = procStatus(pid, 'VmRSS');
    const heapPeaks: Record<string, number> = {};
    let heapSampling = values['sample-heap'] === true;
    const heapSampler = (async () => {
      while (heapSampling) {
        const text = await fetchAsReader(operatorUrl(port, '/metrics'))
          .then((r) => r.text())
          .catch(() => '');
        for (const [label, name, labels] of HEAP_SERIES)
          heapPeaks[label] = Math.max(heapPeaks[label] ?? 0, sumMetric(text, name, labels) / MB);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    })();
    const { trainings } = clients();
    const spec: Training['spec'] =
      kind === 'heavy'
        ? {
            model: 'bench-heavy',
            template: 'bench-heavy',
            cluster: env.clusters[release],
            parameters: {
              output_mb: String(values['output-mb']),
              metric_lines: String(values['metric-lines']),
              slices: String(values.slices),
            },
            resources: { timeLimit: '15', memory: '500M' },
          }
        : {
            model: 'bench-baseline',
            template: 'demo-train',
            cluster: env.clusters[release],
            parameters: { epochs: String(values['baseline-epochs']), epoch_seconds: '1' },
            resources: { timeLimit: '15', memory: '500M' },
          };
    const name = kind;
    await trainings.create({
      apiVersion: 'ml.hpc.dev/v1alpha1',
      kind: 'Training',
      metadata: { name, namespace },
      spec,
    });
    const submitted = await eventually('the Training to have a job with output', async () => {
      const t = await trainings.get(namespace, name);
      return t?.status?.logs?.length ? t : undefined;
    });
    log(`${kind} round ${round}: job ${submitted.status?.slurm?.jobId} submitted; following its log`);
    const cpuBefore = cpuSeconds(pid);
    const follow = followLog(
      operatorUrl(port, `/api/v1/trainings/${namespace}/${name}/log?follow=true`),
      token,
    );
    const final = await eventually(
      'the Training to end',
      async () => {
        const t = await trainings.get(namespace, name);
        return FINAL.includes(t?.status?.phase ?? '') ? t : undefined;
      },
      20 * 60_000,
    );
    const followed = await follow;
    // The audit store's batches are written before the final status (settle), so they are in.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    clearInterval(sampler);
    heapSampling = false;
    await heapSampler;
    const peakRssMb = procStatus(pid, 'VmHWM');
    const operatorCpuSeconds = cpuSeconds(pid) - cpuBefore;
    const exposition = await fetchAsReader(operatorUrl(port, '/metrics')).then((r) => r.text());
    const statusWrites = Object.fromEntries(
      ['written', 'gone', 'error'].map((result) => [
        result,
        sumMetric(exposition, 'slurm_ml_progress_status_writes_total', { result }),
      ]),
    );
    const uid = final?.metadata.uid ?? '';
    const byMetric = await metricPoints(uid);
    const startedAt = Date.parse(final?.status?.startedAt ?? '');
    const finishedAt = Date.parse(final?.status?.finishedAt ?? '');
    const tree = join(env.modelsBasePath, namespace);
    const progressFileBytes = readdirSync(tree)
      .filter((file) => file.endsWith('.progress.jsonl'))
      .reduce((sum, file) => sum + statSync(join(tree, file)).size, 0);
    const result: CaseResult = {
      case: kind,
      round,
      phase: final?.status?.phase,
      peakRssMb: Math.round(peakRssMb * 10) / 10,
      sampledPeakRssMb: Math.round(sampledPeak * 10) / 10,
      idleRssMb: Math.round(idleRssMb * 10) / 10,
      jobSeconds: (finishedAt - startedAt) / 1000,
      followSeconds: Number(followed.seconds.toFixed(1)),
      followBytes: followed.bytes,
      followEnd: `HTTP ${followed.status}`,
      progressFileBytes,
      progressReadBytes: sumMetric(exposition, 'slurm_ml_progress_read_bytes_total'),
      refusedLines: sumMetric(exposition, 'slurm_ml_progress_refused_lines_total'),
      statusWrites,
      metricPointsStored: Object.values(byMetric).reduce((a, b) => a + b, 0),
      metricPointsByMetric: byMetric,
      operatorCpuSeconds: Number(operatorCpuSeconds.toFixed(1)),
      heapUsedAtEndMb: Math.round(sumMetric(exposition, 'slurm_ml_nodejs_heap_size_used_bytes') / MB),
      finalProgress: final?.status?.progress,
      finalMetrics: final?.status?.metrics,
      ...(snapshot ? { snapshot } : {}),
      ...(values['sample-heap']
        ? {
            heapPeaksMb: Object.fromEntries(
              Object.entries(heapPeaks).map(([k, v]) => [k, Math.round(v * 10) / 10]),
            ),
          }
        : {}),
    };
    console.log(JSON.stringify(result));
    return result;
  } finally {
    clearInterval(sampler);
    await env.teardown(operator, 120_000);
    process.off('exit', killOnExit);
    // The job's output (a GB for the heavy case) and progress file: the tenant's tree of this run.
    rmSync(join(env.modelsBasePath, namespace), { recursive: true, force: true });
    if (snapshot) log(`heap snapshot ${snapshot}, in ${values['snapshot-dir'] ?? tmpdir()}`);
  }
}

const templateDir = mkdtempSync(join(tmpdir(), 'bench-templates-'));
writeFileSync(join(templateDir, 'bench-heavy.yaml'), yaml.dump(HEAVY_TEMPLATE, { lineWidth: -1 }));
const cases = (values.cases ?? '').split(',').filter(Boolean) as CaseName[];
const results: CaseResult[] = [];
try {
  for (let round = 1; round <= Number(values.rounds); round++) {
    for (const kind of cases) results.push(await runCase(kind, round, templateDir));
  }
} finally {
  rmSync(templateDir, { recursive: true, force: true });
}

const summary = results.map((r) => {
  const base = results.find((b) => b.case === 'baseline' && b.round === r.round);
  return {
    case: r.case,
    round: r.round,
    phase: r.phase,
    peakRssMb: r.peakRssMb,
    deltaMb: r.case === 'heavy' && base ? Number((r.peakRssMb - base.peakRssMb).toFixed(1)) : null,
    idleRssMb: r.idleRssMb,
    jobSeconds: r.jobSeconds,
    followMiB: Number((r.followBytes / MB).toFixed(1)),
    followSeconds: r.followSeconds,
    progressReadMiB: Number((r.progressReadBytes / MB).toFixed(1)),
    metricPointsStored: r.metricPointsStored,
    statusWritesWritten: r.statusWrites.written,
    operatorCpuSeconds: r.operatorCpuSeconds,
  };
});
console.log(JSON.stringify({ release, progressInterval: values['progress-interval'], summary }, null, 2));
process.exit(0);
