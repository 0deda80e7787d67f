// `kubectl ml` end to end against a local HTTPS server standing in for the operator's port (and,
// for the progress line, the API server), with a throwaway self-signed certificate: the bearer
// token sent, logs streamed to stdout as they arrive and in order, backpressure from a slow
// stdout, Ctrl-C, error answers, metrics with their progress line, TLS trust. The bin itself runs
// once as a process (its shebang file, Ctrl-C's exit code).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Caller } from '../../../src/access/types.ts';
import { historyHandler } from '../../../src/audit/history-api.ts';
import type { MetricHistory, MetricQuery } from '../../../src/audit/metric-history.ts';
import { runKubectlMl } from '../../../src/cli/run.ts';
import { VERSION } from '../../../src/cli/version.ts';
import { logHandler } from '../../../src/logs/log-api.ts';
import { selfSignedKeyPair } from '../../../src/observability/tls.ts';

const BIN = fileURLToPath(new URL('../../../src/cli/kubectl-ml.ts', import.meta.url));

type Handler = (request: IncomingMessage, response: ServerResponse, url: URL) => void | Promise<void>;

interface Seen {
  path: string;
  query: Record<string, string>;
  authorization: string | undefined;
}

const dir = mkdtempSync(join(tmpdir(), 'kubectl-ml-e2e-'));
let server: Server;
let origin: string;
let caFile: string;
let kubeconfigFile: string;
const routes = new Map<string, Handler>();
const seen: Seen[] = [];

beforeAll(async () => {
  const pair = await selfSignedKeyPair(['127.0.0.1', 'localhost']);
  server = createServer({ cert: pair.cert, key: pair.key }, async (request, response) => {
    const url = new URL(request.url ?? '/', 'https://127.0.0.1');
    seen.push({
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      authorization: request.headers.authorization,
    });
    const handler = routes.get(url.pathname);
    if (handler) await handler(request, response, url);
    else json(response, 404, { error: `no route ${url.pathname}` });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  caFile = join(dir, 'ca.pem');
  writeFileSync(caFile, pair.cert);
  kubeconfigFile = join(dir, 'kubeconfig');
  writeFileSync(
    kubeconfigFile,
    JSON.stringify({
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [
        {
          name: 'local',
          cluster: {
            server: origin,
            'certificate-authority-data': Buffer.from(pair.cert).toString('base64'),
          },
        },
      ],
      users: [{ name: 'alice', user: { token: 'kube-token' } }],
      contexts: [{ name: 'alice', context: { cluster: 'local', user: 'alice', namespace: 'team-a' } }],
      'current-context': 'alice',
    }),
  );
});

afterAll(async () => {
  server.closeAllConnections();
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  routes.clear();
  seen.length = 0;
});

/** A promise and its resolve (Promise.withResolvers is ES2024; the project's lib is ES2023). */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => {};
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

/** A stdout or stderr that keeps what it gets; `hold` keeps writes pending until `release`. */
class Sink extends Writable {
  readonly chunks: Buffer[] = [];
  private held: (() => void)[] = [];
  holding = false;
  constructor(highWaterMark = 16 * 1024) {
    super({ highWaterMark });
  }
  override _write(chunk: Buffer, _: BufferEncoding, done: (error?: Error | null) => void): void {
    this.chunks.push(chunk);
    this.emit('chunk', chunk);
    if (this.holding) this.held.push(done);
    else done();
  }
  release(): void {
    this.holding = false;
    for (const done of this.held.splice(0)) done();
  }
  get text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
  get size(): number {
    return this.chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  }
  /** Resolves once what was written contains `text`. */
  async waitFor(text: string): Promise<void> {
    while (!this.text.includes(text)) await once(this, 'chunk');
  }
}

function baseEnv(more: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    HOME: dir,
    KUBECONFIG: kubeconfigFile,
    SLURM_ML_SERVER: origin,
    SLURM_ML_CA_FILE: caFile,
    ...more,
  };
}

async function run(
  argv: string[],
  options: { env?: NodeJS.ProcessEnv; stdout?: Sink; signal?: AbortSignal } = {},
) {
  const stdout = options.stdout ?? new Sink();
  const stderr = new Sink();
  const code = await runKubectlMl(argv, {
    stdout,
    stderr,
    env: options.env ?? baseEnv(),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const LOG = '/api/v1/trainings/team-a/demo/log';

describe('kubectl ml logs', () => {
  it("sends the kubeconfig user's token and the flags, and streams the log to stdout as it arrives", async () => {
    const stdout = new Sink();
    routes.set(LOG, async (_, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.write('epoch 1 loss=0.9\n');
      // The next line only once the first reached stdout: a client that waited for the end hangs.
      await stdout.waitFor('epoch 1');
      response.write('epoch 2 loss=0.5\n');
      await stdout.waitFor('epoch 2');
      response.end('done\n');
    });
    const result = await run(
      ['logs', 'training/demo', '-f', '--tail', '5', '--attempt', '2', '--limit-bytes', '100'],
      { stdout },
    );
    expect(result).toEqual({ code: 0, stdout: 'epoch 1 loss=0.9\nepoch 2 loss=0.5\ndone\n', stderr: '' });
    expect(seen).toEqual([
      {
        path: LOG,
        query: { follow: 'true', tail: '5', attempt: '2', limitBytes: '100' },
        authorization: 'Bearer kube-token',
      },
    ]);
  });

  it('asks for a prediction in the namespace given, with the --token given', async () => {
    routes.set('/api/v1/predictions/team-b/nightly/log', (_, response) => {
      response.end('predicted\n');
    });
    const result = await run(['logs', 'pred', 'nightly', '-n', 'team-b', '--token', 'given-token', '-p']);
    expect(result).toEqual({ code: 0, stdout: 'predicted\n', stderr: '' });
    expect(seen).toEqual([
      {
        path: '/api/v1/predictions/team-b/nightly/log',
        query: { previous: 'true' },
        authorization: 'Bearer given-token',
      },
    ]);
  });

  it('prints a 403 with the permission it needs, and exits 1', async () => {
    routes.set(LOG, (_, response) => json(response, 403, { error: 'forbidden' }));
    const result = await run(['logs', 'tr/demo']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'error: forbidden (403: this needs the permission get trainings/log in namespace team-a)\n',
    );
    // The operator's own refusal names the permission already: not said twice.
    routes.set(LOG, (_, response) =>
      json(response, 403, { error: 'user "alice" may not get trainings/log in namespace "team-a"' }),
    );
    expect((await run(['logs', 'tr/demo'])).stderr).toBe(
      'error: user "alice" may not get trainings/log in namespace "team-a" (403)\n',
    );
  });

  it.each([
    [401, { error: 'unauthorized' }, /did not accept the token \(401: unauthorized\)/],
    [404, { error: 'no training team-a/demo' }, /^error: no training team-a\/demo \(404\)$/m],
    [503, 'review failed', /^error: review failed \(503\)$/m],
  ])('prints a %d and exits 1', async (status, body, message) => {
    routes.set(LOG, (_, response) => {
      response.writeHead(status);
      response.end(typeof body === 'string' ? body : JSON.stringify(body));
    });
    const result = await run(['logs', 'tr/demo']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
  });

  it('waits for a slow stdout: stops reading (the server feels backpressure), then delivers every byte in order', async () => {
    const stdout = new Sink(1024);
    stdout.holding = true;
    const chunk = 64 * 1024;
    let sent = 0;
    let pushedBack = false;
    const backpressure = deferred();
    routes.set(LOG, async (_, response) => {
      response.writeHead(200);
      while (sent < 256 * chunk) {
        const block = Buffer.alloc(chunk, sent / chunk);
        sent += chunk;
        if (!response.write(block)) {
          const drained = await Promise.race([
            once(response, 'drain').then(() => true),
            new Promise((resolve) => setTimeout(resolve, 300, false)),
          ]);
          if (!drained) {
            pushedBack = true;
            backpressure.resolve();
            await once(response, 'drain');
            break;
          }
        }
      }
      response.end();
    });
    const running = run(['logs', 'tr/demo', '-f'], { stdout });
    await backpressure.promise;
    expect(pushedBack).toBe(true);
    expect(sent).toBeLessThan(256 * chunk);
    stdout.release();
    const result = await running;
    expect(result.code).toBe(0);
    expect(stdout.size).toBe(sent);
    const all = Buffer.concat(stdout.chunks);
    for (let block = 0; block < sent / chunk; block++) {
      expect(all[block * chunk]).toBe(block % 256);
      expect(all[block * chunk + chunk - 1]).toBe(block % 256);
    }
  });

  it('ends on Ctrl-C (the signal) with 130, closing the connection', async () => {
    const stdout = new Sink();
    const closed = deferred();
    routes.set(LOG, (request, response) => {
      response.writeHead(200);
      response.write('first\n');
      request.socket.on('close', () => closed.resolve());
    });
    const interrupt = new AbortController();
    const running = run(['logs', 'tr/demo', '-f'], { stdout, signal: interrupt.signal });
    await stdout.waitFor('first');
    interrupt.abort();
    expect(await running).toEqual({ code: 130, stdout: 'first\n', stderr: '' });
    await closed.promise;
  });

  it('ends quietly when stdout goes away (a closed pipe), closing the connection', async () => {
    const closed = deferred();
    routes.set(LOG, (request, response) => {
      response.writeHead(200);
      const timer = setInterval(() => response.write('more\n'), 5);
      request.socket.on('close', () => {
        clearInterval(timer);
        closed.resolve();
      });
    });
    const stdout = new Sink();
    stdout.once('chunk', () => stdout.destroy(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })));
    const result = await run(['logs', 'tr/demo', '-f'], { stdout });
    expect(result.code).toBe(0);
    await closed.promise;
  });

  it('refuses an operator whose certificate it cannot verify, unless told to skip the check (with a warning)', async () => {
    routes.set(LOG, (_, response) => {
      response.end('ok\n');
    });
    const untrusted = await run(['logs', 'tr/demo'], { env: baseEnv({ SLURM_ML_CA_FILE: '' }) });
    expect(untrusted.code).toBe(1);
    expect(untrusted.stderr).toMatch(
      /certificate at https:\/\/127\.0\.0\.1:\d+ is not trusted .*--certificate-authority/,
    );
    const insecure = await run(['logs', 'tr/demo', '--insecure-skip-tls-verify'], {
      env: baseEnv({ SLURM_ML_CA_FILE: '' }),
    });
    expect(insecure.code).toBe(0);
    expect(insecure.stdout).toBe('ok\n');
    expect(insecure.stderr).toMatch(/^warning: --insecure-skip-tls-verify/);
    const viaFlag = await run(['logs', 'tr/demo', '--certificate-authority', caFile], {
      env: baseEnv({ SLURM_ML_CA_FILE: '' }),
    });
    expect(viaFlag).toEqual({ code: 0, stdout: 'ok\n', stderr: '' });
  });

  it('says how to set the server when none is given', async () => {
    const result = await run(['logs', 'tr/demo'], { env: baseEnv({ SLURM_ML_SERVER: '' }) });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Pass --server https:\/\/HOST:PORT or set SLURM_ML_SERVER/);
  });

  it('says when the operator cannot be reached', async () => {
    const result = await run(['logs', 'tr/demo', '--server', 'https://127.0.0.1:1']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/cannot reach the operator at https:\/\/127\.0\.0\.1:1/);
  });
});

describe("kubectl ml logs against the operator's own log handler", () => {
  it('tails, follows until the job can write no more, and shows its refusals', async () => {
    const file = join(dir, 'demo-7.out');
    writeFileSync(file, 'one\ntwo\nthree\n');
    let active = true;
    const handle = logHandler(
      {
        lookup: (listing, namespace, name) =>
          listing === 'trainings' && namespace === 'team-a' && name === 'demo'
            ? { found: true, attempts: [{ attempt: 1, jobId: 7, path: file }], active: () => active }
            : { found: false },
      },
      { pollIntervalMs: 20 },
    );
    // What SubjectAccessReview would say: alice may read trainings' logs in team-a only.
    const alice: Caller = {
      user: { username: 'alice', groups: [] },
      can: async (attributes) => 'namespace' in attributes && attributes.namespace === 'team-a',
    };
    const viaHandler: Handler = async (request, response) => {
      if (!(await handle(request, response, alice))) json(response, 404, { error: 'not the log route' });
    };
    routes.set(LOG, viaHandler);
    routes.set('/api/v1/trainings/team-b/demo/log', viaHandler);

    const stdout = new Sink();
    const following = run(['logs', 'tr/demo', '-f', '--tail', '2'], { stdout });
    await stdout.waitFor('three');
    appendFileSync(file, 'four\n');
    await stdout.waitFor('four');
    active = false;
    expect(await following).toEqual({ code: 0, stdout: 'two\nthree\nfour\n', stderr: '' });

    expect(await run(['logs', 'tr/demo', '--limit-bytes', '6'])).toEqual({
      code: 0,
      stdout: 'one\ntw',
      stderr: '',
    });
    expect(await run(['logs', 'tr/demo', '-n', 'team-b'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'error: user "alice" may not get trainings/log in namespace "team-b" (403)\n',
    });
    const previous = await run(['logs', 'tr/demo', '--previous']);
    expect(previous.code).toBe(1);
    expect(previous.stderr).toMatch(
      /^error: previous: .* has had only one attempt \(1\); there is no attempt before it \(400\)\n$/,
    );
  });
});

const METRICS = '/api/v1/trainings/team-a/demo/metrics';
const RESOURCE = '/apis/ml.hpc.dev/v1alpha1/namespaces/team-a/trainings/demo';
const answer = {
  uid: 'u-1',
  namespace: 'team-a',
  name: 'demo',
  attempts: [1],
  series: [
    {
      metric: 'accuracy',
      attempt: 1,
      points: [0.5, 0.7, 0.8].map((value, i) => ({ step: i + 1, value, at: '2026-01-01T00:00:00Z' })),
    },
    {
      metric: 'loss',
      attempt: 1,
      points: [0.9, 0.6, 0.4].map((value, i) => ({ step: i + 1, value, at: '2026-01-01T00:00:00Z' })),
    },
  ],
};

describe('kubectl ml metrics', () => {
  it('prints the progress line, the table and the loss plot, asking both servers as the user', async () => {
    const updatedAt = new Date(Date.now() - 12_000).toISOString();
    routes.set(METRICS, (_, response) => json(response, 200, answer));
    routes.set(RESOURCE, (_, response) =>
      json(response, 200, {
        apiVersion: 'ml.hpc.dev/v1alpha1',
        kind: 'Training',
        metadata: { name: 'demo', namespace: 'team-a' },
        status: {
          progress: {
            percent: 40,
            step: 4,
            total: 10,
            unit: 'epoch',
            estimatedRemainingSeconds: 90,
            updatedAt,
          },
        },
      }),
    );
    const result = await run(['metrics', 'training/demo', '--width', '40', '--height', '8']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^Progress: 40% \(epoch 4 of 10\), about 1m30s left, updated 1[2-9]s ago$/);
    expect(lines.slice(1, 6)).toEqual([
      '',
      'METRIC     LATEST   STEP   MIN   MAX   POINTS',
      'accuracy   0.8      3      0.5   0.8   3',
      'loss       0.4      3      0.4   0.9   3',
      '',
    ]);
    expect(lines[6]).toBe('loss');
    expect(lines.slice(7, 15)).toHaveLength(8);
    expect(lines[7]).toMatch(/^0\.9 ┤/);
    for (const line of lines.slice(7, 15)) expect([...line]).toHaveLength(40);
    expect(seen.map((one) => [one.path, one.authorization]).sort()).toEqual([
      [METRICS, 'Bearer kube-token'],
      [RESOURCE, 'Bearer kube-token'],
    ]);
  });

  it('skips the progress line when the user may not get the resource, and plots --metric', async () => {
    routes.set(METRICS, (_, response) => json(response, 200, answer));
    routes.set(RESOURCE, (_, response) => json(response, 403, { kind: 'Status', message: 'forbidden' }));
    const result = await run(['metrics', 'tr/demo', '--metric', 'accuracy']);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('METRIC ')).toBe(true);
    expect(result.stdout).toMatch(/\n\naccuracy\n0\.8 ┤/);
    expect(seen.find((one) => one.path === METRICS)?.query).toEqual({ metric: 'accuracy' });
  });

  it('prints the answer as it is with -o json, without asking the API server', async () => {
    routes.set(METRICS, (_, response) => json(response, 200, answer));
    const result = await run(['metrics', 'tr/demo', '-o', 'json', '--attempt', '1']);
    expect(result).toEqual({ code: 0, stdout: `${JSON.stringify(answer)}\n`, stderr: '' });
    expect(seen).toEqual([{ path: METRICS, query: { attempt: '1' }, authorization: 'Bearer kube-token' }]);
  });

  it('prints a 403 with the permission it needs (get trainings), and exits 1', async () => {
    routes.set(METRICS, (_, response) => json(response, 403, { error: 'forbidden' }));
    const result = await run(['metrics', 'tr/demo']);
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toMatch(
      /forbidden \(403: this needs the permission get trainings in namespace team-a\)/,
    );
  });

  it('says when there are no metrics yet', async () => {
    routes.set(METRICS, (_, response) => json(response, 200, { ...answer, attempts: [], series: [] }));
    const result = await run(['metrics', 'tr/demo']);
    expect(result).toEqual({ code: 0, stdout: 'No metrics reported yet.\n', stderr: '' });
  });
});

describe("kubectl ml metrics against the operator's own history handler", () => {
  it('asks what the handler understands, prints what it answers, and shows its refusal', async () => {
    const queries: MetricQuery[] = [];
    const history: MetricHistory = {
      uid: '3f2b8c9e-1d4a-4e6b-9c2f-0a1b2c3d4e5f',
      kind: 'Training',
      namespace: 'team-a',
      name: 'demo',
      attempts: [1],
      thinned: false,
      series: [
        {
          metric: 'loss',
          attempt: 1,
          count: 3,
          thinned: false,
          points: [2.3, 1.1, 0.7].map((value, step) => ({
            step,
            value,
            at: new Date(step * 1000).toISOString(),
          })),
        },
      ],
    };
    const handle = historyHandler({
      list: async () => {
        throw new Error('not used');
      },
      get: async () => null,
      namespaces: async () => [],
      metricHistory: async (_, query) => {
        queries.push(query);
        return history;
      },
    });
    const alice: Caller = {
      user: { username: 'alice', groups: [] },
      can: async (attributes) => 'namespace' in attributes && attributes.namespace === 'team-a',
    };
    const viaHandler: Handler = async (request, response) => {
      if (!(await handle(request, response, alice))) json(response, 404, { error: 'not a history route' });
    };
    routes.set(METRICS, viaHandler);
    routes.set('/api/v1/trainings/team-b/demo/metrics', viaHandler);
    routes.set(RESOURCE, (_, response) => json(response, 404, { kind: 'Status', reason: 'NotFound' }));

    const result = await run(['metrics', 'tr/demo', '--metric', 'loss', '--attempt', '1']);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n').slice(0, 3)).toEqual([
      'METRIC   LATEST   STEP   MIN   MAX   POINTS',
      'loss     0.7      2      0.7   2.3   3',
      '',
    ]);
    expect(queries).toEqual([{ metric: 'loss', attempt: 1, limit: 1000 }]);
    const refused = await run(['metrics', 'tr/demo', '-n', 'team-b']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      'error: user "alice" may not get trainings.ml.hpc.dev in namespace "team-b" (403)\n',
    );
  });
});

describe('kubectl ml help, version and usage errors', () => {
  it.each([
    [['--help'], 0, /^kubectl ml: the logs and metrics/],
    [
      ['logs', '--help'],
      0,
      /kubectl ml logs \(training\|trainings\|tr\|prediction\|predictions\|pred\)\/NAME/,
    ],
    [['metrics', '-h'], 0, /--metric=NAME/],
    [['version'], 0, new RegExp(`^kubectl-ml ${VERSION.replace(/\./g, '\\.')}\\n$`)],
  ])('%j prints on stdout and exits %d', async (argv, code, output) => {
    const result = await run(argv);
    expect(result.code).toBe(code);
    expect(result.stdout).toMatch(output);
    expect(result.stderr).toBe('');
  });

  it.each([
    [
      ['logs', 'tr/demo', '--bogus'],
      "error: unknown flag: --bogus\nSee 'kubectl ml logs --help' for usage.\n",
    ],
    [
      ['frobnicate'],
      'error: unknown command "frobnicate": use logs, metrics or version\nSee \'kubectl ml --help\' for usage.\n',
    ],
  ])('%j is a usage error, exit 2', async (argv, stderr) => {
    expect(await run(argv)).toEqual({ code: 2, stdout: '', stderr });
  });
});

describe('the kubectl-ml executable', () => {
  it('starts with a shebang for node', () => {
    expect(readFileSync(BIN, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  it('runs: version', async () => {
    const child = spawn(process.execPath, [BIN, 'version'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk;
    });
    const [code] = await once(child, 'exit');
    expect({ code, output }).toEqual({ code: 0, output: `kubectl-ml ${VERSION}\n` });
  });

  it('ends a followed log on SIGINT (Ctrl-C) with 130 and nothing on stderr', async () => {
    routes.set(LOG, (_, response) => {
      response.writeHead(200);
      response.write('first\n');
    });
    const child = spawn(process.execPath, [BIN, 'logs', 'tr/demo', '-f'], {
      env: { ...baseEnv(), PATH: process.env.PATH },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => {
      errors += chunk;
    });
    const first = deferred();
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk;
      if (output.includes('first')) first.resolve();
    });
    await first.promise;
    const exited = once(child, 'exit');
    child.kill('SIGINT');
    const [code] = await exited;
    expect({ code, output, errors }).toEqual({ code: 130, output: 'first\n', errors: '' });
  });
});
