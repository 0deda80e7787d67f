// The log lines a detail page keeps: the newest `limit` whole lines plus the unfinished last
// one, so a log followed for hours never grows the page's memory.

export interface LogBuffer {
  /** Whole lines, oldest first, at most `limit`. */
  readonly lines: readonly string[];
  /** Text after the last newline, still being written. */
  readonly partial: string;
  /** Lines dropped from the front so far. */
  readonly dropped: number;
}

export const EMPTY_LOG: LogBuffer = { lines: [], partial: '', dropped: 0 };

export function appendLog(buffer: LogBuffer, chunk: string, limit = 2000): LogBuffer {
  if (chunk === '') return buffer;
  const parts = (buffer.partial + chunk).split('\n');
  const partial = parts.pop() ?? '';
  const all = parts.length === 0 ? buffer.lines : [...buffer.lines, ...parts];
  const excess = Math.max(0, all.length - limit);
  return {
    lines: excess > 0 ? all.slice(excess) : all,
    // A line that never ends (no newline for megabytes) is kept only by its end.
    partial: partial.length > 1_000_000 ? partial.slice(-1_000_000) : partial,
    dropped: buffer.dropped + excess,
  };
}

export function logText(buffer: LogBuffer): string {
  const whole = buffer.lines.join('\n');
  if (buffer.partial === '') return buffer.lines.length > 0 ? `${whole}\n` : '';
  return buffer.lines.length > 0 ? `${whole}\n${buffer.partial}` : buffer.partial;
}
