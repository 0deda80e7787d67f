// GET requests to the operator's HTTPS port with the user's bearer token, answered as the raw
// response stream (logs are copied as they arrive), and error answers turned into messages.
import type { IncomingMessage } from 'node:http';
import { request } from 'node:https';
import type { Connection } from './connection.ts';
import { CliError } from './errors.ts';
import { VERSION } from './version.ts';

/** How long the operator may take to answer (headers); a followed log may then stay open. */
const ANSWER_TIMEOUT_MS = 30_000;
/** At most this much of an error answer is read. */
const ERROR_BODY_LIMIT = 64 * 1024;

export type Query = Record<string, string | number | boolean | undefined>;

/** `{server}{path}?{query}`, a base path of the server kept, undefined query values left out. */
export function operatorUrl(server: URL, path: string, query: Query = {}): URL {
  const url = new URL(server);
  url.pathname = `${server.pathname.replace(/\/+$/, '')}${path}`;
  url.search = '';
  for (const [name, value] of Object.entries(query))
    if (value !== undefined && value !== false) url.searchParams.set(name, String(value));
  return url;
}

/** The answer's status and body stream; the body is the caller's to consume or destroy. */
export function operatorGet(
  connection: Connection,
  path: string,
  query: Query,
  signal?: AbortSignal,
): Promise<IncomingMessage> {
  const url = operatorUrl(connection.server, path, query);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'GET',
        headers: {
          authorization: `Bearer ${connection.token}`,
          accept: 'application/json, text/plain',
          'user-agent': `kubectl-ml/${VERSION}`,
        },
        ...(connection.ca ? { ca: connection.ca } : {}),
        rejectUnauthorized: !connection.insecureSkipTlsVerify,
        agent: false,
        ...(signal ? { signal } : {}),
      },
      (response) => {
        req.setTimeout(0);
        resolve(response);
      },
    );
    req.setTimeout(ANSWER_TIMEOUT_MS, () =>
      req.destroy(new CliError(`no answer from the operator at ${connection.server.origin} in 30s`)),
    );
    req.on('error', (error) => reject(signal?.aborted ? error : connectionError(error, connection)));
    req.end();
  });
}

function connectionError(error: Error, connection: Connection): Error {
  if (error instanceof CliError) return error;
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const where = connection.server.origin;
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS_CERT/.test(code))
    return new CliError(
      `the operator's certificate at ${where} is not trusted (${error.message}): pass ` +
        '--certificate-authority FILE (or set SLURM_ML_CA_FILE) with the CA that signed it',
    );
  return new CliError(`cannot reach the operator at ${where}: ${error.message}`);
}

/** The message of an error answer: its JSON `error`, else its text, else the status. */
export async function errorMessage(response: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of response as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= ERROR_BODY_LIMIT) break;
    }
  } catch {
    // What arrived is enough.
  }
  response.destroy();
  const text = Buffer.concat(chunks).subarray(0, ERROR_BODY_LIMIT).toString('utf8').trim();
  try {
    const body = JSON.parse(text) as { error?: unknown; message?: unknown };
    if (typeof body.error === 'string') return body.error;
    if (typeof body.message === 'string') return body.message;
  } catch {
    // Not JSON: the text itself.
  }
  return text || `${response.statusCode} ${response.statusMessage ?? ''}`.trim();
}

/**
 * The CliError for a non-200 answer. `permission` is what the caller's RBAC must allow, e.g.
 * `get trainings/log`, said on 403.
 */
export async function answerError(
  response: IncomingMessage,
  permission: string,
  namespace: string,
): Promise<CliError> {
  const status = response.statusCode ?? 0;
  const text = await errorMessage(response);
  if (status === 401)
    return new CliError(
      `the operator did not accept the token (401: ${text}); it may have expired, or be for another cluster`,
    );
  if (status === 403)
    return new CliError(
      text.includes(permission)
        ? `${text} (403)`
        : `${text} (403: this needs the permission ${permission} in namespace ${namespace})`,
    );
  return new CliError(`${text} (${status})`);
}
