// The web console's server side against the real API server: the files are open to all with their
// caching and security headers; whoami is a TokenReview; the /ui/api/kube pass-through sends the
// person's own token and nothing of the operator's, so alice (edit-like rights in A) lists,
// creates and watches Trainings there while bob gets the API server's own 403 for the same (the
// operator itself could do it); a path outside the allowlist is refused by the operator before
// the API server sees it; a person's watch beyond the limit is refused; templates and their parameter checks
// follow the person's `create` rights and the operator's own validator. The console's files are a
// stand-in directory, so this does not depend on the frontend's build.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_WATCHES_PER_USER } from '../../src/console/watch-limiter.ts';
import { fetchOperator, operatorCa, personToken } from '../support/access.ts';
import {
  type E2eEnvironment,
  eventually,
  newRunId,
  type OperatorProcess,
  prepareE2e,
  startOperator,
} from '../support/operator.ts';
import { freePort } from '../support/ports.ts';

const ML = '/apis/ml.hpc.dev/v1alpha1';
const INDEX =
  '<!doctype html><title>Slurm ML</title><script type="module" src="/ui/assets/app-abc123.js"></script>';
const APP = 'export const app = 1;';
let env: E2eEnvironment;
let operator: OperatorProcess;
let port: number;
let dir: string;
let a: string;
let b: string;
let alice: string;
let bob: string;

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

/** A request to the operator's port with a body, read whole. */
function send(
  path: string,
  options: { method?: string; token?: string; body?: unknown } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const body = options.body === undefined ? undefined : JSON.stringify(options.body);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (body) headers['content-type'] = 'application/json';
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers, ca: operatorCa() },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error(`no answer for ${path}`)));
    req.on('error', reject);
    req.end(body);
  });
}

interface Watch {
  status: number;
  text(): string;
  /** Resolves once the stream holds `wanted`. */
  until(wanted: string, timeoutMs?: number): Promise<string>;
  close(): void;
}

/** A watch through the pass-through, read as it arrives. */
function watch(path: string, token: string): Promise<Watch> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, headers: { authorization: `Bearer ${token}` }, ca: operatorCa() },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('error', () => {});
        resolve({
          status: res.statusCode ?? 0,
          text: () => text,
          until: (wanted, timeoutMs = 30_000) =>
            eventually(
              `"${wanted}" in the watch`,
              async () => (text.includes(wanted) ? text : undefined),
              timeoutMs,
            ),
          close: () => req.destroy(),
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const training = (namespace: string, name: string) => ({
  apiVersion: 'ml.hpc.dev/v1alpha1',
  kind: 'Training',
  metadata: { name, namespace },
  // No such template: the operator fails it at once, without Slurm.
  spec: { model: 'm', template: 'no-such-template', cluster: env.clusters['slurm-2411'] },
});

beforeAll(async () => {
  const run = newRunId();
  a = `console-a-${run}`;
  b = `console-b-${run}`;
  env = prepareE2e(run, { admitted: [a, b] });
  dir = mkdtempSync(join(tmpdir(), 'console-ui-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), INDEX);
  writeFileSync(join(dir, 'assets', 'app-abc123.js'), APP);
  // alice may do in A what Kubernetes' edit role lets her do with Trainings and Predictions;
  // bob may do nothing of ours anywhere.
  alice = personToken('alice', a, [
    {
      namespace: a,
      rules: [
        {
          apiGroups: ['ml.hpc.dev'],
          resources: ['trainings', 'predictions'],
          verbs: ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'],
        },
      ],
    },
  ]);
  bob = personToken('bob', a);
  port = await freePort();
  operator = startOperator('console-api', {
    OPERATOR_NAMESPACE: env.operatorNamespace,
    HTTP_PORT: String(port),
    CONSOLE_ENABLED: 'true',
    CONSOLE_DIR: dir,
  });
  await eventually('the operator port to answer', async () => {
    const health = await fetchOperator(`https://127.0.0.1:${port}/healthz`).catch(() => undefined);
    return health?.status === 200 ? true : undefined;
  });
}, 180_000);

afterAll(async () => {
  await env?.teardown(operator);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the console files', () => {
  it('serves the page and its assets to anyone, with the caching and security headers', async () => {
    const page = await send('/ui/');
    expect(page.status).toBe(200);
    expect(page.text).toBe(INDEX);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['content-security-policy']).toMatch(
      /default-src 'self'; img-src 'self' data:; style-src 'self'; frame-ancestors 'none'/,
    );
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    const asset = await send('/ui/assets/app-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.text).toBe(APP);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    // A page of the app is index.html; a missing asset is not.
    const route = await send(`/ui/trainings/${a}/anything`);
    expect([route.status, route.text, route.headers['cache-control']]).toEqual([200, INDEX, 'no-cache']);
    expect((await send('/ui/assets/app-000000.js')).status).toBe(404);
  });
});

describe('whoami', () => {
  it("names the token's user as the API server does, and 401 without a token", async () => {
    const me = await send('/ui/api/whoami', { token: alice });
    expect(me.status).toBe(200);
    const identity = JSON.parse(me.text);
    expect(identity.username).toBe(`system:serviceaccount:${a}:alice`);
    expect(identity.groups).toContain('system:serviceaccounts');
    expect((await send('/ui/api/whoami')).status).toBe(401);
    expect((await send('/ui/api/whoami', { token: 'not-a-token' })).status).toBe(401);
  });
});

describe('the Kubernetes pass-through', () => {
  const list = () => `/ui/api/kube${ML}/namespaces/${a}/trainings`;

  it('lets alice list and create Trainings in A', async () => {
    const listed = await send(list(), { token: alice });
    expect(listed.status).toBe(200);
    expect(JSON.parse(listed.text)).toMatchObject({ kind: 'TrainingList', items: [] });
    expect(listed.headers['cache-control']).toBe('no-store');
    const created = await send(`${list()}?dryRun=All`, {
      method: 'POST',
      token: alice,
      body: training(a, 'dry-run'),
    });
    expect(created.status).toBe(201);
    expect(JSON.parse(created.text)).toMatchObject({
      kind: 'Training',
      metadata: { name: 'dry-run', namespace: a },
    });
    // A dry run stores nothing.
    expect(JSON.parse((await send(list(), { token: alice })).text).items).toEqual([]);
  });

  it("gives bob the API server's own 403 for the same: his token, not the operator's rights", async () => {
    const listed = await send(list(), { token: bob });
    expect(listed.status).toBe(403);
    const status = JSON.parse(listed.text);
    expect(status).toMatchObject({ kind: 'Status', reason: 'Forbidden', code: 403 });
    expect(status.message).toContain(`"system:serviceaccount:${a}:bob" cannot list resource "trainings"`);
    const created = await send(`${list()}?dryRun=All`, {
      method: 'POST',
      token: bob,
      body: training(a, 'bobs'),
    });
    expect(created.status).toBe(403);
    expect(JSON.parse(created.text).message).toContain(
      `"system:serviceaccount:${a}:bob" cannot create resource`,
    );
    // alice has no rights in B either: the API server says so, not the operator.
    const other = await send(`/ui/api/kube${ML}/namespaces/${b}/trainings`, { token: alice });
    expect(other.status).toBe(403);
    expect(JSON.parse(other.text).message).toContain('cannot list resource "trainings"');
  });

  it('refuses a path outside its allowlist itself, before the API server', async () => {
    for (const path of [
      `/ui/api/kube/api/v1/namespaces/${a}/secrets`,
      `/ui/api/kube/api/v1/namespaces/${a}/pods`,
      `/ui/api/kube/apis/apps/v1/namespaces/${a}/deployments`,
    ]) {
      const refused = await send(path, { token: alice });
      expect(refused.status, path).toBe(403);
      // The operator's words, not the API server's ("cannot list resource ...").
      expect(JSON.parse(refused.text).message, path).toMatch(/^the console does not pass /);
    }
    const traversal = await send(`/ui/api/kube${ML}/../../api/v1/namespaces/${a}/secrets`, { token: alice });
    expect(traversal.status).toBe(400);
    const query = await send(`${list()}?as=system:admin`, { token: alice });
    expect(query.status).toBe(400);
  });

  it('streams a watch event for a Training created after the watch started', async () => {
    const listed = JSON.parse((await send(list(), { token: alice })).text);
    const stream = await watch(
      `${list()}?watch=true&resourceVersion=${listed.metadata.resourceVersion}&allowWatchBookmarks=true`,
      alice,
    );
    try {
      expect(stream.status).toBe(200);
      const created = await send(list(), { method: 'POST', token: alice, body: training(a, 'watched') });
      expect(created.status).toBe(201);
      const text = await stream.until('"watched"');
      const event = text
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { type: string; object: { metadata: { name: string } } })
        .find((e) => e.object.metadata.name === 'watched');
      expect(event?.type).toBe('ADDED');
    } finally {
      stream.close();
    }
  });

  it("refuses a person's watch beyond the limit with 429, and serves it once one closes", async () => {
    // A slot is freed when the operator sees the browser's connection close.
    const url = `${list()}?watch=true`;
    const open = await eventually("a person's limit of watches to open", async () => {
      const watches = await Promise.all(
        Array.from({ length: DEFAULT_WATCHES_PER_USER }, () => watch(url, alice)),
      );
      if (watches.every((w) => w.status === 200)) return watches;
      for (const w of watches) w.close();
      return undefined;
    });
    try {
      const oneMore = await send(url, { token: alice });
      expect(oneMore.status).toBe(429);
      expect(oneMore.headers['retry-after']).toBe('5');
      expect(JSON.parse(oneMore.text).message).toContain(
        `already has ${DEFAULT_WATCHES_PER_USER} watches open`,
      );
      open[0]?.close();
      const again = await eventually('a slot to be freed', async () => {
        const w = await watch(url, alice);
        if (w.status === 200) return w;
        w.close();
        return undefined;
      });
      open[0] = again;
    } finally {
      for (const w of open) w.close();
    }
  });
});

describe('templates', () => {
  it("lists alice's templates in A without their scripts, and refuses bob", async () => {
    const listed = await send(`/api/v1/templates?namespace=${a}`, { token: alice });
    expect(listed.status).toBe(200);
    const items = JSON.parse(listed.text).items as Record<string, unknown>[];
    const names = items.map((t) => t.name);
    expect(names).toContain('demo-train');
    expect(names).toContain('demo-predict');
    for (const item of items) {
      expect(item).not.toHaveProperty('script');
      expect(item).not.toHaveProperty('source');
    }
    expect(listed.text).not.toContain('#!/');
    const refused = await send(`/api/v1/templates?namespace=${a}`, { token: bob });
    expect(refused.status).toBe(403);
    expect(refused.text).not.toContain('demo-train');
  });

  it("checks parameters with the operator's own validator", async () => {
    const validate = (parameters: Record<string, string>, token = alice) =>
      send('/api/v1/templates/demo-train/validate', {
        method: 'POST',
        token,
        body: { namespace: a, parameters },
      });
    const invalid = await validate({ epochs: '0' });
    expect(invalid.status).toBe(200);
    expect(JSON.parse(invalid.text)).toEqual({
      ok: false,
      errors: ['parameter "epochs": must be an integer between 1 and 100, got "0"'],
    });
    const valid = await validate({ epochs: '3' });
    expect(valid.status).toBe(200);
    expect(JSON.parse(valid.text)).toMatchObject({
      ok: true,
      values: { epochs: '3', learning_rate: '0.01' },
    });
    expect((await validate({ epochs: '3' }, bob)).status).toBe(403);
  });
});
