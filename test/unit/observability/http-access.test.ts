// The operator's port answers only what the caller's RBAC allows: health open, everything else
// needs a token (401), /metrics the nonResourceURL right, history the kind's get/list in the
// namespace, a cluster-wide list cut to the namespaces the caller may list. Through the real
// server and handler, with a fake reviewer (what TokenReview and SubjectAccessReview would say)
// and a fake history reader.
import type { AddressInfo } from 'node:net';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccessAttributes, AccessReviewer, UserInfo } from '../../../src/access/types.ts';
import { type HistoryReader, historyHandler } from '../../../src/audit/history-api.ts';
import type { HistoryRef, ListFilter, ListPage, ResourceHistory } from '../../../src/audit/queries.ts';
import { startHttpServer } from '../../../src/observability/http-server.ts';
import { type KeyPair, selfSignedKeyPair } from '../../../src/observability/tls.ts';
import { fetchOperator } from '../../support/access.ts';

const UID_A = '00000000-0000-4000-8000-00000000000a';
const UID_B = '00000000-0000-4000-8000-00000000000b';

/** token -> user; `user verb resource namespace` (or `user get /metrics`) -> allowed. */
const tokens: Record<string, UserInfo> = {
  alice: { username: 'alice', groups: ['team-a'] },
  prometheus: { username: 'system:serviceaccount:monitoring:prometheus', groups: [] },
  auditor: { username: 'auditor', groups: [] },
  nobody: { username: 'nobody', groups: [] },
};
const grants = new Set([
  'alice list trainings a',
  'alice get trainings a',
  'system:serviceaccount:monitoring:prometheus get /metrics',
  'auditor list trainings ',
  'auditor get trainings b',
]);
let failing: 'authenticate' | 'allowed' | undefined;
const reviews: AccessAttributes[] = [];
const reviewer: AccessReviewer = {
  async authenticate(token) {
    if (failing === 'authenticate') throw new Error('API server down');
    return tokens[token] ?? null;
  },
  async allowed(user, attributes) {
    if (failing === 'allowed') throw new Error('API server down');
    reviews.push(attributes);
    const what =
      'nonResourceURL' in attributes
        ? `${attributes.verb} ${attributes.nonResourceURL}`
        : `${attributes.verb} ${attributes.resource} ${attributes.namespace}`;
    return grants.has(`${user.username} ${what}`);
  },
};

const record = (namespace: string, uid: string) => ({ uid, kind: 'Training', namespace, name: 'x' });
const listed: ListFilter[] = [];
let recordedNamespaces = ['a', 'b'];
const read: HistoryRef[] = [];
const reader: HistoryReader = {
  async list(filter) {
    listed.push(filter);
    const all = [record('a', UID_A), record('b', UID_B)];
    const items = all.filter(
      (r) =>
        (filter.namespace === undefined || r.namespace === filter.namespace) &&
        (filter.namespaces === undefined || filter.namespaces.includes(r.namespace)),
    );
    return { items, nextCursor: null } as unknown as ListPage;
  },
  async get(ref) {
    read.push(ref);
    if ('uid' in ref)
      return (ref.uid === UID_A ? record('a', UID_A) : record('b', UID_B)) as unknown as ResourceHistory;
    return record(ref.namespace, UID_A) as unknown as ResourceHistory;
  },
  async namespaces() {
    return recordedNamespaces;
  },
};

let base = '';
let pair: KeyPair;
let close: () => void = () => {};
beforeAll(async () => {
  pair = await selfSignedKeyPair(['127.0.0.1']);
  const server = await startHttpServer({
    tls: pair,
    port: 0,
    host: '127.0.0.1',
    registry: new Registry(),
    access: reviewer,
    handlers: [historyHandler(reader)],
    readiness: { informersSynced: () => true, role: () => 'single', clusters: () => [] },
  });
  base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => close());

async function get(path: string, token?: string) {
  const response = await fetchOperator(`${base}${path}`, { token, ca: pair.cert });
  const text = await response.text();
  return { status: response.status, text, response };
}
const namespacesOf = (text: string) =>
  (JSON.parse(text).items as { namespace: string }[]).map((i) => i.namespace);

describe('who may read what on the operator port', () => {
  it.each([
    ['health without a token', '/healthz', undefined, 200],
    ['readiness without a token', '/readyz', undefined, 200],
    ['metrics without a token', '/metrics', undefined, 401],
    ['metrics with a token the API server does not accept', '/metrics', 'forged', 401],
    ['metrics as a user without the nonResourceURL right', '/metrics', 'alice', 403],
    ['metrics as Prometheus, which has it', '/metrics', 'prometheus', 200],
    ['history without a token', '/api/v1/trainings', undefined, 401],
    ['an unknown path without a token (nothing is told)', '/nothing', undefined, 401],
    ["a namespace's list the user may list", '/api/v1/trainings?namespace=a', 'alice', 200],
    ["another namespace's list", '/api/v1/trainings?namespace=b', 'alice', 403],
    ['another kind in its own namespace', '/api/v1/models?namespace=a', 'alice', 403],
    ['a record by name in its namespace', '/api/v1/trainings/a/x', 'alice', 200],
    ['a record by name in another namespace', '/api/v1/trainings/b/x', 'alice', 403],
    ["a record by uid that lives in the user's namespace", `/api/v1/trainings/${UID_A}`, 'alice', 200],
    [
      'a record by uid that lives in another namespace (answered as missing)',
      `/api/v1/trainings/${UID_B}`,
      'alice',
      404,
    ],
    ['a cluster-wide list by a user who may list nowhere', '/api/v1/trainings', 'nobody', 403],
  ])('%s: %s -> %i', async (_what, path, token, status) => {
    const answer = await get(path, token);
    expect(answer.status, answer.text).toBe(status);
    if (status === 401) expect(answer.response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    if (status === 403) expect(JSON.parse(answer.text).error).toMatch(/may not/);
  });

  it('cuts a cluster-wide list to the namespaces the user may list', async () => {
    const answer = await get('/api/v1/trainings', 'alice');
    expect(answer.status).toBe(200);
    expect(namespacesOf(answer.text)).toEqual(['a']);
    expect(listed.at(-1)?.namespaces).toEqual(['a']);
  });

  it('lists every namespace for a user who may list cluster-wide', async () => {
    const answer = await get('/api/v1/trainings', 'auditor');
    expect(namespacesOf(answer.text)).toEqual(['a', 'b']);
    expect(listed.at(-1)?.namespaces).toBeUndefined();
  });

  it('reads nothing for a refused record asked by name', async () => {
    const before = read.length;
    await get('/api/v1/trainings/b/x', 'alice');
    expect(read.length).toBe(before);
  });

  it('cuts a list over many recorded namespaces, reviewing each once while the answer is cached', async () => {
    recordedNamespaces = [...Array.from({ length: 300 }, (_, i) => `ns-${i}`), 'a'];
    try {
      const answer = await get('/api/v1/trainings', 'alice');
      expect(answer.status).toBe(200);
      expect(listed.at(-1)?.namespaces).toEqual(['a']);
    } finally {
      recordedNamespaces = ['a', 'b'];
    }
  });

  it.each(['authenticate', 'allowed'] as const)(
    'answers 503 when the %s review gets no answer',
    async (which) => {
      failing = which;
      try {
        expect((await get('/api/v1/trainings?namespace=a', 'alice')).status).toBe(503);
        expect((await get('/metrics', 'prometheus')).status).toBe(503);
      } finally {
        failing = undefined;
      }
    },
  );
});
