// The job state machine's table in docs/architecture.md, read by the tests that must cover it.
import { readFileSync } from 'node:fs';

/** The state names in the first column of the state table in docs/architecture.md. */
export function documentedStates(): string[] {
  const doc = readFileSync(new URL('../../docs/architecture.md', import.meta.url), 'utf8');
  const section = doc.slice(doc.indexOf('## The job state machine'));
  const lines = section.split('\n');
  const header = lines.findIndex((line) => /^\|\s*state\s*\|/.test(line));
  const rows = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(/^\| `(\w+)/.exec(line)?.[1] ?? `unparsed row: ${line}`);
  }
  return rows.sort();
}
