import { describe, expect, it } from 'vitest';
import { BadRequest, parseLogPath, parseLogQuery } from '../../../src/logs/params.ts';

const q = (s: string) => parseLogQuery(new URLSearchParams(s));
const refused = (s: string) => {
  try {
    q(s);
  } catch (error) {
    expect(error).toBeInstanceOf(BadRequest);
    return (error as Error).message;
  }
  throw new Error(`accepted ${s}`);
};

describe('log route path', () => {
  it('matches only /api/v1/{trainings|predictions}/{namespace}/{name}/log', () => {
    expect(parseLogPath('/api/v1/trainings/a/t1/log')).toEqual({
      listing: 'trainings',
      namespace: 'a',
      name: 't1',
    });
    expect(parseLogPath('/api/v1/predictions/a/p.1/log/')).toMatchObject({ listing: 'predictions' });
    for (const other of [
      '/api/v1/trainings/a/t1',
      '/api/v1/models/a/m/log',
      '/api/v1/trainings/a/t1/logs',
      '/api/v1/trainings/a/t1/log/x',
      '/metrics',
    ])
      expect(parseLogPath(other)).toBeNull();
  });

  it('refuses names that are not Kubernetes names', () => {
    expect(() => parseLogPath('/api/v1/trainings/A_B/t1/log')).toThrow(/namespace "A_B"/);
    expect(() => parseLogPath('/api/v1/trainings/a/..%2Fetc/log')).toThrow(/name "..\/etc"/);
    expect(() => parseLogPath('/api/v1/trainings/a/%E0%A4%A/log')).toThrow(/malformed path/);
  });
});

describe('log query', () => {
  it('defaults: everything of the latest attempt, no follow', () => {
    expect(q('')).toEqual({ follow: false, attempt: { kind: 'latest' } });
  });

  it('reads tail, follow, attempt, previous and limitBytes', () => {
    expect(q('tail=0&follow=true&attempt=2&limitBytes=10')).toEqual({
      tail: 0,
      follow: true,
      attempt: { kind: 'number', attempt: 2 },
      limitBytes: 10,
    });
    expect(q('previous=true&tail=100000')).toEqual({
      tail: 100000,
      follow: false,
      attempt: { kind: 'previous' },
    });
    expect(q('previous=false&follow=false').attempt).toEqual({ kind: 'latest' });
  });

  it('names the parameter of a malformed value', () => {
    expect(refused('tail=-1')).toMatch(/^tail must be a whole number from 0 to 100000/);
    expect(refused('tail=100001')).toMatch(/^tail /);
    expect(refused('tail=1.5')).toMatch(/^tail /);
    expect(refused('tail=')).toMatch(/^tail /);
    expect(refused('limitBytes=0')).toMatch(/^limitBytes must be a whole number of at least 1/);
    expect(refused('limitBytes=1e3')).toMatch(/^limitBytes /);
    expect(refused('attempt=0')).toMatch(/^attempt /);
    expect(refused('follow=yes')).toMatch(/^follow must be true or false/);
    expect(refused('previous=1')).toMatch(/^previous must be true or false/);
    expect(refused('tail=1&tail=2')).toBe('tail may be given once');
    expect(refused('attempt=1&previous=true')).toMatch(/give one of them/);
  });

  it('refuses timestamps and unknown parameters with a clear message', () => {
    expect(refused('timestamps=true')).toMatch(
      /^timestamps is not supported: Slurm writes job output without/,
    );
    expect(refused('sinceSeconds=10')).toBe(
      'unknown query parameter "sinceSeconds"; known: tail, follow, attempt, previous, limitBytes',
    );
  });
});
