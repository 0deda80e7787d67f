// Pure: the logs route's path and query, validated. Anything unexpected is a 400 whose message
// names the parameter, as the history API does.
import { BadRequest, DNS_LABEL, DNS_SUBDOMAIN, singleParam } from '../http/request-params.ts';
import type { LogListing } from './types.ts';

export { BadRequest };

export const MAX_TAIL_LINES = 100_000;

export interface LogRoute {
  listing: LogListing;
  namespace: string;
  name: string;
}

/** Which attempt's output: the latest, a numbered one, or the one before the latest. */
export type AttemptChoice = { kind: 'latest' } | { kind: 'number'; attempt: number } | { kind: 'previous' };

export interface LogQuery {
  /** The last N lines only (as `kubectl logs --tail`); undefined: from the start. */
  tail?: number;
  follow: boolean;
  attempt: AttemptChoice;
  /** Stop after this many bytes. */
  limitBytes?: number;
}

const PREFIX = '/api/v1/';
const LISTINGS = new Set<string>(['trainings', 'predictions']);
const KNOWN = ['tail', 'follow', 'attempt', 'previous', 'limitBytes'];

/**
 * `/api/v1/{trainings|predictions}/{namespace}/{name}/log` (a trailing slash allowed), or null
 * for any other path. Throws BadRequest when the path is the route's but the names are not
 * Kubernetes names.
 */
export function parseLogPath(pathname: string): LogRoute | null {
  if (!pathname.startsWith(PREFIX)) return null;
  const segments = pathname.slice(PREFIX.length).split('/');
  if (segments.at(-1) === '') segments.pop();
  const [listing, namespace, name, log] = segments;
  if (segments.length !== 4 || log !== 'log' || listing === undefined || !LISTINGS.has(listing)) return null;
  const decode = (s: string | undefined) => {
    try {
      return decodeURIComponent(s ?? '');
    } catch {
      throw new BadRequest('malformed path');
    }
  };
  const ns = decode(namespace);
  const n = decode(name);
  if (!DNS_LABEL.test(ns)) throw new BadRequest(`namespace "${ns}" is not a Kubernetes namespace name`);
  if (!DNS_SUBDOMAIN.test(n)) throw new BadRequest(`name "${n}" is not a Kubernetes resource name`);
  return { listing: listing as LogListing, namespace: ns, name: n };
}

function boolean(params: URLSearchParams, name: string): boolean {
  const value = singleParam(params, name);
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  throw new BadRequest(`${name} must be true or false, not "${value}"`);
}

function whole(
  params: URLSearchParams,
  name: string,
  min: number,
  max: number,
  meaning: string,
): number | undefined {
  const value = singleParam(params, name);
  if (value === undefined) return undefined;
  const n = /^\d{1,16}$/.test(value) ? Number(value) : Number.NaN;
  if (!(n >= min && n <= max))
    throw new BadRequest(
      `${name} must be a whole number ${max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`} (${meaning}), not "${value}"`,
    );
  return n;
}

export function parseLogQuery(params: URLSearchParams): LogQuery {
  for (const key of new Set(params.keys())) {
    if (key === 'timestamps')
      throw new BadRequest(
        'timestamps is not supported: Slurm writes job output without a time on each line, so there is none to show',
      );
    if (!KNOWN.includes(key))
      throw new BadRequest(`unknown query parameter "${key}"; known: ${KNOWN.join(', ')}`);
  }
  const tail = whole(params, 'tail', 0, MAX_TAIL_LINES, 'the last N lines');
  const limitBytes = whole(params, 'limitBytes', 1, Number.MAX_SAFE_INTEGER, 'stop after that many bytes');
  const attempt = whole(params, 'attempt', 1, Number.MAX_SAFE_INTEGER, 'an attempt number, from 1');
  const previous = boolean(params, 'previous');
  if (previous && attempt !== undefined)
    throw new BadRequest('attempt and previous=true choose the attempt both ways: give one of them');
  return {
    ...(tail !== undefined ? { tail } : {}),
    follow: boolean(params, 'follow'),
    attempt:
      attempt !== undefined
        ? { kind: 'number', attempt }
        : previous
          ? { kind: 'previous' }
          : { kind: 'latest' },
    ...(limitBytes !== undefined ? { limitBytes } : {}),
  };
}
