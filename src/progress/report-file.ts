// Reading a job's progress file from where the last read stopped: whole lines only, in fixed-size
// chunks, at most `maxBytes` a call (and fewer when `onLine` asks to stop), so memory stays within
// one chunk plus one line whatever the file holds. The job's user can write the folder, so the
// file could be swapped for a symlink to someone else's file or a FIFO: it is opened as the logs
// endpoint opens output files (logs/safe-open.ts), and read only if it is a regular file of its own.
import { safeOpen } from '../logs/safe-open.ts';
import { MAX_LINE_BYTES } from './protocol.ts';

const CHUNK_BYTES = 64 * 1024;
const NEWLINE = 0x0a;

export interface ReadPosition {
  offset: number;
  /** Inside a line longer than MAX_LINE_BYTES: skip to its end. */
  skipping: boolean;
  /** Device and inode of the file read: another file at the path is read from its start. */
  file?: string;
}

export const START: ReadPosition = { offset: 0, skipping: false };

export interface ReadOutcome extends ReadPosition {
  /** Another file than before, or a shorter one: read again from its start. */
  restarted: boolean;
  /** Nothing more to read now. */
  atEnd: boolean;
  /** Lines skipped for their length. */
  overlong: number;
  /** The file's size when it was read (0 when there is none yet). */
  size: number;
}

export class NotARegularFile extends Error {
  override readonly name = 'NotARegularFile';
}

/**
 * Calls `onLine` for each whole line from `from`, with the byte offset where it starts; `onLine`
 * returning false ends the read after that line (the caller has what it can hold). `lastLine`:
 * the job has ended, so a last line without its newline is a line too.
 */
export async function readLines(
  path: string,
  from: ReadPosition,
  maxBytes: number,
  onLine: (line: string, offset: number) => boolean | undefined,
  lastLine = false,
): Promise<ReadOutcome> {
  // The same checks as the logs endpoint's: no symlink, FIFO, device or second hard link.
  const opened = await safeOpen(path);
  if (opened.kind === 'absent') return { ...from, restarted: false, atEnd: true, overlong: 0, size: 0 };
  if (opened.kind === 'refused') throw new NotARegularFile(`${path}: ${opened.reason}; not read`);
  if (opened.kind === 'failed') throw new Error(`${path}: ${opened.reason}`);
  const { handle, stats } = opened;
  try {
    const file = `${stats.dev}:${stats.ino}`;
    const restarted = stats.size < from.offset || (from.file !== undefined && from.file !== file);
    let { offset, skipping } = restarted ? START : from;
    const end = Math.min(stats.size, offset + maxBytes);
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES + MAX_LINE_BYTES);
    let overlong = 0;
    let carried = 0; // bytes of an unfinished line at the start of `buffer`
    let position = offset; // file position of buffer[carried]
    let lineStart = offset; // file offset of the unfinished line
    let stopped = false;
    while (position < end && !stopped) {
      const { bytesRead } = await handle.read(
        buffer,
        carried,
        Math.min(CHUNK_BYTES, end - position),
        position,
      );
      if (bytesRead === 0) break;
      const filled = carried + bytesRead;
      let start = 0;
      for (let i = carried; i < filled && !stopped; i++) {
        if (buffer[i] !== NEWLINE) continue;
        if (skipping) skipping = false;
        else if (i - start > MAX_LINE_BYTES) overlong++;
        else stopped = onLine(buffer.toString('utf8', start, i), lineStart) === false;
        start = i + 1;
        lineStart = position + (i + 1 - carried);
      }
      if (stopped) break;
      position += bytesRead;
      carried = filled - start;
      if (skipping) carried = 0;
      else if (carried > MAX_LINE_BYTES) {
        skipping = true;
        overlong++;
        carried = 0;
      } else buffer.copy(buffer, 0, start, filled);
      if (skipping) lineStart = position;
    }
    const reachedEnd = !stopped && position >= stats.size;
    if (reachedEnd && lastLine && carried > 0 && !skipping) {
      onLine(buffer.toString('utf8', 0, carried), lineStart);
      lineStart = position;
    }
    // An unfinished line is read again next time, whole; a skipped one is not.
    offset = skipping && !stopped ? position : lineStart;
    const size = stats.size;
    return { offset, skipping: skipping && !stopped, file, restarted, atEnd: reachedEnd, overlong, size };
  } finally {
    await handle.close();
  }
}
