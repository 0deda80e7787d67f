// The operator's port, HTTPS only (TLS 1.2 or later): /metrics, /healthz, /readyz, and whatever
// APIs are mounted (the audit history, the logs, the web console). Health answers are JSON that say
// why, and open to all (kubelet probes carry no token), as are the public handlers (the console's
// static files, which hold no data). Everything else needs a bearer token the API server accepts
// (TokenReview), and answers only what its user's RBAC allows (SubjectAccessReview): /metrics
// the nonResourceURL `get /metrics`, the handlers whatever they check for their resources.
// Only GET and HEAD are served, except POST on the paths `acceptsPost` names (the console's
// pass-through to the API server and its parameter checks), whose handlers check the method.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { Registry } from 'prom-client';
import { AccessReviewFailed, authenticatedCaller } from '../access/request.ts';
import type { AccessReviewer, Caller } from '../access/types.ts';
import type { KeyPair } from './tls.ts';

export interface ReadinessSource {
  informersSynced(): boolean;
  role(): 'leader' | 'standby' | 'single';
  /** SlurmClusters and whether each is Ready. */
  clusters(): { name: string; ready: boolean }[];
  /**
   * Undefined when no database is configured; null while this replica does not use it (a standby
   * whose embedded store opens only when it leads).
   */
  databaseReachable?(): Promise<boolean | null>;
  /** Why the database is not usable until someone changes it (a permanent error, a schema refused), if so. */
  databaseProblem?(): string | undefined;
}

/** Answers a request it owns (true), or leaves it to the next (false). Called only for an authenticated caller. */
export type RouteHandler = (
  request: IncomingMessage,
  response: ServerResponse,
  caller: Caller,
) => Promise<boolean>;

/** Answers a request it owns (true), or leaves it to the next (false). Called before authentication. */
export type PublicHandler = (request: IncomingMessage, response: ServerResponse) => Promise<boolean>;

export interface HttpServerOptions {
  port: number;
  host?: string;
  registry: Registry;
  readiness: ReadinessSource;
  access: AccessReviewer;
  /** Open to anyone: only for answers that hold no data. Tried in order, after health. */
  publicHandlers?: PublicHandler[];
  handlers?: RouteHandler[];
  /**
   * Paths (parsed, without query) where POST reaches the handlers; GET and HEAD only elsewhere. A
   * handler that takes POST must claim every request whose parsed path this accepts, however the
   * path was written (`/ui/api/./kube/...`), or the POST falls through to handlers that expect GET.
   */
  acceptsPost?: (path: string) => boolean;
  /** The certificate it starts with; `server.setSecureContext` replaces it (watchCertificateFiles). */
  tls: KeyPair;
}

/**
 * The port's TLS settings for a pair, at start and for `server.setSecureContext` on rotation
 * (which replaces all of them): TLS 1.2 and 1.3 only, Node's default cipher list.
 */
export function tlsOptions(pair: KeyPair) {
  return { cert: pair.cert, key: pair.key, minVersion: 'TLSv1.2' } as const;
}

/**
 * Ready: informers synced and the database (if any) reachable and usable. SlurmCluster health is
 * reported but does not count: a Slurm outage must not make every replica unready and stall
 * rollouts, and the operator keeps retrying on its own. A standby replica is ready too. When not
 * ready, `reason` says why, e.g. "audit store: permission denied for table transitions (42501)".
 */
export async function readinessReport(source: ReadinessSource) {
  const clusters = source.clusters();
  const database = source.databaseReachable ? await source.databaseReachable().catch(() => false) : null;
  const databaseProblem = database === false ? source.databaseProblem?.() : undefined;
  const checks = {
    informersSynced: source.informersSynced(),
    role: source.role(),
    clusters,
    database,
    ...(databaseProblem ? { databaseProblem } : {}),
  };
  const ready = checks.informersSynced && database !== false;
  const reasons = [
    ...(checks.informersSynced ? [] : ['informers have not listed everything yet']),
    ...(database === false
      ? [databaseProblem ?? 'audit store: database unreachable or schema not ready']
      : []),
  ];
  return { ready, ...(ready ? {} : { reason: reasons.join('; ') }), checks };
}

export function startHttpServer(options: HttpServerOptions): Promise<Server> {
  const server = createServer(tlsOptions(options.tls), (request, response) => {
    void route(options, request, response).catch(() => {
      if (!response.headersSent) json(response, 500, { error: 'internal error' });
      else response.end();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', () => resolve(server));
  });
}

async function route(
  options: HttpServerOptions,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  // Refused before anything else: a handler that forgot to check the method cannot be written to.
  const writes = request.method === 'POST' && (options.acceptsPost?.(path) ?? false);
  if (request.method !== 'GET' && request.method !== 'HEAD' && !writes)
    return json(response, 405, { error: 'read-only API' });
  if (path === '/healthz') return json(response, 200, { status: 'ok' });
  if (path === '/readyz') {
    const report = await readinessReport(options.readiness);
    return json(response, report.ready ? 200 : 503, report);
  }
  for (const handler of options.publicHandlers ?? []) if (await handler(request, response)) return;
  let caller: Caller | null;
  try {
    caller = await authenticatedCaller(options.access, request);
  } catch {
    return json(response, 503, {
      error: 'credentials cannot be checked now (the API server did not answer); try again',
    });
  }
  if (!caller) {
    response.setHeader('www-authenticate', 'Bearer realm="slurm-ml-operator"');
    return json(response, 401, { error: 'a bearer token the Kubernetes API server accepts is required' });
  }
  try {
    if (path === '/metrics') {
      if (!(await caller.can({ verb: 'get', nonResourceURL: '/metrics' })))
        return forbidden(response, caller, 'get the nonResourceURL /metrics');
      response.writeHead(200, { 'content-type': options.registry.contentType });
      response.end(await options.registry.metrics());
      return;
    }
    for (const handler of options.handlers ?? []) if (await handler(request, response, caller)) return;
  } catch (error) {
    if (!(error instanceof AccessReviewFailed)) throw error;
    return json(response, 503, {
      error: 'access cannot be checked now (the API server did not answer); try again',
    });
  }
  json(response, 404, { error: `no route for ${path}` });
}

function forbidden(response: ServerResponse, caller: Caller, what: string): void {
  json(response, 403, { error: `user "${caller.user.username}" may not ${what}` });
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}
