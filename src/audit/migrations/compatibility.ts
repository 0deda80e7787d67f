// What a build does with the database's schema at start-up, decided from what both know. Every
// migration records, in audit_schema_compatibility, the oldest operator schema (the last migration
// a build knows) that still reads and writes correctly once it is applied. A build that finds
// migrations it does not know (a rollback of the operator after a newer one migrated) runs without
// migrating if each of them names a migration this build knows as its oldest compatible one, and
// otherwise refuses: it stays unready with a message that says why, instead of retrying forever.

export interface SchemaState {
  /** This build's migrations, in the order they apply. */
  known: readonly string[];
  /** Migrations the database has executed (audit_migration). */
  executed: readonly string[];
  /** audit_schema_compatibility: migration -> oldest operator schema compatible after it. */
  compatibility: ReadonlyMap<string, string>;
}

export type SchemaDecision =
  /** The database is at or behind this build: apply what is pending (perhaps nothing). */
  | { action: 'migrate'; pending: string[] }
  /** Newer, and every newer migration says this build still reads and writes it correctly. */
  | { action: 'run'; database: string; build: string; unknown: string[]; oldestCompatible: string }
  | {
      action: 'refuse';
      database: string;
      build: string;
      unknown: string[];
      /** The strictest requirement the unknown migrations record; null when one records none. */
      oldestCompatible: string | null;
      /** This build's migrations the database lacks (it was migrated by another line of releases). */
      missing: string[];
    };

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function decideSchema(state: SchemaState): SchemaDecision {
  const known = new Set(state.known);
  const executed = new Set(state.executed);
  const unknown = [...executed].filter((name) => !known.has(name)).sort(byName);
  const pending = state.known.filter((name) => !executed.has(name));
  if (unknown.length === 0) return { action: 'migrate', pending };
  const build = state.known.at(-1) ?? '(none)';
  const database = [...executed].sort(byName).at(-1) ?? '(none)';
  const required = unknown.map((name) => state.compatibility.get(name));
  const oldestCompatible = required.some((r) => r === undefined)
    ? null
    : ((required as string[]).sort(byName).at(-1) ?? null);
  // A requirement this build knows is one it meets: its own migrations are all in the database.
  const compatible = pending.length === 0 && required.every((r) => r !== undefined && known.has(r));
  if (compatible && oldestCompatible !== null)
    return { action: 'run', database, build, unknown, oldestCompatible };
  return { action: 'refuse', database, build, unknown, oldestCompatible, missing: pending };
}

/** The refusal in one line, for readiness and the log. */
export function refusalMessage(decision: Extract<SchemaDecision, { action: 'refuse' }>): string {
  const { database, build, oldestCompatible, missing } = decision;
  const needs =
    oldestCompatible === null
      ? `does not record which operators its migrations ${decision.unknown.join(', ')} work with`
      : `works with operators whose schema is ${oldestCompatible} or later`;
  const lacks = missing.length > 0 ? `, and lacks this build's ${missing.join(', ')}` : '';
  return (
    `the database's schema ${database} is newer than this build's ${build} and ${needs}${lacks}; ` +
    'nothing was migrated or written: run a release that knows it'
  );
}

/** The database's schema cannot be used by this build; retrying will not change that by itself. */
export class SchemaIncompatibleError extends Error {
  readonly decision: Extract<SchemaDecision, { action: 'refuse' }>;
  /** For classifyAuditError (errors.ts). */
  readonly permanent = true;
  constructor(decision: Extract<SchemaDecision, { action: 'refuse' }>) {
    super(refusalMessage(decision));
    this.name = 'SchemaIncompatibleError';
    this.decision = decision;
  }
}
