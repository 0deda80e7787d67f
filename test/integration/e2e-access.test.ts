// The operator's port answers only what the caller's own Kubernetes rights allow, on the real API
// server (TokenReview, SubjectAccessReview, RBAC): no token is 401; a user who may read
// Trainings in namespace A only gets 403 for B, and a cluster-wide list without B; /metrics needs
// the chart's metrics-reader role; /healthz and /readyz stay open. The port speaks TLS only: a
// plain-HTTP request gets no answer, and an operator given no certificate files serves a
// self-signed one for its names, with the fingerprint it logged.
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import * as yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { helmTemplate, yamlDocuments } from '../../scripts/render-manifests.ts';
import { fetchOperator, operatorCa, operatorUrl, personToken } from '../support/access.ts';
import { kubectl, kubectlOk } from '../support/kubectl.ts';
import {
  clients,
  type E2eEnvironment,
  eventually,
  newRunId,
  type OperatorProcess,
  prepareE2e,
  startOperator,
} from '../support/operator.ts';
import { peerCertificate } from '../support/peer-certificate.ts';

const port = 18_193;
const selfSignedPort = 18_194;
let env: E2eEnvironment;
let operator: OperatorProcess;
let run: string;
let a: string;
let b: string;
const tokens: Record<'userA' | 'scraper' | 'nobody', string> = { userA: '', scraper: '', nobody: '' };
const uids: Record<string, string> = {};
const cleanup: string[][] = [];
const api = clients();

const apply = (manifest: unknown) => kubectlOk(['apply', '-f', '-'], yaml.dump(manifest));

/** A Training that fails before Slurm (no such template): recorded, and quick. */
const failingTraining = (namespace: string) =>
  apply({
    apiVersion: 'ml.hpc.dev/v1alpha1',
    kind: 'Training',
    metadata: { name: 'recorded', namespace },
    spec: { model: 'm', template: 'no-such-template', cluster: env.clusters['slurm-2411'] },
  });

async function get(path: string, token?: string) {
  const response = await fetchOperator(operatorUrl(port, path), { token });
  return { status: response.status, body: await response.text() };
}

beforeAll(async () => {
  run = newRunId();
  a = `e2e-access-a-${run}`;
  b = `e2e-access-b-${run}`;
  env = prepareE2e(run, { admitted: [a, b] });
  operator = startOperator('e2e-access', {
    OPERATOR_NAMESPACE: env.operatorNamespace,
    HTTP_PORT: String(port),
  });
  for (const namespace of [a, b]) failingTraining(namespace);
  for (const namespace of [a, b]) {
    const t = await eventually(`the Training in ${namespace} to fail`, async () => {
      const training = await api.trainings.get(namespace, 'recorded');
      return training?.status?.phase === 'Failed' ? training : undefined;
    });
    uids[namespace] = t.metadata.uid ?? '';
  }

  // user-a may read Trainings in A, nothing else.
  tokens.userA = personToken('user-a', a);
  apply({
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'Role',
    metadata: { name: 'training-reader', namespace: a },
    rules: [{ apiGroups: ['ml.hpc.dev'], resources: ['trainings'], verbs: ['get', 'list'] }],
  });
  apply({
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata: { name: 'user-a-reads-trainings', namespace: a },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'training-reader' },
    subjects: [{ kind: 'ServiceAccount', name: 'user-a', namespace: a }],
  });
  tokens.nobody = personToken('nobody', b);

  // The scraper gets exactly what the chart grants metrics.readers.
  tokens.scraper = personToken('scraper', env.operatorNamespace);
  const rendered = yamlDocuments(
    helmTemplate({
      release: `access-${run}`,
      namespace: env.operatorNamespace,
      values: {
        metrics: { readers: [{ kind: 'ServiceAccount', name: 'scraper', namespace: env.operatorNamespace }] },
      },
    }),
  )
    .map((text) => yaml.load(text) as { kind: string; metadata: { name: string } })
    .filter((o) => o.kind.startsWith('ClusterRole') && o.metadata.name.endsWith('-metrics-reader'));
  expect(rendered.map((o) => o.kind).sort()).toEqual(['ClusterRole', 'ClusterRoleBinding']);
  for (const object of rendered) {
    apply(object);
    cleanup.push([object.kind.toLowerCase(), object.metadata.name]);
  }
  // RBAC changes reach the authorizer at once, but a denial cached by the operator lasts 10 s.
}, 180_000);

afterAll(async () => {
  for (const [kind, name] of cleanup) if (kind && name) kubectl(['delete', kind, name, '--wait=false']);
  await env?.teardown(operator);
});

describe('the operator port, authorized by the API server', () => {
  it('answers health and readiness without a token', async () => {
    expect((await get('/healthz')).status).toBe(200);
    expect((await get('/readyz')).status).toBe(200);
  });

  it('answers 401 without a token, or with one the API server does not accept', async () => {
    for (const path of ['/metrics', '/api/v1/trainings', `/api/v1/trainings?namespace=${a}`]) {
      expect((await get(path)).status, path).toBe(401);
      expect((await get(path, 'not-a-token')).status, path).toBe(401);
    }
  });

  it("gives a user A's history and refuses B's", async () => {
    const own = await get(`/api/v1/trainings?namespace=${a}`, tokens.userA);
    expect(own.status).toBe(200);
    expect(own.body).toContain(uids[a]);
    expect((await get(`/api/v1/trainings/${a}/recorded`, tokens.userA)).status).toBe(200);
    expect((await get(`/api/v1/trainings/${uids[a]}`, tokens.userA)).status).toBe(200);
    for (const path of [`/api/v1/trainings?namespace=${b}`, `/api/v1/trainings/${b}/recorded`]) {
      const refused = await get(path, tokens.userA);
      expect(refused.status, path).toBe(403);
      expect(refused.body).not.toContain(uids[b]);
    }
    // By uid, B's record answers as a missing one: whether it exists is not told.
    const byUid = await get(`/api/v1/trainings/${uids[b]}`, tokens.userA);
    expect(byUid.status).toBe(404);
    expect(byUid.body).not.toContain(uids[b]);
    // Another kind in its own namespace is not granted either.
    expect((await get(`/api/v1/models?namespace=${a}`, tokens.userA)).status).toBe(403);
  });

  it("cuts the user's cluster-wide list to A: B is left out", async () => {
    const listed = await get('/api/v1/trainings?limit=500', tokens.userA);
    expect(listed.status).toBe(200);
    const items = (JSON.parse(listed.body) as { items: { namespace: string; uid: string }[] }).items;
    expect(items.map((i) => i.uid)).toContain(uids[a]);
    expect(new Set(items.map((i) => i.namespace))).toEqual(new Set([a]));
  });

  it('refuses a user with no rights at all, everywhere', async () => {
    expect((await get('/api/v1/trainings', tokens.nobody)).status).toBe(403);
    expect((await get(`/api/v1/trainings?namespace=${b}`, tokens.nobody)).status).toBe(403);
    expect((await get('/metrics', tokens.nobody)).status).toBe(403);
  });

  it('serves /metrics to the chart-granted scraper, and not to a tenant', async () => {
    const scraped = await eventually('the scraper to be allowed /metrics', async () => {
      const answer = await get('/metrics', tokens.scraper);
      return answer.status === 200 ? answer : undefined;
    });
    expect(scraped.body).toContain('slurm_ml_');
    expect((await get('/metrics', tokens.userA)).status).toBe(403);
  });
});

describe('TLS on the port', () => {
  it('gives a plain-HTTP request no answer', async () => {
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
    expect((await fetchOperator(operatorUrl(port, '/healthz'))).status).toBe(200);
  });

  it('serves the certificate from TLS_CERT_FILE', async () => {
    expect((await peerCertificate(port, { rejectUnauthorized: false })).fingerprint256).toBe(
      new X509Certificate(operatorCa()).fingerprint256,
    );
  });

  it('without certificate files, serves a self-signed one for its names and logs its fingerprint', async () => {
    // A standby (another holder keeps the Lease for an hour): it serves the port and reconciles nothing.
    const lease = `tls-standby-${run}`;
    apply({
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      metadata: { name: lease, namespace: env.operatorNamespace },
      spec: {
        holderIdentity: 'someone-else',
        leaseDurationSeconds: 3600,
        renewTime: new Date().toISOString().replace('Z', '000Z'),
      },
    });
    const standby = startOperator('e2e-access-self-signed', {
      OPERATOR_NAMESPACE: env.operatorNamespace,
      HTTP_PORT: String(selfSignedPort),
      LEADER_ELECTION: 'true',
      LEADER_ELECTION_ID: lease,
      LEADER_ELECTION_NAMESPACE: env.operatorNamespace,
      TLS_CERT_FILE: '',
      TLS_KEY_FILE: '',
      TLS_SERVER_NAMES: `op.${env.operatorNamespace}.svc,op.${env.operatorNamespace}.svc.cluster.local`,
    });
    try {
      const certificate = await eventually('the self-signed port to answer', () =>
        peerCertificate(selfSignedPort, { rejectUnauthorized: false }).catch(() => undefined),
      );
      expect(certificate.subjectAltName?.split(', ').sort()).toEqual(
        [
          'DNS:localhost',
          'IP Address:127.0.0.1',
          'IP Address:0:0:0:0:0:0:0:1',
          `DNS:${hostname()}`,
          `DNS:op.${env.operatorNamespace}.svc`,
          `DNS:op.${env.operatorNamespace}.svc.cluster.local`,
        ].sort(),
      );
      expect(certificate.verify(certificate.publicKey)).toBe(true);
      const logged = readFileSync(standby.logFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { source?: string; fingerprint?: string })
        .find((record) => record.source === 'self-signed');
      expect(logged?.fingerprint).toBe(certificate.fingerprint256);
      // Trusting exactly the certificate it logged, a client reaches it (as one pinning it would).
      const health = await fetchOperator(`https://localhost:${selfSignedPort}/healthz`, {
        ca: certificate.toString(),
      });
      expect(health.status).toBe(200);
      // And a client trusting only the test certificate does not.
      await expect(fetchOperator(operatorUrl(selfSignedPort, '/healthz'))).rejects.toThrow();
    } finally {
      await standby.stop();
      kubectl(['delete', 'lease', lease, '-n', env.operatorNamespace, '--wait=false']);
    }
  }, 60_000);
});
