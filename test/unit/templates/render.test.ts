import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseReportLine } from '../../../src/progress/protocol.ts';
import { PROGRESS_HELPER_SH } from '../../../src/progress/shell-helper.ts';
import {
  builtinTemplatesDir,
  checkJobParameters,
  type JobTemplate,
  PREDICTION_CONTEXT_VARIABLES,
  pathParametersOf,
  type RenderContext,
  renderJobTemplate,
  TemplateCatalog,
  TRAINING_CONTEXT_VARIABLES,
} from '../../../src/templates/index.ts';

const work = mkdtempSync(join(tmpdir(), 'template-render-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function template(script: string, overrides: Partial<JobTemplate> = {}): JobTemplate {
  return {
    name: 't',
    kind: 'training',
    description: 'test',
    parameters: [{ name: 'epochs', type: 'integer', required: false, default: '3', minimum: 1 }],
    resources: {},
    script,
    source: 'test',
    ...overrides,
  };
}

function trainingContext(modelPath: string): RenderContext {
  return {
    model_name: 'demo-classifier',
    model_path: modelPath,
    namespace: 'team-a',
    resource_name: 'train-1',
    resource_uid: '0b7c1a3e-0000-4000-8000-000000000001',
  };
}

function predictionContext(modelPath: string, input: string, output: string): RenderContext {
  return { ...trainingContext(modelPath), model_version: '7', input_path: input, output_path: output };
}

function runScript(result: ReturnType<typeof renderJobTemplate>, extraEnv: Record<string, string> = {}) {
  if (!result.ok) throw new Error(result.errors.join('; '));
  const file = join(work, `job-${Math.random().toString(36).slice(2)}.sh`);
  writeFileSync(file, result.script);
  const env = { ...result.environment, PATH: process.env.PATH ?? '/usr/bin:/bin', ...extraEnv };
  return spawnSync('/bin/sh', [file], { cwd: work, env });
}

describe('checkJobParameters', () => {
  it('answers the effective values it accepted, the ones renderJobTemplate passes on', () => {
    const t = template('#!/bin/sh\necho "$epochs"\n', {
      parameters: [
        { name: 'epochs', type: 'integer', required: false, default: '3', minimum: 1 },
        { name: 'note', type: 'string', required: false, default: '' },
      ],
    });
    const checked = checkJobParameters(t, { note: 'x' });
    expect(checked).toEqual({ ok: true, values: { epochs: '3', note: 'x' } });
    const rendered = renderJobTemplate(t, { note: 'x' }, trainingContext('/m'));
    expect(rendered.ok && rendered.parameters).toEqual(checked.ok && checked.values);
  });

  it("answers the validator's messages, or the template's problems", () => {
    const t = template('#!/bin/sh\necho "$epochs"\n');
    expect(checkJobParameters(t, { epochs: '0' })).toEqual({
      ok: false,
      errors: ['parameter "epochs": must be an integer of at least 1, got "0"'],
    });
    const broken = template('#!/bin/sh\n', {
      parameters: [{ name: 'epochs', type: 'integer', required: false }],
    });
    const checked = checkJobParameters(broken, {});
    expect(checked.ok).toBe(false);
    expect(checked.ok ? [] : checked.errors).toEqual([
      expect.stringContaining(
        'template "t" is invalid: parameter "epochs": an optional parameter needs a default',
      ),
    ]);
  });
});

describe('renderJobTemplate', () => {
  it('returns the script unchanged and the values as the environment', () => {
    const t = template('#!/bin/sh\nrun "$epochs" "$model_path"\n');
    expect(renderJobTemplate(t, { epochs: '5' }, trainingContext("/models/it's"))).toEqual({
      ok: true,
      script: t.script,
      parameters: { epochs: '5' },
      environment: { ...trainingContext("/models/it's"), epochs: '5' },
    });
  });

  it('puts the defaults into the environment', () => {
    const result = renderJobTemplate(template('#!/bin/sh\necho "$epochs"\n'), {}, trainingContext('/m'));
    expect(result.ok ? result.environment.epochs : result.errors).toBe('3');
  });

  it('is pure: the same input renders the same result', () => {
    const t = template('#!/bin/sh\necho "$epochs"\n');
    expect(renderJobTemplate(t, {}, trainingContext('/m'))).toEqual(
      renderJobTemplate(t, {}, trainingContext('/m')),
    );
  });

  it('passes the prediction variables to a prediction template', () => {
    const t = template('#!/bin/sh\necho "$input_path"\n', { kind: 'prediction', parameters: [] });
    const context = predictionContext('/m/v7', '/data/$(x)', '/m/v7/inference/o');
    expect(renderJobTemplate(t, {}, context)).toMatchObject({ ok: true, environment: context });
  });

  it('reports missing context variables and bad parameters together', () => {
    const t = template('#!/bin/sh\necho "$model_path"\n');
    const { model_path: _, ...context } = trainingContext('/m');
    expect(renderJobTemplate(t, { epochs: '0' }, { ...context, resource_name: 'v\0' })).toEqual({
      ok: false,
      errors: [
        'parameter "epochs": must be an integer of at least 1, got "0"',
        'context variable "model_path" is not set',
        'context variable "resource_name" contains a NUL character',
      ],
    });
  });

  it('passes on only the context variables of the kind, and never reads inherited ones', () => {
    const t = template('#!/bin/sh\necho "$namespace"\n');
    const inherited = Object.assign(Object.create({ namespace: 'inherited' }), trainingContext('/m'));
    delete inherited.namespace;
    expect(renderJobTemplate(t, {}, inherited)).toEqual({
      ok: false,
      errors: ['context variable "namespace" is not set'],
    });
    const result = renderJobTemplate(t, {}, { ...trainingContext('/m'), extra: 'x', input_path: '/i' });
    expect(result.ok ? Object.keys(result.environment) : result.errors).toEqual([
      ...TRAINING_CONTEXT_VARIABLES,
      'epochs',
    ]);
  });

  it.each([
    ['no #! line', template('echo "$epochs"\n'), 'script line 1: must start with a #! line'],
    [
      'an old placeholder',
      template('#!/bin/sh\necho {{ epochs }}\n'),
      'script line 2: "{{ epochs }}" is no longer substituted; read the value from the environment as "$epochs"',
    ],
    [
      'a parameter shadowing a context variable',
      template('#!/bin/sh\necho\n', { parameters: [{ name: 'namespace', type: 'string', required: true }] }),
      'shadows the training context variable',
    ],
    [
      'a reserved parameter name',
      template('#!/bin/sh\necho\n', { parameters: [{ name: 'ifs', type: 'string', required: true }] }),
      'parameter "ifs": is reserved',
    ],
  ])('refuses a template that was not loaded from a file and has %s', (_label, t, message) => {
    const result = renderJobTemplate(t, {}, trainingContext('/m'));
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.errors[0]).toMatch(/^template "t" is invalid: /);
    expect(result.ok ? '' : result.errors[0]).toContain(message);
  });

  it('names the context variables of each kind', () => {
    expect(TRAINING_CONTEXT_VARIABLES).toEqual([
      'model_name',
      'model_path',
      'namespace',
      'resource_name',
      'resource_uid',
    ]);
    expect(PREDICTION_CONTEXT_VARIABLES).toEqual([
      ...TRAINING_CONTEXT_VARIABLES,
      'model_version',
      'input_path',
      'output_path',
    ]);
  });
});

describe('the built-in templates', async () => {
  const catalog = await TemplateCatalog.load([builtinTemplatesDir]);
  const get = (name: string) => {
    const t = catalog.get(name);
    if (!t) throw new Error(`no template ${name}`);
    return t;
  };
  const required: Record<string, Record<string, string>> = {
    'nnunet-train': { task_number: '503' },
    'nnunet-predict': { task_number: '503' },
  };

  it.each(['demo-train', 'demo-predict', 'nnunet-train', 'nnunet-predict'])(
    '%s renders with its defaults and required parameters into a valid script',
    (name) => {
      const t = get(name);
      const context = predictionContext('/models/m/v1', '/data/in', '/models/m/v1/inference/out');
      const result = renderJobTemplate(t, required[name] ?? {}, context);
      if (!result.ok) throw new Error(result.errors.join('; '));
      expect(result.script).toBe(t.script);
      const declared = t.parameters.map((p) => p.name);
      const variables = t.kind === 'training' ? TRAINING_CONTEXT_VARIABLES : PREDICTION_CONTEXT_VARIABLES;
      expect(Object.keys(result.environment).sort()).toEqual([...declared, ...variables].sort());
      const shell = t.script.startsWith('#!/bin/bash') ? '/bin/bash' : '/bin/sh';
      expect(spawnSync(shell, ['-n'], { input: t.script }).status).toBe(0);
    },
  );

  it('nnunet-train runs nnU-Net in Apptainer with its folders under the model path', () => {
    const t = get('nnunet-train');
    const result = renderJobTemplate(t, { task_number: '503', fold_index: 'all' }, trainingContext('/m/v1'));
    expect(result).toMatchObject({
      ok: true,
      environment: {
        model_path: '/m/v1',
        task_number: '503',
        fold_index: 'all',
        configuration: '3d_fullres',
      },
    });
    expect(t.script).toContain('model_dir="$model_path"\ntask="$task_number"\nfold="$fold_index"\n');
    expect(t.script).toContain('export nnUNet_results="$model_dir/nnUNet_results"');
    expect(t.script).toContain('apptainer exec --nv');
    expect(renderJobTemplate(t, { fold_index: '5' }, trainingContext('/m/v1'))).toEqual({
      ok: false,
      errors: [
        'parameter "task_number": is required but was not given',
        'parameter "fold_index": must match the pattern ^([0-4]|all)$, got "5"',
      ],
    });
  });

  it.each([
    ['image', '/opt/$(touch x).sif'],
    ['image', '/opt/a b.sif'],
    ['image', '/opt/../home/other/x.sif'],
    ['raw_path', '/data/`id`'],
    ['raw_path', '/data/x:/etc'],
    ['raw_path', '/data/x,/etc'],
    ['raw_path', '/data/../etc'],
  ])('nnunet-train refuses %s = %j', (name, value) => {
    const result = renderJobTemplate(
      get('nnunet-train'),
      { task_number: '503', [name]: value },
      trainingContext('/m'),
    );
    expect(result.ok ? [] : result.errors).toEqual([
      expect.stringMatching(
        new RegExp(`^parameter "${name}": must (match|be an absolute path|not contain '..')`),
      ),
    ]);
  });

  it('hands the path parameters, given or defaulted and not empty, to the tenant check', () => {
    const t = get('nnunet-train');
    expect(pathParametersOf(t, { task_number: '503' })).toEqual([]);
    expect(pathParametersOf(t, { task_number: '503', raw_path: '/m/ns/raw' })).toEqual([
      { label: 'parameter "raw_path"', path: '/m/ns/raw' },
    ]);
    // A default is checked too: an admin's default outside a tenant's roots fails that tenant.
    const withDefault = {
      ...t,
      parameters: t.parameters.map((p) => (p.name === 'raw_path' ? { ...p, default: '/shared/raw' } : p)),
    };
    expect(pathParametersOf(withDefault, { task_number: '503' })).toEqual([
      { label: 'parameter "raw_path"', path: '/shared/raw' },
    ]);
  });

  it('demo-train writes model.json and prints a line', () => {
    const modelPath = join(work, 'models', 'demo-classifier', 'runs', 'train-1-0b7c1a3e');
    const params = { epochs: '5', learning_rate: '1e-3' };
    const result = runScript(renderJobTemplate(get('demo-train'), params, trainingContext(modelPath)));
    expect(result.stderr.toString()).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.toString()).toMatch(
      /^demo-train: training demo-classifier \(train-1\) for 5 epochs/,
    );
    const model = JSON.parse(readFileSync(join(modelPath, 'model.json'), 'utf8'));
    expect(model).toEqual({
      model: 'demo-classifier',
      training: 'train-1',
      training_uid: '0b7c1a3e-0000-4000-8000-000000000001',
      epochs: 5,
      learning_rate: 0.001,
      trained_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
    });
  });

  it('demo-train exits with exit_code after writing model.json', () => {
    const modelPath = join(work, 'models', 'failing', 'v1');
    const script = renderJobTemplate(get('demo-train'), { exit_code: '3' }, trainingContext(modelPath));
    expect(runScript(script).status).toBe(3);
    expect(existsSync(join(modelPath, 'model.json'))).toBe(true);
  });

  it('demo-train takes a hostile model path literally', () => {
    const marker = join(work, 'pwned');
    const modelPath = join(work, `odd "dir" $(touch ${marker}) 'x'`);
    const result = runScript(renderJobTemplate(get('demo-train'), {}, trainingContext(modelPath)));
    expect(result.status).toBe(0);
    expect(existsSync(marker)).toBe(false);
    expect(JSON.parse(readFileSync(join(modelPath, 'model.json'), 'utf8')).epochs).toBe(3);
  });

  it('demo-predict reads the input if it exists and writes predictions.json', () => {
    const input = join(work, 'input.csv');
    writeFileSync(input, 'a,b\n1,2\n3,4\n');
    const output = join(work, 'models', 'm', 'v2', 'inference', 'run-1');
    const context = predictionContext('/models/m/v2', input, output);
    const result = runScript(renderJobTemplate(get('demo-predict'), {}, context));
    expect(result.stderr.toString()).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.toString()).toContain('demo-predict: wrote');
    expect(JSON.parse(readFileSync(join(output, 'predictions.json'), 'utf8'))).toEqual({
      model: 'demo-classifier',
      version: '7',
      model_path: '/models/m/v2',
      input,
      input_found: true,
      input_lines: 3,
      predicted_at: expect.any(String),
    });

    const missing = predictionContext('/models/m/v2', join(work, 'absent.csv'), join(work, 'out-2'));
    const second = runScript(renderJobTemplate(get('demo-predict'), { exit_code: '4' }, missing));
    expect(second.status).toBe(4);
    expect(JSON.parse(readFileSync(join(work, 'out-2', 'predictions.json'), 'utf8'))).toMatchObject({
      input_found: false,
      input_lines: 0,
    });
  });

  it('demo-train reports each epoch and a falling loss through the progress helper', () => {
    const progress = join(work, 'demo.progress.jsonl');
    const script = renderJobTemplate(get('demo-train'), { epochs: '4' }, trainingContext(join(work, 'p')));
    const run = runScript(script, {
      SLURM_ML_PROGRESS_FILE: progress,
      SLURM_ML_PROGRESS_HELPER: PROGRESS_HELPER_SH,
    });
    expect(run.status).toBe(0);
    const reports = readFileSync(progress, 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => {
        const parsed = parseReportLine(line);
        if (!('report' in parsed)) throw new Error(parsed.refused);
        return parsed.report;
      });
    expect(reports.map((r) => [r.step, r.total, r.unit])).toEqual([
      [1, 4, 'epoch'],
      [2, 4, 'epoch'],
      [3, 4, 'epoch'],
      [4, 4, 'epoch'],
    ]);
    const losses = reports.map((r) => r.metrics.find(([name]) => name === 'loss')?.[1] ?? Number.NaN);
    expect(losses.every((loss, i) => i === 0 || loss < (losses[i - 1] ?? 0))).toBe(true);
  });

  it("demo-train runs without the operator's progress variables", () => {
    const script = renderJobTemplate(get('demo-train'), {}, trainingContext(join(work, 'plain')));
    expect(runScript(script).status).toBe(0);
  });

  it('demo-train sleeps for sleep_seconds', () => {
    const started = Date.now();
    const script = renderJobTemplate(
      get('demo-train'),
      { sleep_seconds: '1' },
      trainingContext(join(work, 'slow')),
    );
    expect(runScript(script).status).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });
});
