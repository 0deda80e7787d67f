// The pass-through against a fake API server (HTTPS, its own CA): what reaches the API server is
// the caller's token and nothing of the operator's kubeconfig user (neither its token nor its client
// certificate, which the fake API server asks for), only Content-Type and Accept,
// the checked path and query; answers stream through with their status and type; bodies over the
// limit are 413, a user's watch beyond the limit 429 (until one closes), an unreachable API server 502.
import { createServer, request, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_WATCHES_PER_USER } from '../../../src/console/watch-limiter.ts';
import { type KeyPair, selfSignedKeyPair } from '../../../src/observability/tls.ts';
import {
  type ConsoleServer,
  call,
  fakeReviewer,
  kubeConfigFor,
  open,
  startConsoleServer,
} from './harness.ts';

interface Seen {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** The client certificate the connection presented ({} when none). */
  peerCertificate: object;
}

const ML = '/apis/ml.hpc.dev/v1alpha1';
let apiPair: KeyPair;
let api: Server;
let apiUrl: string;
const seen: Seen[] = [];
let openWatches = 0;
let console_: ConsoleServer;
/** Requests that reached the handler after the console's (as the history and log APIs are). */
const later: string[] = [];
let unreachable: ConsoleServer;
const reviewer = fakeReviewer(
  { alice: { username: 'alice', groups: [] }, bob: { username: 'bob', groups: [] } },
  new Set(),
);

beforeAll(async () => {
  apiPair = await selfSignedKeyPair(['127.0.0.1']);
  // The operator's kubeconfig user has a client certificate too; the API server asks every
  // client for one (and takes connections without), so one sent would be seen.
  const operatorPair = await selfSignedKeyPair(['operator']);
  api = createServer(
    { cert: apiPair.cert, key: apiPair.key, requestCert: true, rejectUnauthorized: false },
    (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        seen.push({
          method: req.method ?? '',
          url: req.url ?? '',
          headers: req.headers,
          body: Buffer.concat(chunks).toString(),
          peerCertificate: (req.socket as TLSSocket).getPeerCertificate(),
        });
        const url = req.url ?? '';
        if (url.includes('watch=true')) {
          openWatches += 1;
          res.on('close', () => {
            openWatches -= 1;
          });
          res.writeHead(200, { 'content-type': 'application/json' });
          res.write(`${JSON.stringify({ type: 'ADDED', object: { metadata: { name: 'first' } } })}\n`);
          if (url.includes('timeoutSeconds=1&')) setTimeout(() => res.end(), 200);
          return;
        }
        if (url.startsWith(`${ML}/namespaces/forbidden/`)) {
          res.writeHead(403, { 'content-type': 'application/json' });
          res.end(
            JSON.stringify({
              kind: 'Status',
              status: 'Failure',
              reason: 'Forbidden',
              code: 403,
              message: 'no',
            }),
          );
          return;
        }
        res.writeHead(req.method === 'POST' ? 201 : 200, {
          'content-type': 'application/json',
          'x-extra': 'dropped',
        });
        res.end(
          req.method === 'POST' ? Buffer.concat(chunks) : JSON.stringify({ kind: 'TrainingList', items: [] }),
        );
      });
    },
  );
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  apiUrl = `https://127.0.0.1:${(api.address() as AddressInfo).port}`;
  console_ = await startConsoleServer({
    reviewer,
    directory: '/nonexistent',
    kubeConfig: kubeConfigFor(apiUrl, apiPair.cert, operatorPair),
    handlers: [
      async (req) => {
        later.push(`${req.method} ${req.url}`);
        return false;
      },
    ],
  });
  // A port nobody listens on.
  unreachable = await startConsoleServer({
    reviewer,
    directory: '/nonexistent',
    kubeConfig: kubeConfigFor('https://127.0.0.1:1', apiPair.cert),
  });
});
afterAll(() => {
  console_?.close();
  unreachable?.close();
  api?.closeAllConnections();
  api?.close();
});
beforeEach(() => {
  seen.length = 0;
  later.length = 0;
});

const kube = (server: ConsoleServer, path: string, options: Parameters<typeof call>[1] | object = {}) =>
  call(`${server.base}/ui/api/kube${path}`, { ca: server.pair.cert, token: 'alice', ...options });

describe('what reaches the API server', () => {
  it("a list, with the caller's token only, and the API server's answer as it is", async () => {
    const answer = await kube(console_, `${ML}/namespaces/team-a/trainings?limit=5`, {
      headers: {
        accept: 'application/json',
        cookie: 'session=x',
        'x-forwarded-for': '1.2.3.4',
        'impersonate-user': 'admin',
      },
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({ kind: 'TrainingList', items: [] });
    expect(answer.headers['content-type']).toBe('application/json');
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.headers['x-extra']).toBeUndefined();
    expect(seen).toHaveLength(1);
    const [request] = seen;
    expect(request?.method).toBe('GET');
    expect(request?.url).toBe(`${ML}/namespaces/team-a/trainings?limit=5`);
    expect(request?.headers.authorization).toBe('Bearer alice');
    // Nothing else of the browser's, and nothing of the operator's own kubeconfig user.
    for (const name of ['cookie', 'x-forwarded-for', 'impersonate-user'])
      expect(request?.headers[name], name).toBeUndefined();
    expect(JSON.stringify(request?.headers)).not.toContain('the-operators-own-token');
    expect(request?.peerCertificate).toEqual({});
  });

  it('a create, with its body and content type', async () => {
    const training = JSON.stringify({
      apiVersion: 'ml.hpc.dev/v1alpha1',
      kind: 'Training',
      metadata: { name: 't' },
    });
    const answer = await kube(console_, `${ML}/namespaces/team-a/trainings?dryRun=All`, {
      method: 'POST',
      body: training,
      headers: { 'content-type': 'application/json' },
    });
    expect(answer.status).toBe(201);
    expect(answer.text).toBe(training);
    expect(seen[0]).toMatchObject({
      method: 'POST',
      url: `${ML}/namespaces/team-a/trainings?dryRun=All`,
      body: training,
      headers: { 'content-type': 'application/json', authorization: 'Bearer alice' },
    });
    expect(seen[0]?.peerCertificate).toEqual({});
  });

  it("the API server's refusal, as it gave it", async () => {
    const answer = await kube(console_, `${ML}/namespaces/forbidden/trainings`);
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.text)).toMatchObject({ kind: 'Status', reason: 'Forbidden', message: 'no' });
  });

  it('nothing for a refused path: 403 from the operator, shaped as a Status', async () => {
    const answer = await kube(console_, '/api/v1/namespaces/team-a/secrets');
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.text)).toMatchObject({ kind: 'Status', code: 403, reason: 'Forbidden' });
    const traversal = await kube(console_, `${ML}/../../api/v1/secrets`);
    expect(traversal.status).toBe(400);
    expect(seen).toEqual([]);
  });

  it('nothing without a token the API server accepts (401)', async () => {
    expect((await kube(console_, `${ML}/trainings`, { token: undefined })).status).toBe(401);
    expect((await kube(console_, `${ML}/trainings`, { token: 'forged' })).status).toBe(401);
    expect(seen).toEqual([]);
  });

  it('nothing for a body over 256 KiB (413)', async () => {
    const answer = await kube(console_, `${ML}/namespaces/team-a/trainings`, {
      method: 'POST',
      body: 'x'.repeat(256 * 1024 + 1),
      headers: { 'content-type': 'application/json' },
    }).catch((error: Error) => ({ status: -1, text: error.message }));
    expect(answer.status).toBe(413);
    // Exactly the limit passes.
    const limit = await kube(console_, `${ML}/namespaces/team-a/trainings`, {
      method: 'POST',
      body: 'x'.repeat(256 * 1024),
      headers: { 'content-type': 'application/json' },
    });
    expect(limit.status).toBe(201);
    expect(seen).toHaveLength(1);
  });
});

describe('a POST the server lets through by its parsed path', () => {
  it.each([
    `/ui/api/./kube${ML}/namespaces/team-a/trainings`,
    `/ui/api/x/../kube${ML}/namespaces/team-a/trainings`,
    `//elsewhere/ui/api/kube${ML}/namespaces/team-a/trainings`,
    `/ui/api/kube/.${ML}/namespaces/team-a/trainings`,
    '/ui/api/kube',
  ])('%s: answered by the pass-through (400), never by a handler that expects GET', async (path) => {
    const answer = await call(`${console_.base}${path}`, {
      ca: console_.pair.cert,
      token: 'alice',
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text)).toMatchObject({ kind: 'Status', code: 400 });
    expect(later).toEqual([]);
    expect(seen).toEqual([]);
  });

  it('GET of such a path is refused the same way', async () => {
    const answer = await call(`${console_.base}/ui/api/./kube${ML}/trainings`, {
      ca: console_.pair.cert,
      token: 'alice',
    });
    expect(answer.status).toBe(400);
    expect(later).toEqual([]);
    expect(seen).toEqual([]);
  });

  it.each([
    '/api/v1/templates/a/b/validate',
    '/api/v1/templates/validate',
    '/api/v1/templates/x/validate/',
    '/ui/api/whoami',
  ])('%s: 405 at the gate, no handler reached', async (path) => {
    const answer = await call(`${console_.base}${path}`, {
      ca: console_.pair.cert,
      token: 'alice',
      method: 'POST',
      body: '{}',
    });
    expect(answer.status).toBe(405);
    expect(later).toEqual([]);
  });
});

describe('a body sent in chunks, without its length', () => {
  it('is refused with 413 once it passes 256 KiB, and nothing is sent on', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: Number(new URL(console_.base).port),
          path: `/ui/api/kube${ML}/namespaces/team-a/trainings`,
          method: 'POST',
          headers: {
            authorization: 'Bearer alice',
            'content-type': 'application/json',
            'transfer-encoding': 'chunked',
          },
          ca: console_.pair.cert,
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      const chunk = Buffer.alloc(64 * 1024, 'x');
      let sent = 0;
      const more = () => {
        // Stop writing once answered; the operator closes the connection after its 413.
        while (sent < 8 && !req.destroyed) {
          sent += 1;
          if (!req.write(chunk)) return void req.once('drain', more);
        }
        if (!req.destroyed) req.end();
      };
      more();
    });
    expect(status).toBe(413);
    expect(seen).toEqual([]);
  });
});

describe('watches', () => {
  it('streams events as they come, with timeoutSeconds at most 300', async () => {
    const watch = await open(`${console_.base}/ui/api/kube${ML}/trainings?watch=true&timeoutSeconds=86400`, {
      ca: console_.pair.cert,
      token: 'alice',
    });
    try {
      expect(watch.status).toBe(200);
      expect(watch.headers['content-type']).toBe('application/json');
      // The API server has not ended its answer: the event arrived unbuffered.
      expect(await watch.until('"first"')).toContain('ADDED');
      expect(seen[0]?.url).toBe(`${ML}/trainings?watch=true&timeoutSeconds=300`);
    } finally {
      watch.close();
    }
  });

  it("answers a user's watch beyond the limit 429, another user's first 200, and frees slots as watches close", async () => {
    const limit = DEFAULT_WATCHES_PER_USER;
    const url = `${console_.base}/ui/api/kube${ML}/namespaces/team-a/trainings?watch=true`;
    const watches = await Promise.all(
      Array.from({ length: limit }, () => open(url, { ca: console_.pair.cert, token: 'alice' })),
    );
    try {
      expect(watches.map((w) => w.status)).toEqual(Array(limit).fill(200));
      const oneMore = await call(url, { ca: console_.pair.cert, token: 'alice' });
      expect(oneMore.status).toBe(429);
      expect(oneMore.headers['retry-after']).toBe('5');
      expect(JSON.parse(oneMore.text).message).toContain(`user "alice" already has ${limit} watches`);
      const bobs = await open(url, { ca: console_.pair.cert, token: 'bob' });
      expect(bobs.status).toBe(200);
      bobs.close();
      // The browser closes one: its slot and its connection to the API server are freed.
      watches[0]?.close();
      // Bob's and this one: all but one of Alice's remain open at the API server.
      await waitFor(() => openWatches === limit - 1);
      const again = await open(url, { ca: console_.pair.cert, token: 'alice' });
      expect(again.status).toBe(200);
      watches[0] = again;
    } finally {
      for (const watch of watches) watch.close();
    }
    await waitFor(() => openWatches === 0);
  });

  it('frees the slot when the API server ends the watch', async () => {
    const url = `${console_.base}/ui/api/kube${ML}/namespaces/team-b/trainings?watch=true&timeoutSeconds=1&limit=1`;
    // A person's limit of watches the API server ends after 200 ms, then as many more: none refused.
    const limit = DEFAULT_WATCHES_PER_USER;
    for (let round = 0; round < 2; round += 1) {
      const watches = await Promise.all(
        Array.from({ length: limit }, () => open(url, { ca: console_.pair.cert, token: 'alice' })),
      );
      expect(watches.map((w) => w.status)).toEqual(Array(limit).fill(200));
      await Promise.all(watches.map((w) => w.ended));
    }
  });
});

describe('an API server that cannot be reached', () => {
  it('answers 502 with a message that says so', async () => {
    const answer = await kube(unreachable, `${ML}/trainings`);
    expect(answer.status).toBe(502);
    expect(JSON.parse(answer.text).message).toMatch(
      /could not reach the Kubernetes API server: ECONNREFUSED/,
    );
    // Each watch's slot is free again: one more than a person may hold open, none refused (429).
    for (let i = 0; i < DEFAULT_WATCHES_PER_USER + 1; i += 1)
      expect((await kube(unreachable, `${ML}/trainings?watch=true`)).status).toBe(502);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
