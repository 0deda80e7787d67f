// The console's files through the operator's real server: open to all, cached by kind (hashed
// assets for a year, the page never), the app's page for any path without an extension, 404 for a
// missing file, nothing from outside the directory (traversal, escapes, symlinks), and every
// answer with the security headers. Without a built console, 503 that says to build it.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMMUTABLE, NO_CACHE, NOT_BUILT, SECURITY_HEADERS } from '../../../src/console/static-files.ts';
import {
  type Answer,
  type ConsoleServer,
  call,
  fakeReviewer,
  kubeConfigFor,
  startConsoleServer,
} from './harness.ts';

const INDEX =
  '<!doctype html><title>console</title><script type="module" src="/ui/assets/app-abc123.js"></script>';
const APP = 'console.log("app");';
let top: string;
let built: ConsoleServer;
let empty: ConsoleServer;
let disabled: ConsoleServer;
const reviewer = fakeReviewer({ alice: { username: 'alice', groups: ['team-a'] } }, new Set());

beforeAll(async () => {
  top = mkdtempSync(join(tmpdir(), 'console-static-'));
  const ui = join(top, 'ui');
  mkdirSync(join(ui, 'assets'), { recursive: true });
  writeFileSync(join(ui, 'index.html'), INDEX);
  writeFileSync(join(ui, 'assets', 'app-abc123.js'), APP);
  writeFileSync(join(ui, 'assets', 'app-abc123.css'), 'body{}');
  writeFileSync(join(ui, 'favicon.svg'), '<svg/>');
  // Beside the directory, with its name as a prefix: a naive prefix check would admit it.
  mkdirSync(join(top, 'ui-secret'));
  writeFileSync(join(top, 'ui-secret', 'key.js'), 'secret');
  writeFileSync(join(top, 'secret.js'), 'secret');
  symlinkSync(join(top, 'secret.js'), join(ui, 'assets', 'out.js'));
  symlinkSync(join(top, 'ui-secret'), join(ui, 'linked-dir'));
  symlinkSync(join(ui, 'assets', 'app-abc123.js'), join(ui, 'assets', 'alias.js'));
  mkdirSync(join(top, 'empty'));
  const kubeConfig = kubeConfigFor('https://127.0.0.1:1');
  built = await startConsoleServer({ reviewer, directory: ui, kubeConfig });
  empty = await startConsoleServer({ reviewer, directory: join(top, 'empty'), kubeConfig });
  disabled = await startConsoleServer({ reviewer, directory: ui, kubeConfig, enabled: false });
});
afterAll(() => {
  for (const server of [built, empty, disabled]) server?.close();
  rmSync(top, { recursive: true, force: true });
});

const get = (
  server: ConsoleServer,
  path: string,
  options: { method?: string; token?: string; headers?: Record<string, string> } = {},
) => call(`${server.base}${path}`, { ca: server.pair.cert, ...options });

function expectSecurityHeaders(answer: Answer) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS))
    expect(answer.headers[name], name).toBe(value);
}

describe('the console files', () => {
  it('serves index.html at /ui/ without a token, never cached, with the security headers', async () => {
    const answer = await get(built, '/ui/');
    expect(answer.status).toBe(200);
    expect(answer.text).toBe(INDEX);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.headers['cache-control']).toBe(NO_CACHE);
    expectSecurityHeaders(answer);
    expect(answer.headers['content-security-policy']).toContain("default-src 'self'");
    expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(reviewer.reviews).toEqual([]);
  });

  it.each([
    '/ui/trainings',
    '/ui/trainings/team-a/resnet-1',
    '/ui/new/prediction?namespace=team-a&model=resnet&version=3',
    '/ui/models/team-a/resnet.v2', // Kubernetes names may hold dots
    '/ui/assets',
  ])('answers the app page for %s (the browser routes it)', async (path) => {
    const answer = await get(built, path);
    expect(answer.status).toBe(200);
    expect(answer.text).toBe(INDEX);
    expect(answer.headers['cache-control']).toBe(NO_CACHE);
  });

  it('serves hashed assets for a year, immutable, with their type', async () => {
    const js = await get(built, '/ui/assets/app-abc123.js');
    expect(js.status).toBe(200);
    expect(js.text).toBe(APP);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['cache-control']).toBe(IMMUTABLE);
    expectSecurityHeaders(js);
    const css = await get(built, '/ui/assets/app-abc123.css');
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.headers['cache-control']).toBe(IMMUTABLE);
    // Files at the top are not hashed: revalidated.
    const icon = await get(built, '/ui/favicon.svg');
    expect(icon.headers['content-type']).toBe('image/svg+xml');
    expect(icon.headers['cache-control']).toBe(NO_CACHE);
  });

  it.each([
    ['/ui/assets/../index.html', INDEX],
    ['/ui/assets/%2e%2e/index.html', INDEX],
    ['/ui/assets/../favicon.svg', '<svg/>'],
    ['/ui/assets/./../assets/../index.html', INDEX],
  ])('caches by the file served, not the path: %s is not immutable', async (path, text) => {
    const answer = await get(built, path);
    expect(answer.status).toBe(200);
    expect(answer.text).toBe(text);
    expect(answer.headers['cache-control']).toBe(NO_CACHE);
  });

  it('caches a hashed asset for a year whatever path led to it', async () => {
    const answer = await get(built, '/ui/favicon.svg/../assets/app-abc123.js');
    expect(answer.status).toBe(200);
    expect(answer.text).toBe(APP);
    expect(answer.headers['cache-control']).toBe(IMMUTABLE);
  });

  it.each(['/ui/assets/app-000000.js', '/ui/assets/logo.v2', '/ui/missing.css', '/ui/models/x.png'])(
    'answers 404 for a missing asset, not the app: %s',
    async (path) => {
      const answer = await get(built, path);
      expect(answer.status).toBe(404);
      expect(answer.text).not.toContain('<!doctype');
      expectSecurityHeaders(answer);
    },
  );

  it('answers HEAD with the headers only, and 304 to a matching ETag', async () => {
    const head = await get(built, '/ui/assets/app-abc123.js', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    expect(head.headers['content-length']).toBe(String(APP.length));
    const etag = head.headers.etag ?? '';
    expect(etag).toMatch(/^W\/"/);
    const again = await call(`${built.base}/ui/assets/app-abc123.js`, {
      ca: built.pair.cert,
      headers: { 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
  });

  it.each([
    ['br', 'br', brotliDecompressSync],
    ['gzip, deflate', 'gzip', gunzipSync],
    ['gzip;q=0, br', 'br', brotliDecompressSync],
    ['br;q=0, gzip;q=0.5', 'gzip', gunzipSync],
  ] as const)(
    'compresses a script for Accept-Encoding %j as %s, with its own ETag',
    async (accept, encoding, decode) => {
      const answer = await get(built, '/ui/assets/app-abc123.js', { headers: { 'accept-encoding': accept } });
      expect(answer.status).toBe(200);
      expect(answer.headers['content-encoding']).toBe(encoding);
      expect(answer.headers.vary).toBe('Accept-Encoding');
      expect(answer.headers['content-length']).toBe(String(answer.bytes.length));
      expect(decode(answer.bytes).toString()).toBe(APP);
      expect(answer.headers.etag).toMatch(new RegExp(`-${encoding}"$`));
      const plain = await get(built, '/ui/assets/app-abc123.js');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.text).toBe(APP);
      expect(plain.headers.etag).not.toBe(answer.headers.etag);
      const again = await get(built, '/ui/assets/app-abc123.js', {
        headers: { 'accept-encoding': accept, 'if-none-match': answer.headers.etag ?? '' },
      });
      expect(again.status).toBe(304);
    },
  );

  it.each(['identity', 'br;q=0, gzip;q=0', 'deflate'])(
    'sends the script as it is for Accept-Encoding %j',
    async (accept) => {
      const answer = await get(built, '/ui/assets/app-abc123.js', { headers: { 'accept-encoding': accept } });
      expect(answer.headers['content-encoding']).toBeUndefined();
      expect(answer.text).toBe(APP);
    },
  );

  it('redirects /ui to /ui/', async () => {
    const answer = await get(built, '/ui');
    expect(answer.status).toBe(308);
    expect(answer.headers.location).toBe('/ui/');
  });

  it('refuses writes to the files', async () => {
    for (const method of ['POST', 'PUT', 'DELETE'])
      expect((await get(built, '/ui/', { method })).status).toBe(405);
  });

  it.each([
    ['a .. segment', '/ui/../secret.js'],
    ['.. inside assets', '/ui/assets/../../secret.js'],
    ['escaped dots', '/ui/%2e%2e/secret.js'],
    ['an escaped slash', '/ui/..%2fsecret.js'],
    ['a sibling with the same prefix', '/ui/..%2Fui-secret/key.js'],
    ['a symlink to a file outside', '/ui/assets/out.js'],
    ['a symlinked directory outside', '/ui/linked-dir/key.js'],
    ['an absolute path', '/ui/%2Fetc%2Fhostname.js'],
    ['a NUL byte', '/ui/assets/app-abc123.js%00.png'],
  ])('never serves a file outside the directory: %s', async (_, path) => {
    const answer = await get(built, path);
    expect([400, 404]).toContain(answer.status);
    expect(answer.text).not.toContain('secret');
  });

  it('follows a symlink that stays inside the directory', async () => {
    const answer = await get(built, '/ui/assets/alias.js');
    expect(answer.status).toBe(200);
    expect(answer.text).toBe(APP);
  });

  it('leaves /ui/api/ to the authenticated handlers', async () => {
    expect((await get(built, '/ui/api/whoami')).status).toBe(401);
    expect((await get(built, '/ui/api/nothing.js')).status).toBe(401);
    expect((await get(built, '/ui/api/nothing.js', { token: 'alice' })).status).toBe(404);
  });
});

describe('a console that is not built', () => {
  it('answers the page with 503 that says to run npm run build, and assets with 404', async () => {
    const page = await get(empty, '/ui/');
    expect(page.status).toBe(503);
    expect(page.text).toBe(NOT_BUILT);
    expect(page.text).toContain('npm run build');
    expectSecurityHeaders(page);
    expect((await get(empty, '/ui/trainings')).status).toBe(503);
    expect((await get(empty, '/ui/assets/app-abc123.js')).status).toBe(404);
  });
});

describe('a console that is not enabled', () => {
  it('answers 404 under /ui/ with how to enable it, and has no APIs', async () => {
    const page = await get(disabled, '/ui/');
    expect(page.status).toBe(404);
    expect(JSON.parse(page.text).error).toMatch(/console\.enabled.*CONSOLE_ENABLED=true/);
    expect((await get(disabled, '/ui/api/whoami', { token: 'alice' })).status).toBe(404);
    expect((await get(disabled, '/api/v1/templates?namespace=a', { token: 'alice' })).status).toBe(404);
    expect(
      (
        await get(disabled, '/ui/api/kube/apis/ml.hpc.dev/v1alpha1/namespaces/a/trainings', {
          method: 'POST',
          token: 'alice',
        })
      ).status,
    ).toBe(405);
  });
});

describe('whoami', () => {
  it('tells the token’s user and groups, and 401 without a token the API server accepts', async () => {
    const me = await get(built, '/ui/api/whoami', { token: 'alice' });
    expect(me.status).toBe(200);
    expect(JSON.parse(me.text)).toEqual({ username: 'alice', groups: ['team-a'] });
    expect(me.headers['cache-control']).toBe('no-store');
    expect((await get(built, '/ui/api/whoami')).status).toBe(401);
    expect((await get(built, '/ui/api/whoami', { token: 'forged' })).status).toBe(401);
    expect((await get(built, '/ui/api/whoami', { token: 'alice', method: 'POST' })).status).toBe(405);
  });
});
