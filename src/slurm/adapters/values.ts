// Decoding the value encodings slurmrestd uses, shared by both adapters.

/** v0.0.4x wraps optional numbers as {set, infinite, number}. */
export interface NoValNumber {
  set?: boolean;
  infinite?: boolean;
  number?: number;
}

/** A plain number, or null when unset or infinite. */
export function noValNumber(value: NoValNumber | number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (value.set === false || value.infinite === true || value.number === undefined) return null;
  return value.number;
}

export function noVal(number: number | undefined): NoValNumber | undefined {
  return number === undefined ? undefined : { set: true, infinite: false, number };
}

/** Slurm uses 0 (v0.0.38) or an unset struct (v0.0.4x) for "no time yet". */
export function epochSeconds(value: NoValNumber | number | null | undefined): Date | null {
  const seconds = noValNumber(value);
  return seconds && seconds > 0 ? new Date(seconds * 1000) : null;
}

/** Slurm's NO_VAL (0xfffffffe) and INFINITE (0xffffffff) for 32-bit fields in v0.0.38. */
const NO_VAL32 = 0xfffffffe;
const INFINITE32 = 0xffffffff;

export function minutes32(value: number | null | undefined): number | null {
  if (value === null || value === undefined || value === NO_VAL32 || value === INFINITE32) return null;
  return value;
}

export function emptyToNull(text: string | null | undefined): string | null {
  return text && text !== 'None' && text !== '(null)' ? text : null;
}

export interface ExitStatus {
  exitCode: number | null;
  signal: number | null;
}

/**
 * v0.0.38 reports the raw wait(2) status: the exit code in bits 8-15 (exit 1 = 256), the
 * terminating signal in bits 0-6.
 */
export function decodeWaitStatus(status: number | null | undefined): ExitStatus {
  if (status === null || status === undefined || status === NO_VAL32 || status < 0) {
    return { exitCode: null, signal: null };
  }
  const signal = status & 0x7f;
  if (signal !== 0) return { exitCode: null, signal };
  return { exitCode: (status >> 8) & 0xff, signal: null };
}

/** v0.0.4x reports {status: [EXITED | SIGNALED | ...], return_code, signal: {id, name}}. */
export function decodeVerboseExit(
  exit:
    | { status?: readonly string[]; return_code?: NoValNumber; signal?: { id?: NoValNumber; name?: string } }
    | null
    | undefined,
): ExitStatus {
  if (!exit) return { exitCode: null, signal: null };
  const status = exit.status ?? [];
  const signal = noValNumber(exit.signal?.id);
  if (status.includes('SIGNALED') && signal) return { exitCode: null, signal };
  if (status.includes('PENDING') || status.includes('INVALID')) return { exitCode: null, signal: null };
  return { exitCode: noValNumber(exit.return_code), signal: signal || null };
}
