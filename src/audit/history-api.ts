// The read-only history API, served on the operator's HTTP port:
//   GET /api/v1/{trainings|predictions|models}?namespace=&model=&phase=&since=&until=&limit=&cursor=
//   GET /api/v1/{trainings|predictions|models}/{uid}
//   GET /api/v1/{trainings|predictions|models}/{namespace}/{name}
//   GET /api/v1/{trainings|predictions}/{namespace}/{name}/metrics?metric=&attempt=&limit=
//   GET /api/v1/{trainings|predictions}/{uid}/metrics?metric=&attempt=&limit=
// Records include resources already deleted from Kubernetes (deletedAt set). The handler answers
// only paths under those three prefixes and returns false for anything else, including deeper
// paths it does not own (e.g. .../{namespace}/{name}/log, another handler's).
// Each answer is what the caller's own RBAC allows on the kind today, deleted records included:
// `list` in the namespace asked (or in every namespace, else the list is cut to the namespaces it
// may list), `get` in the record's namespace for one record (by uid, a refused record is a
// missing one). A metric history is authorized exactly as the record it belongs to.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AccessReviewFailed } from '../access/request.ts';
import type { AccessAttributes, Caller } from '../access/types.ts';
import { sendJson } from '../http/json-answer.ts';
import type { Listing } from './cursor.ts';
import { BadRequest, DNS_LABEL, DNS_SUBDOMAIN, parseListQuery, parseMetricQuery } from './history-params.ts';
import type { MetricHistory, MetricQuery, MetricRef } from './metric-history.ts';
import type { HistoryRef, ListFilter, ListPage, ResourceHistory } from './queries.ts';
import { isUuid } from './rows.ts';

/** What the handler reads (AuditStore implements it). */
export interface HistoryReader {
  list(filter: ListFilter): Promise<ListPage>;
  get(ref: HistoryRef): Promise<ResourceHistory | null>;
  /** Every namespace the listing has records in. */
  namespaces(listing: Listing): Promise<string[]>;
  /**
   * A Training's or Prediction's metric series (null when no such resource is recorded). Optional
   * only for readers that serve no metrics (test doubles); without it the metric routes are not
   * answered (the handler returns false).
   */
  metricHistory?(ref: MetricRef, query: MetricQuery): Promise<MetricHistory | null>;
}

export type HistoryHandler = (req: IncomingMessage, res: ServerResponse, caller: Caller) => Promise<boolean>;

export interface HistoryApiOptions {
  /** Called when the database fails a read (the client gets 503). */
  onError?: (error: unknown, path: string) => void;
}

const PREFIX = '/api/v1/';
/** SubjectAccessReviews in flight at once when a cluster-wide list is cut to the caller's namespaces. */
const REVIEWS_AT_ONCE = 16;

const onKind = (listing: Listing, verb: 'get' | 'list', namespace: string): AccessAttributes => ({
  verb,
  group: 'ml.hpc.dev',
  resource: listing,
  namespace,
});

/** The namespaces of `candidates` the caller may list the kind in. */
async function listableNamespaces(caller: Caller, listing: Listing, candidates: string[]): Promise<string[]> {
  const allowed: string[] = [];
  for (let i = 0; i < candidates.length; i += REVIEWS_AT_ONCE) {
    const slice = candidates.slice(i, i + REVIEWS_AT_ONCE);
    const answers = await Promise.all(slice.map((ns) => caller.can(onKind(listing, 'list', ns))));
    allowed.push(...slice.filter((_, j) => answers[j]));
  }
  return allowed;
}

const refusal = (caller: Caller, verb: string, listing: Listing, namespace: string) =>
  `user "${caller.user.username}" may not ${verb} ${listing}.ml.hpc.dev ${namespace ? `in namespace "${namespace}"` : 'in any namespace it may see'}`;
const LISTINGS = new Set<string>(['trainings', 'predictions', 'models']);
const METRICS = 'metrics';

/**
 * The metric history a path names, or undefined when it names none: {uid}/metrics or
 * {namespace}/{name}/metrics under trainings or predictions. A namespace that looks like a uid
 * with a resource called "metrics" is shadowed by the first form.
 */
function metricRef(listing: Listing, segments: string[]): MetricRef | undefined {
  if (listing === 'models' || segments.at(-1) !== METRICS) return undefined;
  const [first, second] = segments;
  if (segments.length === 2 && first !== undefined && isUuid(first))
    return { listing, uid: first.toLowerCase() };
  if (segments.length !== 3 || first === undefined || second === undefined) return undefined;
  if (!DNS_LABEL.test(first) || !DNS_SUBDOMAIN.test(second))
    throw new BadRequest('expected {namespace}/{name}/metrics with Kubernetes names');
  return { listing, namespace: first, name: second };
}

/**
 * Whether the path (the segments after /api/v1/) is this handler's: a listing, a record, or a
 * record's metrics. Anything deeper (e.g. {namespace}/{name}/log) is left to other handlers.
 */
function ownsPath(rawSegments: string[], servesMetrics: boolean): boolean {
  if (rawSegments.length <= 3) return true;
  return (
    servesMetrics && rawSegments.length === 4 && rawSegments[0] !== 'models' && rawSegments[3] === METRICS
  );
}

function forbid(res: ServerResponse, error: string, head: boolean): true {
  send(res, 403, { error }, head);
  return true;
}

function send(res: ServerResponse, status: number, body: unknown, head = false): void {
  sendJson(res, status, body, { head, ...(status === 405 ? { headers: { allow: 'GET, HEAD' } } : {}) });
}

function detailRef(listing: Listing, segments: string[], params: URLSearchParams): HistoryRef {
  if ([...params.keys()].length > 0) throw new BadRequest('a single record takes no query parameters');
  const [first, second] = segments;
  if (segments.length === 1 && first !== undefined) {
    if (!isUuid(first)) throw new BadRequest('expected a resource uid (a UUID) or {namespace}/{name}');
    return { listing, uid: first.toLowerCase() };
  }
  if (first === undefined || second === undefined || !DNS_LABEL.test(first) || !DNS_SUBDOMAIN.test(second))
    throw new BadRequest('expected {namespace}/{name} with Kubernetes names');
  return { listing, namespace: first, name: second };
}

/**
 * One record as the caller may read it. Asked by name, the namespace is known before the read:
 * nothing is read for a refused caller (403). Asked by uid, a refused record answers as a missing
 * one: whether a uid exists elsewhere is not told.
 */
async function readAsCaller<
  Ref extends { namespace: string } | { uid: string },
  T extends { namespace?: string | null },
>(
  caller: Caller,
  kind: Listing,
  ref: Ref,
  read: (ref: Ref) => Promise<T | null | undefined> | undefined,
): Promise<{ refused: string } | { found: T | null }> {
  if ('namespace' in ref && !(await caller.can(onKind(kind, 'get', ref.namespace))))
    return { refused: refusal(caller, 'get', kind, ref.namespace) };
  const found = (await read(ref)) ?? null;
  if (found && 'uid' in ref && !(await caller.can(onKind(kind, 'get', found.namespace ?? ''))))
    return { found: null };
  return { found };
}

export function historyHandler(reader: HistoryReader, options: HistoryApiOptions = {}): HistoryHandler {
  return async (req, res, caller) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(PREFIX)) return false;
    const rawSegments = url.pathname.slice(PREFIX.length).split('/');
    if (rawSegments.at(-1) === '') rawSegments.pop();
    const listing = rawSegments[0];
    if (listing === undefined || !LISTINGS.has(listing)) return false;
    if (!ownsPath(rawSegments, reader.metricHistory !== undefined)) return false;
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) {
      send(res, 405, { error: 'the history API is read-only: use GET' });
      return true;
    }
    try {
      const segments = rawSegments.slice(1).map((s) => {
        try {
          return decodeURIComponent(s);
        } catch {
          throw new BadRequest('malformed path');
        }
      });
      const kind = listing as Listing;
      const metrics = reader.metricHistory ? metricRef(kind, segments) : undefined;
      if (metrics && reader.metricHistory) {
        const query = parseMetricQuery(url.searchParams);
        const history = await readAsCaller(caller, kind, metrics, (ref) =>
          reader.metricHistory?.(ref, query),
        );
        if ('refused' in history) return forbid(res, history.refused, head);
        if (history.found) send(res, 200, history.found, head);
        else
          send(
            res,
            404,
            { error: `no ${kind.slice(0, -1)} that you may read was recorded under that key` },
            head,
          );
      } else if (segments.length === 0) {
        const filter = parseListQuery(kind, url.searchParams);
        if (filter.namespace !== undefined) {
          if (!(await caller.can(onKind(kind, 'list', filter.namespace))))
            return forbid(res, refusal(caller, 'list', kind, filter.namespace), head);
        } else if (!(await caller.can(onKind(kind, 'list', '')))) {
          // One review per namespace ever recorded (16 at a time, each cached): the cost of this
          // answer grows with the namespaces. A fixed cap was tried and refused real lists once
          // a long-lived store held more namespaces than the cap.
          const namespaces = await listableNamespaces(caller, kind, await reader.namespaces(kind));
          if (namespaces.length === 0) return forbid(res, refusal(caller, 'list', kind, ''), head);
          filter.namespaces = namespaces;
        }
        send(res, 200, await reader.list(filter), head);
      } else if (segments.length <= 2) {
        const ref = detailRef(kind, segments, url.searchParams);
        const record = await readAsCaller(caller, kind, ref, (r) => reader.get(r));
        if ('refused' in record) return forbid(res, record.refused, head);
        if (record.found) send(res, 200, record.found, head);
        else
          send(
            res,
            404,
            { error: `nothing in ${listing} that you may read was recorded under that key` },
            head,
          );
      } else {
        send(res, 404, { error: 'no such history resource' }, head);
      }
    } catch (error) {
      if (error instanceof AccessReviewFailed) throw error; // the server answers 503
      if (error instanceof BadRequest) {
        send(res, 400, { error: error.message }, head);
      } else {
        options.onError?.(error, url.pathname);
        send(res, 503, { error: 'the audit database is unavailable; try again later' }, head);
      }
    }
    return true;
  };
}

/**
 * A standalone server with only the history API, for tests of the queries: every request is
 * `caller`'s (the operator mounts the handler on its own server, which authenticates).
 */
export async function startHistoryServer(
  port: number,
  reader: HistoryReader,
  options: HistoryApiOptions & { host?: string; caller: Caller },
): Promise<{ server: Server; url: string; close(): Promise<void> }> {
  const handle = historyHandler(reader, options);
  const server = createServer((req, res) => {
    handle(req, res, options.caller).then(
      (handled) => {
        if (!handled) send(res, 404, { error: 'not found' });
      },
      () => {
        if (!res.headersSent) send(res, 500, { error: 'internal error' });
      },
    );
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    server,
    url: `http://${host}:${bound}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
