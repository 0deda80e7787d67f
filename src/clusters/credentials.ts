// What a SlurmCluster may make the operator send, and where. Anyone who may create a
// SlurmCluster chooses its endpoint, so the credentials it names must be ones an admin meant for
// that endpoint: a Secret in the operator's namespace that carries CREDENTIALS_LABEL and names
// the endpoint's origin in ENDPOINTS_ANNOTATION (a label alone would let a SlurmCluster send the
// production cluster's jwt_key-minted tokens to an endpoint of its own), or a token file under
// the directory the operator was configured with. Anything else is refused before a connection
// is opened: nothing is read, nothing is sent.
import { realpath } from 'node:fs/promises';
import { isAbsolute, relative, sep } from 'node:path';
import type { V1Secret } from '@kubernetes/client-node';

export const CREDENTIALS_LABEL = 'ml.hpc.dev/slurm-credentials';
/** On a credentials Secret: the slurmrestd origins (scheme://host:port) it may be sent to, comma-separated. */
export const ENDPOINTS_ANNOTATION = 'ml.hpc.dev/slurm-endpoints';

/** A SlurmCluster's credentials or endpoint are not allowed; the message says why, with no secret in it. */
export class CredentialsRefusedError extends Error {
  override readonly name = 'CredentialsRefusedError';
}

export function checkCredentialSecret(
  secret: V1Secret,
  namespace: string,
  name: string,
  endpoint: string,
): void {
  if (secret.metadata?.labels?.[CREDENTIALS_LABEL] !== 'true')
    throw new CredentialsRefusedError(
      `Secret ${namespace}/${name} is not labelled ${CREDENTIALS_LABEL}=true: a SlurmCluster may use only Secrets an admin labelled for Slurm`,
    );
  const origin = originOf(endpoint);
  const allowed = (secret.metadata?.annotations?.[ENDPOINTS_ANNOTATION] ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map(originOf);
  if (origin !== undefined && allowed.includes(origin)) return;
  throw new CredentialsRefusedError(
    `Secret ${namespace}/${name} may not be sent to ${origin ?? 'this endpoint'}: its ${ENDPOINTS_ANNOTATION} annotation must list that origin`,
  );
}

/** scheme://host:port, the port always written (so http://h and http://h:80 are one origin). */
function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    const port =
      parsed.port || (parsed.protocol === 'https:' ? '443' : parsed.protocol === 'http:' ? '80' : '');
    return `${parsed.protocol}//${parsed.hostname}:${port}`;
  } catch {
    return undefined;
  }
}

/**
 * The token file must lie under `directory` once symlinks are resolved. It is still read by the
 * path given: a projected volume swaps a symlink to rotate it.
 */
export async function checkTokenFile(file: string, directory: string | undefined): Promise<void> {
  if (!directory)
    throw new CredentialsRefusedError(
      'spec.auth.tokenFile is not allowed: the operator has no SLURM_TOKEN_DIR; use tokenSecretRef or jwtKeySecretRef, or set SLURM_TOKEN_DIR',
    );
  let real: string;
  let root: string;
  try {
    [real, root] = await Promise.all([realpath(file), realpath(directory)]);
  } catch (error) {
    throw new CredentialsRefusedError(`spec.auth.tokenFile ${file}: ${(error as Error).message}`);
  }
  const inside = relative(root, real);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside))
    throw new CredentialsRefusedError(
      `spec.auth.tokenFile ${file} is not under SLURM_TOKEN_DIR (${directory})`,
    );
}

/** An endpoint with a user or password in it would put them in every error text that quotes it. */
export function checkEndpoint(endpoint: string): void {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new CredentialsRefusedError('spec.endpoint is not a URL');
  }
  if (url.username || url.password)
    throw new CredentialsRefusedError(
      'spec.endpoint must not carry a user or password (user:password@host); slurmrestd authenticates with spec.auth',
    );
}
