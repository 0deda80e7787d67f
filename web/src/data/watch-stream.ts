// List, then watch, the way an informer does: a Kubernetes list followed by a watch from its
// resourceVersion, read from the newline-delimited stream with fetch. A watch that ends is
// restarted from the last resourceVersion; 410 Gone lists again; failures back off 1 s to 30 s;
// 401 and 403 are reported once and end it.
import { MAX_WATCH_SECONDS } from '../../../src/console/kube-paths.ts';
import { ConsoleError, type ListWatchHandlers } from './console-data.ts';
import { asConsoleError, type Http, isAbort, sleep } from './http.ts';
import {
  applyWatchEvent,
  itemsOf,
  LineSplitter,
  parseWatchLine,
  resetFromList,
  type WatchedObject,
} from './watch-events.ts';

/**
 * The API server closes a watch after this long; the console then watches again. The
 * pass-through's own bound (it lowers any longer timeoutSeconds to it).
 */
export const WATCH_TIMEOUT_SECONDS = MAX_WATCH_SECONDS;
const MIN_BACKOFF_MS = 1_000;
const MAX_BACKOFF_MS = 30_000;
/** The shortest time between two sets handed to the page. */
export const RENDER_INTERVAL_MS = 250;

interface List<T> {
  metadata?: { resourceVersion?: string };
  items?: T[];
}

class Relist extends Error {}

/** Starts listing and watching `path` (an API server collection path under the pass-through); returns stop. */
export function listWatch<T extends WatchedObject>(
  http: Http,
  path: string,
  handlers: ListWatchHandlers<T>,
): () => void {
  const controller = new AbortController();
  void run(http, path, handlers, controller.signal);
  return () => controller.abort();
}

async function run<T extends WatchedObject>(
  http: Http,
  path: string,
  handlers: ListWatchHandlers<T>,
  signal: AbortSignal,
): Promise<void> {
  const items = new Map<string, T>();
  /** Where to watch from; undefined means list first. Each event moves it on, even mid-stream. */
  const at: { resourceVersion: string | undefined } = { resourceVersion: undefined };
  let backoff = MIN_BACKOFF_MS;
  /** After a reported error, the next successful (re)connection shows the set again, clearing it. */
  let failing = false;
  // At most one new set every RENDER_INTERVAL_MS: a thousand running Trainings each writing
  // progress every 10 s are a hundred events a second, and each set re-renders the page.
  let lastShown = Number.NEGATIVE_INFINITY;
  let pending: ReturnType<typeof setTimeout> | undefined;
  const showNow = () => {
    pending = undefined;
    lastShown = Date.now();
    if (!signal.aborted) handlers.onItems(itemsOf(items));
  };
  const show = () => {
    if (pending !== undefined) return;
    const wait = lastShown + RENDER_INTERVAL_MS - Date.now();
    if (wait <= 0) showNow();
    else pending = setTimeout(showNow, wait);
  };
  signal.addEventListener('abort', () => clearTimeout(pending));
  while (!signal.aborted) {
    try {
      if (at.resourceVersion === undefined) {
        const list = await http.json<List<T>>(path, { signal });
        resetFromList(items, list.items ?? []);
        at.resourceVersion = list.metadata?.resourceVersion ?? '';
        failing = false;
        show();
      }
      const started = Date.now();
      const outcome = await watch(
        http,
        path,
        at as { resourceVersion: string },
        items,
        signal,
        () => {
          if (failing) {
            failing = false;
            show();
          }
        },
        show,
      );
      // A watch the server ends at once, again and again, must not become a busy loop.
      if (!outcome.sawEvents && Date.now() - started < MIN_BACKOFF_MS) {
        await sleep(backoff, signal);
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
      } else {
        backoff = MIN_BACKOFF_MS;
      }
    } catch (error) {
      if (signal.aborted || isAbort(error)) return;
      const consoleError = error instanceof Relist ? null : asConsoleError(error);
      if (consoleError === null || consoleError.status === 410) {
        at.resourceVersion = undefined;
        continue;
      }
      failing = true;
      handlers.onError(consoleError);
      // 401: the token is no longer accepted; 403: the person may not read this. Asking again
      // would fail the same way, each time costing the API server a TokenReview: stop here.
      if (consoleError.status === 401 || consoleError.status === 403) return;
      await sleep(backoff, signal);
      backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
    }
  }
}

/** One watch request, read to its end, moving `at` on with every event. */
async function watch<T extends WatchedObject>(
  http: Http,
  path: string,
  at: { resourceVersion: string },
  items: Map<string, T>,
  signal: AbortSignal,
  onConnected: () => void,
  show: () => void,
): Promise<{ sawEvents: boolean }> {
  const query = new URLSearchParams({
    watch: '1',
    allowWatchBookmarks: 'true',
    timeoutSeconds: String(WATCH_TIMEOUT_SECONDS),
  });
  if (at.resourceVersion !== '') query.set('resourceVersion', at.resourceVersion);
  const response = await http.request(`${path}${path.includes('?') ? '&' : '?'}${query}`, { signal });
  onConnected();
  let sawEvents = false;
  if (!response.body) return { sawEvents };
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const splitter = new LineSplitter();
  const handle = (lines: string[]) => {
    let changed = false;
    for (const line of lines) {
      sawEvents = true;
      const outcome = applyWatchEvent(items, parseWatchLine<T>(line));
      if (outcome.resourceVersion !== undefined) at.resourceVersion = outcome.resourceVersion;
      if (outcome.action === 'relist') throw new Relist();
      if (outcome.action === 'error') {
        // What came before the error is true: show it, then report.
        if (changed) show();
        throw new ConsoleError(outcome.code, outcome.message);
      }
      if (outcome.action === 'changed') changed = true;
    }
    // One render per chunk, however many events it held.
    if (changed) show();
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      handle(splitter.push(value));
    }
    handle(splitter.flush());
  } finally {
    reader.cancel().catch(() => {});
  }
  return { sawEvents };
}
