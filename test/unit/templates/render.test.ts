import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  builtinTemplatesDir,
  type JobTemplate,
  PREDICTION_CONTEXT_VARIABLES,
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

function runScript(script: string) {
  const file = join(work, `job-${Math.random().toString(36).slice(2)}.sh`);
  writeFileSync(file, script);
  return spawnSync('/bin/sh', [file], { cwd: work, env: { PATH: process.env.PATH } });
}

function rendered(result: ReturnType<typeof renderJobTemplate>): string {
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.script;
}

describe('renderJobTemplate', () => {
  it('replaces every placeholder, with or without spaces, by a quoted value', () => {
    const t = template('#!/bin/sh\nrun {{epochs}} {{ epochs }} {{\tmodel_name  }} {{ model_path }}/x\n');
    const result = renderJobTemplate(t, { epochs: '5' }, trainingContext("/models/it's"));
    expect(result).toEqual({
      ok: true,
      script: "#!/bin/sh\nrun '5' '5' 'demo-classifier' '/models/it'\\''s'/x\n",
      parameters: { epochs: '5' },
    });
  });

  it('is pure: the same input renders the same script', () => {
    const t = template('#!/bin/sh\necho {{ epochs }}\n');
    expect(renderJobTemplate(t, {}, {})).toEqual(renderJobTemplate(t, {}, {}));
  });

  it('needs only the context variables the script uses', () => {
    expect(renderJobTemplate(template('#!/bin/sh\necho {{ epochs }}\n'), {}, {}).ok).toBe(true);
  });

  it('reports missing context variables and bad parameters together', () => {
    const t = template(
      '#!/bin/sh\necho {{ model_path }} {{ epochs }} {{ resource_name }} {{ model_path }}\n',
    );
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

  it('ignores context variables a template does not use, and never reads inherited ones', () => {
    const t = template('#!/bin/sh\necho {{ namespace }}\n');
    const context = Object.create({ namespace: 'inherited' }) as RenderContext;
    expect(renderJobTemplate(t, {}, context)).toEqual({
      ok: false,
      errors: ['context variable "namespace" is not set'],
    });
    expect(renderJobTemplate(t, {}, { namespace: 'ns', extra: 'x' }).ok).toBe(true);
  });

  it.each([
    ['no #! line', template('echo {{ epochs }}\n'), 'script must start with a #! line'],
    ['an unknown variable', template('#!/bin/sh\necho {{ nope }}\n'), '{{ nope }} is neither'],
    [
      'a variable of the other kind',
      template('#!/bin/sh\necho {{ input_path }}\n'),
      '{{ input_path }} is neither',
    ],
    [
      'a model version, which a training does not have yet',
      template('#!/bin/sh\necho {{ model_version }}\n'),
      '{{ model_version }} is not known while a training runs',
    ],
    ['a quoted placeholder', template('#!/bin/sh\necho "{{ epochs }}"\n'), 'inside double quotes'],
    [
      'a parameter shadowing a context variable',
      template('#!/bin/sh\necho\n', { parameters: [{ name: 'namespace', type: 'string', required: true }] }),
      'shadows the training context variable',
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
      const script = rendered(renderJobTemplate(t, required[name] ?? {}, context));
      expect(script).not.toContain('{{');
      const shell = script.startsWith('#!/bin/bash') ? '/bin/bash' : '/bin/sh';
      expect(spawnSync(shell, ['-n'], { input: script }).status).toBe(0);
    },
  );

  it('nnunet-train runs nnU-Net in Apptainer with its folders under the model path', () => {
    const script = rendered(
      renderJobTemplate(
        get('nnunet-train'),
        { task_number: '503', fold_index: 'all' },
        trainingContext('/m/v1'),
      ),
    );
    expect(script).toContain("model_dir='/m/v1'\ntask='503'\nfold='all'\nconfiguration='3d_fullres'\n");
    expect(script).toContain('export nnUNet_results="$model_dir/nnUNet_results"');
    expect(script).toContain('apptainer exec --nv');
    expect(renderJobTemplate(get('nnunet-train'), { fold_index: '5' }, trainingContext('/m/v1'))).toEqual({
      ok: false,
      errors: [
        'parameter "task_number": is required but was not given',
        'parameter "fold_index": must match the pattern ^([0-4]|all)$, got "5"',
      ],
    });
  });

  it('demo-train writes model.json and prints a line', () => {
    const modelPath = join(work, 'models', 'demo-classifier', 'runs', 'train-1-0b7c1a3e');
    const params = { epochs: '5', learning_rate: '1e-3' };
    const result = runScript(
      rendered(renderJobTemplate(get('demo-train'), params, trainingContext(modelPath))),
    );
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
    const script = rendered(
      renderJobTemplate(get('demo-train'), { exit_code: '3' }, trainingContext(modelPath)),
    );
    expect(runScript(script).status).toBe(3);
    expect(existsSync(join(modelPath, 'model.json'))).toBe(true);
  });

  it('demo-train takes a hostile model path literally', () => {
    const marker = join(work, 'pwned');
    const modelPath = join(work, `odd "dir" $(touch ${marker}) 'x'`);
    const result = runScript(rendered(renderJobTemplate(get('demo-train'), {}, trainingContext(modelPath))));
    expect(result.status).toBe(0);
    expect(existsSync(marker)).toBe(false);
    expect(JSON.parse(readFileSync(join(modelPath, 'model.json'), 'utf8')).epochs).toBe(3);
  });

  it('demo-predict reads the input if it exists and writes predictions.json', () => {
    const input = join(work, 'input.csv');
    writeFileSync(input, 'a,b\n1,2\n3,4\n');
    const output = join(work, 'models', 'm', 'v2', 'inference', 'run-1');
    const context = predictionContext('/models/m/v2', input, output);
    const result = runScript(rendered(renderJobTemplate(get('demo-predict'), {}, context)));
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
    const second = runScript(rendered(renderJobTemplate(get('demo-predict'), { exit_code: '4' }, missing)));
    expect(second.status).toBe(4);
    expect(JSON.parse(readFileSync(join(work, 'out-2', 'predictions.json'), 'utf8'))).toMatchObject({
      input_found: false,
      input_lines: 0,
    });
  });

  it('demo-train sleeps for sleep_seconds', () => {
    const started = Date.now();
    const script = rendered(
      renderJobTemplate(get('demo-train'), { sleep_seconds: '1' }, trainingContext(join(work, 'slow'))),
    );
    expect(runScript(script).status).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });
});
