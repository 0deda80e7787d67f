// Watches through the console: at most so many per user and so many in all; a slot is freed once,
// however many times its release is called.
import { describe, expect, it } from 'vitest';
import { WatchLimiter } from '../../../src/console/watch-limiter.ts';

describe('WatchLimiter', () => {
  it('defaults to 32 per user and 200 in all', () => {
    const limiter = new WatchLimiter();
    expect([limiter.perUser, limiter.total]).toEqual([32, 200]);
  });

  it.each([
    // [per user, total, opened as [user, count], then this user asks, expected]
    [2, 10, [['alice', 2]], 'alice', /user "alice" already has 2 watches/],
    [2, 10, [['alice', 2]], 'bob', true],
    [
      8,
      3,
      [
        ['alice', 2],
        ['bob', 1],
      ],
      'carol',
      /already serves 3 watches/,
    ],
    [8, 3, [['alice', 2]], 'carol', true],
  ] as const)('per user %i, total %i: %j then %s', (perUser, total, opened, who, expected) => {
    const limiter = new WatchLimiter(perUser, total);
    for (const [user, count] of opened)
      for (let i = 0; i < count; i += 1) expect(limiter.acquire(user).ok).toBe(true);
    const slot = limiter.acquire(who);
    if (expected === true) expect(slot.ok).toBe(true);
    else expect(!slot.ok && slot.reason).toMatch(expected);
  });

  it('frees a slot on release, once', () => {
    const limiter = new WatchLimiter(2, 3);
    const first = limiter.acquire('alice');
    const second = limiter.acquire('alice');
    expect(limiter.acquire('alice').ok).toBe(false);
    if (!first.ok || !second.ok) throw new Error('refused');
    first.release();
    first.release(); // a second close of the same watch frees nothing more
    expect(limiter.count('alice')).toBe(1);
    expect(limiter.count()).toBe(1);
    expect(limiter.acquire('alice').ok).toBe(true);
    expect(limiter.acquire('alice').ok).toBe(false);
    second.release();
    expect(limiter.count('alice')).toBe(1);
    expect(limiter.count('bob')).toBe(0);
  });
});
