import { describe, expect, it } from 'vitest';
import { encodeCursor } from '../../../src/audit/cursor.ts';
import { BadRequest, parseListQuery } from '../../../src/audit/history-params.ts';

const parse = (query: string, listing: 'trainings' | 'predictions' | 'models' = 'trainings') =>
  parseListQuery(listing, new URLSearchParams(query));

describe('history API query parameters', () => {
  it('default to the first 50, unfiltered', () => {
    expect(parse('')).toEqual({ listing: 'trainings', limit: 50 });
  });

  it('take every filter', () => {
    const cursor = encodeCursor({
      listing: 'trainings',
      createdAt: new Date('2025-01-02T00:00:00.000Z'),
      id: '3f2b8c9e-1d4a-4e6b-9c2f-0a1b2c3d4e5f',
    });
    const filter = parse(
      `namespace=team-a&model=resnet&phase=Running,Failed&since=2025-01-01&until=2025-02-01T00:00:00Z&limit=500&cursor=${cursor}`,
    );
    expect(filter).toMatchObject({
      namespace: 'team-a',
      model: 'resnet',
      phases: ['Running', 'Failed'],
      since: new Date('2025-01-01T00:00:00Z'),
      until: new Date('2025-02-01T00:00:00Z'),
      limit: 500,
      cursor: { id: '3f2b8c9e-1d4a-4e6b-9c2f-0a1b2c3d4e5f' },
    });
  });

  it.each([
    ['limit=0', /limit/],
    ['limit=501', /limit/],
    ['limit=-1', /limit/],
    ['limit=1e9', /limit/],
    ['limit=10.5', /limit/],
    ['limit=1000000000000', /limit/],
    ['limit=', /limit/],
    ['limit=10&limit=20', /once/],
    ["phase='; DROP TABLE transitions;--", /phase/],
    ['phase=running', /phase/],
    ['phase=Running,', /phase/],
    ['namespace=Team_A', /namespace/],
    ["namespace=a' OR '1'='1", /namespace/],
    ['model=../../etc', /model/],
    ['since=notadate', /since/],
    ['since=2025-13-01', /since/],
    ['until=2025-02-30', /until/],
    ['until=2025-02-28T25:00:00Z', /until/],
    ['until=1700000000', /until/],
    ['since=2025-02-01&until=2025-01-01', /after/],
    ['cursor=garbage!', /cursor/],
    ['sort=name', /unknown query parameter/],
    ['namespace=a&namespace=b', /once/],
  ])('reject %s with a message', (query, message) => {
    expect(() => parse(query)).toThrow(BadRequest);
    expect(() => parse(query)).toThrow(message);
  });

  it('know that models have no phase', () => {
    expect(() => parse('phase=Running', 'models')).toThrow(/models have no phase/);
    expect(parse('model=resnet', 'models')).toMatchObject({ model: 'resnet' });
  });

  it('refuse a cursor from another listing', () => {
    const cursor = encodeCursor({
      listing: 'models',
      createdAt: new Date(),
      id: '3f2b8c9e-1d4a-4e6b-9c2f-0a1b2c3d4e5f',
    });
    expect(() => parse(`cursor=${cursor}`)).toThrow(/another listing/);
  });
});
