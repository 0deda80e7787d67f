// Benchmark of the console with many Trainings: N Trainings in one namespace (default 1,000),
// the Trainings page open in headless chromium (the stack's) through an operator serving the
// console, then a burst of changes (default 100 a second for 10 s, annotations patched by this
// process, each a MODIFIED watch event, as progress writes are). Prints the time until the table
// shows every row, and what the page's main thread spent during the burst (Chrome's own
// counters: script and task time, long tasks over 50 ms), and how many changes the page showed.
// The Trainings' namespace is admitted by no SlurmCluster, so the operator submits nothing.
// Not wired into anything; needs `bash scripts/stack.sh up`.
//   node bench/console-list.ts [--trainings 1000] [--rate 100] [--seconds 10] [--console-dir dist/ui]
import { parseArgs } from 'node:util';
import { KubeConfig, KubernetesObjectApi } from '@kubernetes/client-node';
import { fetchOperator, operatorUrl, personToken } from '../test/support/access.ts';
import { launchBrowser } from '../test/support/browser.ts';
import { installCrds, kubectl, kubectlOk } from '../test/support/kubectl.ts';
import { newRunId, startOperator } from '../test/support/operator.ts';
import { freePort } from '../test/support/ports.ts';
import { required, stackEnv } from '../test/support/stack.ts';

const { values } = parseArgs({
  options: {
    trainings: { type: 'string', default: '1000' },
    rate: { type: 'string', default: '100' },
    seconds: { type: 'string', default: '10' },
    'console-dir': { type: 'string' },
  },
});
const N = Number(values.trainings);
const RATE = Number(values.rate);
const SECONDS = Number(values.seconds);
const run = newRunId();
const namespace = `console-bench-${run}`;
const operatorNamespace = `console-bench-op-${run}`;

const kubeConfig = new KubeConfig();
kubeConfig.loadFromFile(required(stackEnv('kube'), 'KUBECONFIG'));
const objects = KubernetesObjectApi.makeApiClient(kubeConfig);

async function inBatches<T>(items: T[], size: number, work: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(work));
}

installCrds();
kubectlOk(['create', 'namespace', namespace]);
kubectlOk(['create', 'namespace', operatorNamespace]);
const port = await freePort();
const operator = startOperator('console-bench', {
  OPERATOR_NAMESPACE: operatorNamespace,
  HTTP_PORT: String(port),
  CONSOLE_ENABLED: 'true',
  ...(values['console-dir'] ? { CONSOLE_DIR: values['console-dir'] } : {}),
});
const names = Array.from({ length: N }, (_, i) => `t-${String(i).padStart(5, '0')}`);
try {
  let created = Date.now();
  await inBatches(names, 50, (name) =>
    objects.create({
      apiVersion: 'ml.hpc.dev/v1alpha1',
      kind: 'Training',
      metadata: { name, namespace },
      spec: { model: 'bench-model', template: 'demo-train' },
    } as never),
  );
  created = Date.now() - created;
  const token = personToken('bench-viewer', namespace, [
    {
      namespace,
      rules: [{ apiGroups: ['ml.hpc.dev'], resources: ['trainings'], verbs: ['get', 'list', 'watch'] }],
    },
  ]);
  for (let i = 0; !(await fetchOperator(operatorUrl(port, '/healthz')).catch(() => undefined))?.ok; i++) {
    if (i > 120) throw new Error(`the operator did not start; log: ${operator.logFile}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }

  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(operatorUrl(port, '/ui/'));
  await page.getByLabel('Token').fill(token);
  await page.getByLabel('Namespaces').fill(namespace);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
  const opened = Date.now();
  await page.goto(operatorUrl(port, '/ui/trainings'));
  await page.getByRole('link', { name: names.at(-1) ?? '' }).waitFor({ timeout: 120_000 });
  const rows = await page.locator('table tbody tr').count();
  const firstShown = Date.now() - opened;

  // Long tasks as the page sees them, from here on.
  await page.evaluate(`(() => {
    globalThis.__longTasks = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) globalThis.__longTasks.push(e.duration); })
      .observe({ type: 'longtask' });
  })()`);
  const metrics = async () =>
    Object.fromEntries(
      ((await cdp.send('Performance.getMetrics')).metrics as { name: string; value: number }[]).map((m) => [
        m.name,
        m.value,
      ]),
    );
  const before = await metrics();
  const burstStarted = Date.now();
  let sent = 0;
  let failed = 0;
  for (let second = 0; second < SECONDS; second++) {
    const tick = Date.now();
    const batch = Array.from({ length: RATE }, (_, i) => names[(second * RATE + i) % N] ?? '');
    await inBatches(batch, 25, (name) =>
      objects
        .patch(
          {
            apiVersion: 'ml.hpc.dev/v1alpha1',
            kind: 'Training',
            metadata: { name, namespace, annotations: { 'bench.ml.hpc.dev/tick': String(second) } },
          } as never,
          undefined,
          undefined,
          undefined,
          undefined,
          'application/merge-patch+json' as never,
        )
        .then(() => sent++)
        .catch(() => failed++),
    );
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1000 - (Date.now() - tick))));
  }
  const burstSeconds = (Date.now() - burstStarted) / 1000;
  // Let the last set arrive.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const after = await metrics();
  const longTasks = (await page.evaluate('globalThis.__longTasks')) as number[];
  const delta = (name: string) => (after[name] ?? 0) - (before[name] ?? 0);
  await browser.close();

  const ms = (seconds: number) => `${Math.round(seconds * 1000)} ms`;
  console.log(
    JSON.stringify(
      {
        trainings: N,
        createdInMs: created,
        tableRows: rows,
        allRowsShownMs: firstShown,
        burst: { changesSent: sent, changesFailed: failed, seconds: Math.round(burstSeconds * 10) / 10 },
        pageMainThreadDuringBurst: {
          taskDuration: ms(delta('TaskDuration')),
          scriptDuration: ms(delta('ScriptDuration')),
          layoutDuration: ms(delta('LayoutDuration')),
          busyShare: `${Math.round((delta('TaskDuration') / burstSeconds) * 100)}%`,
          longTasks: longTasks.length,
          longestTaskMs: Math.round(Math.max(0, ...longTasks)),
        },
        jsHeapUsedMb: Math.round(((after.JSHeapUsedSize ?? 0) / 1024 / 1024) * 10) / 10,
        consoleDir: values['console-dir'] ?? 'dist/ui',
      },
      null,
      2,
    ),
  );
} finally {
  kubectl(['delete', 'namespace', namespace, '--wait=false']);
  await operator.stop();
  kubectl(['delete', 'namespace', operatorNamespace, '--wait=false']);
}
