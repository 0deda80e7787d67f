// Remembers the resourceVersion of the operator's own last write to each object, so the watch
// event that write causes does not queue a reconcile that would only find what it just wrote.
// Every Training went through four such echo reconciles before; under load they doubled the
// queue's work.
import type { KubernetesObject } from '@kubernetes/client-node';

export class OwnWrites {
  private readonly versions = new Map<string, string>();

  private static key(object: KubernetesObject): string {
    return `${object.kind}/${object.metadata?.namespace ?? ''}/${object.metadata?.name ?? ''}`;
  }

  record(written: KubernetesObject): void {
    const version = written.metadata?.resourceVersion;
    if (version) this.versions.set(OwnWrites.key(written), version);
  }

  /** True when this is exactly the object as the operator last wrote it. */
  isOwn(observed: KubernetesObject): boolean {
    const version = observed.metadata?.resourceVersion;
    return version !== undefined && this.versions.get(OwnWrites.key(observed)) === version;
  }

  forget(object: KubernetesObject): void {
    this.versions.delete(OwnWrites.key(object));
  }
}
