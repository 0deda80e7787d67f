// Review answers are reused briefly and never grow without bound.
import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../../src/access/bounded-cache.ts';

describe('BoundedCache', () => {
  it('forgets an answer once its time is up', () => {
    let now = 0;
    const cache = new BoundedCache<boolean>(10, 1_000, () => now);
    cache.set('k', true);
    now = 999;
    expect(cache.get('k')).toBe(true);
    now = 1_000;
    expect(cache.get('k')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('keeps at most maxEntries, dropping the oldest', () => {
    const cache = new BoundedCache<number>(3, 60_000);
    for (let i = 0; i < 10; i++) cache.set(`k${i}`, i);
    expect(cache.size).toBe(3);
    expect(['k6', 'k7', 'k8', 'k9'].map((k) => cache.get(k))).toEqual([undefined, 7, 8, 9]);
  });

  it('keeps a null answer (a token the API server refused) as an answer', () => {
    const cache = new BoundedCache<string | null>(3, 60_000);
    cache.set('forged', null);
    expect(cache.get('forged')).toBeNull();
  });
});
