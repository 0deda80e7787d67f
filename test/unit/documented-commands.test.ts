// Every command docs/operations.md shows is run by a test: each section with commands is named by a
// runDocumented('<heading>', ...) call in some test file. And the parser takes exactly the `$ `
// lines of console blocks, continuations included.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentedSections, OPERATIONS_DOC } from '../support/documented-commands.ts';

const repoRoot = new URL('../../', import.meta.url).pathname;

function testSources(dir = join(repoRoot, 'test')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testSources(path);
    return entry.name.endsWith('.test.ts') ? [readFileSync(path, 'utf8')] : [];
  });
}

describe('documented commands', () => {
  it('takes the $ lines of console blocks, with continuations, and nothing else', () => {
    const markdown = [
      '# Top',
      '```console',
      '$ kubectl get pods   # a comment stays part of the line',
      'NAME   READY',
      '$ helm install x chart \\',
      '    --set a=b',
      '```',
      '## Other',
      '```yaml',
      '$ not: a command',
      '```',
      '```sh',
      '$ export NOT=run',
      '```',
      'Some prose with $ dollars.',
      '### Third',
      '```console',
      '$ echo "$NAMESPACE"',
      '```',
    ].join('\n');
    expect(documentedSections(markdown)).toEqual([
      {
        heading: 'Top',
        commands: [
          'kubectl get pods   # a comment stays part of the line',
          'helm install x chart \\\n    --set a=b',
        ],
      },
      { heading: 'Other', commands: [] },
      { heading: 'Third', commands: ['echo "$NAMESPACE"'] },
    ]);
  });

  it(`every section of ${OPERATIONS_DOC} that shows commands is run by a test`, () => {
    const sources = testSources().join('\n');
    const sections = documentedSections(readFileSync(join(repoRoot, OPERATIONS_DOC), 'utf8')).filter(
      (s) => s.commands.length > 0,
    );
    expect(sections.length).toBeGreaterThan(0);
    const unrun = sections
      .map((s) => s.heading)
      .filter((heading) => {
        const quoted = heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll("'", "\\\\'");
        return !new RegExp(`runDocumented\\(\\s*'${quoted}'`).test(sources);
      });
    expect(unrun).toEqual([]);
  });
});
