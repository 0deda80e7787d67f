import { describe, expect, it } from 'vitest';
import { CursorError, decodeCursor, encodeCursor } from '../../../src/audit/cursor.ts';

const id = '3f2b8c9e-1d4a-4e6b-9c2f-0a1b2c3d4e5f';
const createdAt = new Date('2025-03-01T10:20:30.456Z');
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('pagination cursors', () => {
  it('round-trip as opaque URL-safe text', () => {
    const text = encodeCursor({ listing: 'trainings', createdAt, id });
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(text, 'trainings')).toEqual({ listing: 'trainings', createdAt, id });
  });

  it('belong to one listing', () => {
    const text = encodeCursor({ listing: 'predictions', createdAt, id });
    expect(() => decodeCursor(text, 'trainings')).toThrow(/another listing/);
    expect(decodeCursor(text, 'predictions').id).toBe(id);
  });

  it.each([
    ['empty', ''],
    ['not base64url', 'abc$%^'],
    ['padding and plus signs', 'ab+c/d=='],
    ['not JSON', Buffer.from('{nope').toString('base64url')],
    ['a JSON array', b64([1, 'p', createdAt.toISOString(), id])],
    ['JSON null', b64(null)],
    ['another version', b64({ v: 2, l: 't', c: createdAt.toISOString(), i: id })],
    ['an extra field', b64({ v: 1, l: 't', c: createdAt.toISOString(), i: id, x: 1 })],
    ['a missing id', b64({ v: 1, l: 't', c: createdAt.toISOString() })],
    ['an id that is no UUID', b64({ v: 1, l: 't', c: createdAt.toISOString(), i: "1' or '1'='1" })],
    ['a date that is no date', b64({ v: 1, l: 't', c: 'yesterday', i: id })],
    ['a non-canonical date', b64({ v: 1, l: 't', c: '2025-03-01T10:20:30Z', i: id })],
    ['an impossible date', b64({ v: 1, l: 't', c: '2025-02-30T10:20:30.000Z', i: id })],
    ['a numeric date', b64({ v: 1, l: 't', c: 1740824430456, i: id })],
    ['an unknown listing', b64({ v: 1, l: 'x', c: createdAt.toISOString(), i: id })],
    ['a huge text', 'A'.repeat(10_000)],
  ])('reject %s', (_, text) => {
    expect(() => decodeCursor(text, 'trainings')).toThrow(CursorError);
  });
});
