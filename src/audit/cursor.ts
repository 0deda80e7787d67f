// Keyset pagination cursors: the (created_at, id) of the last row served, for one listing,
// as opaque base64url JSON. Decoding validates every part; a cursor is never trusted.
import { isUuid } from './rows.ts';

export type Listing = 'trainings' | 'predictions' | 'models';

export interface Cursor {
  listing: Listing;
  createdAt: Date;
  id: string;
}

const LISTING_CODE: Record<Listing, string> = { trainings: 't', predictions: 'p', models: 'm' };
const MAX_CURSOR_LENGTH = 256;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export class CursorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CursorError';
  }
}

export function encodeCursor(cursor: Cursor): string {
  const body = { v: 1, l: LISTING_CODE[cursor.listing], c: cursor.createdAt.toISOString(), i: cursor.id };
  return Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
}

/** Throws CursorError when the text is not a cursor this server issued for `listing`. */
export function decodeCursor(text: string, listing: Listing): Cursor {
  if (text.length === 0 || text.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(text))
    throw new CursorError('cursor is not a cursor returned by this API');
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw new CursorError('cursor is not a cursor returned by this API');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new CursorError('cursor is not a cursor returned by this API');
  const { v, l, c, i, ...rest } = body as Record<string, unknown>;
  if (v !== 1 || Object.keys(rest).length > 0 || typeof c !== 'string' || !isUuid(i))
    throw new CursorError('cursor is not a cursor returned by this API');
  if (l !== LISTING_CODE[listing]) throw new CursorError(`cursor belongs to another listing than ${listing}`);
  const createdAt = new Date(c);
  if (!ISO_INSTANT.test(c) || Number.isNaN(createdAt.getTime()) || createdAt.toISOString() !== c)
    throw new CursorError('cursor is not a cursor returned by this API');
  return { listing, createdAt, id: i.toLowerCase() };
}
