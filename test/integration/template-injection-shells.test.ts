// The injection battery run by the local shells: every (kind, shape, value) is refused by
// validation with a message naming the parameter, or runs without creating its marker. It starts
// hundreds of bash and sh processes, so it is no unit test. The same battery runs as real Slurm
// jobs in test/integration/template-injection.test.ts.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type JobTemplate, renderJobTemplate, type TemplateKind } from '../../src/templates/index.ts';
import {
  contextFor,
  END_LINE,
  hostileQ,
  loadRefused,
  loadShape,
  REFUSED_SHAPES,
  refusalPattern,
  SHAPES,
  type Shape,
  VALUES,
  type Value,
} from '../support/injection-battery.ts';

/** Runs a script as a job would; resolves whatever its exit status. */
function run(shell: string, script: string, cwd: string, env: Record<string, string>): Promise<Error | null> {
  return new Promise((resolve) => {
    execFile(shell, ['-c', script, 'job'], { cwd, env, timeout: 60_000 }, (error) =>
      resolve(error && 'killed' in error && error.killed ? error : null),
    );
  });
}

const work = mkdtempSync(join(tmpdir(), 'template-injection-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Outcome {
  label: string;
  value: string;
  out?: string;
  problem?: string;
}

async function tryValue(kind: TemplateKind, shape: Shape, template: JobTemplate, v: Value, i: number) {
  const dir = join(work, kind, shape.id, String(i));
  mkdirSync(dir, { recursive: true });
  const marker = join(dir, 'marker');
  const value = v.value(marker);
  const outcome: Outcome = { label: v.label, value };
  const rendered = renderJobTemplate(
    template,
    { p: value, q: hostileQ(marker) },
    contextFor(kind, dir, marker),
  );
  if (!rendered.ok) {
    const expected = refusalPattern(shape.type);
    if (rendered.errors.length !== 1 || !expected.test(rendered.errors[0] ?? '')) {
      outcome.problem = `refused with ${JSON.stringify(rendered.errors)}`;
    }
    return outcome;
  }
  if (rendered.script !== template.script) outcome.problem = 'the script was changed';
  const shell = shape.bash ? '/bin/bash' : '/bin/sh';
  const env = { ...rendered.environment, PATH: process.env.PATH ?? '/usr/bin:/bin' };
  const timedOut = await run(shell, rendered.script, dir, env);
  outcome.out = existsSync(join(dir, 'out')) ? readFileSync(join(dir, 'out'), 'utf8') : undefined;
  if (timedOut) outcome.problem = `timed out: ${timedOut.message}`;
  else if (existsSync(marker)) outcome.problem = 'the marker file appeared';
  else if (outcome.out === undefined) outcome.problem = 'the job did not run';
  else if (shape.echoes && !outcome.out.includes(value))
    outcome.problem = `printed ${JSON.stringify(outcome.out)}`;
  return outcome;
}

describe.each(['training', 'prediction'] as const)('a %s template', (kind) => {
  // One test per shape, the pairs reported by value label.
  it.concurrent.each(SHAPES)(
    'of shape $id ($type): every value is refused or harmless',
    async (shape) => {
      const template = loadShape(kind, shape);
      // One value at a time: a few shapes run at once, so a loaded machine is not swamped.
      const outcomes: Outcome[] = [];
      for (const [i, v] of VALUES.entries()) outcomes.push(await tryValue(kind, shape, template, v, i));
      expect(outcomes.filter((o) => o.problem !== undefined)).toEqual([]);
      // The shape works at all: a plain integer runs it to the end.
      expect(outcomes.find((o) => o.value === '7')?.out).toContain(END_LINE);
    },
    600_000,
  );

  it.each(REFUSED_SHAPES)('refuses the old form $id at load, naming the line', (shape) => {
    const loaded = loadRefused(kind, shape);
    expect(loaded).toEqual({
      ok: false,
      errors: [
        `script line ${shape.line}: "{{ p }}" is no longer substituted; read the value from the environment as "$p"`,
      ],
    });
  });
});
