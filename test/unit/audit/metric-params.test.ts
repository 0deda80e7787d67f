// The metric history's query parameters (?metric=&attempt=&limit=) and which metric points the
// writer refuses as malformed.
import { describe, expect, it } from 'vitest';
import { BadRequest, parseMetricQuery } from '../../../src/audit/history-params.ts';
import { invalidMetricPoint, type MetricPoint } from '../../../src/audit/metric-points.ts';

const parse = (query: string) => parseMetricQuery(new URLSearchParams(query));

describe('metric history query parameters', () => {
  it('default to 1000 points per series, every metric and attempt', () => {
    expect(parse('')).toEqual({ limit: 1000 });
  });

  it('take a metric, an attempt and a limit', () => {
    expect(parse('metric=val%2Floss&attempt=2&limit=10000')).toEqual({
      metric: 'val/loss',
      attempt: 2,
      limit: 10_000,
    });
    expect(parse('attempt=0&limit=2')).toEqual({ attempt: 0, limit: 2 });
    expect(parse(`metric=${encodeURIComponent("loss'; drop table metric_points;--")}`).metric).toBe(
      "loss'; drop table metric_points;--",
    ); // a bound parameter, harmless
  });

  it.each([
    ['limit=1', /limit must be a whole number from 2 to 10000/],
    ['limit=10001', /from 2 to 10000/],
    ['limit=0', /from 2 to 10000/],
    ['limit=-5', /from 2 to 10000/],
    ['limit=1e3', /from 2 to 10000/],
    ['limit=', /from 2 to 10000/],
    ['attempt=-1', /attempt must be a whole number/],
    ['attempt=1.5', /attempt must be a whole number/],
    ['attempt=2147483648', /attempt must be a whole number/],
    ['attempt=x', /attempt must be a whole number/],
    ['metric=', /metric must be a metric name/],
    [`metric=${'m'.repeat(257)}`, /metric must be a metric name/],
    ['metric=a%00b', /metric must be a metric name/],
    ['metric=a&metric=b', /metric may be given once/],
    ['limit=5&limit=6', /limit may be given once/],
    ['step=3', /unknown query parameter "step"/],
    ['namespace=a', /unknown query parameter "namespace"/],
  ])('refuses %s', (query, message) => {
    expect(() => parse(query)).toThrow(BadRequest);
    expect(() => parse(query)).toThrow(message);
  });
});

describe('malformed metric points', () => {
  const good: MetricPoint = {
    uid: '3f2b8c9e-1d4a-4e6b-9c2f-0a1b2c3d4e5f',
    kind: 'Training',
    namespace: 'team-a',
    name: 'train-1',
    attempt: 1,
    metric: 'loss',
    step: 3,
    value: 0.25,
    at: new Date('2025-01-01T00:00:00Z'),
    lineOffset: 1024,
  };

  it('accepts a point, and one without a step', () => {
    expect(invalidMetricPoint(good)).toBeUndefined();
    expect(invalidMetricPoint({ ...good, step: null, attempt: 0, lineOffset: 0 })).toBeUndefined();
  });

  it.each([
    ['uid', { uid: 'not-a-uid' }],
    ['kind', { kind: 'Model' }],
    ['namespace', { namespace: '' }],
    ['attempt', { attempt: -1 }],
    ['attempt', { attempt: 1.5 }],
    ['metric', { metric: '' }],
    ['metric', { metric: 'm'.repeat(257) }],
    ['step', { step: Number.NaN }],
    ['step', { step: Number.POSITIVE_INFINITY }],
    ['value', { value: Number.NaN }],
    ['value', { value: Number.NEGATIVE_INFINITY }],
    ['value', { value: '1' }],
    ['at', { at: new Date('nope') }],
    ['lineOffset', { lineOffset: -1 }],
    ['lineOffset', { lineOffset: 2 ** 53 }],
  ])('refuses a bad %s', (field, change) => {
    expect(invalidMetricPoint({ ...good, ...change } as MetricPoint)).toContain(field);
  });
});
