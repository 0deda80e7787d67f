// Which namespaces may use a SlurmCluster, as which Slurm user and account, and where on it.
import type { SlurmClusterSpec } from '../api/types.ts';
import { type TenantPaths, tenantTree } from './tenant-paths.ts';

export interface TenantIdentity {
  user: string;
  account: string | undefined;
  paths: TenantPaths;
}

/** The identity a namespace's jobs run as, or null when the cluster does not admit it. */
export function admitNamespace(spec: SlurmClusterSpec, namespace: string): TenantIdentity | null {
  const tenants = spec.tenants ?? [];
  const tenant = tenants.find((t) => t.namespace === namespace) ?? tenants.find((t) => t.namespace === '*');
  if (!tenant) return null;
  return {
    user: tenant.user ?? spec.auth.user,
    account: tenant.account,
    paths: { tree: tenantTree(spec.modelsBasePath, namespace), allowedRoots: tenant.allowedRoots ?? [] },
  };
}

/**
 * The cluster a resource runs on: the one it names, else the one marked default. More than one
 * default is an admin error, reported rather than guessed around.
 */
export function chooseCluster(
  requested: string | undefined,
  clusters: readonly { name: string; isDefault: boolean }[],
): { name: string } | { error: string } {
  if (requested) {
    return clusters.some((c) => c.name === requested)
      ? { name: requested }
      : { error: `SlurmCluster "${requested}" does not exist` };
  }
  const defaults = clusters.filter((c) => c.isDefault);
  if (defaults.length === 1 && defaults[0]) return { name: defaults[0].name };
  if (defaults.length === 0)
    return { error: 'no cluster named in spec.cluster and no SlurmCluster is marked default' };
  return {
    error: `several SlurmClusters are marked default (${defaults.map((c) => c.name).join(', ')}); name one in spec.cluster`,
  };
}
