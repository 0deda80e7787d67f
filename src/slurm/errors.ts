// Slurm failures as types the reconcilers act on differently: a rejection is the resource's
// fault and final, an outage is transient, a missing job needs the accounting or Lost path.

export interface SlurmErrorEntry {
  error: string;
  errorNumber: number | null;
  description: string | null;
  source: string | null;
}

export abstract class SlurmError extends Error {
  abstract readonly kind: 'not-found' | 'unauthorized' | 'rejected' | 'unavailable';
  readonly httpStatus: number | null;
  readonly errors: SlurmErrorEntry[];

  constructor(
    message: string,
    httpStatus: number | null = null,
    errors: SlurmErrorEntry[] = [],
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = new.target.name;
    this.httpStatus = httpStatus;
    this.errors = errors;
  }
}

/** Slurm does not know the job: never existed, or purged after MinJobAge (error 2017). */
export class SlurmNotFoundError extends SlurmError {
  readonly kind = 'not-found';
}

/** The token was refused (401, 511, or error 1007 before 24.11). */
export class SlurmUnauthorizedError extends SlurmError {
  readonly kind = 'unauthorized';
}

/** Slurm refused the request itself: bad partition or account, over a limit. Final. */
export class SlurmRejectedError extends SlurmError {
  readonly kind = 'rejected';
}

/** Network error, timeout, overload or a 5xx without a Slurm reason. Worth retrying. */
export class SlurmUnavailableError extends SlurmError {
  readonly kind = 'unavailable';
}

/** The shape of slurmrestd's `errors` entries across versions. */
interface RawErrorEntry {
  error?: string;
  error_number?: number;
  /** 22.05 reports Slurm's own errors (bad partition, held job) as error_code. */
  error_code?: number;
  errno?: number;
  description?: string;
  source?: string;
}

export function errorEntries(body: unknown): SlurmErrorEntry[] {
  const errors = (body as { errors?: RawErrorEntry[] } | null | undefined)?.errors ?? [];
  return errors.map((e) => ({
    error: e.error ?? '',
    errorNumber: e.error_code ?? e.error_number ?? e.errno ?? null,
    description: e.description ?? null,
    source: e.source ?? null,
  }));
}

export const SLURM_ERRNO = {
  invalidJobId: 2017,
  unspecified: -1,
  authCredInvalid: 1007,
  alreadyDone: 2021,
} as const;

/**
 * System errnos Slurm passes through when a connection to a daemon breaks: EPIPE, ECONNABORTED,
 * ECONNRESET (26.05 answers a submit to a slurmctld that is shutting down with "Batch job
 * submission failed: Connection reset by peer"), ETIMEDOUT, ECONNREFUSED, EHOSTDOWN, EHOSTUNREACH.
 */
const CONNECTION_ERRNOS = new Set([32, 103, 104, 110, 111, 112, 113]);

/**
 * Slurm's numbers for "could not reach a daemon": the communication errors (1001-1004), slurmctld
 * unreachable, backing off or dropping (1800-1899), socket timeouts (5000-5005), no slurmdbd
 * connection (7000), and the system's own connection errnos. slurmrestd answers them with a 5xx
 * while slurmctld or slurmdbd is down or going down: an outage to wait out, never the resource's
 * fault.
 */
export function isUnreachableErrno(errorNumber: number | null): boolean {
  if (errorNumber === null) return false;
  return (
    CONNECTION_ERRNOS.has(errorNumber) ||
    (errorNumber >= 1001 && errorNumber <= 1004) ||
    (errorNumber >= 1800 && errorNumber <= 1899) ||
    (errorNumber >= 5000 && errorNumber <= 5005) ||
    errorNumber === 7000
  );
}

/** Maps a failed slurmrestd answer to one of the error types above. */
export function classifySlurmFailure(
  operation: string,
  httpStatus: number,
  errors: SlurmErrorEntry[],
): SlurmError {
  const detail = errors
    .map((e) => [e.description, e.error].filter((part) => part && part !== 'Unspecified error').join(': '))
    .filter(Boolean)
    .join('; ');
  const message = `${operation}: ${detail || `HTTP ${httpStatus}`}`;
  const numbers = new Set(errors.map((e) => e.errorNumber));
  if (httpStatus === 401 || httpStatus === 511 || numbers.has(SLURM_ERRNO.authCredInvalid)) {
    return new SlurmUnauthorizedError(message, httpStatus, errors);
  }
  if (numbers.has(SLURM_ERRNO.invalidJobId) || httpStatus === 404) {
    return new SlurmNotFoundError(message, httpStatus, errors);
  }
  if (httpStatus === 429 || httpStatus === 502 || httpStatus === 503 || httpStatus === 504) {
    return new SlurmUnavailableError(message, httpStatus, errors);
  }
  if (errors.some((e) => isUnreachableErrno(e.errorNumber))) {
    return new SlurmUnavailableError(message, httpStatus, errors);
  }
  // Slurm answers most refusals with 500 and a Slurm error number; without one it is an outage.
  const slurmSaidWhy = errors.some(
    (e) => e.errorNumber !== null && e.errorNumber !== 0 && e.errorNumber !== SLURM_ERRNO.unspecified,
  );
  if (httpStatus >= 500 && !slurmSaidWhy) return new SlurmUnavailableError(message, httpStatus, errors);
  return new SlurmRejectedError(message, httpStatus, errors);
}

export type AuthFailure = 'certain' | 'maybe' | 'none';

/**
 * 'certain': 401, 511, or Slurm error 1007. 'maybe': 22.05's 500 with only error -1
 * ("Unspecified error"), its answer both to a refused token and to an unreachable slurmctld.
 */
export function authFailureOf(httpStatus: number, body: unknown): AuthFailure {
  if (httpStatus === 401 || httpStatus === 511) return 'certain';
  if (httpStatus !== 500) return 'none';
  const errors = errorEntries(body);
  if (errors.some((e) => e.errorNumber === SLURM_ERRNO.authCredInvalid)) return 'certain';
  return errors.length > 0 && errors.every((e) => e.errorNumber === SLURM_ERRNO.unspecified)
    ? 'maybe'
    : 'none';
}
