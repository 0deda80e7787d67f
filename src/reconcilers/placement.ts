// Where a Training or Prediction runs: which SlurmCluster, whether that cluster admits the
// namespace, and as which Slurm user. Answers "wait" with a condition when it cannot run yet.
import type { ConditionInput } from '../api/conditions.ts';
import type { ConnectedCluster } from '../clusters/connections.ts';
import { admitNamespace, chooseCluster, type TenantIdentity } from '../clusters/tenancy.ts';
import type { SlurmClient } from '../slurm/types.ts';
import type { ReconcileContext } from './context.ts';
import type { JobResource } from '../api/types.ts';

export interface Placement {
  cluster: ConnectedCluster;
  tenant: TenantIdentity;
  slurm: SlurmClient;
}

export interface Waiting {
  condition: ConditionInput;
  requeueMs: number;
}

export function place(ctx: ReconcileContext, resource: JobResource): Placement | Waiting {
  const clusters = ctx.listSlurmClusters();
  // A submitted job stays on the cluster it went to, even if the default changes meanwhile.
  const requested = resource.status?.slurm?.cluster ?? resource.spec.cluster;
  const choice = chooseCluster(
    requested,
    clusters.map((c) => ({ name: c.metadata.name ?? '', isDefault: c.spec.default === true })),
  );
  if ('error' in choice) {
    return { condition: notAdmitted('ClusterNotFound', choice.error), requeueMs: 60_000 };
  }
  const cluster = clusters.find((c) => c.metadata.name === choice.name);
  const namespace = resource.metadata.namespace ?? '';
  const tenant = cluster && admitNamespace(cluster.spec, namespace);
  if (!tenant) {
    return {
      condition: notAdmitted(
        'NamespaceNotAdmitted',
        `SlurmCluster "${choice.name}" does not admit namespace "${namespace}" (spec.tenants)`,
      ),
      // Re-evaluated when the SlurmCluster changes; the slow requeue is only a safety net.
      requeueMs: 300_000,
    };
  }
  const connected = ctx.connections.get(choice.name);
  if (!connected) {
    return {
      condition: {
        type: 'Admitted',
        status: 'Unknown',
        reason: 'ClusterNotReady',
        message: `SlurmCluster "${choice.name}" is not connected yet`,
      },
      requeueMs: 10_000,
    };
  }
  return { cluster: connected, tenant, slurm: connected.connection.asUser(tenant.user) };
}

function notAdmitted(reason: string, message: string): ConditionInput {
  return { type: 'Admitted', status: 'False', reason, message };
}

export const admitted = (placement: Placement): ConditionInput => ({
  type: 'Admitted',
  status: 'True',
  reason: 'Admitted',
  message: `runs on SlurmCluster "${placement.cluster.name}" as Slurm user "${placement.tenant.user}"`,
});
