// @kubernetes/client-node 2.0.1 builds a new undici Agent for every request
// (KubeConfig.createDispatcher), so no connection is ever reused and every API call pays a full
// TLS handshake: in a profile of 300 Trainings that was most of the operator's CPU. Keeping one
// dispatcher per cluster and user restores keep-alive.
import type { KubeConfig } from '@kubernetes/client-node';

type CreateDispatcher = (
  cluster: { name?: string; server?: string } | null,
  agentOptions: unknown,
) => unknown;

export function reuseConnections(kubeConfig: KubeConfig): KubeConfig {
  const target = kubeConfig as unknown as { createDispatcher?: CreateDispatcher };
  const original = target.createDispatcher?.bind(kubeConfig);
  // A later client-node that no longer has the method needs no fix.
  if (!original) return kubeConfig;
  const dispatchers = new Map<string, unknown>();
  target.createDispatcher = (cluster, agentOptions) => {
    // TLS material comes from the kubeconfig and is the same for every request to one cluster
    // as one user; tokens travel in headers, not in the dispatcher.
    const key = JSON.stringify([cluster?.name, cluster?.server, kubeConfig.getCurrentUser()?.name]);
    if (!dispatchers.has(key)) dispatchers.set(key, original(cluster, agentOptions));
    return dispatchers.get(key);
  };
  return kubeConfig;
}
