// The idempotency key travels in two places: the job's comment, and the end of its name. Accounting
// (slurmdbd) keeps the comment only with AccountingStoreFlags=job_comment, but it always keeps the
// name, and filters by it: so a job is found by key in slurmctld and in accounting, on every site.

/**
 * Accounting stores job names in 255 bytes (job_name tinytext), and `%x-%j.out` (our output file)
 * must stay a legal file name (255 bytes) with a 10-digit id: 240 keeps both whole.
 */
export const MAX_JOB_NAME_BYTES = 240;
const SEPARATOR = '~';

/** The key in a form a job name can carry: no `/`, which `%x` in an output path would make a folder. */
const inName = (key: string) => key.replaceAll('/', ':');
const fromName = (carried: string) => carried.replaceAll(':', '/');

/** `<name>~<key>`: the name shortened so the whole stays within what accounting stores. */
export function keyedJobName(name: string, key: string): string {
  if (/[:~]/.test(key))
    throw new RangeError(`idempotency key "${key}" has a ':' or '~', which a job name cannot carry back`);
  const suffix = `${SEPARATOR}${inName(key)}`;
  const room = MAX_JOB_NAME_BYTES - Buffer.byteLength(suffix);
  if (room < 1) throw new RangeError(`idempotency key "${key}" is too long for a Slurm job name`);
  let base = name.replaceAll(SEPARATOR, '-');
  while (Buffer.byteLength(base) > room) base = base.slice(0, -1);
  return `${base}${suffix}`;
}

/** The name a person gave the job, and the key its name carries (null for anyone else's job). */
export function splitJobName(slurmName: string): { name: string; key: string | null } {
  const at = slurmName.lastIndexOf(SEPARATOR);
  if (at < 0) return { name: slurmName, key: null };
  return { name: slurmName.slice(0, at), key: fromName(slurmName.slice(at + 1)) || null };
}

/** The job's key: its comment where Slurm kept it, else the one its name carries. */
export function keyOfJob(slurmName: string, comment: string | null): string | null {
  return comment ?? splitJobName(slurmName).key;
}
