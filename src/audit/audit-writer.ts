// What the write-behind queue writes through: AuditStore in production, an in-memory fake in unit
// tests. And which write errors are worth retrying.
import type { AuditedResource } from './rows.ts';
import type { Transition } from './sink.ts';
import { InvalidTransitionError } from './store.ts';
import type { ResourceSnapshot } from './upserts.ts';

export interface AuditWriter {
  recordTransitions(transitions: readonly Transition[]): Promise<number>;
  upsertResources(snapshots: readonly ResourceSnapshot[]): Promise<void>;
  resyncResource(resource: AuditedResource): Promise<boolean>;
  markMissingDeleted(
    kind: AuditedResource['kind'],
    presentUids: readonly string[],
    at?: Date,
  ): Promise<number>;
}

/** Bad data (SQLSTATE classes 22 and 23): retrying cannot help, so the row is set aside. */
export function isPermanentWriteError(error: unknown): boolean {
  if (error instanceof InvalidTransitionError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^(22|23)[0-9A-Z]{3}$/.test(code);
}
