import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { v004xClient } from '../../../src/slurm/adapters/v004x.ts';
import type { TokenSource } from '../../../src/slurm/auth/token-source.ts';
import { SlurmUnavailableError } from '../../../src/slurm/errors.ts';
import { ConcurrencyLimiter } from '../../../src/slurm/limiter.ts';
import { routeOf, SlurmTransport } from '../../../src/slurm/transport.ts';

function countingTokens(): TokenSource & { invalidations: number } {
  let generation = 0;
  return {
    users: null,
    invalidations: 0,
    async token(user) {
      return `${user}-${generation}`;
    },
    invalidate() {
      generation++;
      this.invalidations++;
    },
  };
}

function scriptedFetch(answers: (Response | Error)[]) {
  const seen: { method: string; url: string; token: string | null; user: string | null }[] = [];
  const fetchImpl = (async (request: Request) => {
    seen.push({
      method: request.method,
      url: request.url,
      token: request.headers.get('X-SLURM-USER-TOKEN'),
      user: request.headers.get('X-SLURM-USER-NAME'),
    });
    const next = answers.shift();
    if (!next) throw new Error('no more scripted answers');
    if (next instanceof Error) throw next;
    return next;
  }) as typeof fetch;
  return { fetchImpl, seen };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('SlurmTransport', () => {
  it('sends the user and token headers', async () => {
    const { fetchImpl, seen } = scriptedFetch([json(200, {})]);
    const transport = new SlurmTransport({ tokens: countingTokens(), fetchImpl });
    await transport.send(new Request('http://slurm/slurm/v0.0.42/ping/'), 'alice');
    expect(seen).toEqual([
      { method: 'GET', url: 'http://slurm/slurm/v0.0.42/ping/', token: 'alice-0', user: 'alice' },
    ]);
  });

  it.each([
    ['401', json(401, {})],
    ['511', json(511, {})],
    ['500 with error 1007', json(500, { errors: [{ error_number: 1007 }] })],
  ])('renews the token once after %s and resends', async (_name, refusal) => {
    const tokens = countingTokens();
    const { fetchImpl, seen } = scriptedFetch([refusal, json(200, { ok: true })]);
    const transport = new SlurmTransport({ tokens, fetchImpl });
    const response = await transport.send(
      new Request('http://slurm/x', { method: 'POST', body: '{"a":1}' }),
      'alice',
    );
    expect(response.status).toBe(200);
    expect(tokens.invalidations).toBe(1);
    expect(seen.map((s) => s.token)).toEqual(['alice-0', 'alice-1']);
  });

  it("renews after 22.05's ambiguous error -1 on a GET, but never resends a POST for it", async () => {
    const ambiguous = () => json(500, { errors: [{ error_number: -1, error: 'Unspecified error' }] });
    const tokens = countingTokens();
    const get = scriptedFetch([ambiguous(), json(200, {})]);
    const getTransport = new SlurmTransport({ tokens, fetchImpl: get.fetchImpl });
    expect((await getTransport.send(new Request('http://slurm/x'), 'alice')).status).toBe(200);
    expect(get.seen).toHaveLength(2);
    const post = scriptedFetch([ambiguous(), json(200, {})]);
    const postTransport = new SlurmTransport({ tokens, fetchImpl: post.fetchImpl });
    const response = await postTransport.send(
      new Request('http://slurm/submit', { method: 'POST', body: '{}' }),
      'alice',
    );
    expect(response.status).toBe(500);
    expect(post.seen).toHaveLength(1);
  });

  it('gives up after one renewal', async () => {
    const { fetchImpl, seen } = scriptedFetch([json(401, {}), json(401, {})]);
    const transport = new SlurmTransport({ tokens: countingTokens(), fetchImpl });
    expect((await transport.send(new Request('http://slurm/x'), 'alice')).status).toBe(401);
    expect(seen).toHaveLength(2);
  });

  it('retries GET on network errors and 503, with backoff', async () => {
    const { fetchImpl, seen } = scriptedFetch([new TypeError('fetch failed'), json(503, {}), json(200, {})]);
    const transport = new SlurmTransport({ tokens: countingTokens(), fetchImpl, baseDelayMs: 1 });
    expect((await transport.send(new Request('http://slurm/x'), 'alice')).status).toBe(200);
    expect(seen).toHaveLength(3);
  });

  it('never resends a POST after a network error (the job may exist)', async () => {
    const { fetchImpl, seen } = scriptedFetch([new TypeError('fetch failed'), json(200, {})]);
    const transport = new SlurmTransport({ tokens: countingTokens(), fetchImpl, baseDelayMs: 1 });
    const attempt = transport.send(
      new Request('http://slurm/submit', { method: 'POST', body: '{}' }),
      'alice',
    );
    await expect(attempt).rejects.toBeInstanceOf(SlurmUnavailableError);
    expect(seen).toHaveLength(1);
  });

  it('times out a request that hangs', async () => {
    const hanging = ((_request: Request, init?: RequestInit) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      })) as typeof fetch;
    const transport = new SlurmTransport({
      tokens: countingTokens(),
      fetchImpl: hanging,
      timeoutMs: 20,
      attempts: 1,
    });
    await expect(transport.send(new Request('http://slurm/x'), 'alice')).rejects.toThrow(
      /timed out after 20 ms/,
    );
  });

  it('reports each request with a bounded route label', async () => {
    const events: unknown[] = [];
    const { fetchImpl } = scriptedFetch([json(200, {})]);
    const transport = new SlurmTransport({
      tokens: countingTokens(),
      fetchImpl,
      observe: (e) => events.push(e),
    });
    await transport.send(new Request('http://slurm/slurm/v0.0.42/job/123'), 'alice');
    expect(events).toEqual([
      expect.objectContaining({ method: 'GET', route: '/slurm/v0.0.42/job/{id}', status: 200 }),
    ]);
    expect(routeOf('http://h/slurm/v0.0.38/job/5/')).toBe('/slurm/v0.0.38/job/{id}/');
  });
});

describe('ConcurrencyLimiter', () => {
  it('never runs more than the limit at once, and runs everything', async () => {
    const limiter = new ConcurrencyLimiter(3);
    let running = 0;
    let peak = 0;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        limiter.run(async () => {
          running++;
          peak = Math.max(peak, running);
          await new Promise((resolve) => setTimeout(resolve, 2));
          running--;
          return i;
        }),
      ),
    );
    expect(peak).toBe(3);
    expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(limiter.inFlight).toBe(0);
  });

  it('frees the slot when a task throws', async () => {
    const limiter = new ConcurrencyLimiter(1);
    await expect(limiter.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await limiter.run(async () => 'next')).toBe('next');
  });
});

describe('request bodies on the wire', () => {
  it.each(['v0.0.42', 'v0.0.45'] as const)(
    'a %s submit goes with a Content-Length, never chunked (slurmrestd 26.05 answers 406)',
    async (apiVersion) => {
      const seen: { url: string; headers: IncomingHttpHeaders; body: string }[] = [];
      const server = createServer((request, response) => {
        let body = '';
        request.on('data', (chunk) => {
          body += chunk;
        });
        request.on('end', () => {
          seen.push({ url: request.url ?? '', headers: request.headers, body });
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ job_id: 7, errors: [], warnings: [] }));
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      try {
        const { port } = server.address() as AddressInfo;
        const baseUrl = `http://127.0.0.1:${port}`;
        const transport = new SlurmTransport({ tokens: countingTokens() });
        const client = v004xClient(apiVersion, baseUrl, transport.fetchAs('alice'), false);
        const jobId = await client.submit({
          name: 'ns.train.t',
          idempotencyKey: 'slurm-ml-operator/u/1',
          script: '#!/bin/sh\necho hi\n',
          environment: { PATH: '/bin' },
          workingDirectory: '/tmp',
        });
        expect(jobId).toBe(7);
        expect(seen).toHaveLength(1);
        const [sent] = seen;
        expect(sent?.url).toBe(`/slurm/${apiVersion}/job/submit`);
        expect(sent?.headers['transfer-encoding']).toBeUndefined();
        expect(sent?.headers['content-length']).toBe(String(Buffer.byteLength(sent?.body ?? '')));
        expect(JSON.parse(sent?.body ?? '{}')).toMatchObject({ job: { comment: 'slurm-ml-operator/u/1' } });
      } finally {
        server.close();
      }
    },
  );
});
