// Issue 14, Done-when 1: the template-injection battery (test/support/injection-battery.ts) run
// as real Slurm jobs. 17 template shapes, each reading its value from the environment, are
// given 19 hostile values, for a training and a prediction template. Every pair is refused by
// validation with a message naming the parameter, or submitted and run to its end without its
// marker file appearing on the shared file system; the old {{ p }} forms are refused at load
// with a line-numbered message.
//
// slurm-2605 (bash 5.3, REST v0.0.45) runs the full cross product; slurm-2205 (v0.0.38, whose
// environment is an object) and slurm-2411 run every shape with a subset of the values (SUBSET).
//
// Jobs are submitted straight through slurmrestd with the project's client, built as
// buildSubmission and submit.ts build them: no operator runs here, so none competes with the
// operators other tests start. A shape's jobs are submitted together and awaited together, and
// several shapes run at once.
import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildSubmission,
  idempotencyKey,
  jobNameFor,
  mergeResources,
} from '../../src/reconcilers/job/submission.ts';
import type { JobState, SlurmClient } from '../../src/slurm/types.ts';
import { renderJobTemplate } from '../../src/templates/index.ts';
import type { TemplateKind } from '../../src/templates/types.ts';
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
} from '../support/injection-battery.ts';
import {
  connect,
  SLURM_RELEASES,
  type SlurmRelease,
  type TestCluster,
  testCluster,
} from '../support/slurm.ts';

const FULL: SlurmRelease = 'slurm-2605';
const SUBSET = [
  'command substitution',
  'array subscript',
  'newline and a command',
  'the name of a hostile variable',
  'a plain integer',
];
const KINDS: TemplateKind[] = ['training', 'prediction'];
const run = `${Date.now().toString(36)}-${process.pid}`;

/** A directory anyone may write: the job's user creates its files and would create the markers. */
function openDir(path: string): string {
  mkdirSync(path, { recursive: true });
  chmodSync(path, 0o1777);
  return path;
}

const finished = (state: JobState) =>
  !['PENDING', 'RUNNING', 'SUSPENDED'].includes(state.base) && !state.flags.includes('COMPLETING');

/** Waits until every job has ended (a job slurmctld no longer lists has ended too). */
async function waitForAll(slurm: SlurmClient, jobIds: number[], timeoutMs = 240_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let pending = [...jobIds];
  while (pending.length > 0) {
    if (Date.now() > deadline) throw new Error(`jobs ${pending.join(', ')} did not end in time`);
    const seen = new Map<number, JobState>();
    for (let i = 0; i < pending.length; i += Math.min(slurm.stateIdsPerRequest, 500)) {
      const chunk = pending.slice(i, i + Math.min(slurm.stateIdsPerRequest, 500));
      for (const { jobId, state } of await slurm.states(chunk)) seen.set(jobId, state);
    }
    pending = pending.filter((id) => {
      const state = seen.get(id);
      return state !== undefined && !finished(state);
    });
    if (pending.length > 0) await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

interface Attempt {
  label: string;
  value: string;
  dir: string;
  marker: string;
  jobId?: number;
  refused?: string[];
}

describe.each(SLURM_RELEASES)('on %s', (release) => {
  let cluster: TestCluster;
  let slurm: SlurmClient;
  let base: string;
  const values = release === FULL ? VALUES : VALUES.filter((v) => SUBSET.includes(v.label));

  beforeAll(async () => {
    // A missing stack throws here, which fails every test of the release: never a skip.
    cluster = testCluster(release);
    slurm = (await connect(cluster)).client;
    base = openDir(join(cluster.sharedDir, 'tests', 'template-injection', run, release));
    openDir(join(base, 'markers'));
  });

  /** Renders, submits and waits for every value of one shape; returns what each did. */
  async function runShape(kind: TemplateKind, shape: Shape): Promise<Attempt[]> {
    const template = loadShape(kind, shape);
    const submitted = await Promise.all(
      values.map(async (v, i): Promise<Attempt> => {
        const dir = join(base, kind, shape.id, String(i));
        const marker = join(base, 'markers', `${kind}-${shape.id}-${i}`);
        const attempt: Attempt = { label: v.label, value: v.value(marker), dir, marker };
        const context = contextFor(kind, dir, marker);
        const rendered = renderJobTemplate(template, { p: attempt.value, q: hostileQ(marker) }, context);
        if (!rendered.ok) return { ...attempt, refused: rendered.errors };
        const uid = randomUUID();
        const submission = buildSubmission({
          name: jobNameFor(kind === 'training' ? 'train' : 'predict', 'battery', `${shape.id}-${i}`),
          idempotencyKey: idempotencyKey(uid, 1),
          script: '',
          resources: mergeResources(undefined, template.resources, { partition: cluster.partition }),
          tenant: { user: cluster.user, account: undefined, paths: { tree: base, allowedRoots: [] } },
          workingDirectory: base,
        });
        // As submit.ts does: the template's values under the operator's own variables.
        const environment = { ...rendered.environment, ...submission.environment };
        const jobId = await slurm.submit({ ...submission, environment, script: rendered.script });
        return { ...attempt, jobId };
      }),
    );
    await waitForAll(
      slurm,
      submitted.flatMap((a) => (a.jobId === undefined ? [] : [a.jobId])),
    );
    return submitted;
  }

  describe.each(KINDS)('a %s template', (kind) => {
    it.concurrent.each(SHAPES)(
      'of shape $id ($type) refuses each hostile value or runs it harmlessly',
      async (shape) => {
        const attempts = await runShape(kind, shape);
        const problems: string[] = [];
        for (const a of attempts) {
          const what = `${a.label} ${JSON.stringify(a.value)}`;
          if (existsSync(a.marker)) problems.push(`${what}: the marker file appeared`);
          if (a.refused) {
            const expected = refusalPattern(shape.type);
            if (a.refused.length !== 1 || !expected.test(a.refused[0] ?? '')) {
              problems.push(`${what}: refused with ${JSON.stringify(a.refused)}`);
            }
            continue;
          }
          const outFile = join(a.dir, 'out');
          const out = existsSync(outFile) ? readFileSync(outFile, 'utf8') : undefined;
          if (out === undefined) problems.push(`${what}: job ${a.jobId} never ran its script`);
          else if (shape.echoes && !out.includes(a.value)) {
            problems.push(`${what}: job ${a.jobId} printed ${JSON.stringify(out)}`);
          } else if (a.value === '7' && !out.includes(END_LINE)) {
            problems.push(`${what}: job ${a.jobId} did not run to its end: ${JSON.stringify(out)}`);
          }
        }
        expect(problems).toEqual([]);
        // The shape ran at least its plain integer: the battery tests a working script.
        expect(attempts.find((a) => a.value === '7')?.jobId).toBeDefined();
      },
      300_000,
    );

    it.each(REFUSED_SHAPES)('refuses the old form $id at load, naming the line', (shape) => {
      expect(loadRefused(kind, shape)).toEqual({
        ok: false,
        errors: [
          `script line ${shape.line}: "{{ p }}" is no longer substituted; read the value from the environment as "$p"`,
        ],
      });
    });
  });
});
