// Reading a progress file from an offset: whole lines only, bounded reads, overlong lines
// skipped, and nothing but a regular file opened.

import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_LINE_BYTES } from '../../../src/progress/protocol.ts';
import { NotARegularFile, type ReadPosition, readLines, START } from '../../../src/progress/report-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'report-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const start: ReadPosition = { offset: 0, skipping: false };

async function linesOf(path: string, from = start, maxBytes = 1 << 20) {
  const lines: [string, number][] = [];
  const outcome = await readLines(path, from, maxBytes, (line, offset) => {
    lines.push([line, offset]);
    return true;
  });
  return { lines, outcome };
}

describe('readLines', () => {
  it('reads whole lines with their offsets and leaves an unfinished one for later', async () => {
    const file = join(dir, 'a.jsonl');
    writeFileSync(file, 'one\ntwo\nthr');
    const first = await linesOf(file);
    expect(first.lines).toEqual([
      ['one', 0],
      ['two', 4],
    ]);
    expect(first.outcome).toMatchObject({ offset: 8, atEnd: true, size: 11 });
    appendFileSync(file, 'ee\n');
    const second = await linesOf(file, first.outcome);
    expect(second.lines).toEqual([['three', 8]]);
    expect(second.outcome.offset).toBe(14);
  });

  it('stops after maxBytes and goes on from there', async () => {
    const file = join(dir, 'b.jsonl');
    writeFileSync(
      file,
      Array.from({ length: 1000 }, (_, i) => `line ${i}`)
        .join('\n')
        .concat('\n'),
    );
    const seen: string[] = [];
    let position: ReadPosition = start;
    let reads = 0;
    for (;;) {
      reads++;
      const outcome = await readLines(file, position, 1000, (line) => {
        seen.push(line);
        return true;
      });
      position = outcome;
      if (outcome.atEnd) break;
    }
    expect(seen).toHaveLength(1000);
    expect(seen[999]).toBe('line 999');
    expect(reads).toBeGreaterThan(5);
  });

  it('skips a line longer than the limit, across reads, and reads the next', async () => {
    const file = join(dir, 'c.jsonl');
    writeFileSync(file, `first\n${'x'.repeat(MAX_LINE_BYTES * 3)}`);
    const first = await linesOf(file);
    expect(first.lines.map(([l]) => l)).toEqual(['first']);
    expect(first.outcome).toMatchObject({ skipping: true, overlong: 1 });
    appendFileSync(file, 'xx\nafter\n');
    const second = await linesOf(file, first.outcome);
    expect(second.lines.map(([l]) => l)).toEqual(['after']);
  });

  it('starts again from the top when the file shrank', async () => {
    const file = join(dir, 'd.jsonl');
    writeFileSync(file, 'a\n');
    const { outcome } = await linesOf(file, { offset: 100, skipping: false });
    expect(outcome).toMatchObject({ restarted: true, offset: 2 });
  });

  it('a missing file is nothing yet', async () => {
    const { lines, outcome } = await linesOf(join(dir, 'none.jsonl'), { offset: 5, skipping: false });
    expect(lines).toEqual([]);
    expect(outcome).toMatchObject({ size: 0, offset: 5, atEnd: true });
  });

  it('starts again from the top when another file took the path, even a longer one', async () => {
    const file = join(dir, 'e.jsonl');
    writeFileSync(file, 'old\n');
    const first = await linesOf(file);
    // Written beside it and renamed over it, as a job rewriting its file would: another inode.
    writeFileSync(`${file}.new`, 'new one\nand more\n');
    renameSync(`${file}.new`, file);
    const second = await linesOf(file, first.outcome);
    expect(second.outcome.restarted).toBe(true);
    expect(second.lines.map(([l]) => l)).toEqual(['new one', 'and more']);
  });

  it('stops after the line onLine refuses more at, and goes on from the next', async () => {
    const file = join(dir, 'f.jsonl');
    writeFileSync(file, 'a\nb\nc\n');
    const seen: string[] = [];
    const outcome = await readLines(file, START, 1 << 20, (line) => {
      seen.push(line);
      return seen.length < 2;
    });
    expect(seen).toEqual(['a', 'b']);
    expect(outcome).toMatchObject({ offset: 4, atEnd: false });
    expect((await linesOf(file, outcome)).lines).toEqual([['c', 4]]);
  });

  it('takes a last line without its newline only once the job has ended', async () => {
    const file = join(dir, 'g.jsonl');
    writeFileSync(file, 'a\nlast');
    expect((await linesOf(file)).lines.map(([l]) => l)).toEqual(['a']);
    const lines: string[] = [];
    const outcome = await readLines(
      file,
      START,
      1 << 20,
      (line) => {
        lines.push(line);
        return true;
      },
      true,
    );
    expect(lines).toEqual(['a', 'last']);
    expect(outcome).toMatchObject({ offset: 6, atEnd: true });
  });

  it('counts a line just over the limit as overlong, even inside one chunk', async () => {
    const file = join(dir, 'h.jsonl');
    writeFileSync(file, `${'y'.repeat(MAX_LINE_BYTES + 10)}\nok\n`);
    const { lines, outcome } = await linesOf(file);
    expect(lines.map(([l]) => l)).toEqual(['ok']);
    expect(outcome.overlong).toBe(1);
  });

  it('refuses a symbolic link and a FIFO', async () => {
    const target = join(dir, 'secret');
    writeFileSync(target, '{"metrics":{"secret":1}}\n');
    const link = join(dir, 'link.jsonl');
    symlinkSync(target, link);
    await expect(linesOf(link)).rejects.toBeInstanceOf(NotARegularFile);
    const fifo = join(dir, 'fifo.jsonl');
    execFileSync('mkfifo', [fifo]);
    await expect(linesOf(fifo)).rejects.toBeInstanceOf(NotARegularFile);
  });
});
