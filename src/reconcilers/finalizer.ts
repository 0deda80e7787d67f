// The finalizer as guarded JSON patches: each patch first tests the resourceVersion it was
// computed from, so it never clobbers a concurrent change to the finalizer list.
import type { KubernetesObject } from '@kubernetes/client-node';
import { FINALIZER } from '../api/types.ts';
import type { JsonPatchOperation, ResourceClient } from '../kube/resources.ts';

export const hasFinalizer = (object: KubernetesObject) =>
  (object.metadata?.finalizers ?? []).includes(FINALIZER);

export function addFinalizerPatch(object: KubernetesObject): JsonPatchOperation[] {
  const guard: JsonPatchOperation = {
    op: 'test',
    path: '/metadata/resourceVersion',
    value: object.metadata?.resourceVersion,
  };
  return object.metadata?.finalizers
    ? [guard, { op: 'add', path: '/metadata/finalizers/-', value: FINALIZER }]
    : [guard, { op: 'add', path: '/metadata/finalizers', value: [FINALIZER] }];
}

export function removeFinalizerPatch(object: KubernetesObject): JsonPatchOperation[] {
  const index = (object.metadata?.finalizers ?? []).indexOf(FINALIZER);
  if (index < 0) return [];
  return [
    { op: 'test', path: '/metadata/resourceVersion', value: object.metadata?.resourceVersion },
    { op: 'test', path: `/metadata/finalizers/${index}`, value: FINALIZER },
    { op: 'remove', path: `/metadata/finalizers/${index}` },
  ];
}

export async function ensureFinalizer<T extends KubernetesObject>(
  client: ResourceClient<T>,
  object: T,
): Promise<T> {
  if (hasFinalizer(object)) return object;
  return client.jsonPatch(object.metadata?.namespace, object.metadata?.name ?? '', addFinalizerPatch(object));
}

export async function releaseFinalizer<T extends KubernetesObject>(
  client: ResourceClient<T>,
  object: T,
): Promise<void> {
  const patch = removeFinalizerPatch(object);
  if (patch.length > 0)
    await client.jsonPatch(object.metadata?.namespace, object.metadata?.name ?? '', patch);
}
