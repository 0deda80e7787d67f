// The shell helper, run by real shells: what it writes is what the operator accepts, and a
// malformed call writes nothing and never fails the job (set -e).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseReportLine } from '../../../src/progress/protocol.ts';
import { PROGRESS_HELPER_SH } from '../../../src/progress/shell-helper.ts';

const dir = mkdtempSync(join(tmpdir(), 'shell-helper-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const shells = ['sh', 'bash', 'dash'].filter((shell) =>
  ['/bin', '/usr/bin'].some((bin) => existsSync(join(bin, shell))),
);

function run(shell: string, calls: string, file: string | undefined) {
  const env: NodeJS.ProcessEnv = { PATH: '/usr/bin:/bin', SLURM_ML_PROGRESS_HELPER: PROGRESS_HELPER_SH };
  if (file) env.SLURM_ML_PROGRESS_FILE = file;
  const script = `set -eu\neval "$SLURM_ML_PROGRESS_HELPER"\n${calls}\necho done`;
  return execFileSync(shell, ['-c', script], {
    env,
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

describe.each(shells)('ml_progress in %s', (shell) => {
  it('appends lines the operator accepts', () => {
    const file = join(dir, `${shell}-ok.jsonl`);
    run(
      shell,
      'ml_progress step=3 total=10 unit=epoch loss=0.25 val/dice=-1.5e-3\nml_progress percent=100',
      file,
    );
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines.map(parseReportLine)).toEqual([
      {
        report: {
          time: expect.any(Date),
          step: 3,
          total: 10,
          unit: 'epoch',
          metrics: [
            ['loss', 0.25],
            ['val/dice', -0.0015],
          ],
        },
      },
      { report: { time: expect.any(Date), percent: 100, metrics: [] } },
    ]);
  });

  it.each([
    'ml_progress loss=abc',
    'ml_progress loss=01',
    'ml_progress loss=1.',
    'ml_progress loss=.5',
    'ml_progress loss=1e',
    'ml_progress step=NaN',
    'ml_progress "bad name=1"',
    'ml_progress "unit=a b"',
    "ml_progress 'loss=1;touch ./injected'",
    'ml_progress noequals',
    `ml_progress ${'m'.repeat(65)}=1`,
    'ml_progress step=-1 loss=1',
    'ml_progress percent=150',
    'ml_progress total=0 loss=1',
    'ml_progress unit=1x',
    `ml_progress unit=${'u'.repeat(33)}`,
    'ml_progress eta=1e300',
    `ml_progress ${Array.from({ length: 65 }, (_, i) => `m${i}=1`).join(' ')}`,
  ])('%s writes nothing and the job goes on', (call) => {
    const file = join(dir, `${shell}-bad.jsonl`);
    expect(run(shell, call, file)).toBe('done\n');
    expect(existsSync(file)).toBe(false);
    expect(existsSync(join(dir, 'injected'))).toBe(false);
  });

  it('accepts every bound the operator accepts', () => {
    const file = join(dir, `${shell}-bounds.jsonl`);
    const calls = [
      `ml_progress step=0 total=1e-3 percent=100 eta=315360000 unit=${'u'.repeat(32)}`,
      `ml_progress ${Array.from({ length: 64 }, (_, i) => `m${i}=-0.5`).join(' ')}`,
    ];
    run(shell, calls.join('\n'), file);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines.map((line) => 'report' in parseReportLine(line))).toEqual([true, true]);
  });

  it('does nothing without a progress file', () => {
    expect(run(shell, 'ml_progress step=1', undefined)).toBe('done\n');
  });
});
