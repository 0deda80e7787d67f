// Operator configuration, read once from the environment (documented in docs/configuration.md).
import { existsSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { durationMs } from './api/duration.ts';
import { DEFAULT_CONSOLE_DIR } from './console/default-dir.ts';
import type { TlsConfig } from './observability/tls.ts';

export interface OperatorConfig {
  operatorNamespace: string;
  extraTemplateDirs: string[];
  leaderElection: boolean;
  /** The Lease every install of the cluster shares by default, so that only one reconciles. */
  leaseName: string;
  leaseNamespace: string;
  identity: string;
  concurrency: number;
  logLevel: string;
  httpPort: number;
  /** The port's certificate: TLS_CERT_FILE and TLS_KEY_FILE, or self-signed for TLS_SERVER_NAMES. */
  tls: TlsConfig;
  /** SLURM_TOKEN_DIR: the only directory a SlurmCluster's auth.tokenFile may name a file in. */
  tokenFileDirectory: string | undefined;
  /** PROGRESS_INTERVAL: how often running jobs' progress files are read, so at most one status write per job per interval. */
  progressIntervalMs: number;
  /** CONSOLE_ENABLED: serve the web console under /ui/ (docs/ui.md). Off by default. */
  consoleEnabled: boolean;
  /** CONSOLE_DIR: the built console (Vite's output); by default the package's dist/ui. */
  consoleDir: string;
}

// One Lease for the whole cluster, whatever the release name or namespace: a second install (another
// release, manifests/, a developer's operator) waits instead of reconciling beside the first.
// kube-system because every cluster has it, as cert-manager's leader election does.
export const DEFAULT_LEASE_NAME = 'slurm-ml-operator.ml.hpc.dev';
export const DEFAULT_LEASE_NAMESPACE = 'kube-system';
/** How often running jobs' progress files are read by default (the chart's progress.interval). */
export const DEFAULT_PROGRESS_INTERVAL = '10s';

const SERVICE_ACCOUNT_NAMESPACE = '/var/run/secrets/kubernetes.io/serviceaccount/namespace';

export function loadConfig(env: NodeJS.ProcessEnv = process.env): OperatorConfig {
  const inCluster = existsSync(SERVICE_ACCOUNT_NAMESPACE)
    ? readFileSync(SERVICE_ACCOUNT_NAMESPACE, 'utf8').trim()
    : undefined;
  return {
    operatorNamespace: env.OPERATOR_NAMESPACE || inCluster || 'slurm-ml-system',
    extraTemplateDirs: (env.TEMPLATE_DIRS ?? '').split(':').filter(Boolean),
    leaderElection: parseBoolean(env.LEADER_ELECTION, true, 'LEADER_ELECTION'),
    leaseName: env.LEADER_ELECTION_ID || DEFAULT_LEASE_NAME,
    leaseNamespace: env.LEADER_ELECTION_NAMESPACE || DEFAULT_LEASE_NAMESPACE,
    identity: env.POD_NAME || `${hostname()}-${process.pid}`,
    concurrency: parsePositiveInt(env.RECONCILE_CONCURRENCY, 8, 'RECONCILE_CONCURRENCY'),
    logLevel: env.LOG_LEVEL || 'info',
    httpPort: parsePort(env.HTTP_PORT, 8080),
    tls: parseTls(env),
    tokenFileDirectory: parseDirectory(env.SLURM_TOKEN_DIR, 'SLURM_TOKEN_DIR'),
    progressIntervalMs: parseInterval(env.PROGRESS_INTERVAL, DEFAULT_PROGRESS_INTERVAL, 'PROGRESS_INTERVAL'),
    consoleEnabled: parseBoolean(env.CONSOLE_ENABLED, false, 'CONSOLE_ENABLED'),
    consoleDir: parseDirectory(env.CONSOLE_DIR, 'CONSOLE_DIR') ?? DEFAULT_CONSOLE_DIR,
  };
}

function parseBoolean(value: string | undefined, fallback: boolean, name: string): boolean {
  if (value === undefined || value === '') return fallback;
  if (/^(1|true|yes)$/i.test(value)) return true;
  if (/^(0|false|no)$/i.test(value)) return false;
  throw new Error(`${name} must be true or false, got "${value}"`);
}

/** A duration (500ms, 10s, 1m) of at least a second: a shorter one is a status write per job per tick. */
function parseInterval(value: string | undefined, fallback: string, name: string): number {
  const text = value === undefined || value === '' ? fallback : value;
  let ms: number;
  try {
    ms = durationMs(text);
  } catch {
    throw new Error(`${name} must be a duration such as 10s or 1m, got "${text}"`);
  }
  if (ms < 1_000) throw new Error(`${name} must be at least 1s, got "${text}"`);
  return ms;
}

function parsePositiveInt(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1)
    throw new Error(`${name} must be a positive integer, got "${value}"`);
  return parsed;
}

function parsePort(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`HTTP_PORT must be a port number, got "${value}"`);
  return port;
}

/** Both files, or neither (then a self-signed certificate). There is no plain-HTTP mode. */
function parseTls(env: NodeJS.ProcessEnv): TlsConfig {
  const certFile = env.TLS_CERT_FILE || undefined;
  const keyFile = env.TLS_KEY_FILE || undefined;
  if (certFile && keyFile) return { files: { certFile, keyFile } };
  if (certFile || keyFile)
    throw new Error(
      `TLS_CERT_FILE and TLS_KEY_FILE must be set together (only ${certFile ? 'TLS_CERT_FILE' : 'TLS_KEY_FILE'} is)`,
    );
  const serverNames = (env.TLS_SERVER_NAMES ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  for (const name of serverNames)
    if (!/^[A-Za-z0-9.:*-]+$/.test(name))
      throw new Error(`TLS_SERVER_NAMES must be DNS names or IP addresses, comma-separated; got "${name}"`);
  return { selfSigned: { serverNames } };
}

function parseDirectory(value: string | undefined, name: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (!value.startsWith('/')) throw new Error(`${name} must be an absolute path, got "${value}"`);
  return value;
}
