// Reading a job's progress file from where the last read stopped: whole lines only, in fixed-size
// chunks, at most `maxBytes` a call, so memory stays within one chunk plus one line whatever the
// file holds. The job's user can write the folder, so the file could be swapped for a symlink
// to someone else's file or a FIFO: it is opened as the logs endpoint opens output files
// (logs/safe-open.ts), and read only if it is a regular file of its own.
import { safeOpen } from '../logs/safe-open.ts';
import { MAX_LINE_BYTES } from './protocol.ts';

const CHUNK_BYTES = 64 * 1024;
const NEWLINE = 0x0a;

export interface ReadPosition {
  offset: number;
  /** Inside a line longer than MAX_LINE_BYTES: skip to its end. */
  skipping: boolean;
}

export interface ReadOutcome extends ReadPosition {
  /** The file was shorter than the offset (rewritten): read again from its start. */
  restarted: boolean;
  /** Nothing more to read now. */
  atEnd: boolean;
  /** No file yet. */
  missing: boolean;
  /** Lines skipped for their length. */
  overlong: number;
}

export class NotARegularFile extends Error {
  override readonly name = 'NotARegularFile';
}

/** Calls `onLine` for each whole line from `from`, with the byte offset where it starts. */
export async function readLines(
  path: string,
  from: ReadPosition,
  maxBytes: number,
  onLine: (line: string, offset: number) => void,
): Promise<ReadOutcome> {
  // The same checks as the logs endpoint's: no symlink, FIFO, device or second hard link.
  const opened = await safeOpen(path);
  if (opened.kind === 'absent') return { ...from, restarted: false, atEnd: true, missing: true, overlong: 0 };
  if (opened.kind === 'refused') throw new NotARegularFile(`${path}: ${opened.reason}; not read`);
  if (opened.kind === 'failed') throw new Error(`${path}: ${opened.reason}`);
  const { handle, stats: stat } = opened;
  try {
    let { offset, skipping } = from;
    const restarted = stat.size < offset;
    if (restarted) {
      offset = 0;
      skipping = false;
    }
    const end = Math.min(stat.size, offset + maxBytes);
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES + MAX_LINE_BYTES);
    let overlong = 0;
    let carried = 0; // bytes of an unfinished line at the start of `buffer`
    let position = offset; // file position of buffer[carried]
    let lineStart = offset; // file offset of the unfinished line
    while (position < end) {
      const { bytesRead } = await handle.read(
        buffer,
        carried,
        Math.min(CHUNK_BYTES, end - position),
        position,
      );
      if (bytesRead === 0) break;
      const filled = carried + bytesRead;
      let start = 0;
      for (let i = carried; i < filled; i++) {
        if (buffer[i] !== NEWLINE) continue;
        if (skipping) skipping = false;
        else onLine(buffer.toString('utf8', start, i), lineStart);
        start = i + 1;
        lineStart = position + (i + 1 - carried);
      }
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
    // An unfinished line is read again next time, whole; a skipped one is not.
    const next = skipping ? position : lineStart;
    return { offset: next, skipping, restarted, atEnd: end >= stat.size, missing: false, overlong };
  } finally {
    await handle.close();
  }
}
