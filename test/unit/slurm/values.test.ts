import { describe, expect, it } from 'vitest';
import { updateTimeParam } from '../../../src/slurm/adapters/v004x.ts';
import {
  decodeVerboseExit,
  decodeWaitStatus,
  emptyToNull,
  epochSeconds,
  minutes32,
  noValNumber,
} from '../../../src/slurm/adapters/values.ts';

describe('decodeWaitStatus (v0.0.38 raw wait status)', () => {
  it.each([
    [0, { exitCode: 0, signal: null }],
    [256, { exitCode: 1, signal: null }],
    [768, { exitCode: 3, signal: null }],
    [255 << 8, { exitCode: 255, signal: null }],
    [9, { exitCode: null, signal: 9 }],
    [15, { exitCode: null, signal: 15 }],
    [0x80 | 11, { exitCode: null, signal: 11 }], // core dumped
    [0xfffffffe, { exitCode: null, signal: null }], // NO_VAL
    [undefined, { exitCode: null, signal: null }],
  ])('%s -> %j', (status, expected) => {
    expect(decodeWaitStatus(status)).toEqual(expected);
  });
});

describe('decodeVerboseExit (v0.0.4x)', () => {
  const n = (number: number) => ({ set: true, infinite: false, number });
  it.each([
    [
      { status: ['SUCCESS'], return_code: n(0), signal: { id: { set: false }, name: '' } },
      { exitCode: 0, signal: null },
    ],
    [
      { status: ['EXITED'], return_code: n(3) },
      { exitCode: 3, signal: null },
    ],
    [
      { status: ['SIGNALED'], return_code: n(0), signal: { id: n(9), name: 'KILL' } },
      { exitCode: null, signal: 9 },
    ],
    [
      { status: ['PENDING'], return_code: n(0) },
      { exitCode: null, signal: null },
    ],
    [undefined, { exitCode: null, signal: null }],
  ])('%j -> %j', (exit, expected) => {
    expect(decodeVerboseExit(exit)).toEqual(expected);
  });
});

describe('value helpers', () => {
  it('reads {set, infinite, number} structs', () => {
    expect(noValNumber({ set: true, infinite: false, number: 5 })).toBe(5);
    expect(noValNumber({ set: false, infinite: false, number: 0 })).toBeNull();
    expect(noValNumber({ set: true, infinite: true, number: 0 })).toBeNull();
    expect(noValNumber(7)).toBe(7);
    expect(noValNumber(undefined)).toBeNull();
  });

  it('treats 0 and unset times as no time', () => {
    expect(epochSeconds(0)).toBeNull();
    expect(epochSeconds({ set: false, number: 0 })).toBeNull();
    expect(epochSeconds(1_700_000_000)?.toISOString()).toBe('2023-11-14T22:13:20.000Z');
  });

  it('reads 32-bit NO_VAL and INFINITE minutes as unlimited', () => {
    expect(minutes32(0xffffffff)).toBeNull();
    expect(minutes32(0xfffffffe)).toBeNull();
    expect(minutes32(90)).toBe(90);
  });

  it("maps Slurm's empty markers to null", () => {
    expect(emptyToNull('None')).toBeNull();
    expect(emptyToNull('')).toBeNull();
    expect(emptyToNull('(null)')).toBeNull();
    expect(emptyToNull('Priority')).toBe('Priority');
  });
});

describe('update_time of GET /jobs/ (v0.0.4x)', () => {
  const now = new Date('2026-12-01T12:00:00.400Z');
  it.each([
    ['v0.0.40', new Date('2026-12-01T11:58:55.000Z'), 'now-67seconds'],
    ['v0.0.41', new Date('2026-12-01T12:00:00.000Z'), 'now-2seconds'],
    ['v0.0.41', new Date('2026-12-01T12:00:00.400Z'), 'now+0seconds'],
    ['v0.0.41', new Date('2026-12-01T12:01:05.000Z'), 'now+64seconds'], // the future stays the future
    ['v0.0.42', new Date('2026-12-01T11:58:55.900Z'), '1796126335'],
    ['v0.0.45', new Date('2026-12-01T11:58:55.900Z'), '1796126335'],
  ] as const)('%s since %s: %s', (version, since, expected) => {
    expect(updateTimeParam(version, since, now)).toBe(expected);
  });
});
