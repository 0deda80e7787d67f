// Copying a job's output file to a response, forward, one chunk at a time, and no next read
// until the response has taken the last (res.write returned false: wait for 'drain'). A queued
// write keeps its buffer, so a buffer is read into again only once its write has completed
// (the write's callback): a stream uses two or three buffers of a chunk each, whatever the
// file's size, and makes no garbage per chunk.
//
// Following: after what is there, poll the file for growth every `intervalMs` and send what is
// new, until the job can write no more (active() false) and the file has been read to its end
// once after that: the last output lands just before the job ends. A file that shrank
// (truncated) is read on from its new end. A file that appears (the job started) or takes the
// place of the one open (another inode under the path) is opened with safeOpen's checks again.
// The client's disconnect (the signal) ends it all, and every descriptor is closed.
import { once } from 'node:events';
import type { FileHandle } from 'node:fs/promises';
import { lstat } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { type SafeOpenResult, safeOpen } from './safe-open.ts';

export const STREAM_CHUNK_BYTES = 64 * 1024;

export interface FollowOptions {
  /** False once the job can write no more; asked before each pass over the file. */
  active(): boolean;
  intervalMs: number;
  /** Where to read the file from when it appears or is replaced (the same checks as the first open). */
  path: string;
  /** Opens the path again; safeOpen unless a test says otherwise. */
  reopen?: (path: string) => Promise<SafeOpenResult>;
}

export interface StreamOptions {
  out: Writable;
  /** Aborted when the client goes away. */
  signal: AbortSignal;
  /** The file, opened by safeOpen; undefined when it does not exist yet (only when following). */
  file?: FileHandle;
  /** Where to begin reading a file of `size` bytes when it is first opened (the tail's start). */
  startAt(handle: FileHandle, size: number): Promise<number>;
  /** Stop after this many bytes. */
  limitBytes?: number;
  chunkBytes?: number;
  follow?: FollowOptions;
}

export type StreamEnd =
  /** Without follow: read up to the size the file had when opened. */
  | { ended: 'eof'; bytes: number }
  | { ended: 'limit'; bytes: number }
  /** Following: the job can write no more and the file was read to its end. */
  | { ended: 'inactive'; bytes: number }
  | { ended: 'disconnected'; bytes: number }
  /** Following: a file that appeared or replaced the one open was refused or could not be opened. */
  | { ended: 'refused'; bytes: number; reason: string };

class Disconnected extends Error {}

async function send(out: Writable, chunk: Buffer, signal: AbortSignal, written: () => void): Promise<void> {
  if (signal.aborted) throw new Disconnected();
  if (out.write(chunk, (error) => error || written())) return;
  try {
    await once(out, 'drain', { signal });
  } catch {
    throw new Disconnected();
  }
}

async function pause(ms: number, signal: AbortSignal): Promise<void> {
  try {
    await sleep(ms, undefined, { signal });
  } catch {
    throw new Disconnected();
  }
}

export async function streamLog(options: StreamOptions): Promise<StreamEnd> {
  const { out, signal, follow } = options;
  const chunkBytes = options.chunkBytes ?? STREAM_CHUNK_BYTES;
  let left = options.limitBytes ?? Number.POSITIVE_INFINITY;
  let bytes = 0;
  let handle = options.file;
  /** Buffers whose writes have completed, to read into again. */
  const free: Buffer[] = [];

  /** Sends [from, to) or up to the end of the file, whichever comes first; the offset reached. */
  const copy = async (file: FileHandle, from: number, to: number): Promise<number> => {
    let position = from;
    while (position < to && left > 0) {
      const want = Math.min(chunkBytes, to - position, left);
      const buffer = free.pop() ?? Buffer.allocUnsafeSlow(chunkBytes);
      const { bytesRead } = await file.read(buffer, 0, want, position);
      if (bytesRead === 0) {
        free.push(buffer);
        break;
      }
      position += bytesRead;
      left -= bytesRead;
      bytes += bytesRead;
      await send(out, buffer.subarray(0, bytesRead), signal, () => free.push(buffer));
    }
    return position;
  };

  try {
    if (!follow) {
      if (!handle) return { ended: 'eof', bytes };
      const { size } = await handle.stat();
      await copy(handle, await options.startAt(handle, size), size);
      return { ended: left > 0 ? 'eof' : 'limit', bytes };
    }
    const reopen = follow.reopen ?? safeOpen;
    let position = 0;
    let identity: { dev: number; ino: number } | undefined;
    if (handle) {
      const stats = await handle.stat();
      identity = stats;
      position = await options.startAt(handle, stats.size);
    }
    for (;;) {
      if (signal.aborted) throw new Disconnected();
      const wasActive = follow.active();
      if (!handle) {
        const opened = await reopen(follow.path);
        if (opened.kind === 'refused' || opened.kind === 'failed')
          return { ended: 'refused', bytes, reason: opened.reason };
        if (opened.kind === 'open') {
          handle = opened.handle;
          identity = opened.stats;
          position = await options.startAt(handle, opened.stats.size);
        }
      }
      if (handle) {
        const { size } = await handle.stat();
        if (size < position) position = size; // truncated: read on from the new end
        position = await copy(handle, position, Number.POSITIVE_INFINITY);
        if (left <= 0) return { ended: 'limit', bytes };
        // Another file under the path (deleted and written again): read it from its start.
        const now = await lstat(follow.path).catch(() => undefined);
        if (now && identity && (now.ino !== identity.ino || now.dev !== identity.dev)) {
          const opened = await reopen(follow.path);
          if (opened.kind === 'refused' || opened.kind === 'failed')
            return { ended: 'refused', bytes, reason: opened.reason };
          if (opened.kind === 'open') {
            await handle.close();
            handle = opened.handle;
            identity = opened.stats;
            position = 0;
            continue; // read it now, whether or not the job is still active
          }
        }
      }
      if (!wasActive) return { ended: 'inactive', bytes };
      await pause(follow.intervalMs, signal);
    }
  } catch (error) {
    if (error instanceof Disconnected || signal.aborted) return { ended: 'disconnected', bytes };
    throw error;
  } finally {
    await handle?.close().catch(() => {});
  }
}
