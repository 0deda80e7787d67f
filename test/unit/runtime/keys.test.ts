import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../../src/runtime/backoff.ts';
import { objectKey, parseKey } from '../../../src/runtime/keys.ts';
import { done, requeueAfter } from '../../../src/runtime/outcome.ts';

describe('objectKey and parseKey', () => {
  it.each([
    [{ metadata: { namespace: 'team-a', name: 'train-1' } }, 'team-a/train-1', 'team-a', 'train-1'],
    [{ metadata: { name: 'lab' } }, 'lab', undefined, 'lab'],
  ])('%o ⇄ %s', (object, key, namespace, name) => {
    expect(objectKey(object)).toBe(key);
    expect(parseKey(key)).toEqual({ namespace, name });
  });

  it('refuses objects without a name and malformed keys', () => {
    expect(() => objectKey({ metadata: { namespace: 'a' } })).toThrow(/metadata.name/);
    for (const key of ['', '/x', 'x/', 'a/b/c']) expect(() => parseKey(key)).toThrow();
  });
});

describe('outcomes', () => {
  it('done and requeueAfter', () => {
    expect(done).toEqual({ kind: 'done' });
    expect(requeueAfter(1500)).toEqual({ kind: 'requeue', afterMs: 1500 });
    expect(() => requeueAfter(-1)).toThrow(RangeError);
    expect(() => requeueAfter(Number.NaN)).toThrow(RangeError);
  });
});

describe('backoffDelay', () => {
  it('doubles from the base up to the cap', () => {
    const mid = () => 0.5;
    expect([1, 2, 3, 4, 10, 11, 1000].map((n) => backoffDelay(n, 500, 300_000, mid))).toEqual([
      500, 1000, 2000, 4000, 256_000, 300_000, 300_000,
    ]);
  });

  it('jitters by ±10 %, so below the cap a retry never waits less than the one before', () => {
    for (let attempt = 1; attempt <= 12; attempt++) {
      const nominal = Math.min(300_000, 500 * 2 ** (attempt - 1));
      const lowest = backoffDelay(attempt, 500, 300_000, () => 0);
      const highest = backoffDelay(attempt, 500, 300_000, () => 1);
      expect(lowest).toBe(Math.round(nominal * 0.9));
      expect(highest).toBe(Math.min(300_000, Math.round(nominal * 1.1)));
      if (nominal * 2 <= 300_000)
        expect(highest).toBeLessThan(backoffDelay(attempt + 1, 500, 300_000, () => 0));
    }
  });
});
