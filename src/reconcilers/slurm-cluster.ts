// SlurmCluster: connect (negotiating the API version), probe, and report Ready with the Slurm
// release. Reprobed periodically so Ready follows the cluster's health.
import { isDeepStrictEqual } from 'node:util';
import { setCondition } from '../api/conditions.ts';
import type { SlurmCluster, SlurmClusterStatus } from '../api/types.ts';
import { CredentialsRefusedError } from '../clusters/credentials.ts';
import { describeError } from '../kube/resources.ts';
import { type ReconcileOutcome, requeueAfter } from '../runtime/index.ts';
import { SlurmError } from '../slurm/errors.ts';
import type { ReconcileContext } from './context.ts';

const HEALTHY_REPROBE_MS = 60_000;
const UNHEALTHY_REPROBE_MS = 10_000;

export async function reconcileSlurmCluster(ctx: ReconcileContext, name: string): Promise<ReconcileOutcome> {
  const cluster = await ctx.slurmClusters.get(undefined, name);
  if (!cluster) {
    ctx.connections.forget(name);
    return { kind: 'done' };
  }
  const now = ctx.now();
  const generation = cluster.metadata.generation;
  const previous = cluster.status ?? {};
  let status: SlurmClusterStatus;
  try {
    const { connection } = await ctx.connections.connect(cluster);
    const ping = await connection.client.ping();
    const ready = ping.controllerResponding;
    if (ready) ctx.connections.markHealthy(name);
    else ctx.connections.markUnhealthy(name);
    status = {
      ...previous,
      apiVersion: connection.apiVersion,
      release: ping.release ?? connection.release ?? undefined,
      accounting: connection.accounting,
      lastProbeTime: now.toISOString(),
      conditions: setCondition(
        previous.conditions,
        ready
          ? {
              type: 'Ready',
              status: 'True',
              reason: 'Reachable',
              message: `slurmrestd ${connection.apiVersion}, Slurm ${ping.release ?? 'unknown'}`,
            }
          : {
              type: 'Ready',
              status: 'False',
              reason: 'ControllerNotResponding',
              message: 'slurmrestd answers but slurmctld does not respond to ping',
            },
        generation,
        now,
      ),
    };
  } catch (error) {
    // No new jobs go there until a probe succeeds; the next probe reconnects from scratch (the
    // credentials may have changed), and jobs already there are still watched meanwhile.
    ctx.connections.markUnhealthy(name);
    const reason =
      error instanceof SlurmError
        ? reasonFor(error.kind)
        : error instanceof CredentialsRefusedError
          ? 'CredentialsRefused'
          : 'ConnectFailed';
    ctx.log.warn({ cluster: name, error: describeError(error) }, 'SlurmCluster probe failed');
    status = {
      ...previous,
      lastProbeTime: now.toISOString(),
      conditions: setCondition(
        previous.conditions,
        { type: 'Ready', status: 'False', reason, message: describeError(error) },
        generation,
        now,
      ),
    };
  }
  await writeClusterStatus(ctx, cluster, { ...status, observedGeneration: generation });
  const ready = status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True');
  return requeueAfter(ready ? HEALTHY_REPROBE_MS : UNHEALTHY_REPROBE_MS);
}

function reasonFor(kind: SlurmError['kind']): string {
  return {
    unauthorized: 'Unauthorized',
    unavailable: 'Unreachable',
    'not-found': 'UnsupportedAPIVersion',
    rejected: 'Rejected',
  }[kind];
}

async function writeClusterStatus(
  ctx: ReconcileContext,
  cluster: SlurmCluster,
  status: SlurmClusterStatus,
): Promise<void> {
  // lastProbeTime alone changes every probe; write it only with a real change, or once a minute.
  const { lastProbeTime: _a, ...before } = cluster.status ?? {};
  const { lastProbeTime: _b, ...after } = status;
  const stale =
    Date.parse(cluster.status?.lastProbeTime ?? '0') < ctx.now().getTime() - HEALTHY_REPROBE_MS + 1_000;
  if (!stale && isDeepStrictEqual(before, after)) return;
  await ctx.slurmClusters.replaceStatus({ ...cluster, status });
}
