// Where the operator is, who the user is, and how to trust the operator's certificate.
//
// The token is the user's own, from their kubeconfig as kubectl reads it (KUBECONFIG, else
// ~/.kube/config; --kubeconfig and --context as kubectl has them): @kubernetes/client-node's
// KubeConfig.applyToHTTPSOptions produces the Authorization header, so static tokens, token files
// and exec plugins (cloud logins, OIDC helpers) all work. The operator authenticates callers with
// TokenReview, so only bearer tokens do: a user with client certificates only is told so.
import { existsSync, readFileSync } from 'node:fs';
import type { RequestOptions } from 'node:https';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';
import type { ConnectionFlags } from './args.ts';
import { CliError } from './errors.ts';

export const SERVER_ENV = 'SLURM_ML_SERVER';
export const CA_FILE_ENV = 'SLURM_ML_CA_FILE';

export interface Connection {
  /** The operator's HTTPS base URL. */
  server: URL;
  token: string;
  namespace: string;
  /** PEM the operator's certificate must chain to; absent: the system's trust store. */
  ca?: Buffer;
  insecureSkipTlsVerify: boolean;
  /** The kubeconfig, for reads from the Kubernetes API server (absent: none was found). */
  kubeConfig?: KubeConfig;
}

/**
 * The kubeconfig as kubectl finds it: `--kubeconfig`, else the files in KUBECONFIG (merged, the
 * first file's current context winning), else `$HOME/.kube/config`; undefined when there is none.
 * `--context` selects another context.
 */
export function loadKubeConfig(
  flags: Pick<ConnectionFlags, 'kubeconfig' | 'context'>,
  env: NodeJS.ProcessEnv,
): KubeConfig | undefined {
  const files = flags.kubeconfig
    ? [flags.kubeconfig]
    : env.KUBECONFIG
      ? env.KUBECONFIG.split(delimiter).filter((file) => file && existsSync(file))
      : [join(env.HOME || env.USERPROFILE || homedir(), '.kube', 'config')].filter(existsSync);
  if (files.length === 0) {
    if (flags.context) throw new CliError(`context "${flags.context}" not found: there is no kubeconfig`);
    return undefined;
  }
  const kubeConfig = new KubeConfig();
  for (const [index, file] of files.entries()) {
    try {
      if (index === 0) kubeConfig.loadFromFile(file);
      else {
        const more = new KubeConfig();
        more.loadFromFile(file);
        kubeConfig.mergeConfig(more, Boolean(kubeConfig.currentContext));
      }
    } catch (error) {
      throw new CliError(`cannot read the kubeconfig ${file}: ${message(error)}`);
    }
  }
  if (flags.context) {
    if (!kubeConfig.getContextObject(flags.context))
      throw new CliError(`context "${flags.context}" not found in the kubeconfig`);
    kubeConfig.setCurrentContext(flags.context);
  }
  return kubeConfig;
}

/** The namespace: `-n`, else the current context's, else `default`. */
export function namespaceOf(flags: Pick<ConnectionFlags, 'namespace'>, kubeConfig?: KubeConfig): string {
  if (flags.namespace) return flags.namespace;
  const context = kubeConfig?.getContextObject(kubeConfig.getCurrentContext());
  return context?.namespace || 'default';
}

/**
 * The bearer token of the kubeconfig's current user, as client-node would send it to the API
 * server (a static token, a token file, an auth provider or an exec plugin).
 */
export async function kubeConfigToken(kubeConfig: KubeConfig): Promise<string> {
  const user = kubeConfig.getCurrentUser();
  const context = kubeConfig.getCurrentContext();
  if (!user)
    throw new CliError(
      `the kubeconfig's context "${context}" names no user: pass --token, or choose a context with --context`,
    );
  const options: RequestOptions = { headers: {} };
  try {
    await kubeConfig.applyToHTTPSOptions(options);
  } catch (error) {
    throw new CliError(`cannot get credentials for the kubeconfig user "${user.name}": ${message(error)}`);
  }
  const header = (options.headers as Record<string, unknown> | undefined)?.Authorization;
  const token = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header.trim())?.[1] : undefined;
  if (token) return token;
  const uses =
    user.certData || user.certFile
      ? 'authenticates with a client certificate'
      : user.username
        ? 'authenticates with a user name and password'
        : 'has no token';
  throw new CliError(
    `the kubeconfig user "${user.name}" ${uses}; the operator accepts bearer tokens only. ` +
      'Pass --token (e.g. --token "$(kubectl create token SERVICEACCOUNT)"), or use a context whose user ' +
      'has a token or an exec plugin that gives one (--context).',
  );
}

/** The operator's base URL: `--server`, else SLURM_ML_SERVER; HTTPS only. */
export function serverUrl(flags: Pick<ConnectionFlags, 'server'>, env: NodeJS.ProcessEnv): URL {
  const given = flags.server || env[SERVER_ENV];
  if (!given)
    throw new CliError(
      `where is the operator? Pass --server https://HOST:PORT or set ${SERVER_ENV} ` +
        "to the operator's HTTPS port, e.g. https://127.0.0.1:8080 under " +
        'kubectl -n NAMESPACE port-forward deploy/DEPLOYMENT 8080',
    );
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(given) ? given : `https://${given}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new CliError(`the server "${given}" is not a URL: give https://HOST:PORT`);
  }
  if (url.protocol !== 'https:')
    throw new CliError(`the server "${given}" is not https: the operator's port speaks HTTPS only`);
  if (url.username || url.password) throw new CliError('the server URL must not carry a user or password');
  return url;
}

/**
 * Everything a request to the operator needs, from the flags and the environment. `warn` gets a
 * line for stderr when TLS verification is off.
 */
export async function resolveConnection(
  flags: ConnectionFlags,
  env: NodeJS.ProcessEnv,
  warn: (line: string) => void = () => {},
): Promise<Connection> {
  const server = serverUrl(flags, env);
  if (flags.insecureSkipTlsVerify)
    warn(
      `warning: --insecure-skip-tls-verify: the operator's certificate is not checked, so your token goes to ` +
        `whoever answers at ${server.origin}`,
    );
  const caFile = flags.certificateAuthority || (flags.insecureSkipTlsVerify ? undefined : env[CA_FILE_ENV]);
  let ca: Buffer | undefined;
  if (caFile) {
    try {
      ca = readFileSync(caFile);
    } catch (error) {
      throw new CliError(`cannot read the certificate authority ${caFile}: ${message(error)}`);
    }
  }
  let kubeConfig = loadKubeConfig(flags, env);
  const namespace = namespaceOf(flags, kubeConfig);
  let token: string;
  if (flags.token) {
    token = flags.token;
    // As kubectl's --token: the API server is asked with it too.
    if (kubeConfig) kubeConfig = withToken(kubeConfig, flags.token);
  } else if (kubeConfig) token = await kubeConfigToken(kubeConfig);
  else
    throw new CliError(
      'no kubeconfig found (KUBECONFIG, ~/.kube/config or --kubeconfig) to take a token from: pass --token',
    );
  return {
    server,
    token,
    namespace,
    insecureSkipTlsVerify: flags.insecureSkipTlsVerify,
    ...(ca ? { ca } : {}),
    ...(kubeConfig ? { kubeConfig } : {}),
  };
}

/** The kubeconfig's current cluster, with a user that has only this token. */
function withToken(kubeConfig: KubeConfig, token: string): KubeConfig | undefined {
  const cluster = kubeConfig.getCurrentCluster();
  if (!cluster) return undefined;
  const replaced = new KubeConfig();
  replaced.loadFromClusterAndUser(cluster, { name: 'kubectl-ml-token', token });
  return replaced;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
