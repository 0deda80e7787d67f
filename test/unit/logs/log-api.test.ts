// The logs endpoint through a real HTTP server: authorization before any lookup, the attempt
// chosen, tail and limitBytes, the refusals of what is not a plain file, follow to the job's end,
// a disconnect that leaves no descriptor open, and the cap on follows.
import { execFileSync } from 'node:child_process';
import { appendFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AccessReviewFailed } from '../../../src/access/request.ts';
import type { AccessAttributes, Caller } from '../../../src/access/types.ts';
import type { LogApiOptions } from '../../../src/logs/log-api.ts';
import { eventually, fakeCaller, MemorySource, openFds, type Served, serve, tempDir } from './harness.ts';

const tmp = tempDir();
afterAll(() => tmp.remove());
const file = (name: string) => join(tmp.dir, name);

let source: MemorySource;
let reviews: AccessAttributes[];
let served: Served;
let warnings: { details: Record<string, unknown>; message: string }[];
const logger = {
  warn: (details: Record<string, unknown>, message: string) => warnings.push({ details, message }),
};

async function start(caller?: Caller, options: LogApiOptions = {}): Promise<void> {
  await served?.close();
  served = await serve(
    source,
    caller ?? fakeCaller(['get trainings/log a', 'get predictions/log a'], reviews),
    {
      pollIntervalMs: 20,
      logger,
      ...options,
    },
  );
}

beforeEach(async () => {
  source = new MemorySource();
  reviews = [];
  warnings = [];
  await start();
});
afterEach(() => served.close());

async function get(path: string, method = 'GET') {
  const res = await fetch(`${served.url}${path}`, { method });
  const body = Buffer.from(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, body, text: body.toString('latin1') };
}
const errorOf = async (path: string) => {
  const answer = await get(path);
  return { status: answer.status, error: (JSON.parse(answer.text) as { error: string }).error };
};

/** A streaming GET: the bytes so far, and a way to hang up. */
function stream(path: string) {
  const chunks: Buffer[] = [];
  let status = 0;
  const req = request(`${served.url}${path}`);
  const ended = new Promise<void>((resolve, reject) => {
    req.on('response', (res) => {
      status = res.statusCode ?? 0;
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', resolve);
      res.on('error', () => resolve());
    });
    req.on('error', reject);
  });
  req.end();
  return {
    ended,
    text: () => Buffer.concat(chunks).toString('latin1'),
    status: () => status,
    hangUp: () => req.destroy(),
  };
}

const LOG = '/api/v1/trainings/a/t1/log';

describe('authorization', () => {
  it('asks for get trainings/log on the resource before anything is looked up, and 403s', async () => {
    await start(fakeCaller([], reviews, 'bob'));
    source.set('trainings', 'a', 't1', [{ attempt: 1, jobId: 7, path: file('x') }]);
    expect(await errorOf(LOG)).toEqual({
      status: 403,
      error: 'user "bob" may not get trainings/log in namespace "a"',
    });
    expect(reviews).toEqual([
      {
        verb: 'get',
        group: 'ml.hpc.dev',
        resource: 'trainings',
        subresource: 'log',
        namespace: 'a',
        name: 't1',
      },
    ]);
    expect(source.calls).toEqual([]);
  });

  it('a right on trainings/log is not one on predictions/log elsewhere', async () => {
    await start(fakeCaller(['get trainings/log a'], reviews));
    expect((await errorOf('/api/v1/predictions/a/p1/log')).status).toBe(403);
    expect((await errorOf('/api/v1/trainings/b/t1/log')).status).toBe(403);
    expect(source.calls).toEqual([]);
  });

  it('a review that got no answer propagates (the server answers 503)', async () => {
    await start({
      user: { username: 'alice', groups: [] },
      can: () => Promise.reject(new AccessReviewFailed('SubjectAccessReview failed')),
    });
    expect((await get(LOG)).status).toBe(503);
    expect(source.calls).toEqual([]);
  });
});

describe('routing and lookup', () => {
  it('leaves other paths and methods to the next handler', async () => {
    for (const path of ['/api/v1/trainings/a/t1', '/api/v1/models/a/m/log', '/metrics'])
      expect((await errorOf(path)).error).toBe('not the log route');
    expect((await get(LOG, 'POST')).status).toBe(404);
    expect(reviews).toEqual([]);
  });

  it('400 for a bad name or parameter, naming it', async () => {
    expect(await errorOf('/api/v1/trainings/a/T_1/log')).toEqual({
      status: 400,
      error: 'name "T_1" is not a Kubernetes resource name',
    });
    expect(await errorOf(`${LOG}?tail=x`)).toMatchObject({ status: 400, error: /^tail must be/ });
    expect(await errorOf(`${LOG}?timestamps=true`)).toMatchObject({
      status: 400,
      error: /^timestamps is not supported/,
    });
  });

  it('404 for a resource not found, or not submitted yet', async () => {
    expect(await errorOf(LOG)).toEqual({ status: 404, error: 'no Training "t1" in namespace "a"' });
    source.set('predictions', 'a', 'p1', []);
    expect(await errorOf('/api/v1/predictions/a/p1/log')).toEqual({
      status: 404,
      error: 'Prediction "p1" in namespace "a" has not been submitted yet: no job has written output',
    });
  });

  it('404 with the reason when the operator cannot read the attempt output', async () => {
    const unavailable =
      'SlurmCluster "lab" declares no spec.sharedFilesystem, so the operator cannot read job output; on the cluster it is /shared/x-12.out';
    source.set('trainings', 'a', 't1', [{ attempt: 1, jobId: 12, unavailable }]);
    expect(await errorOf(LOG)).toEqual({ status: 404, error: unavailable });
  });
});

describe('reading', () => {
  it('200 with the bytes as they are in the file, and the headers of a plain-text answer', async () => {
    const bytes = Buffer.from([0x61, 0x0a, 0xff, 0xfe, 0xc3, 0x0a, 0x62]); // not valid UTF-8
    writeFileSync(file('raw.out'), bytes);
    source.set('trainings', 'a', 't1', [{ attempt: 1, jobId: 7, path: file('raw.out') }]);
    const answer = await get(LOG);
    expect(answer.status).toBe(200);
    expect(answer.body.equals(bytes)).toBe(true);
    expect(answer.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    const head = await get(LOG, 'HEAD');
    expect([head.status, head.body.length, head.headers.get('content-type')]).toEqual([
      200,
      0,
      'text/plain; charset=utf-8',
    ]);
  });

  it('tail: the last N lines, with and without a final newline, and more than the file has', async () => {
    writeFileSync(file('nl.out'), 'one\ntwo\nthree\n');
    writeFileSync(file('no-nl.out'), 'one\ntwo\nthree');
    source.set('trainings', 'a', 't1', [{ attempt: 1, jobId: 7, path: file('nl.out') }]);
    source.set('trainings', 'a', 't2', [{ attempt: 1, jobId: 8, path: file('no-nl.out') }]);
    expect((await get(`${LOG}?tail=2`)).text).toBe('two\nthree\n');
    expect((await get('/api/v1/trainings/a/t2/log?tail=2')).text).toBe('two\nthree');
    expect((await get('/api/v1/trainings/a/t2/log?tail=1')).text).toBe('three');
    expect((await get(`${LOG}?tail=100`)).text).toBe('one\ntwo\nthree\n');
    expect((await get(`${LOG}?tail=0`)).text).toBe('');
  });

  it('tail across read chunks', async () => {
    await start(undefined, { chunkBytes: 5 });
    const lines = Array.from({ length: 50 }, (_, i) => `line number ${i}\n`);
    writeFileSync(file('many.out'), lines.join(''));
    source.set('trainings', 'a', 't1', [{ attempt: 1, jobId: 7, path: file('many.out') }]);
    expect((await get(`${LOG}?tail=7`)).text).toBe(lines.slice(-7).join(''));
    expect((await get(LOG)).text).toBe(lines.join(''));
  });

  it('limitBytes stops after that many bytes, after tail', async () => {
    writeFileSync(file('limit.out'), 'one\ntwo\nthree\n');
    source.set('trainings', 'a', 't1', [{ attempt: 1, jobId: 7, path: file('limit.out') }]);
    expect((await get(`${LOG}?limitBytes=5`)).text).toBe('one\nt');
    expect((await get(`${LOG}?tail=1&limitBytes=3`)).text).toBe('thr');
    expect((await get(`${LOG}?limitBytes=1000`)).text).toBe('one\ntwo\nthree\n');
  });

  it('the latest attempt by default; attempt=N and previous=true choose another', async () => {
    for (const n of [1, 2, 3]) writeFileSync(file(`attempt-${n}.out`), `attempt ${n}\n`);
    source.set('trainings', 'a', 't1', [
      { attempt: 3, jobId: 30, path: file('attempt-3.out') },
      { attempt: 1, jobId: 10, path: file('attempt-1.out') },
      { attempt: 2, jobId: 20, path: file('attempt-2.out') },
    ]);
    expect((await get(LOG)).text).toBe('attempt 3\n');
    expect((await get(`${LOG}?previous=true`)).text).toBe('attempt 2\n');
    expect((await get(`${LOG}?attempt=1`)).text).toBe('attempt 1\n');
    expect(await errorOf(`${LOG}?attempt=5`)).toEqual({
      status: 404,
      error: 'attempt: Training "t1" in namespace "a" has no attempt 5 (its attempts: 1, 2, 3)',
    });
  });

  it('previous=true without an attempt before the latest: 400', async () => {
    source.set('trainings', 'a', 't1', [{ attempt: 1, jobId: 10, path: file('attempt-1.out') }]);
    expect(await errorOf(`${LOG}?previous=true`)).toEqual({
      status: 400,
      error:
        'previous: Training "t1" in namespace "a" has had only one attempt (1); there is no attempt before it',
    });
  });

  it('a file not there yet (the job is pending): 200 and empty', async () => {
    source.set('trainings', 'a', 't1', [{ attempt: 1, jobId: 7, path: file('pending.out') }]);
    const answer = await get(LOG);
    expect([answer.status, answer.text]).toEqual([200, '']);
  });

  it('refuses a symlink and a FIFO with 404 and the reason, and logs it', async () => {
    writeFileSync(file('other-tenant'), 'secret\n');
    symlinkSync(file('other-tenant'), file('symlink.out'));
    execFileSync('mkfifo', [file('fifo.out')]);
    source.set('trainings', 'a', 't1', [{ attempt: 1, jobId: 7, path: file('symlink.out') }]);
    source.set('trainings', 'a', 't2', [{ attempt: 2, jobId: 9, path: file('fifo.out') }]);
    expect(await errorOf(LOG)).toEqual({
      status: 404,
      error:
        "the job's output file is a symbolic link, which the operator does not follow (attempt 1, job 7)",
    });
    expect(await errorOf(`${LOG}?follow=true`)).toMatchObject({ status: 404 });
    expect(await errorOf('/api/v1/trainings/a/t2/log')).toMatchObject({
      status: 404,
      error: /is a FIFO \(named pipe\), not a regular file/,
    });
    expect(warnings.map((w) => [w.message, w.details.jobId, w.details.path])).toEqual([
      ['refused to read a job output file', 7, file('symlink.out')],
      ['refused to read a job output file', 7, file('symlink.out')],
      ['refused to read a job output file', 9, file('fifo.out')],
    ]);
  });

  it('a file the operator cannot open: 502, saying what the admin must check', async () => {
    source.set('trainings', 'a', 't1', [{ attempt: 1, jobId: 7, path: file('x'.repeat(300)) }]);
    expect(await errorOf(LOG)).toMatchObject({ status: 502, error: /ENAMETOOLONG.*check the mount/ });
    expect(warnings[0]?.message).toBe('cannot read a job output file');
  });
});

describe('follow', () => {
  it('sends what is there, then what is appended, and ends once the job is over and read to the end', async () => {
    writeFileSync(file('grow.out'), 'first\nsecond\n');
    source.set('trainings', 'a', 't1', [{ attempt: 1, jobId: 7, path: file('grow.out') }]);
    const client = stream(`${LOG}?follow=true&tail=1`);
    await eventually(() => client.text() === 'second\n');
    appendFileSync(file('grow.out'), 'third\n');
    await eventually(() => client.text() === 'second\nthird\n');
    // The last output lands just before the job ends: read once more after active() turns false.
    appendFileSync(file('grow.out'), 'last words\n');
    source.setActive('trainings', 'a', 't1', false);
    await client.ended;
    expect(client.status()).toBe(200);
    expect(client.text()).toBe('second\nthird\nlast words\n');
  });

  it('waits for a file that does not exist yet, then streams it', async () => {
    source.set('trainings', 'a', 't1', [{ attempt: 1, jobId: 7, path: file('later.out') }]);
    const client = stream(`${LOG}?follow=true`);
    await new Promise((r) => setTimeout(r, 100));
    expect(client.status()).toBe(200);
    writeFileSync(file('later.out'), 'started\n');
    await eventually(() => client.text() === 'started\n');
    source.setActive('trainings', 'a', 't1', false);
    await client.ended;
  });

  it('a job that ended without output: the follow ends, empty', async () => {
    source.set('trainings', 'a', 't1', [{ attempt: 1, jobId: 7, path: file('never.out') }], false);
    const client = stream(`${LOG}?follow=true`);
    await client.ended;
    expect(client.text()).toBe('');
  });

  it('a truncated file is read on from its new end', async () => {
    writeFileSync(file('trunc.out'), 'aaaaaaaaaa\n');
    source.set('trainings', 'a', 't1', [{ attempt: 1, jobId: 7, path: file('trunc.out') }]);
    const client = stream(`${LOG}?follow=true`);
    await eventually(() => client.text() === 'aaaaaaaaaa\n');
    truncateSync(file('trunc.out'), 0);
    await new Promise((r) => setTimeout(r, 300)); // several polls see the shrink
    appendFileSync(file('trunc.out'), 'b\n');
    await eventually(() => client.text() === 'aaaaaaaaaa\nb\n');
    source.setActive('trainings', 'a', 't1', false);
    await client.ended;
  });

  it('a file replaced by a symlink while followed: the stream ends and the refusal is logged', async () => {
    writeFileSync(file('swap.out'), 'mine\n');
    writeFileSync(file('theirs'), 'theirs\n');
    source.set('trainings', 'a', 't1', [{ attempt: 1, jobId: 7, path: file('swap.out') }]);
    const client = stream(`${LOG}?follow=true`);
    await eventually(() => client.text() === 'mine\n');
    rmSync(file('swap.out'));
    symlinkSync(file('theirs'), file('swap.out'));
    await client.ended;
    expect(client.text()).toBe('mine\n');
    expect(warnings.map((w) => w.message)).toEqual(['stopped following a job output file']);
  });

  it('an attempt before the latest is read to its end and the follow ends', async () => {
    writeFileSync(file('old.out'), 'old\n');
    writeFileSync(file('new.out'), 'new\n');
    source.set('trainings', 'a', 't1', [
      { attempt: 1, jobId: 1, path: file('old.out') },
      { attempt: 2, jobId: 2, path: file('new.out') },
    ]);
    const client = stream(`${LOG}?follow=true&previous=true`);
    await client.ended;
    expect(client.text()).toBe('old\n');
  });

  it('limitBytes ends a follow', async () => {
    writeFileSync(file('lim.out'), 'abc\n');
    source.set('trainings', 'a', 't1', [{ attempt: 1, jobId: 7, path: file('lim.out') }]);
    const client = stream(`${LOG}?follow=true&limitBytes=6`);
    await eventually(() => client.text() === 'abc\n');
    appendFileSync(file('lim.out'), 'defgh\n');
    await client.ended;
    expect(client.text()).toBe('abc\nde');
  });

  it('a client that hangs up leaves no descriptor open and frees its place', async () => {
    await start(undefined, { maxFollowers: 1 });
    writeFileSync(file('hang.out'), 'x\n');
    source.set('trainings', 'a', 't1', [{ attempt: 1, jobId: 7, path: file('hang.out') }]);
    // Warm up: the server's and fetch's own descriptors exist before the count.
    await get(LOG);
    const before = openFds();
    const client = stream(`${LOG}?follow=true`);
    await eventually(() => client.text() === 'x\n');
    expect(openFds()).toBeGreaterThan(before); // the file and the connection
    client.hangUp();
    await eventually(() => openFds() <= before);
    const again = stream(`${LOG}?follow=true`);
    await eventually(() => again.text() === 'x\n'); // the one place is free again
    again.hangUp();
    await eventually(() => openFds() <= before);
  });

  it('beyond maxFollowers: 429 with retry-after; a read without follow still answers', async () => {
    await start(undefined, { maxFollowers: 2 });
    writeFileSync(file('busy.out'), 'x\n');
    source.set('trainings', 'a', 't1', [{ attempt: 1, jobId: 7, path: file('busy.out') }]);
    const clients = [stream(`${LOG}?follow=true`), stream(`${LOG}?follow=true`)];
    await eventually(() => clients.every((c) => c.text() === 'x\n'));
    const refused = await get(`${LOG}?follow=true`);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('5');
    expect(JSON.parse(refused.text)).toEqual({
      error: 'the operator already serves 2 log follows; try again later or without follow',
    });
    expect((await get(LOG)).text).toBe('x\n');
    source.setActive('trainings', 'a', 't1', false);
    await Promise.all(clients.map((c) => c.ended));
    expect((await get(`${LOG}?follow=true`)).status).toBe(200);
  });
});
