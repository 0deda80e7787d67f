// The namespaces a session watches: typed names are checked as namespace names before anything
// is asked, and discovery keeps no more than the Overview can watch within a person's limit.
import { describe, expect, it } from 'vitest';
import { DEFAULT_WATCHES_PER_USER } from '../../../src/console/watch-limiter.ts';
import type { ConsoleData } from '../../../web/src/data/console-data.ts';
import {
  discoverNamespaces,
  MAX_WATCHED_NAMESPACES,
  NeedNamespaces,
  namespacesProblem,
} from '../../../web/src/data/namespaces.ts';

/** A ConsoleData that answers only what discovery asks. */
function fakeData(visible: string[] | null, allowed: (ns: string) => boolean) {
  const asked: string[] = [];
  const data = {
    namespaces: async () => visible,
    can: async (_verb: string, _kind: string, ns: string) => {
      asked.push(ns);
      return allowed(ns);
    },
  } as unknown as ConsoleData;
  return { data, asked };
}

const names = (n: number) => Array.from({ length: n }, (_, i) => `ns-${String(i).padStart(3, '0')}`);

describe('namespacesProblem', () => {
  it('accepts namespace names', () => {
    expect(namespacesProblem([])).toBeUndefined();
    expect(namespacesProblem(['team-a', 'b2'])).toBeUndefined();
  });

  it.each([['Team-A'], ['team_a'], ['-a'], ['a'.repeat(64)]])('refuses %j, naming it', (ns) => {
    expect(namespacesProblem(['ok', ns])).toContain(`"${ns}"`);
  });

  it('refuses more namespaces than the watch limit lets the Overview follow', () => {
    expect(MAX_WATCHED_NAMESPACES).toBe(DEFAULT_WATCHES_PER_USER / 2);
    expect(namespacesProblem(names(MAX_WATCHED_NAMESPACES))).toBeUndefined();
    expect(namespacesProblem(names(MAX_WATCHED_NAMESPACES + 1))).toMatch(/at most/);
  });
});

describe('discoverNamespaces', () => {
  it('every namespace when Trainings may be listed cluster-wide', async () => {
    const { data } = fakeData(['a'], (ns) => ns === '');
    await expect(discoverNamespaces(data)).resolves.toEqual({ namespaces: [] });
  });

  it('the namespaces that allow listing, with no notice when they are few', async () => {
    const { data } = fakeData(['a', 'b', 'c'], (ns) => ns !== 'b' && ns !== '');
    await expect(discoverNamespaces(data)).resolves.toEqual({ namespaces: ['a', 'c'] });
  });

  it('keeps the first ones and says so when there are more than the limit', async () => {
    const visible = names(100);
    const { data, asked } = fakeData(visible, (ns) => ns !== '');
    const found = await discoverNamespaces(data);
    expect(found.namespaces).toEqual(visible.slice(0, MAX_WATCHED_NAMESPACES));
    expect(found.notice).toContain(`only the first ${MAX_WATCHED_NAMESPACES}`);
    expect(found.notice).toContain('name the namespaces you work in');
    // It stops asking once it knows there are more (the cluster-wide check, then two batches).
    expect(asked.length).toBeLessThanOrEqual(1 + 2 * MAX_WATCHED_NAMESPACES);
  });

  it('asks the person to name namespaces when none can be found', async () => {
    await expect(discoverNamespaces(fakeData(null, () => false).data)).rejects.toBeInstanceOf(NeedNamespaces);
    await expect(discoverNamespaces(fakeData(['a'], () => false).data)).rejects.toBeInstanceOf(
      NeedNamespaces,
    );
  });
});
