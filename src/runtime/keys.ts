// Work-queue keys: "namespace/name" for namespaced objects, "name" for cluster-scoped ones
// (Kubernetes names never contain a slash, so the split is unambiguous).

export function objectKey(o: { metadata?: { namespace?: string; name?: string } }): string {
  const name = o.metadata?.name;
  if (!name) throw new Error('cannot key an object without metadata.name');
  const namespace = o.metadata?.namespace;
  return namespace ? `${namespace}/${name}` : name;
}

export function parseKey(key: string): { namespace: string | undefined; name: string } {
  const slash = key.indexOf('/');
  if (slash < 0) {
    if (!key) throw new Error('empty work-queue key');
    return { namespace: undefined, name: key };
  }
  const namespace = key.slice(0, slash);
  const name = key.slice(slash + 1);
  if (!namespace || !name || name.includes('/')) throw new Error(`malformed work-queue key "${key}"`);
  return { namespace, name };
}
