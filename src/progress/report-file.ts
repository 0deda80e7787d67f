// Reading a job's progress file from where the last read stopped: whole lines only, in fixed-size
// chunks, at most `maxBytes` a call, so memory stays within one chunk plus one line whatever the
// file holds. The job's user can write the folder, so the file could be swapped for a symlink
// to someone else's file or a FIFO: it is opened without following a final symlink and without
// blocking, and read only if it is a regular file.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
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

const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/** Calls `onLine` for each whole line from `from`, with the byte offset where it starts. */
export async function readLines(
  path: string,
  from: ReadPosition,
  maxBytes: number,
  onLine: (line: string, offset: number) => void,
): Promise<ReadOutcome> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ...from, restarted: false, atEnd: true, missing: true, overlong: 0 };
    if (code === 'ELOOP') throw new NotARegularFile(`${path} is a symbolic link; not read`);
    throw error;
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new NotARegularFile(`${path} is not a regular file; not read`);
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
