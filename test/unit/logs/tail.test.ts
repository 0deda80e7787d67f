import { writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tailStart } from '../../../src/logs/tail.ts';
import { tempDir } from './harness.ts';

const tmp = tempDir();
afterAll(() => tmp.remove());

let n = 0;
/** The text from the offset tailStart answers, for each chunk size (chunk boundaries anywhere). */
async function tail(text: string, lines: number, options: { maxScanBytes?: number } = {}): Promise<string[]> {
  const path = join(tmp.dir, `f${n++}`);
  writeFileSync(path, text);
  const handle = await open(path, 'r');
  try {
    const answers: string[] = [];
    for (const chunkBytes of [1, 2, 3, 7, 64 * 1024]) {
      const start = await tailStart(handle, Buffer.byteLength(text), lines, { chunkBytes, ...options });
      answers.push(Buffer.from(text).subarray(start).toString());
    }
    return [...new Set(answers)];
  } finally {
    await handle.close();
  }
}

describe('tailStart', () => {
  it('the last N lines of a file that ends with a newline', async () => {
    expect(await tail('a\nbb\nccc\n', 2)).toEqual(['bb\nccc\n']);
    expect(await tail('a\nbb\nccc\n', 1)).toEqual(['ccc\n']);
    expect(await tail('a\nbb\nccc\n', 3)).toEqual(['a\nbb\nccc\n']);
  });

  it('a final line without a newline counts as a line', async () => {
    expect(await tail('a\nbb\nccc', 1)).toEqual(['ccc']);
    expect(await tail('a\nbb\nccc', 2)).toEqual(['bb\nccc']);
  });

  it('more lines than the file has: all of it', async () => {
    expect(await tail('a\nbb\n', 10)).toEqual(['a\nbb\n']);
    expect(await tail('one line, no newline', 5)).toEqual(['one line, no newline']);
  });

  it('empty lines are lines', async () => {
    expect(await tail('a\n\n\nb\n', 3)).toEqual(['\n\nb\n']);
    expect(await tail('\n', 1)).toEqual(['\n']);
    expect(await tail('\n\n', 1)).toEqual(['\n']);
  });

  it('tail=0 and an empty file give nothing', async () => {
    expect(await tail('a\nb\n', 0)).toEqual(['']);
    expect(await tail('', 3)).toEqual(['']);
  });

  it('bytes are not decoded: a line of UTF-8 and invalid bytes is cut at the newline only', async () => {
    expect(await tail('x\nä€\ny\n', 2)).toEqual(['ä€\ny\n']);
  });

  it('looks back at most maxScanBytes: then from the first whole line inside them', async () => {
    // 10 lines of 10 bytes; a 35-byte window holds the last 3 whole lines and part of one.
    const text = Array.from({ length: 10 }, (_, i) => `line ${i}...\n`).join('');
    expect(await tail(text, 8, { maxScanBytes: 35 })).toEqual(['line 7...\nline 8...\nline 9...\n']);
    // One very long line: the window's start, in its middle.
    expect(await tail(`${'x'.repeat(100)}\n`, 1, { maxScanBytes: 10 })).toEqual(['xxxxxxxxx\n']);
  });
});
