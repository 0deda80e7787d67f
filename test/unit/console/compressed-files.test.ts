// Which encoding a browser gets, and the cache of compressed copies: made once per file version,
// bounded in bytes (the oldest copies go first).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { CompressedFiles, chooseEncoding, isCompressible } from '../../../src/console/compressed-files.ts';

describe('chooseEncoding', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['identity', undefined],
    ['deflate', undefined],
    ['gzip', 'gzip'],
    ['br', 'br'],
    ['gzip, deflate, br, zstd', 'br'],
    ['BR;Q=0.1', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0, gzip;q=0', undefined],
    ['*', 'br'],
    ['*;q=0, gzip', 'gzip'],
    ['br;q=0, *', 'gzip'],
  ] as const)('%j → %s', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });
});

describe('isCompressible', () => {
  it.each([
    ['.js', 1000, true],
    ['.css', 1000, true],
    ['.html', 1000, true],
    ['.png', 1000, false],
    ['.woff2', 1000, false],
    ['.js', 0, false],
    ['.js', 9 * 1024 * 1024, false],
  ] as const)('%s of %i bytes: %s', (extension, size, expected) => {
    expect(isCompressible(extension, size)).toBe(expected);
  });
});

describe('CompressedFiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'compressed-files-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, text: string, mtimeMs = 1) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return { path, size: Buffer.byteLength(text), mtimeMs };
  };

  it('compresses a file version once, and again when the file changes', async () => {
    const cache = new CompressedFiles();
    const v1 = file('a.js', 'x'.repeat(10_000));
    const first = cache.get(v1, 'gzip');
    expect(cache.get(v1, 'gzip')).toBe(first);
    expect(gunzipSync(await first).toString()).toBe('x'.repeat(10_000));
    const v2 = file('a.js', 'y'.repeat(10_000), 2);
    const second = cache.get(v2, 'gzip');
    expect(second).not.toBe(first);
    expect(gunzipSync(await second).toString()).toBe('y'.repeat(10_000));
  });

  it('keeps at most its bound in bytes, forgetting the oldest copies', async () => {
    // Random bytes in base64 compress to about 3 KB each: four do not fit in 10 KB.
    const text = () => randomBytes(3000).toString('base64');
    const cache = new CompressedFiles(10_000);
    const files = [1, 2, 3, 4].map((n) => file(`f${n}.js`, text()));
    const firstCopies: Promise<Buffer>[] = [];
    for (const f of files) {
      const copy = cache.get(f, 'br');
      firstCopies.push(copy);
      await copy;
    }
    expect(cache.cachedBytes).toBeLessThanOrEqual(10_000);
    expect(cache.cachedBytes).toBeGreaterThan(0);
    // The newest copy is still cached; the oldest was forgotten and is made again.
    const [oldest, , , newest] = files;
    if (!oldest || !newest) throw new Error('four files were made');
    expect(cache.get(newest, 'br')).toBe(firstCopies[3]);
    expect(cache.get(oldest, 'br')).not.toBe(firstCopies[0]);
  });
});
