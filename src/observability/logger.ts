// JSON logs with pino. Every line logged during a reconcile carries that reconcile's id, kind
// and key (through AsyncLocalStorage, so code deep in the Slurm client needs no logger
// plumbing). Secrets never reach a log line: known secret fields are redacted, and tokens and
// passwords are never put into log objects in the first place.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { type Logger, pino } from 'pino';

export type { Logger };

export const REDACTED_PATHS = [
  '*.token',
  '*.password',
  '*.jwt',
  '*.key',
  '*.authorization',
  '*["X-SLURM-USER-TOKEN"]',
  '*["x-slurm-user-token"]',
  'headers.authorization',
  'databaseUrl',
  '*.databaseUrl',
];

export interface ReconcileScope {
  reconcileId: string;
  kind: string;
  key: string;
}

const scope = new AsyncLocalStorage<ReconcileScope>();

/** Runs `work` with a fresh correlation id that every log line inside it carries. */
export function inReconcileScope<T>(kind: string, key: string, work: () => Promise<T>): Promise<T> {
  return scope.run({ reconcileId: randomUUID(), kind, key }, work);
}

export function createLogger(
  options: { level?: string; name?: string; destination?: pino.DestinationStream } = {},
): Logger {
  return pino(
    {
      name: options.name ?? 'slurm-ml-operator',
      level: options.level ?? process.env.LOG_LEVEL ?? 'info',
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => ({ ...scope.getStore() }),
    },
    options.destination,
  );
}
