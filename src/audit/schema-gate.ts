// The schema before the first write or read: migrated once (a failed attempt, e.g. the database
// down, is forgotten so the next caller tries again), used as it is when a newer release migrated
// it compatibly, or refused. A refusal is kept and answered at once for recheckMs, then checked
// again (an admin may have changed the database), so neither writes nor reads hammer the database
// and nothing crash-loops or hangs.
import type { AuditDatabaseHandle } from './database.ts';
import type { AuditLog } from './error-log.ts';
import { describeAuditError } from './errors.ts';
import { SchemaIncompatibleError } from './migrations/compatibility.ts';
import { prepareSchema, type SchemaOutcome } from './migrations/index.ts';

export interface SchemaGateOptions {
  log?: AuditLog;
  /** How long a refusal is answered from memory before the database is asked again (default 30 s). */
  recheckMs?: number;
  now?: () => number;
}

export class SchemaGate {
  private readonly handle: AuditDatabaseHandle;
  private readonly options: SchemaGateOptions;
  private pending: Promise<void> | undefined;
  private done = false;
  private refused: { error: SchemaIncompatibleError; at: number } | undefined;
  onMigrated?: (applied: string[]) => void;

  constructor(handle: AuditDatabaseHandle, options: SchemaGateOptions = {}) {
    this.handle = handle;
    this.options = options;
  }

  get ready(): boolean {
    return this.done;
  }

  /** Why this build cannot use the database's schema; undefined unless it was refused. */
  get refusal(): SchemaIncompatibleError | undefined {
    return this.done ? undefined : this.refused?.error;
  }

  ensure(): Promise<void> {
    if (this.done) return Promise.resolve();
    const now = this.options.now ?? Date.now;
    const refused = this.refused;
    if (!this.pending && refused && now() - refused.at < (this.options.recheckMs ?? 30_000))
      return Promise.reject(refused.error);
    this.pending ??= prepareSchema(this.handle.db).then(
      (outcome) => {
        this.done = true;
        this.refused = undefined;
        this.report(outcome);
        this.onMigrated?.(outcome.applied);
      },
      (error: unknown) => {
        this.pending = undefined;
        if (error instanceof SchemaIncompatibleError) {
          // Logged when it starts or changes; the readiness message carries it meanwhile.
          if (this.refused?.error.message !== error.message)
            this.options.log?.error(
              { schema: error.decision, target: this.handle.target },
              `audit store: ${describeAuditError(error)}`,
            );
          this.refused = { error, at: now() };
        }
        throw error;
      },
    );
    return this.pending;
  }

  private report({ decision }: SchemaOutcome): void {
    if (decision.action !== 'run') return;
    this.options.log?.info(
      { schema: decision, target: this.handle.target },
      `audit store: the database's schema ${decision.database} is newer than this build's ` +
        `${decision.build} and compatible with it (oldest compatible: ${decision.oldestCompatible}); running without migrating`,
    );
  }
}
