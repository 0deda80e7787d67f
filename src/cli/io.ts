// What a kubectl-ml run writes to and reads from, given by its caller (the bin: the process's;
// tests: buffers), so that it runs in-process as well.
import type { Writable } from 'node:stream';

export interface KubectlMlIo {
  stdout: Writable;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
  /** Aborted on Ctrl-C (the bin's SIGINT): a followed log stops, the run ends with 130. */
  signal?: AbortSignal;
}

/** Writes a line to stderr, never throwing (a closed stderr is no reason to fail). */
export function printError(io: Pick<KubectlMlIo, 'stderr'>, text: string): void {
  try {
    io.stderr.write(`${text}\n`);
  } catch {
    // Nowhere left to say it.
  }
}

/** Writes `text` to stdout and resolves once it is handed on (or stdout failed: a closed pipe). */
export function print(io: Pick<KubectlMlIo, 'stdout'>, text: string): Promise<void> {
  return new Promise((resolve) => {
    try {
      io.stdout.write(text, () => resolve());
    } catch {
      resolve();
    }
  });
}
