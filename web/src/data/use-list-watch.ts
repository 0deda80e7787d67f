// A live list for a page: ConsoleData.listWatch once per namespace (or once for every namespace),
// merged, with each namespace's error kept beside the items the others gave.
import { useEffect, useState } from 'react';
import type { ConsoleError, ListSelector, ResourceKind, ResourceOf } from './console-data.ts';
import { useConsoleData } from './context.tsx';

export interface NamespaceError {
  /** undefined: the cluster-wide list. */
  namespace: string | undefined;
  error: ConsoleError;
}

export interface LiveList<T> {
  /** null until every namespace has answered once (with items or an error). */
  items: T[] | null;
  errors: NamespaceError[];
}

const ALL = '\u0000all';

/**
 * `namespaces` undefined or empty: one cluster-wide watch (`kind` cluster-scoped, or a person who
 * may list every namespace). Otherwise one watch per namespace. `enabled` false watches nothing.
 * `selector` narrows every list and watch (a detail page watches its one object, not the namespace);
 * a different selector starts the watches again.
 */
export function useListWatch<K extends ResourceKind>(
  kind: K,
  namespaces: readonly string[] | undefined,
  enabled = true,
  selector?: ListSelector,
): LiveList<ResourceOf[K]> {
  const data = useConsoleData();
  const keys = namespaces === undefined || namespaces.length === 0 ? [ALL] : [...namespaces];
  const joined = keys.join('\n');
  const fieldSelector = selector?.fieldSelector ?? '';
  const labelSelector = selector?.labelSelector ?? '';
  const stateKeyNow = `${kind}\n${fieldSelector}\n${labelSelector}\n${joined}`;
  const [state, setState] = useState<{
    key: string;
    items: Map<string, ResourceOf[K][]>;
    errors: Map<string, ConsoleError>;
  }>({ key: '', items: new Map(), errors: new Map() });

  useEffect(() => {
    const stateKey = `${kind}\n${fieldSelector}\n${labelSelector}\n${joined}`;
    setState({ key: stateKey, items: new Map(), errors: new Map() });
    if (!enabled) return;
    const narrowed: ListSelector = {
      ...(fieldSelector === '' ? {} : { fieldSelector }),
      ...(labelSelector === '' ? {} : { labelSelector }),
    };
    const stops = joined.split('\n').map((ns) =>
      data.listWatch(
        kind,
        ns === ALL ? undefined : ns,
        {
          onItems(items) {
            setState((before) => {
              if (before.key !== stateKey) return before;
              const next = new Map(before.items).set(ns, items);
              const errors = new Map(before.errors);
              errors.delete(ns);
              return { key: stateKey, items: next, errors };
            });
          },
          onError(error) {
            setState((before) =>
              before.key !== stateKey
                ? before
                : { key: stateKey, items: before.items, errors: new Map(before.errors).set(ns, error) },
            );
          },
        },
        narrowed,
      ),
    );
    return () => {
      for (const stop of stops) stop();
    };
  }, [data, kind, joined, enabled, fieldSelector, labelSelector]);

  const current = state.key === stateKeyNow;
  const answered = current && keys.every((ns) => state.items.has(ns) || state.errors.has(ns));
  const errors: NamespaceError[] = current
    ? [...state.errors].map(([ns, error]) => ({ namespace: ns === ALL ? undefined : ns, error }))
    : [];
  return {
    items: answered ? keys.flatMap((ns) => state.items.get(ns) ?? []) : null,
    errors,
  };
}
