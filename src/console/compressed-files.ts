// Compressed copies of the console's text files (scripts, styles, HTML), made once per file and
// kept in a cache bounded in bytes: the first load of /ui/ shrinks from about 260 KiB to about
// 70 KiB (brotli) or 80 KiB (gzip), and no request pays for compressing it again. Files are
// immutable builds (a new build changes size or mtime, so the key), and the cache forgets the
// oldest copies beyond its bound.
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.map',
  '.svg',
  '.txt',
  '.webmanifest',
]);
/** Larger files are served as they are: compressing them would hold too much at once. */
const MAX_FILE_BYTES = 8 * 1024 * 1024;
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * The encoding to answer with, from an Accept-Encoding header: brotli when the client takes it,
 * else gzip, else none. An encoding with q=0 is refused (RFC 9110, 12.5.3).
 */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...parameters] = part.trim().toLowerCase().split(';');
    const q = parameters.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    accepted.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const takes = (name: Encoding) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (takes('br')) return 'br';
  if (takes('gzip')) return 'gzip';
  return undefined;
}

export function isCompressible(extension: string, size: number): boolean {
  return COMPRESSIBLE.has(extension) && size > 0 && size <= MAX_FILE_BYTES;
}

export class CompressedFiles {
  private readonly copies = new Map<string, Promise<Buffer>>();
  private readonly sizes = new Map<string, number>();
  private bytes = 0;
  private readonly maxBytes: number;

  constructor(maxBytes = 32 * 1024 * 1024) {
    this.maxBytes = maxBytes;
  }

  /** The file's bytes in `encoding`, compressed at most once while it stays cached. */
  get(file: { path: string; size: number; mtimeMs: number }, encoding: Encoding): Promise<Buffer> {
    const key = `${encoding}\0${file.path}\0${file.size}\0${file.mtimeMs}`;
    const cached = this.copies.get(key);
    if (cached) return cached;
    const made = readFile(file.path).then((data) =>
      encoding === 'br'
        ? brotli(data, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: 11,
              [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
            },
          })
        : gzipAsync(data, { level: 9 }),
    );
    this.copies.set(key, made);
    made.then(
      (buffer) => this.account(key, buffer.length),
      () => this.copies.delete(key),
    );
    return made;
  }

  get cachedBytes(): number {
    return this.bytes;
  }

  private account(key: string, size: number): void {
    if (!this.copies.has(key)) return;
    this.sizes.set(key, size);
    this.bytes += size;
    // Map keeps insertion order: the first keys are the oldest copies.
    for (const [oldest, oldSize] of this.sizes) {
      if (this.bytes <= this.maxBytes) break;
      this.sizes.delete(oldest);
      this.copies.delete(oldest);
      this.bytes -= oldSize;
    }
  }
}
