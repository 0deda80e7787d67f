// The nnunet-train template's log parser, its real text taken from the template (between its
// ">>> nnunet-log-parser" and "<<< nnunet-log-parser" lines), run with /bin/bash on a recorded
// nnU-Net training log. ml_progress is a recorder here: the parser must not depend on the
// operator's definition.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinTemplatesDir, TemplateCatalog } from '../../../src/templates/index.ts';

const fixture = readFileSync(new URL('../../fixtures/nnunet/training_log.txt', import.meta.url), 'utf8');
const work = mkdtempSync(join(tmpdir(), 'nnunet-log-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const catalog = await TemplateCatalog.load([builtinTemplatesDir]);

/** The template's text between its parser markers. */
function parserText(): string {
  const script = catalog.get('nnunet-train')?.script ?? '';
  const lines = script.split('\n');
  const begin = lines.findIndex((line) => line.includes('# >>> nnunet-log-parser'));
  const end = lines.findIndex((line) => line.includes('# <<< nnunet-log-parser'));
  if (begin < 0 || end <= begin) throw new Error('nnunet-train has no nnunet-log-parser markers');
  return lines.slice(begin + 1, end).join('\n');
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Each ml_progress call, its arguments as given. */
  calls: string[][];
}

/**
 * Runs `command` (e.g. `nnunet_progress 5`) with the parser defined, in the template's shell
 * options, stdin `input`, and ml_progress recording its arguments (one call per line, tab-separated).
 */
function run(command: string, input: string, mlProgress?: string): Run {
  const record = join(work, `calls-${Math.random().toString(36).slice(2)}`);
  const recorder =
    mlProgress ?? 'ml_progress() { local IFS=$\'\\t\'; printf \'%s\\n\' "$*" >>"$NNUNET_TEST_RECORD"; }';
  const script = ['set -euo pipefail', recorder, parserText(), command].join('\n');
  // --norc: Node's stdin is a socket, which bash takes for rshd and would read ~/.bashrc for.
  const result = spawnSync('/bin/bash', ['--norc', '-c', script], {
    input,
    encoding: 'utf8',
    cwd: work,
    env: { PATH: '/usr/bin:/bin', NNUNET_TEST_RECORD: record },
  });
  const calls = existsSync(record)
    ? readFileSync(record, 'utf8')
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => line.split('\t'))
    : [];
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, calls };
}

const line = (message: string) => `2024-05-01 10:00:00.000000: ${message}`;

describe('the nnunet-train log parser', () => {
  it('reports each finished epoch of the recorded log with its loss, Dice and learning rate', () => {
    const result = run('nnunet_progress 5', fixture);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.calls).toEqual([
      [
        'step=1',
        'total=5',
        'unit=epoch',
        'learning_rate=0.01',
        'train_loss=0.0312',
        'val_loss=-0.1286',
        'pseudo_dice=0.0000',
      ],
      [
        'step=2',
        'total=5',
        'unit=epoch',
        'learning_rate=0.00818',
        'train_loss=-0.2214',
        'val_loss=-0.3305',
        'pseudo_dice=0.5492',
      ],
      // [0.8934, nan]: the mean of the numbers.
      [
        'step=3',
        'total=5',
        'unit=epoch',
        'learning_rate=0.00631',
        'train_loss=-0.3808',
        'val_loss=-0.4117',
        'pseudo_dice=0.8934',
      ],
      [
        'step=4',
        'total=5',
        'unit=epoch',
        'learning_rate=0.00438',
        'train_loss=-0.4526',
        'val_loss=-0.4871',
        'pseudo_dice=0.7158',
      ],
      [
        'step=5',
        'total=5',
        'unit=epoch',
        'learning_rate=0.00235',
        'train_loss=-0.5012',
        'val_loss=-0.5233',
        'pseudo_dice=0.7531',
      ],
    ]);
  });

  it("keeps the whole log, noise included, byte for byte in the job's output", () => {
    expect(run('nnunet_progress 5', fixture).stdout).toBe(fixture);
    // A last line without a newline is not lost (it gets one).
    expect(run('nnunet_progress 5', 'no newline at the end').stdout).toBe('no newline at the end\n');
  });

  it('reads the Dice list as numpy 2 prints it, and leaves out what is not a JSON number', () => {
    const log = [
      line('Epoch 7'),
      line('Current learning rate: nan'),
      line('train_loss -0.61'),
      line('val_loss inf'),
      line('Pseudo dice [np.float32(0.8), np.float32(0.6), np.float32(nan)]'),
      line('Epoch time: 31.4 s'),
      line('Epoch 8'),
      line('Current learning rate: .005'),
      line('train_loss 01.5'),
      line('val_loss +0.5'),
      line('Pseudo dice [nan, nan]'),
      line('Epoch time: 30.9 s'),
    ].join('\n');
    expect(run('nnunet_progress 1000', log).calls).toEqual([
      ['step=8', 'total=1000', 'unit=epoch', 'train_loss=-0.61', 'pseudo_dice=0.7000'],
      ['step=9', 'total=1000', 'unit=epoch'],
    ]);
  });

  it('reports nothing for an epoch that never finished, nor for lines without the timestamp', () => {
    const log = [
      'Epoch 0',
      'Epoch time: 1 s',
      line('Epoch 0'),
      line('train_loss -0.1'),
      '2024-05-01 10:00:00.000000 Epoch time: 1 s',
      line('Epoch 1'),
      line('train_loss -0.2'),
      line('Epoch time: 1.5 s'),
      line('Epoch time: 1.5 s'),
    ].join('\n');
    expect(run('nnunet_progress 5', log).calls).toEqual([
      ['step=2', 'total=5', 'unit=epoch', 'train_loss=-0.2'],
    ]);
  });

  it('never runs what the log holds', () => {
    const marker = join(work, 'pwned');
    const log = [
      line('Epoch 0'),
      line(`train_loss $(touch ${marker})`),
      line(`val_loss \`touch ${marker}\``),
      line(`Current learning rate: a[$(touch ${marker})]`),
      line(`Pseudo dice [$(touch ${marker}), 1; touch ${marker}]`),
      line('Epoch time: 1 s'),
      line(`Epoch $(touch ${marker})`),
      line('Epoch time: 1 s'),
      line('Epoch 99999999999'),
      line('Epoch time: 1 s'),
    ].join('\n');
    const result = run('nnunet_progress 5', log);
    expect(result.status).toBe(0);
    expect(result.calls).toEqual([['step=1', 'total=5', 'unit=epoch']]);
    expect(existsSync(marker)).toBe(false);
  });

  it('keeps reading when ml_progress fails, and the pipeline keeps the trainer’s exit status', () => {
    const failing = run('nnunet_progress 5', fixture, 'ml_progress() { return 7; }');
    expect(failing.status).toBe(0);
    expect(failing.stdout).toBe(fixture);
    // As the template runs it: nnUNetv2_train | nnunet_progress, under pipefail.
    const piped = run(`{ cat; exit 3; } | nnunet_progress 5`, fixture);
    expect(piped.status).toBe(3);
    expect(piped.calls).toHaveLength(5);
  });

  it.each([
    ['nnUNetTrainer', '1000'],
    ['nnUNetTrainer_5epochs', '5'],
    ['nnUNetTrainer_250epochs', '250'],
    ['nnUNetTrainer_0epochs', '1000'],
    ['nnUNetTrainerNoDA', '1000'],
    ['nnUNetTrainer_5epochs_x', '1000'],
  ])('takes the epochs of %s as %s', (trainer, epochs) => {
    expect(run(`nnunet_epochs ${trainer}`, '').stdout).toBe(`${epochs}\n`);
  });

  it('is what the template pipes nnUNetv2_train through, under pipefail', () => {
    const script = catalog.get('nnunet-train')?.script ?? '';
    expect(script).toContain('set -euo pipefail');
    expect(script).toContain('epochs=$(nnunet_epochs "$trainer")');
    expect(script).toMatch(/in_container nnUNetv2_train .*\| nnunet_progress "\$epochs"\n/);
  });
});
