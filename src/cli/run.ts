// `kubectl ml` as a function: the arguments after `kubectl ml`, the streams to write to and the
// environment to read, and the exit code. The bin (kubectl-ml.ts) only calls it; tests call it
// in-process.
import { type Command, parseCommandLine } from './args.ts';
import { EXIT_FAILURE, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, UsageError } from './errors.ts';
import { type KubectlMlIo, print, printError } from './io.ts';
import { runLogs } from './logs-command.ts';
import { runMetrics } from './metrics-command.ts';
import { LOGS_HELP, MAIN_HELP, METRICS_HELP } from './usage.ts';
import { VERSION } from './version.ts';

export type { KubectlMlIo } from './io.ts';

export async function runKubectlMl(argv: string[], io: KubectlMlIo): Promise<number> {
  let command: Command;
  try {
    command = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const help = error.command ? `kubectl ml ${error.command} --help` : 'kubectl ml --help';
    printError(io, `error: ${error.message}\nSee '${help}' for usage.`);
    return EXIT_USAGE;
  }
  try {
    switch (command.command) {
      case 'help':
        await print(
          io,
          command.topic === 'logs' ? LOGS_HELP : command.topic === 'metrics' ? METRICS_HELP : MAIN_HELP,
        );
        return EXIT_OK;
      case 'version':
        await print(io, `kubectl-ml ${VERSION}\n`);
        return EXIT_OK;
      case 'logs':
        return await runLogs(command, io);
      case 'metrics':
        return await runMetrics(command, io);
    }
  } catch (error) {
    if (io.signal?.aborted) return EXIT_INTERRUPTED;
    printError(io, `error: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT_FAILURE;
  }
}
