// Pure: the history API's query parameters, validated. Anything unexpected is a 400 with a
// message; values reach SQL only as bound parameters of Kysely queries.

import { PHASES } from '../api/phases.ts';
import { BadRequest, DNS_LABEL, DNS_SUBDOMAIN, singleParam } from '../http/request-params.ts';
import { CursorError, decodeCursor, type Listing } from './cursor.ts';
import {
  DEFAULT_METRIC_LIMIT,
  MAX_METRIC_LIMIT,
  type MetricQuery,
  MIN_METRIC_LIMIT,
} from './metric-history.ts';
import { MAX_METRIC_NAME_LENGTH } from './metric-points.ts';
import { DEFAULT_LIMIT, type ListFilter, MAX_LIMIT } from './queries.ts';

export { BadRequest, DNS_LABEL, DNS_SUBDOMAIN };

const ALLOWED = new Set(['namespace', 'model', 'phase', 'since', 'until', 'limit', 'cursor']);
// A date (midnight UTC) or a date-time with seconds and a zone: what `date -Is` and JSON print.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2}))?$/;

function parseDate(name: string, value: string): Date {
  const date = new Date(value);
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  // JavaScript rolls 2025-02-30 over into March; a calendar check refuses it.
  const calendar = new Date(Date.UTC(year ?? 0, (month ?? 0) - 1, day ?? 0));
  if (!ISO_DATE.test(value) || Number.isNaN(date.getTime()) || calendar.getUTCDate() !== day)
    throw new BadRequest(`${name} must be an ISO 8601 date or date-time, e.g. 2025-01-31T12:00:00Z`);
  return date;
}

export function parseLimit(value: string | undefined): number {
  if (value === undefined) return DEFAULT_LIMIT;
  if (!/^\d{1,6}$/.test(value)) throw new BadRequest(`limit must be a whole number from 1 to ${MAX_LIMIT}`);
  const limit = Number(value);
  if (limit < 1 || limit > MAX_LIMIT)
    throw new BadRequest(`limit must be a whole number from 1 to ${MAX_LIMIT}`);
  return limit;
}

export function parseListQuery(listing: Listing, params: URLSearchParams): ListFilter {
  for (const name of new Set(params.keys()))
    if (!ALLOWED.has(name))
      throw new BadRequest(`unknown query parameter ${JSON.stringify(name.slice(0, 64))}`);
  const filter: ListFilter = { listing, limit: parseLimit(singleParam(params, 'limit')) };
  const namespace = singleParam(params, 'namespace');
  if (namespace !== undefined) {
    if (!DNS_LABEL.test(namespace)) throw new BadRequest('namespace must be a Kubernetes namespace name');
    filter.namespace = namespace;
  }
  const model = singleParam(params, 'model');
  if (model !== undefined) {
    if (!DNS_SUBDOMAIN.test(model)) throw new BadRequest('model must be a Kubernetes object name');
    filter.model = model;
  }
  const phase = singleParam(params, 'phase');
  if (phase !== undefined) {
    if (listing === 'models')
      throw new BadRequest('models have no phase; phase applies to trainings and predictions');
    const phases = phase.split(',');
    const known: readonly string[] = PHASES;
    for (const p of phases)
      if (!known.includes(p))
        throw new BadRequest(`phase must be one or more of ${PHASES.join(', ')} (comma-separated)`);
    filter.phases = [...new Set(phases)];
  }
  const since = singleParam(params, 'since');
  if (since !== undefined) filter.since = parseDate('since', since);
  const until = singleParam(params, 'until');
  if (until !== undefined) filter.until = parseDate('until', until);
  if (filter.since && filter.until && filter.since > filter.until)
    throw new BadRequest('since is after until');
  const cursor = singleParam(params, 'cursor');
  if (cursor !== undefined) {
    try {
      filter.cursor = decodeCursor(cursor, listing);
    } catch (error) {
      if (error instanceof CursorError) throw new BadRequest(error.message);
      throw error;
    }
  }
  return filter;
}

const METRIC_PARAMS = new Set(['metric', 'attempt', 'limit']);
const MAX_ATTEMPT = 2_147_483_647;
// Printable, no control characters: what a metric name in a JSON line can reasonably be.
const METRIC_NAME = new RegExp(`^[^\\p{Cc}]{1,${MAX_METRIC_NAME_LENGTH}}$`, 'u');

/** `?metric=&attempt=&limit=` of a metric history (GET .../{name}/metrics). */
export function parseMetricQuery(
  params: URLSearchParams,
): Required<Pick<MetricQuery, 'limit'>> & MetricQuery {
  for (const name of new Set(params.keys()))
    if (!METRIC_PARAMS.has(name))
      throw new BadRequest(`unknown query parameter ${JSON.stringify(name.slice(0, 64))}`);
  const query: Required<Pick<MetricQuery, 'limit'>> & MetricQuery = { limit: DEFAULT_METRIC_LIMIT };
  const limit = singleParam(params, 'limit');
  if (limit !== undefined) {
    const range = `limit must be a whole number from ${MIN_METRIC_LIMIT} to ${MAX_METRIC_LIMIT}`;
    if (!/^\d{1,6}$/.test(limit)) throw new BadRequest(range);
    query.limit = Number(limit);
    if (query.limit < MIN_METRIC_LIMIT || query.limit > MAX_METRIC_LIMIT) throw new BadRequest(range);
  }
  const attempt = singleParam(params, 'attempt');
  if (attempt !== undefined) {
    if (!/^\d{1,10}$/.test(attempt) || Number(attempt) > MAX_ATTEMPT)
      throw new BadRequest('attempt must be a whole number (0 or more)');
    query.attempt = Number(attempt);
  }
  const metric = singleParam(params, 'metric');
  if (metric !== undefined) {
    if (!METRIC_NAME.test(metric))
      throw new BadRequest(
        `metric must be a metric name of 1 to ${MAX_METRIC_NAME_LENGTH} characters without control characters`,
      );
    query.metric = metric;
  }
  return query;
}
