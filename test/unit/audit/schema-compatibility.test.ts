// What a build does with the database's schema at start-up: migrate, run a newer schema that says
// this build is still compatible with it, or refuse with a message that names the database's
// schema, the oldest compatible one, and this build's.
import { describe, expect, it } from 'vitest';
import {
  decideSchema,
  refusalMessage,
  type SchemaDecision,
  SchemaIncompatibleError,
} from '../../../src/audit/migrations/compatibility.ts';
import { LATEST_MIGRATION, migrations, OLDEST_COMPATIBLE } from '../../../src/audit/migrations/index.ts';

const KNOWN = ['0001-a', '0002-b', '0003-c'];
const compat = (entries: Record<string, string>) => new Map(Object.entries(entries));

const CASES: [string, string[], Record<string, string>, Partial<SchemaDecision>][] = [
  ['an empty database: migrate everything', [], {}, { action: 'migrate', pending: KNOWN }],
  ['behind: migrate the rest', ['0001-a'], {}, { action: 'migrate', pending: ['0002-b', '0003-c'] }],
  ['at this build: nothing to do', KNOWN, {}, { action: 'migrate', pending: [] }],
  [
    'one newer migration, compatible with this build',
    [...KNOWN, '0004-d'],
    { '0004-d': '0003-c' },
    { action: 'run', database: '0004-d', build: '0003-c', unknown: ['0004-d'], oldestCompatible: '0003-c' },
  ],
  [
    'compatible with an older build than this one',
    [...KNOWN, '0004-d'],
    { '0004-d': '0001-a' },
    { action: 'run', oldestCompatible: '0001-a' },
  ],
  [
    'two newer migrations, both compatible: the strictest is reported',
    [...KNOWN, '0004-d', '0005-e'],
    { '0004-d': '0002-b', '0005-e': '0003-c' },
    { action: 'run', database: '0005-e', oldestCompatible: '0003-c', unknown: ['0004-d', '0005-e'] },
  ],
  [
    'newer, and needs a build that knows it',
    [...KNOWN, '0004-d'],
    { '0004-d': '0004-d' },
    { action: 'refuse', database: '0004-d', build: '0003-c', oldestCompatible: '0004-d', missing: [] },
  ],
  [
    'one of two newer migrations is incompatible',
    [...KNOWN, '0004-d', '0005-e'],
    { '0004-d': '0003-c', '0005-e': '0005-e' },
    { action: 'refuse', database: '0005-e', oldestCompatible: '0005-e' },
  ],
  [
    'newer, with no compatibility recorded (e.g. by hand): refused',
    [...KNOWN, '0004-d'],
    {},
    { action: 'refuse', oldestCompatible: null },
  ],
  [
    'another line of releases: it lacks one of ours',
    ['0001-a', '0002-b', '0003-x'],
    { '0003-x': '0002-b' },
    { action: 'refuse', database: '0003-x', missing: ['0003-c'], oldestCompatible: '0002-b' },
  ],
];

describe('decideSchema', () => {
  it.each(CASES)('%s', (_, executed, rows, expected) => {
    expect(decideSchema({ known: KNOWN, executed, compatibility: compat(rows) })).toMatchObject(expected);
  });

  it('names the database schema, the oldest compatible one and this build in a refusal', () => {
    const decision = decideSchema({
      known: KNOWN,
      executed: [...KNOWN, '0004-d', '0005-e'],
      compatibility: compat({ '0004-d': '0003-c', '0005-e': '0005-e' }),
    });
    if (decision.action !== 'refuse') throw new Error(`expected a refusal, got ${decision.action}`);
    const message = refusalMessage(decision);
    expect(message).toBe(
      "the database's schema 0005-e is newer than this build's 0003-c and works with operators whose " +
        'schema is 0005-e or later; nothing was migrated or written: run a release that knows it',
    );
    const error = new SchemaIncompatibleError(decision);
    expect(error.message).toBe(message);
    expect(error.permanent).toBe(true);
  });
});

describe("this build's migrations", () => {
  it('each declares an oldest compatible schema it knows, never a later one', () => {
    const names = Object.keys(migrations);
    expect(names).toEqual([...names].sort());
    expect(LATEST_MIGRATION).toBe(names.at(-1));
    names.forEach((name, i) => {
      const oldest = OLDEST_COMPATIBLE.get(name) ?? '';
      expect(names.indexOf(oldest)).toBeGreaterThanOrEqual(0);
      expect(names.indexOf(oldest)).toBeLessThanOrEqual(i);
      // Cumulative: a later migration is never compatible with more than an earlier one.
      const previous = OLDEST_COMPATIBLE.get(names[i - 1] ?? '') ?? '';
      expect(oldest >= previous).toBe(true);
    });
  });
});
