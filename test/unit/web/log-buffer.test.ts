// The log a detail page keeps is bounded in characters as well as lines: a line cut at 10,000
// characters with a visible marker, about 2 MB in all, the oldest lines dropped first.
import { describe, expect, it } from 'vitest';
import {
  appendLog,
  EMPTY_LOG,
  LINE_CUT_MARKER,
  logText,
  MAX_LINE_CHARS,
  MAX_LOG_CHARS,
} from '../../../web/src/detail/log-buffer.ts';

describe('log buffer bounds', () => {
  it('cuts a long line at 10,000 characters and says so', () => {
    const buffer = appendLog(EMPTY_LOG, `${'x'.repeat(25_000)}\nshort\n`);
    expect(buffer.lines[0]).toBe(`${'x'.repeat(MAX_LINE_CHARS)}${LINE_CUT_MARKER}`);
    expect(LINE_CUT_MARKER).toBe('… (line cut at 10,000 characters)');
    expect(buffer.lines[1]).toBe('short');
    expect(buffer.chars).toBe(MAX_LINE_CHARS + LINE_CUT_MARKER.length + 'short'.length);
  });

  it('cuts a long line that arrives in many chunks, and shows an unfinished one cut too', () => {
    let buffer = EMPTY_LOG;
    for (let i = 0; i < 30; i++) buffer = appendLog(buffer, 'y'.repeat(1_000));
    expect(logText(buffer)).toBe(`${'y'.repeat(MAX_LINE_CHARS)}${LINE_CUT_MARKER}`);
    buffer = appendLog(buffer, '\n');
    expect(buffer.lines).toEqual([`${'y'.repeat(MAX_LINE_CHARS)}${LINE_CUT_MARKER}`]);
    expect(buffer.partial).toBe('');
  });

  it('keeps at most the character budget, dropping the oldest lines', () => {
    let buffer = EMPTY_LOG;
    // 2,000 lines of 10,000 characters would be 20 MB within the line limit.
    for (let i = 0; i < 2_000; i++)
      buffer = appendLog(buffer, `${String(i).padStart(5, '0')}${'z'.repeat(9_995)}\n`);
    expect(buffer.chars).toBeLessThanOrEqual(MAX_LOG_CHARS);
    expect(buffer.chars).toBe(buffer.lines.reduce((n, line) => n + line.length, 0));
    expect(buffer.lines.length).toBe(MAX_LOG_CHARS / 10_000);
    expect(buffer.dropped).toBe(2_000 - buffer.lines.length);
    expect(buffer.lines.at(-1)?.startsWith('01999')).toBe(true);
    expect(logText(buffer).length).toBeLessThanOrEqual(MAX_LOG_CHARS + buffer.lines.length);
  });

  it('counts the unfinished line within the budget', () => {
    const buffer = appendLog(EMPTY_LOG, `a\nb\nc\n${'p'.repeat(90)}`, 10, 92);
    expect(buffer.lines).toEqual(['b', 'c']);
    expect(buffer.chars + buffer.partial.length).toBeLessThanOrEqual(92);
    expect(buffer.dropped).toBe(1);
  });

  it('keeps the line limit and the budget together in one chunk', () => {
    const buffer = appendLog(EMPTY_LOG, `${'a\n'.repeat(50)}${'bb\n'.repeat(50)}`, 60, 100);
    expect(buffer.lines).toEqual(Array.from({ length: 50 }, () => 'bb'));
    expect(buffer.chars).toBe(100);
    expect(buffer.dropped).toBe(50);
  });
});
