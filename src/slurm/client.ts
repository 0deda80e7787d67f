// Opening a slurmrestd: negotiate the API version, then hand out clients that act as a given
// Slurm user and share one transport (token cache, concurrency cap, metrics).

import { probeAccounting } from './adapters/accounting.ts';
import { v004xClient } from './adapters/v004x.ts';
import { V0038_ACCOUNTING_JOBS, v0038Client } from './adapters/v0038.ts';
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
  /** Whether the server serves accounting (`/slurmdb/`), probed when the connection opened. */
  readonly accounting: boolean;
  readonly transport: SlurmTransport;
  /** The client for the connection's own user. */
  readonly client: SlurmClient;
  asUser(user: string): SlurmClient;
}

function adapterFor(
  version: SlurmApiVersion,
  endpoint: string,
  fetch: (r: Request) => Promise<Response>,
  accountingServed = false,
): SlurmClient {
  const baseUrl = endpoint.replace(/\/+$/, '');
  return version === 'v0.0.38'
    ? v0038Client(baseUrl, fetch, accountingServed)
    : v004xClient(version, baseUrl, fetch, accountingServed);
}

/**
 * A cheap request to the accounting path the adapters use: a job name no job has, in the last
 * second. Not `/slurmdb/{v}/ping/`: v0.0.38, v0.0.40 and v0.0.41 have none.
 */
function accountingProbeUrl(version: SlurmApiVersion, endpoint: string): string {
  const baseUrl = endpoint.replace(/\/+$/, '');
  const jobs = version === 'v0.0.38' ? V0038_ACCOUNTING_JOBS : `/slurmdb/${version}/jobs/`;
  return `${baseUrl}${jobs}?job_name=${ACCOUNTING_PROBE_JOB_NAME}&start_time=now-1seconds`;
}

/** The job name the accounting probe asks for: no job of the operator's has it (no `~key`). */
export const ACCOUNTING_PROBE_JOB_NAME = 'slurm-ml-operator-probe';

/**
 * With `auto`, tries each supported version from newest to oldest and keeps the first the
 * server serves (an unserved version answers 404). Auth and network failures end the probe.
 * When none fits, the error names the versions the server does serve (its OpenAPI document).
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
    const served = await servedApiVersions(options.endpoint, transport.fetchAs(options.user));
    throw new SlurmNotFoundError(unservedMessage(options.endpoint, options.apiVersion, served));
  }
  const { apiVersion, release } = ping;
  // Once per connection: afterwards a 404 from accounting is an outage, never "no accounting".
  const accounting = await probeAccounting(
    transport.fetchAs(options.user),
    accountingProbeUrl(apiVersion, options.endpoint),
  );
  const clients = new Map<string, SlurmClient>();
  const asUser = (user: string): SlurmClient => {
    let client = clients.get(user);
    if (!client) {
      client = adapterFor(apiVersion, options.endpoint, transport.fetchAs(user), accounting);
      clients.set(user, client);
    }
    return client;
  };
  return { apiVersion, release, accounting, transport, client: asUser(options.user), asUser };
}

/** The slurmctld API versions a slurmrestd serves, from its OpenAPI document; null if unreadable. */
export async function servedApiVersions(
  endpoint: string,
  fetch: (r: Request) => Promise<Response>,
): Promise<string[] | null> {
  try {
    const response = await fetch(new Request(`${endpoint.replace(/\/+$/, '')}/openapi/v3`));
    if (!response.ok) return null;
    const document = (await response.json()) as { paths?: Record<string, unknown> };
    return versionsInPaths(Object.keys(document.paths ?? {}));
  } catch {
    return null;
  }
}

/** `/slurm/v0.0.45/ping/` and the like -> the versions, oldest first. */
export function versionsInPaths(paths: readonly string[]): string[] {
  const versions = new Set(paths.flatMap((path) => /^\/slurm\/(v\d+\.\d+\.\d+)\//.exec(path)?.[1] ?? []));
  return [...versions].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/** Why no version fits, in words an admin can act on. */
export function unservedMessage(
  endpoint: string,
  wanted: 'auto' | SlurmApiVersion,
  served: string[] | null,
): string {
  const supported = [...SUPPORTED_API_VERSIONS].reverse().join(', ');
  if (!served) {
    const tried = wanted === 'auto' ? `any of the versions this operator supports (${supported})` : wanted;
    return `${endpoint} does not serve ${tried}, and its OpenAPI document (/openapi/v3) could not be read to tell which it serves`;
  }
  const known = served.filter((v) => (SUPPORTED_API_VERSIONS as readonly string[]).includes(v));
  const list = served.length > 0 ? served.join(', ') : 'no slurmctld API version';
  if (known.length === 0) {
    return `${endpoint} serves ${list}, none of which this operator supports (${supported}): a newer Slurm than this operator knows; upgrade the operator`;
  }
  const asked = wanted === 'auto' ? 'the versions it was asked for' : wanted;
  return `${endpoint} does not serve ${asked}; it serves ${list}: set spec.apiVersion to one of ${known.join(', ')} or to auto`;
}
