// Live slurmrestd connections, one per SlurmCluster, rebuilt when the cluster's spec changes.
import { CoreV1Api, type KubeConfig } from '@kubernetes/client-node';
import type { SlurmCluster, SlurmClusterSpec } from '../api/types.ts';
import {
  fileTokenSource,
  mintingTokenSource,
  staticTokenSource,
  type TokenSource,
} from '../slurm/auth/token-source.ts';
import { openSlurmConnection, type SlurmConnection } from '../slurm/client.ts';
import type { RequestObserver } from '../slurm/transport.ts';
import { checkCredentialSecret, checkEndpoint, checkTokenFile } from './credentials.ts';

export interface ConnectedCluster {
  name: string;
  generation: number;
  spec: SlurmClusterSpec;
  connection: SlurmConnection;
  /**
   * False once a probe failed: no new jobs go there, but the connection stays, so jobs already
   * running are still watched and cancelled while the cluster is sick.
   */
  healthy: boolean;
}

export interface ClusterConnectionsOptions {
  kubeConfig: KubeConfig;
  /** Secrets named by SlurmClusters are read from this namespace only, and only if labelled (credentials.ts). */
  operatorNamespace: string;
  /** The only directory `spec.auth.tokenFile` may name a file in; none: tokenFile is refused. */
  tokenFileDirectory?: string | undefined;
  observe?: (cluster: string) => RequestObserver;
  timeoutMs?: number;
}

export class ClusterConnections {
  private readonly connected = new Map<string, ConnectedCluster>();
  private readonly core: CoreV1Api;
  private readonly options: ClusterConnectionsOptions;

  constructor(options: ClusterConnectionsOptions) {
    this.options = options;
    this.core = options.kubeConfig.makeApiClient(CoreV1Api);
  }

  get(name: string): ConnectedCluster | undefined {
    return this.connected.get(name);
  }

  /**
   * Connects (probing the API version) unless a healthy connection for this generation exists.
   * After a failed probe it connects anew (the credentials may have changed); if that fails too,
   * the old connection stays for the jobs already there.
   */
  async connect(cluster: SlurmCluster): Promise<ConnectedCluster> {
    const name = cluster.metadata.name ?? '';
    const generation = cluster.metadata.generation ?? 0;
    const current = this.connected.get(name);
    if (current?.healthy && current.generation === generation) return current;
    const { spec } = cluster;
    checkEndpoint(spec.endpoint);
    const connection = await openSlurmConnection({
      endpoint: spec.endpoint,
      apiVersion: spec.apiVersion ?? 'auto',
      user: spec.auth.user,
      tokens: await this.tokenSource(spec),
      maxConcurrentRequests: spec.maxConcurrentRequests ?? 16,
      timeoutMs: this.options.timeoutMs,
      observe: this.options.observe?.(name),
    });
    // Healthy only once the SlurmCluster reconciler's ping says slurmctld answers.
    const entry = { name, generation, spec, connection, healthy: false };
    this.connected.set(name, entry);
    return entry;
  }

  /** A probe succeeded on this connection. */
  markHealthy(name: string): void {
    const current = this.connected.get(name);
    if (current) current.healthy = true;
  }

  /** A probe failed: see `healthy`. */
  markUnhealthy(name: string): void {
    const current = this.connected.get(name);
    if (current) current.healthy = false;
  }

  /** The SlurmCluster was deleted. */
  forget(name: string): void {
    this.connected.delete(name);
  }

  private async tokenSource(spec: SlurmClusterSpec): Promise<TokenSource> {
    const { auth } = spec;
    if (auth.jwtKeySecretRef) {
      const key = await this.secretValue(
        spec,
        auth.jwtKeySecretRef.name,
        auth.jwtKeySecretRef.key ?? 'jwt.key',
      );
      return mintingTokenSource({ key, lifetimeSeconds: auth.tokenLifetimeSeconds ?? 900 });
    }
    if (auth.tokenSecretRef) {
      const token = await this.secretValue(
        spec,
        auth.tokenSecretRef.name,
        auth.tokenSecretRef.key ?? 'token',
      );
      return staticTokenSource(auth.user, token.toString('utf8').trim());
    }
    if (auth.tokenFile) {
      await checkTokenFile(auth.tokenFile, this.options.tokenFileDirectory);
      return fileTokenSource(auth.user, auth.tokenFile);
    }
    throw new Error('spec.auth names no token source');
  }

  private async secretValue(spec: SlurmClusterSpec, name: string, key: string): Promise<Buffer> {
    const namespace = this.options.operatorNamespace;
    const secret = await this.core.readNamespacedSecret({ name, namespace });
    checkCredentialSecret(secret, namespace, name, spec.endpoint);
    const value = secret.data?.[key];
    if (value === undefined) throw new Error(`Secret ${namespace}/${name} has no key "${key}"`);
    return Buffer.from(value, 'base64');
  }
}
