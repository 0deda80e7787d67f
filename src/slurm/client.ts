// Opening a slurmrestd: negotiate the API version, then hand out clients that act as a given
// Slurm user and share one transport (token cache, concurrency cap, metrics).

import { v004xClient } from './adapters/v004x.ts';
import { v0038Client } from './adapters/v0038.ts';
import { SlurmNotFoundError } from './errors.ts';
import { SlurmTransport, type TransportOptions } from './transport.ts';
import { type SlurmApiVersion, type SlurmClient, type SlurmPing, SUPPORTED_API_VERSIONS } from './types.ts';

export interface SlurmConnectionOptions extends TransportOptions {
  endpoint: string;
  apiVersion: 'auto' | SlurmApiVersion;
  /** The user that pings and polls (a SlurmCluster's auth.user). */
  user: string;
}

export interface SlurmConnection {
  readonly apiVersion: SlurmApiVersion;
  readonly release: string | null;
  readonly transport: SlurmTransport;
  /** The client for the connection's own user. */
  readonly client: SlurmClient;
  asUser(user: string): SlurmClient;
}

function adapterFor(
  version: SlurmApiVersion,
  endpoint: string,
  fetch: (r: Request) => Promise<Response>,
): SlurmClient {
  const baseUrl = endpoint.replace(/\/+$/, '');
  return version === 'v0.0.38' ? v0038Client(baseUrl, fetch) : v004xClient(version, baseUrl, fetch);
}

/**
 * With `auto`, tries each supported version from newest to oldest and keeps the first the
 * server serves (an unserved version answers 404). Auth and network failures end the probe.
 */
export async function openSlurmConnection(options: SlurmConnectionOptions): Promise<SlurmConnection> {
  const transport = new SlurmTransport(options);
  const candidates = options.apiVersion === 'auto' ? SUPPORTED_API_VERSIONS : [options.apiVersion];
  let ping: SlurmPing | null = null;
  for (const version of candidates) {
    try {
      ping = await adapterFor(version, options.endpoint, transport.fetchAs(options.user)).ping();
      break;
    } catch (error) {
      if (!(error instanceof SlurmNotFoundError)) throw error;
    }
  }
  if (!ping) {
    throw new SlurmNotFoundError(
      `${options.endpoint} serves none of the slurmrestd API versions ${candidates.join(', ')}`,
    );
  }
  const { apiVersion, release } = ping;
  const clients = new Map<string, SlurmClient>();
  const asUser = (user: string): SlurmClient => {
    let client = clients.get(user);
    if (!client) {
      client = adapterFor(apiVersion, options.endpoint, transport.fetchAs(user));
      clients.set(user, client);
    }
    return client;
  };
  return { apiVersion, release, transport, client: asUser(options.user), asUser };
}
