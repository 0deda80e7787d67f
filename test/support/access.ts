// Callers of the operator's port in tests. The port speaks HTTPS only: test operators serve the
// stack's test certificate (`operatorTlsEnv`), and `fetchOperator` trusts exactly that one (or a
// `ca` given), never "any certificate". `readerToken()` is a real token (TokenRequest) of a
// ServiceAccount that may read /metrics and every kind's history, as Prometheus and an auditor
// would; `anyCaller` is for tests of the history queries that mount the handler without the
// operator's server (our own interface, no review).
import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import type { Caller } from '../../src/access/types.ts';
import { kubectlOk } from './kubectl.ts';
import { required, stackEnv } from './stack.ts';

export const anyCaller: Caller = { user: { username: 'test', groups: [] }, can: async () => true };

const READER = 'slurm-ml-test-reader';
const READER_NAMESPACE = 'default';
let token: string | undefined;

/** The rules the reader gets: what the chart grants Prometheus, and history of every kind. */
export const READER_RULES = [
  { nonResourceURLs: ['/metrics'], verbs: ['get'] },
  { apiGroups: ['ml.hpc.dev'], resources: ['trainings', 'predictions', 'models'], verbs: ['get', 'list'] },
];

export function readerToken(): string {
  if (token) return token;
  kubectlOk(
    ['apply', '-f', '-'],
    JSON.stringify({
      apiVersion: 'v1',
      kind: 'List',
      items: [
        { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: READER, namespace: READER_NAMESPACE } },
        {
          apiVersion: 'rbac.authorization.k8s.io/v1',
          kind: 'ClusterRole',
          metadata: { name: READER },
          rules: READER_RULES,
        },
        {
          apiVersion: 'rbac.authorization.k8s.io/v1',
          kind: 'ClusterRoleBinding',
          metadata: { name: READER },
          roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: READER },
          subjects: [{ kind: 'ServiceAccount', name: READER, namespace: READER_NAMESPACE }],
        },
      ],
    }),
  );
  token = kubectlOk(['create', 'token', READER, '-n', READER_NAMESPACE, '--duration=12h']).trim();
  return token;
}

/** TLS_CERT_FILE and TLS_KEY_FILE of the stack's test certificate (for 127.0.0.1 and localhost). */
export function operatorTlsEnv(): { TLS_CERT_FILE: string; TLS_KEY_FILE: string } {
  const env = stackEnv('prometheus');
  const missing = 'the stack predates TLS on the operator port; run: bash scripts/stack.sh up prometheus';
  if (!env.OPERATOR_TLS_CERT_FILE || !env.OPERATOR_TLS_KEY_FILE) throw new Error(missing);
  return {
    TLS_CERT_FILE: required(env, 'OPERATOR_TLS_CERT_FILE'),
    TLS_KEY_FILE: required(env, 'OPERATOR_TLS_KEY_FILE'),
  };
}

/** The certificate test operators serve, as the one `ca` their clients trust. */
export function operatorCa(): string {
  return readFileSync(operatorTlsEnv().TLS_CERT_FILE, 'utf8');
}

/** `https://127.0.0.1:{port}{path}`: where a test operator listens. */
export const operatorUrl = (port: number, path = '/') => `https://127.0.0.1:${port}${path}`;

export interface OperatorRequest {
  method?: string;
  headers?: Record<string, string>;
  /** A bearer token to send. */
  token?: string;
  /** PEM the server's certificate must chain to (default: the stack's test certificate). */
  ca?: string;
  timeoutMs?: number;
}

/**
 * A request to an operator's port over HTTPS, trusting only `ca` (Node's fetch cannot take a CA
 * without the undici package, so this is node:https), answered as a fetch Response.
 */
export function fetchOperator(url: string, options: OperatorRequest = {}): Promise<Response> {
  const headers = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const ca = options.ca ?? operatorCa();
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers, ca }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const answer = new Headers();
        for (const [name, value] of Object.entries(res.headers))
          for (const v of [value ?? []].flat()) answer.append(name, v);
        const status = res.statusCode ?? 0;
        const body =
          status === 204 || status === 304 || options.method === 'HEAD' ? null : Buffer.concat(chunks);
        resolve(new Response(body, { status, statusText: res.statusMessage, headers: answer }));
      });
    });
    req.setTimeout(options.timeoutMs ?? 30_000, () =>
      req.destroy(new Error(`no answer from ${url} in time`)),
    );
    req.on('error', reject);
    req.end();
  });
}

/** Fetch from an operator's port as the reader. */
export function fetchAsReader(url: string, options: OperatorRequest = {}): Promise<Response> {
  return fetchOperator(url, { ...options, token: readerToken() });
}

/** What a test person may do in a namespace: a Role of these rules, or an existing ClusterRole. */
export type Grant = { namespace: string } & ({ rules: object[] } | { clusterRole: string });

/**
 * A token of a ServiceAccount standing for a person (TokenRequest), bound in each granted
 * namespace to its rules or ClusterRole; without grants it may do nothing of ours.
 */
export function personToken(name: string, namespace: string, grants: Grant[] = [], duration = '1h'): string {
  const items: object[] = [{ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace } }];
  for (const grant of grants) {
    const role = 'rules' in grant ? `${name}-rules` : grant.clusterRole;
    if ('rules' in grant)
      items.push({
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'Role',
        metadata: { name: role, namespace: grant.namespace },
        rules: grant.rules,
      });
    items.push({
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { name, namespace: grant.namespace },
      roleRef: {
        apiGroup: 'rbac.authorization.k8s.io',
        kind: 'rules' in grant ? 'Role' : 'ClusterRole',
        name: role,
      },
      subjects: [{ kind: 'ServiceAccount', name, namespace }],
    });
  }
  kubectlOk(['apply', '-f', '-'], JSON.stringify({ apiVersion: 'v1', kind: 'List', items }));
  return kubectlOk(['create', 'token', name, '-n', namespace, `--duration=${duration}`]).trim();
}

/** Trainings and their job output: what `kubectl ml logs` needs. */
export const TRAINING_LOG_RULES = [
  { apiGroups: ['ml.hpc.dev'], resources: ['trainings', 'trainings/log'], verbs: ['get', 'list'] },
];
