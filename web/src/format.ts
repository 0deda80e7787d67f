// Times and durations as people read them.

/** "45s", "12m", "3h", "5d" since `iso` (at `now`); "" when unknown. */
export function age(iso: string | Date | undefined, now: number): string {
  if (iso === undefined) return '';
  const then = typeof iso === 'string' ? Date.parse(iso) : iso.getTime();
  if (Number.isNaN(then)) return '';
  const seconds = Math.max(0, Math.floor((now - then) / 1000));
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
}

/** "1h 5m", "3m 20s", "40s". */
export function duration(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = s % 60;
  if (h > 0) return `${h}h ${m}m`;
  if (m > 0) return `${m}m ${rest}s`;
  return `${rest}s`;
}

/** A timestamp in the reader's locale, for titles and tables. */
export function dateTime(iso: string | Date | undefined): string {
  if (iso === undefined) return '';
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleString();
}

/** A Kubernetes timestamp as JSON gives it (client-node types it as Date; on the wire it is a string). */
export function timestamp(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  return undefined;
}
