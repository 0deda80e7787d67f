// Pure: which points of a long metric series the history API returns. A series of n points asked
// for at most `limit` keeps, for i = 0 .. limit-1, the point at index floor(i * (n-1) / (limit-1)):
// evenly spaced, always the first (i = 0) and the last (i = limit-1), never the same one twice
// (for n > limit the spacing is over 1). The query (metric-history.ts) applies the same rule in SQL
// with `isKept`'s integer arithmetic, so the database returns only the kept points.

/** The indices kept from a series of `n` points when at most `limit` (>= 2) may be returned. */
export function keptIndices(n: number, limit: number): number[] {
  if (n <= limit) return Array.from({ length: n }, (_, i) => i);
  return Array.from({ length: limit }, (_, i) => Math.floor((i * (n - 1)) / (limit - 1)));
}

/**
 * Whether index k (0-based) of a series of n points is kept, without listing them: the smallest i
 * whose position is at or after k is ceil(k * (limit-1) / (n-1)); k is kept when that position is
 * k itself. Integers only (the SQL computes it in bigint).
 */
export function isKept(k: number, n: number, limit: number): boolean {
  if (n <= limit) return true;
  const i = Math.floor((k * (limit - 1) + (n - 2)) / (n - 1));
  return Math.floor((i * (n - 1)) / (limit - 1)) === k;
}
