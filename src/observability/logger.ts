// JSON logs with pino. Secrets never reach a log line: known secret fields are redacted, and
// tokens and passwords are never put into log objects in the first place.
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

export function createLogger(options: { level?: string; name?: string } = {}): Logger {
  return pino({
    name: options.name ?? 'slurm-ml-operator',
    level: options.level ?? process.env.LOG_LEVEL ?? 'info',
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  });
}
