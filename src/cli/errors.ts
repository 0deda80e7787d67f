// What ends a kubectl-ml run early: a usage error (exit 2, with a pointer to the help) or a
// failure the user can act on (exit 1). Both carry a message meant for people, never a stack.

/** The command line is wrong: unknown flag, missing or malformed argument. Exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  /** The command whose help to point at, e.g. `logs`; none for the plugin itself. */
  readonly command?: string;
  constructor(message: string, command?: string) {
    super(message);
    this.command = command;
  }
}

/** A failure with a message for the user (no server, no token, an error answer). Exit code 1. */
export class CliError extends Error {
  override readonly name = 'CliError';
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
/** Ended by Ctrl-C (SIGINT), as a shell reports a process killed by it. */
export const EXIT_INTERRUPTED = 130;
