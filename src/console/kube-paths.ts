// Which requests the console passes to the Kubernetes API server, decided from the method and the
// raw request URL alone (no I/O): the few paths the pages need, with a fixed set of query
// parameters. Everything else is refused before it leaves the operator, so the pass-through can
// never become a general proxy to the API server, even for a caller whose own token could do more.
// The raw URL is checked, not a parsed one: URL parsing removes `..` segments and would let
// `/apis/ml.hpc.dev/v1alpha1/../../api/v1/secrets` look like an allowed path.
import { DNS_LABEL, DNS_SUBDOMAIN } from '../http/request-params.ts';

/** Where the pass-through is mounted; the rest of the path is the API server's. */
export const KUBE_PREFIX = '/ui/api/kube';
/**
 * Whether a parsed path (`.` and `..` segments resolved) is the pass-through's: it answers every
 * such request, so a POST the server let through for it never reaches a handler that expects GET.
 */
export const underKubePrefix = (path: string): boolean =>
  path === KUBE_PREFIX || path.startsWith(`${KUBE_PREFIX}/`);
/** The longest a watch stays open: the API server ends it then, and the console watches again. */
export const MAX_WATCH_SECONDS = 300;

export const ALLOWED_QUERY = [
  'labelSelector',
  'fieldSelector',
  'watch',
  'resourceVersion',
  'allowWatchBookmarks',
  'timeoutSeconds',
  'limit',
  'continue',
  'dryRun',
  'fieldValidation',
] as const;
const ALLOWED_QUERY_SET: ReadonlySet<string> = new Set(ALLOWED_QUERY);

const GROUP = ['apis', 'ml.hpc.dev', 'v1alpha1'] as const;
const NAMESPACED: ReadonlySet<string> = new Set(['trainings', 'predictions', 'models', 'modelversions']);
const CREATABLE: ReadonlySet<string> = new Set(['trainings', 'predictions']);
const BOOLEAN = /^(true|false|1|0)$/;
const COUNT = /^[0-9]{1,10}$/;

export type PassThroughDecision =
  | {
      allowed: true;
      /** The API server path and query to request (relative to the server's URL). */
      path: string;
      method: 'GET' | 'POST';
      watch: boolean;
    }
  | { allowed: false; status: 400 | 403 | 405; message: string };

/** What a path is, if it is one the console passes: the methods it may be used with, and whether it is a collection. */
interface Shape {
  methods: ReadonlyArray<'GET' | 'POST'>;
  collection: boolean;
}

function shapeOf(segments: string[]): Shape | undefined {
  const [s0, s1, s2, s3, s4, s5, s6] = segments;
  const n = segments.length;
  if (s0 === 'api' && s1 === 'v1' && s2 === 'namespaces' && n === 3)
    return { methods: ['GET'], collection: true };
  if (
    s0 === 'apis' &&
    s1 === 'authorization.k8s.io' &&
    s2 === 'v1' &&
    s3 === 'selfsubjectaccessreviews' &&
    n === 4
  )
    return { methods: ['POST'], collection: false };
  if (s0 !== GROUP[0] || s1 !== GROUP[1] || s2 !== GROUP[2] || s3 === undefined) return undefined;
  // Every namespace (a list or a watch), and SlurmClusters, which have no namespace.
  if (n === 4 && (NAMESPACED.has(s3) || s3 === 'slurmclusters'))
    return { methods: ['GET'], collection: true };
  // One object by name: a SlurmCluster; for the namespaced kinds the API server answers 404.
  if (n === 5 && (NAMESPACED.has(s3) || s3 === 'slurmclusters') && DNS_SUBDOMAIN.test(s4 ?? ''))
    return { methods: ['GET'], collection: false };
  if (s3 !== 'namespaces' || !DNS_LABEL.test(s4 ?? '') || s5 === undefined || !NAMESPACED.has(s5))
    return undefined;
  if (n === 6) return { methods: CREATABLE.has(s5) ? ['GET', 'POST'] : ['GET'], collection: true };
  if (n === 7 && DNS_SUBDOMAIN.test(s6 ?? '')) return { methods: ['GET'], collection: false };
  return undefined;
}

const refuse = (status: 400 | 403 | 405, message: string): PassThroughDecision => ({
  allowed: false,
  status,
  message,
});

/**
 * Whether `method` on `rawUrl` (the request's URL as sent, starting with KUBE_PREFIX) may be
 * passed to the API server, and the path and query to send: only the allowed parameters, each
 * once, and a watch's timeoutSeconds at most MAX_WATCH_SECONDS.
 */
export function decidePassThrough(method: string, rawUrl: string): PassThroughDecision {
  const queryAt = rawUrl.indexOf('?');
  const rawPath = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt);
  const rawQuery = queryAt === -1 ? '' : rawUrl.slice(queryAt + 1);
  if (!rawPath.startsWith(`${KUBE_PREFIX}/`)) return refuse(400, `not a path under ${KUBE_PREFIX}/`);
  const apiPath = rawPath.slice(KUBE_PREFIX.length);
  // Kubernetes names never need escaping: an escape can only hide a `/` or a `.` from the checks.
  if (/[%\\]/.test(apiPath))
    return refuse(400, 'percent-encoded characters and backslashes are not passed to the API server');
  const segments = apiPath.slice(1).split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..'))
    return refuse(400, 'empty, "." and ".." path segments are not passed to the API server');
  const shape = shapeOf(segments);
  if (!shape)
    return refuse(
      403,
      `the console does not pass ${apiPath} to the API server: only ml.hpc.dev resources, the list of namespaces and SelfSubjectAccessReviews`,
    );
  if (method !== 'GET' && method !== 'POST')
    return refuse(405, `the console passes only GET and POST to the API server, not ${method}`);
  if (!shape.methods.includes(method))
    return refuse(405, `the console passes only ${shape.methods.join(' and ')} on ${apiPath}, not ${method}`);

  const given = new URLSearchParams(rawQuery);
  const query = new URLSearchParams();
  for (const [name, value] of given) {
    if (!ALLOWED_QUERY_SET.has(name))
      return refuse(
        400,
        `query parameter "${name}" is not passed to the API server (allowed: ${ALLOWED_QUERY.join(', ')})`,
      );
    if (query.has(name)) return refuse(400, `query parameter "${name}" may be given once`);
    const problem = valueProblem(name, value);
    if (problem) return refuse(400, `query parameter "${name}" ${problem}, got ${JSON.stringify(value)}`);
    query.append(name, value);
  }
  const watch = query.get('watch') === 'true' || query.get('watch') === '1';
  if (watch && (method !== 'GET' || !shape.collection))
    return refuse(400, 'watch is passed only on a GET of a collection');
  if (watch) {
    // 0 or none would be the API server's default, 30 to 60 minutes.
    const asked = Number(query.get('timeoutSeconds') ?? 0);
    query.set('timeoutSeconds', String(asked > 0 && asked < MAX_WATCH_SECONDS ? asked : MAX_WATCH_SECONDS));
  }
  const search = query.toString();
  return { allowed: true, method, watch, path: `${apiPath}${search ? `?${search}` : ''}` };
}

function valueProblem(name: string, value: string): string | undefined {
  switch (name) {
    case 'watch':
    case 'allowWatchBookmarks':
      return BOOLEAN.test(value) ? undefined : 'must be true or false';
    case 'timeoutSeconds':
    case 'limit':
      return COUNT.test(value) ? undefined : 'must be a whole number';
    case 'dryRun':
      return value === 'All' ? undefined : 'must be All';
    case 'fieldValidation':
      return /^(Strict|Warn|Ignore)$/.test(value) ? undefined : 'must be Strict, Warn or Ignore';
    default:
      return value.length <= 4096 ? undefined : 'is longer than 4096 characters';
  }
}
