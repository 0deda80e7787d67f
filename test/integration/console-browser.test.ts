// The web console in a real browser (Debian's chromium driven by playwright-core) against the
// real stack: an operator with CONSOLE_ENABLED serving the production build, the real API
// server deciding every right, Slurm 26.05 running the jobs. One person (alice) signs in with
// her token, creates a Training through the form, watches it run live and reach Succeeded with
// logs and a loss chart, and starts a Prediction from the model page. A second person (bob),
// without rights in alice's namespace, sees none of it and cannot create there. axe-core checks
// the main pages; every page is kept as a screenshot in test-artifacts/console/.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchOperator, operatorUrl, personToken } from '../support/access.ts';
import {
  type AxeViolation,
  axeViolations,
  collectPageProblems,
  launchBrowser,
  screenshot,
} from '../support/browser.ts';
import { kubectl, kubectlOk } from '../support/kubectl.ts';
import {
  type E2eEnvironment,
  newRunId,
  type OperatorProcess,
  prepareE2e,
  startOperator,
} from '../support/operator.ts';
import { freePort } from '../support/ports.ts';

const repoRoot = new URL('../../', import.meta.url).pathname;
const TRAINING = 'console-train';
const MODEL = 'console-model';
const PREDICTION = 'console-predict';
const EPOCHS = 5;

/** What a person of the console may do in a namespace: the chart's edit role for people, in short. */
const PERSON_RULES = [
  {
    apiGroups: ['ml.hpc.dev'],
    resources: ['trainings', 'predictions'],
    verbs: ['get', 'list', 'watch', 'create'],
  },
  { apiGroups: ['ml.hpc.dev'], resources: ['models', 'modelversions'], verbs: ['get', 'list', 'watch'] },
  { apiGroups: ['ml.hpc.dev'], resources: ['trainings/log', 'predictions/log'], verbs: ['get'] },
];

let env: E2eEnvironment;
let operator: OperatorProcess;
let port: number;
let browser: Browser;
let nsAlice: string;
let nsBob: string;
let cluster: string;
const tokens = { alice: '', bob: '' };
/** axe-core's findings by page, asserted together at the end. */
const axeFindings = new Map<string, AxeViolation[]>();
const pageProblems: string[] = [];

const url = (path: string) => operatorUrl(port, path);

async function newPage(
  viewport = { width: 1280, height: 900 },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  collectPageProblems(page, pageProblems);
  return { context, page };
}

async function signIn(page: Page, token: string, namespaces: string): Promise<void> {
  await page.goto(url('/ui/'));
  await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
  await page.getByLabel('Token').fill(token);
  await page.getByLabel('Namespaces').fill(namespaces);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
}

/** Screenshot and axe-core check of the page as it is now. */
async function record(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  axeFindings.set(name, await axeViolations(page));
}

function phaseOf(page: Page) {
  return page
    .getByTestId('phase')
    .textContent({ timeout: 2_000 })
    .catch(() => null);
}

beforeAll(async () => {
  if (!existsSync(join(repoRoot, 'dist/ui/index.html')))
    throw new Error('dist/ui/index.html is missing: run `npm run build` (npm test does it first)');
  const run = newRunId();
  nsAlice = `console-a-${run}`;
  nsBob = `console-b-${run}`;
  env = prepareE2e(run, { admitted: [nsAlice, nsBob] }, { sharedFilesystem: true });
  cluster = env.clusters['slurm-2605'];
  port = await freePort();
  operator = startOperator('console-browser', {
    OPERATOR_NAMESPACE: env.operatorNamespace,
    HTTP_PORT: String(port),
    PROGRESS_INTERVAL: '1s',
    CONSOLE_ENABLED: 'true',
  });
  tokens.alice = personToken('alice', nsAlice, [{ namespace: nsAlice, rules: PERSON_RULES }]);
  tokens.bob = personToken('bob', nsBob, [{ namespace: nsBob, rules: PERSON_RULES }]);
  // SlurmClusters are cluster-scoped: alice may read them (the chart's slurmcluster viewer role).
  kubectlOk(
    ['apply', '-f', '-'],
    JSON.stringify({
      apiVersion: 'v1',
      kind: 'List',
      items: [
        {
          apiVersion: 'rbac.authorization.k8s.io/v1',
          kind: 'ClusterRole',
          metadata: { name: `console-clusters-${run}` },
          rules: [
            { apiGroups: ['ml.hpc.dev'], resources: ['slurmclusters'], verbs: ['get', 'list', 'watch'] },
          ],
        },
        {
          apiVersion: 'rbac.authorization.k8s.io/v1',
          kind: 'ClusterRoleBinding',
          metadata: { name: `console-clusters-${run}` },
          roleRef: {
            apiGroup: 'rbac.authorization.k8s.io',
            kind: 'ClusterRole',
            name: `console-clusters-${run}`,
          },
          subjects: [{ kind: 'ServiceAccount', name: 'alice', namespace: nsAlice }],
        },
      ],
    }),
  );
  // The prediction's input, in the datasets root every tenant may read.
  const datasets = join(env.sharedDir, 'datasets', `console-${run}`);
  mkdirSync(datasets, { recursive: true });
  writeFileSync(join(datasets, 'input.csv'), 'x\n1\n2\n3\n');
  inputPath = join(datasets, 'input.csv');
  browser = await launchBrowser();
  // The operator's port answers once it is up.
  for (let i = 0; ; i++) {
    const answer = await fetchOperator(url('/healthz')).catch(() => undefined);
    if (answer?.ok) break;
    if (i > 120) throw new Error(`the operator did not start; log: ${operator.logFile}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}, 300_000);
let inputPath = '';

afterAll(async () => {
  await browser?.close();
  if (env) {
    const run = env.run;
    kubectl(['delete', 'clusterrole,clusterrolebinding', `console-clusters-${run}`, '--ignore-not-found']);
  }
  await env?.teardown(operator);
});

describe('the web console, as alice who may work in her namespace', () => {
  let page: Page;
  let overview: Page;

  it('serves the sign-in page to anyone, and refuses a token the API server does not accept', async () => {
    ({ page } = await newPage());
    const script = page.waitForResponse((r) => /\/ui\/assets\/index-[^/]+\.js$/.test(r.url()));
    await page.goto(url('/ui/'));
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    // The shell's script, the largest file of the first load, travels compressed and cached.
    const headers = (await script).headers();
    expect(headers['content-encoding']).toBe('br');
    expect(headers['cache-control']).toBe('public, max-age=31536000, immutable');
    await record(page, 'sign-in');
    await page.getByLabel('Token').fill('not-a-token');
    await page.getByLabel('Namespaces').fill(nsAlice);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 10_000 }).toMatch(/token/i);
    expect(await page.getByRole('heading', { name: 'Overview' }).count()).toBe(0);
  });

  it('signs in with her token and shows the overview, empty at first', async () => {
    await signIn(page, tokens.alice, nsAlice);
    // The token lives in the tab's sessionStorage only: no cookie a site could make the browser send.
    expect(await page.evaluate<string>('document.cookie')).toBe('');
    expect(await page.evaluate<number>('localStorage.length')).toBe(0);
    expect(
      await page.evaluate<string | null>("sessionStorage.getItem('slurm-ml-console.session')"),
    ).toContain(tokens.alice);
    await expect.poll(() => page.getByText('alice').first().isVisible()).toBe(true);
    for (const section of ['By phase', 'Running trainings', 'Recent failures'])
      await page.getByRole('heading', { name: section }).waitFor();
    await record(page, 'overview-empty');
    // A second tab stays on the overview: it must see the Training appear and run, live.
    ({ page: overview } = await newPage());
    await signIn(overview, tokens.alice, nsAlice);
  });

  it('refuses an invalid parameter in the New training form before anything is created', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trainings' }).click();
    await page.getByRole('heading', { name: 'Trainings', level: 1 }).waitFor();
    await record(page, 'trainings-empty');
    await page.getByRole('link', { name: 'New training', exact: true }).click();
    await page.getByRole('heading', { name: 'New training', level: 1 }).waitFor();
    await page.getByLabel('Template').selectOption('demo-train');
    await page.getByLabel('Name', { exact: true }).fill(TRAINING);
    await page.getByLabel('Model', { exact: true }).fill(MODEL);
    await page.getByLabel('Cluster').fill(cluster);
    await page.getByLabel('epochs', { exact: true }).fill('0');
    await page.getByLabel('epoch_seconds', { exact: true }).fill('2');
    await record(page, 'new-training');
    await page.getByRole('button', { name: 'Create training' }).click();
    await expect
      .poll(() => page.getByLabel('epochs', { exact: true }).getAttribute('aria-invalid'), {
        timeout: 10_000,
      })
      .toBe('true');
    expect(page.url()).toContain('/ui/new/training');
    expect(kubectl(['get', 'training', TRAINING, '-n', nsAlice]).status).not.toBe(0);
  });

  it('creates the Training, which the overview shows running live and whose detail page reaches Succeeded with logs and a loss chart', async () => {
    await page.getByLabel('epochs', { exact: true }).fill(String(EPOCHS));
    await page.getByRole('button', { name: 'Create training' }).click();
    await page.waitForURL(`**/ui/trainings/${nsAlice}/${TRAINING}`, { timeout: 20_000 });
    await page.getByRole('heading', { name: TRAINING, level: 1 }).waitFor();
    // Created by alice through the API server, as the form said.
    const created = JSON.parse(kubectlOk(['get', 'training', TRAINING, '-n', nsAlice, '-o', 'json']));
    expect(created.spec).toMatchObject({
      model: MODEL,
      template: 'demo-train',
      cluster,
      parameters: { epochs: String(EPOCHS), epoch_seconds: '2' },
    });

    // The other tab, never reloaded, shows it running with a progress bar between 0 and 100.
    const bar = overview.getByRole('progressbar', { name: `${TRAINING} progress` });
    await bar.waitFor({ timeout: 60_000 });
    const seen: number[] = [];
    while (seen.length < 30) {
      const value = await bar.getAttribute('aria-valuenow', { timeout: 1_000 }).catch(() => null);
      if (value === null) break;
      seen.push(Number(value));
      if (Number(value) > 0 && Number(value) < 100) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(seen.some((v) => v > 0 && v < 100)).toBe(true);
    await record(overview, 'overview-running');

    await expect.poll(() => phaseOf(page), { timeout: 120_000, interval: 1_000 }).toBe('Succeeded');
    for (const section of ['Status', 'Conditions', 'Timeline', 'Logs', 'Metrics', 'Spec'])
      await page.getByRole('heading', { name: section, level: 2 }).waitFor();
    const logs = page.getByRole('log', { name: 'Logs' });
    await expect.poll(() => logs.textContent(), { timeout: 20_000 }).toContain('demo-train: wrote');
    expect(await logs.textContent()).toContain(`demo-train: epoch ${EPOCHS}/${EPOCHS} loss`);
    const chart = page.getByTestId('chart-loss');
    await chart.locator('canvas').first().waitFor({ timeout: 20_000 });
    await expect.poll(() => chart.locator('table tbody tr').count(), { timeout: 20_000 }).toBe(EPOCHS);
    // The timeline is the audit history: it ends in Succeeded.
    await expect
      .poll(
        () => page.locator('section', { has: page.getByRole('heading', { name: 'Timeline' }) }).textContent(),
        {
          timeout: 20_000,
        },
      )
      .toContain('Succeeded');
    await record(page, 'training-detail');
    await overview.reload();
    await overview.getByRole('heading', { name: 'By phase' }).waitFor();
    await overview.context().close();
  });

  it('lists the model with version 1 and its metrics, and starts a Prediction from the model page', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Models' }).click();
    await page.getByRole('heading', { name: 'Models', level: 1 }).waitFor();
    await page.getByRole('link', { name: MODEL }).click();
    await page.getByRole('heading', { name: MODEL, level: 1 }).waitFor();
    const versions = page.getByRole('table', { name: 'Versions' });
    await expect.poll(() => versions.textContent(), { timeout: 30_000 }).toContain('loss');
    await record(page, 'model-detail');
    await page.getByRole('link', { name: 'Predict with version 1' }).click();
    await page.getByRole('heading', { name: 'New prediction', level: 1 }).waitFor();
    expect(await page.getByLabel('Model', { exact: true }).inputValue()).toBe(MODEL);
    expect(await page.getByLabel('Version or alias').inputValue()).toBe('1');
    await page.getByLabel('Name', { exact: true }).fill(PREDICTION);
    await page.getByLabel('Template').selectOption('demo-predict');
    await page.getByLabel('Cluster').fill(cluster);
    await page.getByLabel('Input').fill(inputPath);
    await record(page, 'new-prediction');
    await page.getByRole('button', { name: 'Create prediction' }).click();
    await page.waitForURL(`**/ui/predictions/${nsAlice}/${PREDICTION}`, { timeout: 20_000 });
    await expect.poll(() => phaseOf(page), { timeout: 120_000, interval: 1_000 }).toBe('Succeeded');
    const prediction = JSON.parse(kubectlOk(['get', 'prediction', PREDICTION, '-n', nsAlice, '-o', 'json']));
    expect(prediction.spec).toMatchObject({
      model: MODEL,
      version: 1,
      template: 'demo-predict',
      input: inputPath,
    });
    await record(page, 'prediction-detail');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Predictions' }).click();
    await page.getByRole('link', { name: PREDICTION }).waitFor();
    await record(page, 'predictions');
  });

  it('shows the SlurmClusters with their release, and of their tenants only her namespace', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clusters' }).click();
    await page.getByRole('heading', { name: 'Clusters', level: 1 }).waitFor();
    const main = page.getByRole('main');
    await expect.poll(() => main.textContent(), { timeout: 20_000 }).toContain(cluster);
    const text = (await main.textContent()) ?? '';
    expect(text).toContain(nsAlice);
    expect(text).not.toContain(nsBob);
    expect(text).toMatch(/26\.05/);
    await record(page, 'clusters');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    await expect.poll(() => page.getByRole('main').textContent(), { timeout: 10_000 }).toContain('Succeeded');
    await record(page, 'overview');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trainings' }).click();
    await page.getByRole('link', { name: TRAINING }).waitFor();
    await record(page, 'trainings');
  });

  it('is readable on a narrow screen and usable from the keyboard', async () => {
    const { context, page: narrow } = await newPage({ width: 360, height: 740 });
    await signIn(narrow, tokens.alice, nsAlice);
    // Each page filled in from its watch (the text named) before it is measured.
    for (const [path, filled] of [
      ['/ui/', 'Succeeded'],
      [`/ui/trainings/${nsAlice}/${TRAINING}`, 'demo-train: wrote'],
      ['/ui/trainings', TRAINING],
    ] as const) {
      await narrow.goto(url(path));
      await narrow.getByRole('heading', { level: 1 }).waitFor();
      await narrow.getByText(filled).first().waitFor({ timeout: 20_000 });
      const overflow = await narrow.evaluate<number>(
        'document.documentElement.scrollWidth - window.innerWidth',
      );
      expect(overflow, `${path} is wider than the screen`).toBeLessThanOrEqual(1);
      await screenshot(narrow, `narrow${path.replaceAll('/', '-').replace(/-$/, '')}`);
    }
    // The first Tab reaches the skip link; following it moves focus past the navigation.
    await narrow.goto(url('/ui/trainings'));
    await narrow.getByRole('heading', { name: 'Trainings', level: 1 }).waitFor();
    await narrow.keyboard.press('Tab');
    expect(await narrow.evaluate<string | undefined>('document.activeElement?.textContent?.trim()')).toBe(
      'Skip to content',
    );
    await narrow.keyboard.press('Enter');
    await narrow.keyboard.press('Tab');
    const inNav = await narrow.evaluate<boolean>("Boolean(document.activeElement?.closest('nav'))");
    expect(inNav).toBe(false);
    // A link followed from the keyboard moves focus to the new page's content.
    await narrow.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Models' }).focus();
    await narrow.keyboard.press('Enter');
    await narrow.getByRole('heading', { name: 'Models', level: 1 }).waitFor();
    await expect
      .poll(() => narrow.evaluate<boolean>("Boolean(document.activeElement?.closest('main'))"))
      .toBe(true);
    // Signing out forgets the token.
    await narrow.getByRole('button', { name: 'Sign out' }).click();
    await narrow.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    expect(
      await narrow.evaluate<string | null>("sessionStorage.getItem('slurm-ml-console.session')"),
    ).toBeNull();
    await context.close();
  });
});

describe('the web console, as bob who has no rights in alice namespace', () => {
  let page: Page;

  it('shows him none of her resources', async () => {
    ({ page } = await newPage());
    await signIn(page, tokens.bob, nsAlice);
    const detail = `/ui/trainings/${nsAlice}/${TRAINING}`;
    for (const path of ['/ui/', '/ui/trainings', '/ui/models', detail]) {
      await page.goto(url(path));
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.getByRole('alert').first().waitFor({ timeout: 10_000 });
      const text = (await page.getByRole('main').textContent()) ?? '';
      // On the detail page the API server's refusal repeats the name bob asked for, which he typed;
      // it says the same whether or not the Training exists. Nothing of the Training is shown.
      if (path !== detail) expect(text, path).not.toContain(TRAINING);
      else expect(text, path).toMatch(/forbidden/);
      expect(text, path).not.toContain(MODEL);
      expect(text, path).not.toContain('demo-train');
      expect(await page.getByTestId('phase').count(), path).toBe(0);
    }
    // A name that does not exist gets the same refusal: the answer tells bob nothing.
    await page.goto(url(`/ui/trainings/${nsAlice}/no-such-training`));
    await page.getByRole('alert').first().waitFor({ timeout: 10_000 });
    const missing = (await page.getByRole('main').textContent()) ?? '';
    expect(missing.replaceAll('no-such-training', TRAINING)).toBe(
      await (async () => {
        await page.goto(url(detail));
        await page.getByRole('alert').first().waitFor({ timeout: 10_000 });
        return (await page.getByRole('main').textContent()) ?? '';
      })(),
    );
    await record(page, 'forbidden-detail');
  });

  it('cannot create there: the form says why, and the pass-through refuses with the API server answer', async () => {
    await page.goto(url(`/ui/new/training?namespace=${nsAlice}`));
    await page.getByRole('heading', { name: 'New training', level: 1 }).waitFor();
    await expect
      .poll(() => page.getByRole('alert').first().textContent(), { timeout: 10_000 })
      .toMatch(/forbidden|may not|not allow/i);
    await record(page, 'forbidden-new-training');
    const answer = await page.evaluate(
      async ({ namespace, token }) => {
        const response = await fetch(
          `/ui/api/kube/apis/ml.hpc.dev/v1alpha1/namespaces/${namespace}/trainings`,
          {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify({
              apiVersion: 'ml.hpc.dev/v1alpha1',
              kind: 'Training',
              metadata: { name: 'bobs-training' },
              spec: { model: 'bobs-model', template: 'demo-train' },
            }),
          },
        );
        return { status: response.status, body: await response.text() };
      },
      { namespace: nsAlice, token: tokens.bob },
    );
    expect(answer.status).toBe(403);
    expect(answer.body).toContain('system:serviceaccount:');
    expect(kubectl(['get', 'training', 'bobs-training', '-n', nsAlice]).status).not.toBe(0);
  });

  it('sends him back to sign in, and forgets his token, once the API server no longer accepts it', async () => {
    await page.goto(url('/ui/'));
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    // His ServiceAccount is deleted: its tokens are refused from now on (the operator's review
    // cache may still accept it for a few seconds; the API server answers the pass-through 401).
    kubectlOk(['delete', 'serviceaccount', 'bob', '-n', nsBob]);
    // Each step asks the API server again (a new page lists); once refused, sign-in replaces the app.
    const signInHeading = page.getByRole('heading', { name: 'Sign in', level: 1 });
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (let step = 0; step < 15 && (await signInHeading.count()) === 0; step++) {
      const link = nav.getByRole('link', { name: step % 2 ? 'Models' : 'Trainings' });
      await link.click({ timeout: 2_000 }).catch(() => {});
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
    await signInHeading.waitFor({ timeout: 5_000 });
    expect(await page.getByRole('main').textContent()).toContain('no longer accepted');
    expect(
      await page.evaluate<string | null>("sessionStorage.getItem('slurm-ml-console.session')"),
    ).toBeNull();
  });
});

describe('accessibility and the page itself', () => {
  it('axe-core reports no serious or critical violation on the main pages', () => {
    for (const page of [
      'sign-in',
      'overview',
      'overview-running',
      'trainings',
      'new-training',
      'training-detail',
      'model-detail',
      'new-prediction',
      'prediction-detail',
      'clusters',
    ])
      expect(axeFindings.has(page), `${page} was checked`).toBe(true);
    const serious = [...axeFindings].flatMap(([page, violations]) =>
      violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${page}: ${v.id} (${v.impact}) ${v.help} at ${v.targets.join(' ')}`),
    );
    const all = [...axeFindings].map(
      ([page, v]) => `${page}: ${v.map((x) => `${x.id}/${x.impact}`).join(', ') || 'none'}`,
    );
    console.log(`axe-core findings by page:\n  ${all.join('\n  ')}`);
    expect(serious).toEqual([]);
  });

  it('caused no page error and no Content-Security-Policy refusal', () => {
    expect(pageProblems).toEqual([]);
  });
});
