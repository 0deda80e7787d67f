// Where a Training's or Prediction's job runs. A job not submitted yet is placed: the named or
// default SlurmCluster, which must admit the namespace and be healthy. A job that exists (or may:
// the Submitting marker) is reached on the cluster it was sent to, whatever the cluster's tenants
// or health say now: watching and cancelling it must not wait for either.
import type { ConditionInput } from '../../api/conditions.ts';
import type { JobResource } from '../../api/types.ts';
import type { ConnectedCluster } from '../../clusters/connections.ts';
import { admitNamespace, chooseCluster, type TenantIdentity } from '../../clusters/tenancy.ts';
import type { SlurmClient, SlurmJob } from '../../slurm/types.ts';
import type { ReconcileContext } from '../context.ts';
import { standingMarker } from './submit-marker.ts';

export interface Placement {
  cluster: ConnectedCluster;
  tenant: TenantIdentity;
  slurm: SlurmClient;
}

/** Why a job cannot be placed now, as the condition to show, and when to look again. */
export interface PlacementWait {
  condition: ConditionInput;
  requeueMs: number;
}

export function place(ctx: ReconcileContext, resource: JobResource): Placement | PlacementWait {
  const chosen = chosenCluster(ctx, resource);
  if ('condition' in chosen) return chosen;
  const { name, spec } = chosen;
  const namespace = resource.metadata.namespace ?? '';
  const tenant = admitNamespace(spec, namespace);
  if (!tenant) {
    return {
      condition: notAdmitted(
        'NamespaceNotAdmitted',
        `SlurmCluster "${name}" does not admit namespace "${namespace}" (spec.tenants)`,
      ),
      // Re-evaluated when the SlurmCluster changes; the slow requeue is only a safety net.
      requeueMs: 300_000,
    };
  }
  const connected = ctx.connections.get(name);
  if (!connected?.healthy) {
    return {
      condition: {
        type: 'Admitted',
        status: 'Unknown',
        reason: 'ClusterNotReady',
        message: `SlurmCluster "${name}" is not ${connected ? 'ready' : 'connected yet'}`,
      },
      requeueMs: 10_000,
    };
  }
  return { cluster: connected, tenant, slurm: connected.connection.asUser(tenant.user) };
}

/** The cluster of a job that was (or may have been) submitted. */
export interface JobTarget {
  cluster: ConnectedCluster;
  /** Look-ups go as the cluster's own user, as the poller's do. */
  slurm: SlurmClient;
  /**
   * A change to a job goes as its owner, as Slurm reports it: never as a user that a status
   * (which a tenant with rights on /status could edit) names.
   */
  asOwnerOf(job: SlurmJob): SlurmClient;
}

export type Unreachable = PlacementWait & { gone: boolean };

export function jobTarget(ctx: ReconcileContext, resource: JobResource): JobTarget | Unreachable {
  const chosen = chosenCluster(ctx, resource);
  if ('condition' in chosen) return { ...chosen, gone: true };
  const cluster = ctx.connections.get(chosen.name);
  if (!cluster) {
    const condition: ConditionInput = {
      type: 'Admitted',
      status: 'Unknown',
      reason: 'ClusterNotReady',
      message: `SlurmCluster "${chosen.name}" is not connected yet`,
    };
    return { condition, requeueMs: 10_000, gone: false };
  }
  const { connection } = cluster;
  return {
    cluster,
    slurm: connection.client,
    asOwnerOf: (job) => (job.user ? connection.asUser(job.user) : connection.client),
  };
}

/** A job stays on the cluster it went to, even if the default changes meanwhile. */
function chosenCluster(ctx: ReconcileContext, resource: JobResource) {
  const clusters = ctx.listSlurmClusters();
  const requested =
    standingMarker(resource)?.cluster ?? resource.status?.slurm?.cluster ?? resource.spec.cluster;
  const choice = chooseCluster(
    requested,
    clusters.map((c) => ({ name: c.metadata.name ?? '', isDefault: c.spec.default === true })),
  );
  const missing = (message: string): PlacementWait => ({
    condition: notAdmitted('ClusterNotFound', message),
    requeueMs: 60_000,
  });
  if ('error' in choice) return missing(choice.error);
  const cluster = clusters.find((c) => c.metadata.name === choice.name);
  if (!cluster) return missing(`SlurmCluster "${choice.name}" does not exist`);
  return { name: choice.name, spec: cluster.spec };
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
