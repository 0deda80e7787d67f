// The commands docs/operations.md shows, taken from the document itself and run for real: a doc
// whose commands no test runs drifts from what works. A command is a `$ ` line of a ```console
// block (with `\` continuations); its output lines and `#` comments are not run. The commands use
// shell variables ($NAMESPACE, $RELEASE, $VALUES_FILE, ...) that a reader sets for their site and
// a test sets for the stack.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { required, stackEnv } from './stack.ts';

const repoRoot = new URL('../../', import.meta.url).pathname;
export const OPERATIONS_DOC = 'docs/operations.md';

export interface DocumentedSection {
  heading: string;
  commands: string[];
}

/** Every section (heading of any level) of a Markdown file with the console commands right under it. */
export function documentedSections(markdown: string): DocumentedSection[] {
  const sections: DocumentedSection[] = [];
  let current: DocumentedSection | undefined;
  let inConsole = false;
  let inFence = false;
  let pending: string | undefined;
  for (const line of markdown.split('\n')) {
    if (/^```/.test(line)) {
      if (!inFence) inConsole = /^```console\s*$/.test(line);
      inFence = !inFence;
      if (!inFence) inConsole = false;
      continue;
    }
    if (!inFence) {
      const heading = /^#{1,6} (.+)$/.exec(line);
      if (heading?.[1]) {
        current = { heading: heading[1].trim(), commands: [] };
        sections.push(current);
      }
      continue;
    }
    if (!inConsole || !current) continue;
    if (pending !== undefined) pending += `\n${line}`;
    else if (line.startsWith('$ ')) pending = line.slice(2);
    else continue;
    if (!line.endsWith('\\')) {
      current.commands.push(pending);
      pending = undefined;
    }
  }
  return sections;
}

export function documentedCommands(heading: string, file = OPERATIONS_DOC): string[] {
  const section = documentedSections(readFileSync(`${repoRoot}${file}`, 'utf8')).find(
    (s) => s.heading === heading,
  );
  if (!section) throw new Error(`${file} has no section "${heading}"`);
  if (section.commands.length === 0) throw new Error(`${file}, "${heading}": no commands`);
  return section.commands;
}

export interface CommandRun {
  command: string;
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a section's commands in order with bash (errexit, pipefail), from the repository root, with
 * `options.path`, then the stack's kubectl and helm, first on PATH and `variables` in the environment. Throws on the first
 * command that fails, naming it.
 */
export function runDocumented(
  heading: string,
  variables: Record<string, string>,
  options: { file?: string; timeoutMs?: number; path?: string[] } = {},
): CommandRun[] {
  const kube = stackEnv('kube');
  const path = [
    ...(options.path ?? []),
    dirname(required(kube, 'KUBECTL')),
    dirname(required(stackEnv('helm'), 'HELM')),
    process.env.PATH,
  ];
  const runs: CommandRun[] = [];
  for (const command of documentedCommands(heading, options.file)) {
    const result = spawnSync('bash', ['-euo', 'pipefail', '-c', command], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, KUBECONFIG: required(kube, 'KUBECONFIG'), PATH: path.join(':'), ...variables },
      timeout: options.timeoutMs ?? 600_000,
    });
    const run = {
      command,
      status: result.status ?? -1,
      stdout: result.stdout ?? '',
      stderr: result.stderr ?? String(result.error ?? ''),
    };
    runs.push(run);
    if (run.status !== 0)
      throw new Error(`"${heading}": \`${command}\` failed (${run.status}):\n${run.stderr}\n${run.stdout}`);
  }
  return runs;
}
