// AUDIT_RETENTION: its durations, what it refuses, and the cutoff it gives.
import { describe, expect, it } from 'vitest';
import { loadDatabaseConfig, parseRetention } from '../../../src/audit/database.ts';
import { retentionCutoff } from '../../../src/audit/retention.ts';

const H = 3_600_000;
const D = 24 * H;

describe('parseRetention', () => {
  it.each([
    ['90d', 90 * D],
    ['720h', 720 * H],
    ['2w', 14 * D],
    ['1d12h', 36 * H],
    ['1h30m', 1.5 * H],
    ['3600s', H],
    ['61m', 61 * 60_000],
    ['12h1d', 36 * H], // any order, added up, as Go's durations (and the chart's pattern)
    ['1h1h', 2 * H],
    [' 30d ', 30 * D],
  ])('reads %s', (text, ms) => {
    expect(parseRetention(text)).toBe(ms);
  });

  it.each([undefined, '', '   '])('keeps everything when unset or empty (%j)', (text) => {
    expect(parseRetention(text)).toBeUndefined();
  });

  it.each([
    ['90', 'no unit'],
    ['90 d', 'a space inside'],
    ['1.5d', 'a fraction'],
    ['-1d', 'a sign'],
    ['90days', 'a word'],
    ['P90D', 'ISO 8601'],
    ['99999999999999999999d', 'too large'],
  ])('refuses %s (%s)', (text) => {
    expect(() => parseRetention(text)).toThrow(/AUDIT_RETENTION must be a duration such as 90d/);
  });

  it.each(['59m', '90s', '0d', '0h'])('refuses %s: under an hour would empty the store by a slip', (text) => {
    expect(() => parseRetention(text)).toThrow('AUDIT_RETENTION must be at least 1h');
  });

  it('reaches the database configuration, on Postgres and PGlite alike', () => {
    expect(loadDatabaseConfig({ AUDIT_RETENTION: '90d' }).retentionMs).toBe(90 * D);
    expect(
      loadDatabaseConfig({ DATABASE_URL: 'postgres://a@db/x', AUDIT_RETENTION: '720h' }).retentionMs,
    ).toBe(720 * H);
    expect(loadDatabaseConfig({}).retentionMs).toBeUndefined();
    expect(() => loadDatabaseConfig({ AUDIT_RETENTION: 'forever' })).toThrow(/AUDIT_RETENTION/);
  });
});

describe('retentionCutoff', () => {
  it('is that long before now', () => {
    const now = new Date('2026-03-31T12:00:00Z');
    expect(retentionCutoff(now, 90 * D)).toEqual(new Date('2025-12-31T12:00:00Z'));
    expect(retentionCutoff(now, H)).toEqual(new Date('2026-03-31T11:00:00Z'));
  });

  it('crosses a daylight-saving change in exact hours (UTC instants)', () => {
    const now = new Date('2026-03-30T00:00:00Z');
    expect(now.getTime() - retentionCutoff(now, 2 * D).getTime()).toBe(48 * H);
  });
});
