// The console's watch logic as pure functions: lines out of chunks, events out of lines, and what
// each event does to the set a page shows (web/src/data/watch-events.ts).
import { describe, expect, it } from 'vitest';
import {
  applyWatchEvent,
  itemsOf,
  keyOf,
  LineSplitter,
  parseWatchLine,
  resetFromList,
  type WatchEvent,
} from '../../../web/src/data/watch-events.ts';

interface Obj {
  metadata: { uid?: string; name: string; namespace?: string; resourceVersion?: string };
  spec?: { n: number };
}

const obj = (uid: string, name: string, resourceVersion: string, n = 0, namespace = 'team-a'): Obj => ({
  metadata: { uid, name, namespace, resourceVersion },
  spec: { n },
});

describe('LineSplitter', () => {
  const cases: { name: string; chunks: string[]; lines: string[]; rest: string[] }[] = [
    {
      name: 'one line per chunk',
      chunks: ['{"a":1}\n', '{"b":2}\n'],
      lines: ['{"a":1}', '{"b":2}'],
      rest: [],
    },
    {
      name: 'two lines in one chunk',
      chunks: ['{"a":1}\n{"b":2}\n'],
      lines: ['{"a":1}', '{"b":2}'],
      rest: [],
    },
    {
      name: 'a line split across chunks',
      chunks: ['{"a"', ':1}\n{"b":', '2}\n'],
      lines: ['{"a":1}', '{"b":2}'],
      rest: [],
    },
    {
      name: 'a last line without newline',
      chunks: ['{"a":1}\n{"b":2}'],
      lines: ['{"a":1}'],
      rest: ['{"b":2}'],
    },
    {
      name: 'CRLF and blank lines',
      chunks: ['{"a":1}\r\n\r\n', '\n{"b":2}\r\n'],
      lines: ['{"a":1}', '{"b":2}'],
      rest: [],
    },
    { name: 'nothing', chunks: ['', ''], lines: [], rest: [] },
    {
      name: 'a split multi-byte text stays whole',
      chunks: ['{"m":"é', 'ß"}\n'],
      lines: ['{"m":"éß"}'],
      rest: [],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const splitter = new LineSplitter();
      const lines = c.chunks.flatMap((chunk) => splitter.push(chunk));
      expect(lines).toEqual(c.lines);
      expect(splitter.flush()).toEqual(c.rest);
      expect(splitter.flush()).toEqual([]);
    });
  }
});

describe('parseWatchLine', () => {
  it('reads each event type', () => {
    for (const type of ['ADDED', 'MODIFIED', 'DELETED', 'BOOKMARK', 'ERROR']) {
      expect(parseWatchLine(JSON.stringify({ type, object: { metadata: {} } })).type).toBe(type);
    }
  });
  const broken: { name: string; line: string; message: RegExp }[] = [
    { name: 'not JSON', line: '{"type":', message: /not JSON/ },
    { name: 'an unknown type', line: '{"type":"CHANGED","object":{}}', message: /not a watch event/ },
    { name: 'no object', line: '{"type":"ADDED"}', message: /not a watch event/ },
    { name: 'a null object', line: '{"type":"ADDED","object":null}', message: /not a watch event/ },
    { name: 'not an object', line: '"ADDED"', message: /not a watch event/ },
  ];
  for (const c of broken) {
    it(`refuses ${c.name}`, () => {
      expect(() => parseWatchLine(c.line)).toThrow(c.message);
    });
  }
});

describe('applyWatchEvent', () => {
  const start = () => {
    const items = new Map<string, Obj>();
    resetFromList(items, [obj('u1', 'one', '10'), obj('u2', 'two', '11')]);
    return items;
  };
  const cases: {
    name: string;
    event: WatchEvent<Obj>;
    outcome: ReturnType<typeof applyWatchEvent>;
    names: string[];
    n?: [string, number];
  }[] = [
    {
      name: 'ADDED adds',
      event: { type: 'ADDED', object: obj('u3', 'three', '12') },
      outcome: { action: 'changed', resourceVersion: '12' },
      names: ['one', 'three', 'two'],
    },
    {
      name: 'MODIFIED replaces by uid',
      event: { type: 'MODIFIED', object: obj('u1', 'one', '13', 5) },
      outcome: { action: 'changed', resourceVersion: '13' },
      names: ['one', 'two'],
      n: ['u1', 5],
    },
    {
      name: 'MODIFIED of an object not seen yet adds it',
      event: { type: 'MODIFIED', object: obj('u9', 'nine', '14') },
      outcome: { action: 'changed', resourceVersion: '14' },
      names: ['nine', 'one', 'two'],
    },
    {
      name: 'ADDED again at the same resourceVersion changes nothing (a replayed event)',
      event: { type: 'ADDED', object: obj('u1', 'one', '10') },
      outcome: { action: 'none', resourceVersion: '10' },
      names: ['one', 'two'],
    },
    {
      name: 'DELETED removes',
      event: { type: 'DELETED', object: obj('u2', 'two', '15') },
      outcome: { action: 'changed', resourceVersion: '15' },
      names: ['one'],
    },
    {
      name: 'DELETED of an unknown object changes nothing but moves on',
      event: { type: 'DELETED', object: obj('u7', 'seven', '16') },
      outcome: { action: 'none', resourceVersion: '16' },
      names: ['one', 'two'],
    },
    {
      name: 'a recreated object (same name, new uid) sits beside the deleted one until its DELETED',
      event: { type: 'ADDED', object: obj('u1b', 'one', '17') },
      outcome: { action: 'changed', resourceVersion: '17' },
      names: ['one', 'one', 'two'],
    },
    {
      name: 'BOOKMARK only moves the resourceVersion',
      event: { type: 'BOOKMARK', object: { metadata: { name: '', resourceVersion: '99' } } },
      outcome: { action: 'none', resourceVersion: '99' },
      names: ['one', 'two'],
    },
    {
      name: 'ERROR 410 lists again',
      event: {
        type: 'ERROR',
        object: { kind: 'Status', code: 410, reason: 'Expired', message: 'too old resource version' },
      },
      outcome: { action: 'relist' },
      names: ['one', 'two'],
    },
    {
      name: 'ERROR reason Expired without a code lists again',
      event: { type: 'ERROR', object: { kind: 'Status', reason: 'Expired' } },
      outcome: { action: 'relist' },
      names: ['one', 'two'],
    },
    {
      name: 'another ERROR is reported with its message',
      event: { type: 'ERROR', object: { kind: 'Status', code: 500, message: 'etcd is down' } },
      outcome: { action: 'error', code: 500, message: 'etcd is down' },
      names: ['one', 'two'],
    },
    {
      name: 'an ERROR without code or message still says something',
      event: { type: 'ERROR', object: {} },
      outcome: { action: 'error', code: 500, message: 'the watch failed' },
      names: ['one', 'two'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const items = start();
      expect(applyWatchEvent(items, c.event)).toEqual(c.outcome);
      expect(itemsOf(items).map((item) => item.metadata.name)).toEqual(c.names);
      if (c.n) expect(items.get(c.n[0])?.spec?.n).toBe(c.n[1]);
    });
  }

  it('applies a whole stream in order', () => {
    const items = new Map<string, Obj>();
    const splitter = new LineSplitter();
    const stream =
      `${JSON.stringify({ type: 'ADDED', object: obj('a', 'a', '1') })}\n` +
      `${JSON.stringify({ type: 'ADDED', object: obj('b', 'b', '2') })}\n` +
      `${JSON.stringify({ type: 'MODIFIED', object: obj('a', 'a', '3', 7) })}\n` +
      `${JSON.stringify({ type: 'DELETED', object: obj('b', 'b', '4') })}\n` +
      `${JSON.stringify({ type: 'BOOKMARK', object: { metadata: { name: '', resourceVersion: '5' } } })}\n`;
    let resourceVersion = '0';
    // Arbitrary chunk boundaries, as a network delivers them.
    for (let i = 0; i < stream.length; i += 7) {
      for (const line of splitter.push(stream.slice(i, i + 7))) {
        const outcome = applyWatchEvent(items, parseWatchLine<Obj>(line));
        if (outcome.resourceVersion) resourceVersion = outcome.resourceVersion;
      }
    }
    expect(resourceVersion).toBe('5');
    expect(itemsOf(items)).toEqual([obj('a', 'a', '3', 7)]);
  });
});

describe('keyOf and itemsOf', () => {
  it('keys by uid, else namespace/name', () => {
    expect(keyOf(obj('u1', 'one', '1'))).toBe('u1');
    expect(keyOf({ metadata: { name: 'x', namespace: 'ns' } })).toBe('ns/x');
    expect(keyOf({ metadata: { name: 'x' } })).toBe('/x');
    expect(keyOf({})).toBe('/');
  });
  it('orders by namespace, then name', () => {
    const items = new Map<string, Obj>();
    resetFromList(items, [
      obj('1', 'b', '1', 0, 'team-b'),
      obj('2', 'z', '1', 0, 'team-a'),
      obj('3', 'a', '1', 0, 'team-b'),
      obj('4', 'c', '1', 0, 'team-a'),
    ]);
    expect(itemsOf(items).map((o) => `${o.metadata.namespace}/${o.metadata.name}`)).toEqual([
      'team-a/c',
      'team-a/z',
      'team-b/a',
      'team-b/b',
    ]);
  });
  it('a list replaces the whole set', () => {
    const items = new Map<string, Obj>();
    resetFromList(items, [obj('1', 'a', '1'), obj('2', 'b', '1')]);
    resetFromList(items, [obj('3', 'c', '5')]);
    expect([...items.keys()]).toEqual(['3']);
  });
});
