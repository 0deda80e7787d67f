// The history API's metric routes, with a reader of our own: which paths they own (not .../log,
// another handler's), authorization exactly as the record's (get on the kind in the record's
// namespace; by name 403 before any read, by uid a refused record is a missing one), 400 on bad
// parameters, 404 when nothing is recorded, 503 when the database fails.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccessAttributes, Caller } from '../../../src/access/types.ts';
import { type HistoryReader, historyHandler, startHistoryServer } from '../../../src/audit/history-api.ts';
import type { MetricHistory, MetricQuery, MetricRef } from '../../../src/audit/metric-history.ts';
import type { ResourceHistory } from '../../../src/audit/queries.ts';
import { refuseHistoryOnStandby } from '../../../src/audit/standby-history.ts';

const UID_A = '0b0e4f6a-1111-4a2b-8c3d-aaaaaaaaaaaa';
const UID_B = '0b0e4f6a-2222-4a2b-8c3d-bbbbbbbbbbbb';
const UID_FAIL = '0b0e4f6a-3333-4a2b-8c3d-cccccccccccc';

const history = (uid: string, namespace: string, name: string): MetricHistory => ({
  uid,
  kind: 'Training',
  namespace,
  name,
  attempts: [1],
  thinned: false,
  series: [
    {
      metric: 'loss',
      attempt: 1,
      count: 1,
      thinned: false,
      points: [{ step: 1, value: 0.5, at: '2025-01-01T00:00:00.000Z' }],
    },
  ],
});

const asked: [MetricRef, MetricQuery][] = [];
const reviews: AccessAttributes[] = [];
const reader: HistoryReader = {
  list: async () => ({ items: [], nextCursor: null }),
  get: async () => null,
  namespaces: async () => [],
  async metricHistory(ref, query) {
    asked.push([ref, query]);
    if ('uid' in ref) {
      if (ref.uid === UID_FAIL) throw new Error('connection terminated');
      if (ref.uid === UID_A) return history(UID_A, 'team-a', 'train-1');
      if (ref.uid === UID_B) return history(UID_B, 'team-b', 'train-2');
      return null;
    }
    if (ref.name === 'broken') throw new Error('connection terminated');
    return ref.name === 'missing' ? null : history(UID_A, ref.namespace, ref.name);
  },
};

/** May get trainings in team-a only, as a namespaced RoleBinding would allow. */
const teamA: Caller = {
  user: { username: 'user-a', groups: [] },
  async can(attributes) {
    reviews.push(attributes);
    return (
      'resource' in attributes && attributes.resource === 'trainings' && attributes.namespace === 'team-a'
    );
  },
};

let server: Awaited<ReturnType<typeof startHistoryServer>>;
const errors: string[] = [];
beforeAll(async () => {
  server = await startHistoryServer(0, reader, { caller: teamA, onError: (_, path) => errors.push(path) });
});
afterAll(() => server.close());

async function get(path: string, method = 'GET') {
  asked.length = 0;
  reviews.length = 0;
  const response = await fetch(`${server.url}${path}`, { method });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

describe('GET /api/v1/{trainings|predictions}/.../metrics', () => {
  it('answers by name what the caller may get, with the query parsed', async () => {
    const { status, body } = await get(
      '/api/v1/trainings/team-a/train-1/metrics?metric=loss&attempt=1&limit=50',
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ uid: UID_A, namespace: 'team-a', name: 'train-1', attempts: [1] });
    expect(asked).toEqual([
      [
        { listing: 'trainings', namespace: 'team-a', name: 'train-1' },
        { metric: 'loss', attempt: 1, limit: 50 },
      ],
    ]);
    expect(reviews).toEqual([
      { verb: 'get', group: 'ml.hpc.dev', resource: 'trainings', namespace: 'team-a' },
    ]);
  });

  it('refuses by name with 403 before reading anything', async () => {
    const { status, body } = await get('/api/v1/trainings/team-b/train-2/metrics');
    expect(status).toBe(403);
    expect(body.error).toBe('user "user-a" may not get trainings.ml.hpc.dev in namespace "team-b"');
    expect(asked).toEqual([]);
    expect((await get('/api/v1/predictions/team-a/p/metrics')).status).toBe(403); // another kind
  });

  it('answers by uid, and a record the caller may not get as a missing one', async () => {
    const own = await get(`/api/v1/trainings/${UID_A.toUpperCase()}/metrics`);
    expect(own.status).toBe(200);
    expect(asked[0]?.[0]).toEqual({ listing: 'trainings', uid: UID_A });
    expect(reviews).toEqual([
      { verb: 'get', group: 'ml.hpc.dev', resource: 'trainings', namespace: 'team-a' },
    ]);
    const other = await get(`/api/v1/trainings/${UID_B}/metrics`);
    const missing = await get('/api/v1/trainings/0b0e4f6a-9999-4a2b-8c3d-dddddddddddd/metrics');
    expect([other.status, missing.status]).toEqual([404, 404]);
    expect(other.body).toEqual(missing.body); // nothing tells them apart
  });

  it('answers 404 when nothing is recorded under the name', async () => {
    expect((await get('/api/v1/trainings/team-a/missing/metrics')).status).toBe(404);
  });

  it.each([
    '/api/v1/trainings/team-a/train-1/metrics?limit=1',
    '/api/v1/trainings/team-a/train-1/metrics?limit=10001',
    '/api/v1/trainings/team-a/train-1/metrics?attempt=-1',
    '/api/v1/trainings/team-a/train-1/metrics?metric=',
    '/api/v1/trainings/team-a/train-1/metrics?cursor=x',
    '/api/v1/trainings/Team_A/train-1/metrics',
    `/api/v1/trainings/team-a/${encodeURIComponent("x' or '1'='1")}/metrics`,
  ])('answers 400 to %s, reading nothing', async (path) => {
    const { status, body } = await get(path);
    expect(status).toBe(400);
    expect(body.error).toEqual(expect.any(String));
    expect(asked).toEqual([]);
  });

  it('answers 503 when the database fails, and reports it', async () => {
    expect((await get('/api/v1/trainings/team-a/broken/metrics')).status).toBe(503);
    expect((await get(`/api/v1/trainings/${UID_FAIL}/metrics`)).status).toBe(503);
    expect(errors).toEqual([
      '/api/v1/trainings/team-a/broken/metrics',
      `/api/v1/trainings/${UID_FAIL}/metrics`,
    ]);
  });

  it('is read-only', async () => {
    expect((await get('/api/v1/trainings/team-a/train-1/metrics', 'POST')).status).toBe(405);
    expect((await get('/api/v1/trainings/team-a/train-1/metrics', 'HEAD')).status).toBe(200);
  });
});

describe('paths the metric routes do not own', () => {
  const handle = historyHandler(reader);
  const handled = (url: string, method = 'GET') =>
    handle({ url, method } as IncomingMessage, {} as ServerResponse, teamA);

  it.each([
    '/api/v1/trainings/team-a/train-1/log',
    '/api/v1/predictions/team-a/p-1/log?follow=true',
    '/api/v1/trainings/team-a/train-1/log/',
    '/api/v1/trainings/team-a/train-1/events',
    '/api/v1/trainings/team-a/train-1/metrics/loss',
    '/api/v1/models/team-a/m/metrics',
    '/api/v1/trainings/a/b/c/d',
  ])('leaves %s to other handlers (returns false, writes nothing)', async (url) => {
    expect(await handled(url)).toBe(false);
    expect(await handled(url, 'POST')).toBe(false);
  });

  it('leaves the metric routes alone for a reader that serves no metrics', async () => {
    const { metricHistory: _, ...withoutMetrics } = reader;
    const plain = historyHandler(withoutMetrics);
    const req = { url: '/api/v1/trainings/team-a/train-1/metrics', method: 'GET' } as IncomingMessage;
    expect(await plain(req, {} as ServerResponse, teamA)).toBe(false);
  });

  it('still answers the record itself (a Training called "metrics" included)', async () => {
    const records: unknown[] = [];
    const recordReader: HistoryReader = {
      ...reader,
      get: async (ref) => {
        records.push(ref);
        return null as ResourceHistory | null;
      },
    };
    const local = await startHistoryServer(0, recordReader, { caller: teamA });
    try {
      expect((await fetch(`${local.url}/api/v1/trainings/team-a/metrics`)).status).toBe(404);
      expect(records).toEqual([{ listing: 'trainings', namespace: 'team-a', name: 'metrics' }]);
    } finally {
      await local.close();
    }
  });
});

describe('on a standby with its own embedded store', () => {
  it('refuses the metric routes too', async () => {
    const refused = refuseHistoryOnStandby(historyHandler(reader), () => true);
    let status = 0;
    const res = {
      writeHead(code: number) {
        status = code;
        return this;
      },
      end() {},
    } as unknown as ServerResponse;
    for (const url of ['/api/v1/trainings/team-a/train-1/metrics', `/api/v1/trainings/${UID_A}/metrics`]) {
      status = 0;
      asked.length = 0;
      expect(await refused({ url } as IncomingMessage, res, teamA)).toBe(true);
      expect(status).toBe(503);
      expect(asked).toEqual([]);
    }
  });
});
