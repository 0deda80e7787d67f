// Where the last N lines of a file begin, found by reading backwards in fixed-size chunks and
// counting newlines: memory is one chunk whatever the file's size. A final line without a
// newline counts as a line (as `tail -n` and `kubectl logs --tail` count). The scan reads at most
// `maxScanBytes` from the end: when those hold fewer than N lines, the answer starts at the first
// line that begins inside them (or, when they hold no newline at all, at the window's start, in
// the middle of one very long line).
import type { FileHandle } from 'node:fs/promises';

export const TAIL_CHUNK_BYTES = 64 * 1024;
export const TAIL_MAX_SCAN_BYTES = 64 * 1024 * 1024;

const NEWLINE = 0x0a;

export interface TailOptions {
  chunkBytes?: number;
  maxScanBytes?: number;
}

/** The offset the last `lines` lines of the file's first `size` bytes start at. */
export async function tailStart(
  handle: Pick<FileHandle, 'read'>,
  size: number,
  lines: number,
  options: TailOptions = {},
): Promise<number> {
  if (lines <= 0 || size <= 0) return size;
  const chunkBytes = options.chunkBytes ?? TAIL_CHUNK_BYTES;
  const floor = Math.max(0, size - (options.maxScanBytes ?? TAIL_MAX_SCAN_BYTES));
  // Read only here, never handed on, so one buffer serves every chunk.
  const buffer = Buffer.allocUnsafe(Math.min(chunkBytes, size - floor));
  let found = 0;
  let earliest = -1;
  let end = size;
  while (end > floor) {
    const begin = Math.max(floor, end - chunkBytes);
    const { bytesRead } = await handle.read(buffer, 0, end - begin, begin);
    // The file shrank under the scan (truncated): the whole of what is left is the tail.
    if (bytesRead < end - begin) return 0;
    let i = bytesRead;
    while (i > 0) {
      const at = buffer.lastIndexOf(NEWLINE, i - 1);
      if (at < 0) break;
      i = at;
      const offset = begin + at;
      // The newline that ends the file ends its last line; it does not begin another.
      if (offset === size - 1) continue;
      found += 1;
      earliest = offset;
      if (found === lines) return offset + 1;
    }
    end = begin;
  }
  if (floor === 0) return 0;
  return earliest >= 0 ? earliest + 1 : floor;
}
