// Callers of the operator's authenticated endpoints in tests. `readerToken()` is a real token
// (TokenRequest) of a ServiceAccount that may read /metrics and every kind's history, as
// Prometheus and an auditor would; `anyCaller` is for tests of the history queries that mount
// the handler without the operator's server (our own interface, no review).
import type { Caller } from '../../src/access/types.ts';
import { kubectlOk } from './kubectl.ts';

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

/** Fetch from an operator's port as the reader. */
export function fetchAsReader(url: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${readerToken()}`);
  return fetch(url, { ...init, headers });
}
