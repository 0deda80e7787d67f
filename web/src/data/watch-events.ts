// What a Kubernetes watch stream means for the set of objects a page shows, as pure functions:
// splitting the newline-delimited stream into lines, reading each line as an event, and applying
// the event to the current set. No DOM, no fetch: unit-tested in test/unit/web/.

export interface WatchedObject {
  metadata?: { uid?: string; name?: string; namespace?: string; resourceVersion?: string } | undefined;
}

/** The Kubernetes Status an ERROR event carries (410 Gone when the resourceVersion is too old). */
export interface WatchStatus {
  kind?: string;
  code?: number;
  reason?: string;
  message?: string;
}

export type WatchEvent<T> =
  | { type: 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK'; object: T }
  | { type: 'ERROR'; object: WatchStatus };

/** What the watcher does after an event. */
export type WatchOutcome =
  /** The set changed: show it. */
  | { action: 'changed' }
  /** Nothing to show (a bookmark, or an event that changed nothing). */
  | { action: 'none' }
  /** The resourceVersion is gone (410): list again, then watch from the new list. */
  | { action: 'relist' }
  /**
   * The API server reported another error: report it, back off, then watch again from the last
   * resourceVersion seen (a 401 or 403 ends the watch instead; watch-stream.ts).
   */
  | { action: 'error'; code: number; message: string };

/** Splits text arriving in chunks into complete lines; a partial line waits for the next chunk. */
export class LineSplitter {
  #rest = '';

  push(chunk: string): string[] {
    const text = this.#rest + chunk;
    const lines = text.split('\n');
    this.#rest = lines.pop() ?? '';
    return lines.map((line) => line.replace(/\r$/, '')).filter((line) => line.trim() !== '');
  }

  /** The last line when the stream ends without a newline. */
  flush(): string[] {
    const rest = this.#rest.trim();
    this.#rest = '';
    return rest === '' ? [] : [rest];
  }
}

const EVENT_TYPES = new Set(['ADDED', 'MODIFIED', 'DELETED', 'BOOKMARK', 'ERROR']);

/** One line of the stream as an event; throws on a line that is not one (the stream is broken). */
export function parseWatchLine<T>(line: string): WatchEvent<T> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    throw new Error(`the watch stream sent a line that is not JSON: ${line.slice(0, 120)}`);
  }
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    !EVENT_TYPES.has((parsed as { type?: unknown }).type as string) ||
    typeof (parsed as { object?: unknown }).object !== 'object' ||
    (parsed as { object?: unknown }).object === null
  ) {
    throw new Error(`the watch stream sent something that is not a watch event: ${line.slice(0, 120)}`);
  }
  return parsed as WatchEvent<T>;
}

/** The key of an object in the set: its uid, else namespace/name. */
export function keyOf(object: WatchedObject): string {
  const meta = object.metadata ?? {};
  return meta.uid ?? `${meta.namespace ?? ''}/${meta.name ?? ''}`;
}

/** The set as a list, ordered by namespace, then name. */
export function itemsOf<T extends WatchedObject>(items: ReadonlyMap<string, T>): T[] {
  return [...items.values()].sort((a, b) => {
    const an = a.metadata?.namespace ?? '';
    const bn = b.metadata?.namespace ?? '';
    if (an !== bn) return an < bn ? -1 : 1;
    const aName = a.metadata?.name ?? '';
    const bName = b.metadata?.name ?? '';
    return aName < bName ? -1 : aName > bName ? 1 : 0;
  });
}

/** Replaces the set with a list's items. */
export function resetFromList<T extends WatchedObject>(items: Map<string, T>, list: readonly T[]): void {
  items.clear();
  for (const item of list) items.set(keyOf(item), item);
}

/**
 * Applies one event to `items` (changed in place) and says what to do next. `resourceVersion`
 * is where to watch from afterwards: the event object's own, for every event but ERROR.
 */
export function applyWatchEvent<T extends WatchedObject>(
  items: Map<string, T>,
  event: WatchEvent<T>,
): WatchOutcome & { resourceVersion?: string } {
  if (event.type === 'ERROR') {
    const status = event.object;
    if (status.code === 410 || status.reason === 'Expired' || status.reason === 'Gone') {
      return { action: 'relist' };
    }
    return {
      action: 'error',
      code: status.code ?? 500,
      message: status.message ?? status.reason ?? 'the watch failed',
    };
  }
  const object = event.object;
  const resourceVersion = object.metadata?.resourceVersion;
  const at = resourceVersion === undefined ? {} : { resourceVersion };
  switch (event.type) {
    case 'BOOKMARK':
      return { action: 'none', ...at };
    case 'ADDED':
    case 'MODIFIED': {
      const key = keyOf(object);
      const before = items.get(key);
      items.set(key, object);
      const same =
        before !== undefined &&
        resourceVersion !== undefined &&
        before.metadata?.resourceVersion === resourceVersion;
      return { action: same ? 'none' : 'changed', ...at };
    }
    case 'DELETED':
      return { action: items.delete(keyOf(object)) ? 'changed' : 'none', ...at };
  }
}
