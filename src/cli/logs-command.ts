// `kubectl ml logs training/NAME`: the job's output from the operator, copied to stdout as it
// arrives (constant memory, waiting for stdout when it is slower), until the operator ends the
// answer (with --follow, when the job's log is complete), Ctrl-C, or stdout closes (`| head`).
import type { IncomingMessage } from 'node:http';
import type { Writable } from 'node:stream';
import type { LogsCommand } from './args.ts';
import { resolveConnection } from './connection.ts';
import { CliError, EXIT_INTERRUPTED, EXIT_OK } from './errors.ts';
import type { KubectlMlIo } from './io.ts';
import { printError } from './io.ts';
import { answerError, operatorGet } from './operator-client.ts';

export function logPath(plural: string, namespace: string, name: string): string {
  return `/api/v1/${plural}/${encodeURIComponent(namespace)}/${encodeURIComponent(name)}/log`;
}

export async function runLogs(command: LogsCommand, io: KubectlMlIo): Promise<number> {
  const connection = await resolveConnection(command.connection, io.env, (line) => printError(io, line));
  const { plural, name } = command.resource;
  let response: IncomingMessage;
  try {
    response = await operatorGet(
      connection,
      logPath(plural, connection.namespace, name),
      {
        follow: command.follow,
        tail: command.tail,
        previous: command.previous,
        attempt: command.attempt,
        limitBytes: command.limitBytes,
      },
      io.signal,
    );
  } catch (error) {
    if (io.signal?.aborted) return EXIT_INTERRUPTED;
    throw error;
  }
  if (response.statusCode !== 200)
    throw await answerError(response, `get ${plural}/log`, connection.namespace);
  try {
    await copy(response, io.stdout, io.signal);
  } catch (error) {
    if (io.signal?.aborted) return EXIT_INTERRUPTED;
    throw new CliError(
      `the connection to the operator broke before the log ended: ${error instanceof Error ? error.message : error}`,
    );
  } finally {
    response.destroy();
  }
  return io.signal?.aborted ? EXIT_INTERRUPTED : EXIT_OK;
}

/**
 * Copies `source` to `target` chunk by chunk, waiting for `drain` when `target` is full. Ends
 * quietly when `target` fails or closes (a reader that went away); throws when `source` breaks.
 */
export async function copy(source: IncomingMessage, target: Writable, signal?: AbortSignal): Promise<void> {
  let targetGone = false;
  const gone = () => {
    targetGone = true;
    source.destroy();
  };
  target.on('error', gone);
  target.on('close', gone);
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      if (targetGone || signal?.aborted) return;
      if (!target.write(chunk)) await drained(target, signal);
    }
  } catch (error) {
    if (targetGone) return;
    throw error;
  } finally {
    target.off('error', gone);
    target.off('close', gone);
  }
}

/** Resolves when `target` drains, closes or fails, or `signal` aborts. */
function drained(target: Writable, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      target.off('drain', done);
      target.off('close', done);
      target.off('error', done);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    target.on('drain', done);
    target.on('close', done);
    target.on('error', done);
    signal?.addEventListener('abort', done);
  });
}
