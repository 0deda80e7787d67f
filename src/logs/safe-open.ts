// Opening a job's output file without trusting its directory. The file lies in a directory the
// job's (the tenant's) Slurm user can write, so by the time the operator reads it the job may
// have put a symlink to someone else's file there, a FIFO (whose open or read would block), a
// device, a directory, or a hard link to a file it may not read. So: open with O_NOFOLLOW (a
// symlink in the last component fails with ELOOP instead of being followed), O_NONBLOCK (a FIFO
// opens at once instead of waiting for a writer) and O_NOCTTY, then fstat the descriptor and
// keep it only if it is a regular file with a single link. The checks are on what was opened,
// not on the path, so a swap between a check and the open cannot slip through. The directories
// above the file are trusted as given: the file lies directly in the tenant's tree, whose parent
// is the cluster admin's.
import { constants, type Stats } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';

export type SafeOpenResult =
  | { kind: 'open'; handle: FileHandle; stats: Stats }
  /** No file there (yet: Slurm creates it when the job starts). */
  | { kind: 'absent' }
  /** Something other than a plain file of its own: not read, and worth a line in the log. */
  | { kind: 'refused'; reason: string }
  /** The operator could not open it (permissions of the mount, an I/O error): the admin's to fix. */
  | { kind: 'failed'; code: string; reason: string };

export const SAFE_OPEN_FLAGS =
  constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK | constants.O_NOCTTY;

function fileType(stats: Stats): string {
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isDirectory()) return 'a directory';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

function operatorUser(): string {
  const uid = process.getuid?.();
  const gid = process.getgid?.();
  return uid === undefined ? "the operator's user" : `the operator's user (uid ${uid}, gid ${gid})`;
}

/** The answer for an error of open or read that is not the file's absence. */
export function describeFailure(error: unknown): { code: string; reason: string } {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? 'UNKNOWN';
  if (code === 'EACCES' || code === 'EPERM')
    return {
      code,
      reason:
        `${operatorUser()} may not read the job's output file (${code}): check the permissions of the ` +
        "shared filesystem's mount in the operator's pod (its ownership, mode, and the pod's " +
        'runAsUser, runAsGroup and supplementalGroups must let it read the files jobs write)',
    };
  return {
    code,
    reason: `the shared filesystem failed while the operator read the job's output file (${code}): check the mount in the operator's pod`,
  };
}

export async function safeOpen(path: string): Promise<SafeOpenResult> {
  let handle: FileHandle;
  try {
    handle = await open(path, SAFE_OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'absent' };
    // ELOOP on Linux; EMLINK and EFTYPE on the BSDs.
    if (code === 'ELOOP' || code === 'EMLINK' || code === 'EFTYPE')
      return {
        kind: 'refused',
        reason: "the job's output file is a symbolic link, which the operator does not follow",
      };
    if (code === 'ENOTDIR')
      return { kind: 'refused', reason: "a directory of the job's output file's path is not a directory" };
    if (code === 'ENXIO')
      return { kind: 'refused', reason: "the job's output file is a socket or a device, not a regular file" };
    return { kind: 'failed', ...describeFailure(error) };
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) {
      await handle.close();
      return {
        kind: 'refused',
        reason: `the job's output file is ${fileType(stats)}, not a regular file; the operator reads only regular files`,
      };
    }
    if (stats.nlink > 1) {
      await handle.close();
      return {
        kind: 'refused',
        reason: `the job's output file has ${stats.nlink} hard links; Slurm writes a file of its own, so the operator does not read one linked elsewhere`,
      };
    }
    return { kind: 'open', handle, stats };
  } catch (error) {
    await handle.close().catch(() => {});
    return { kind: 'failed', ...describeFailure(error) };
  }
}
