// The log a detail page keeps, bounded in lines and in characters, so a log followed for hours
// (or one that writes megabytes without a newline) never grows the page's memory: each line cut
// at MAX_LINE_CHARS with a visible marker, the newest `limit` whole lines, at most `budget`
// characters in all, plus the unfinished last line.

/** The longest line shown; the rest of it is replaced by LINE_CUT_MARKER. */
export const MAX_LINE_CHARS = 10_000;
export const LINE_CUT_MARKER = '… (line cut at 10,000 characters)';
/** The characters kept in all (about 2 MB), the unfinished line included. */
export const MAX_LOG_CHARS = 2_000_000;
/** The unfinished line is kept only by its end beyond this. */
const MAX_PARTIAL_CHARS = 1_000_000;

export interface LogBuffer {
  /** Whole lines, oldest first, each cut at MAX_LINE_CHARS. */
  readonly lines: readonly string[];
  /** The characters of `lines`, together. */
  readonly chars: number;
  /** Text after the last newline, still being written. */
  readonly partial: string;
  /** Lines dropped from the front so far. */
  readonly dropped: number;
}

export const EMPTY_LOG: LogBuffer = { lines: [], chars: 0, partial: '', dropped: 0 };

/** `line` as shown: at most MAX_LINE_CHARS of it, and the marker when it was longer. */
export function cutLine(line: string): string {
  return line.length > MAX_LINE_CHARS ? `${line.slice(0, MAX_LINE_CHARS)}${LINE_CUT_MARKER}` : line;
}

export function appendLog(buffer: LogBuffer, chunk: string, limit = 2000, budget = MAX_LOG_CHARS): LogBuffer {
  if (chunk === '') return buffer;
  const parts = (buffer.partial + chunk).split('\n');
  const rest = parts.pop() ?? '';
  // A line that never ends (no newline for megabytes) is kept only by its end.
  const partial = rest.length > MAX_PARTIAL_CHARS ? rest.slice(-MAX_PARTIAL_CHARS) : rest;
  const added = parts.map(cutLine);
  const all = added.length === 0 ? buffer.lines : [...buffer.lines, ...added];
  let chars = buffer.chars;
  for (const line of added) chars += line.length;
  // Oldest lines go first, until both bounds hold.
  let excess = Math.max(0, all.length - limit);
  for (let i = 0; i < excess; i++) chars -= all[i]?.length ?? 0;
  while (excess < all.length && chars + partial.length > budget) {
    chars -= all[excess]?.length ?? 0;
    excess++;
  }
  return {
    lines: excess > 0 ? all.slice(excess) : all,
    chars,
    partial,
    dropped: buffer.dropped + excess,
  };
}

export function logText(buffer: LogBuffer): string {
  const whole = buffer.lines.join('\n');
  const partial = cutLine(buffer.partial);
  if (partial === '') return buffer.lines.length > 0 ? `${whole}\n` : '';
  return buffer.lines.length > 0 ? `${whole}\n${partial}` : partial;
}
