import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STRING_PATTERN,
  type JobTemplate,
  type ParameterSpec,
  renderJobTemplate,
  TRAINING_CONTEXT_VARIABLES,
} from '../../../src/templates/index.ts';
import { checkParameterSpecs } from '../../../src/templates/parameters.ts';

const parameters: ParameterSpec[] = [
  { name: 'count', type: 'integer', required: false, default: '5', minimum: 1, maximum: 10 },
  { name: 'ratio', type: 'number', required: false, default: '0.5', minimum: 0, maximum: 1 },
  { name: 'flag', type: 'boolean', required: false, default: 'false' },
  { name: 'code', type: 'string', required: true, pattern: '^[0-9]{3}$' },
  { name: 'mode', type: 'string', required: false, default: 'fast', enum: ['fast', 'slow'] },
  { name: 'label', type: 'string', required: false, default: 'abc', minLength: 2, maxLength: 5 },
  { name: 'level', type: 'integer', required: false, default: '1', enum: ['1', '2', '3'] },
  { name: 'offset', type: 'integer', required: false, default: '0' },
  { name: 'note', type: 'string', required: false, default: '' },
  { name: 'data', type: 'path', required: false, default: '' },
];

const template: JobTemplate = {
  name: 'table',
  kind: 'training',
  description: 'every kind of parameter',
  parameters,
  resources: {},
  script: `#!/bin/sh\n${parameters.map((p) => `echo "$${p.name}"`).join('\n')}\n`,
  source: 'test',
};

const defaults = {
  count: '5',
  ratio: '0.5',
  flag: 'false',
  code: '123',
  mode: 'fast',
  label: 'abc',
  level: '1',
  offset: '0',
  note: '',
  data: '',
};

const PATH_RULE = (value: string) =>
  `must be an absolute path using only A-Z a-z 0-9 and . _ / + @ % -, got ${JSON.stringify(value)}`;

const context = Object.fromEntries(TRAINING_CONTEXT_VARIABLES.map((name) => [name, `/${name}`]));

function validate(given: Record<string, string>) {
  const result = renderJobTemplate(template, given, context);
  return result.ok ? { ok: true as const, parameters: result.parameters } : result;
}

describe('valid values', () => {
  it.each([
    [{}, {}],
    [{ count: '1' }, { count: '1' }],
    [{ count: '10' }, { count: '10' }],
    [{ ratio: '0' }, { ratio: '0' }],
    [{ ratio: '1e-3' }, { ratio: '1e-3' }],
    [{ ratio: '0.25' }, { ratio: '0.25' }],
    [{ flag: 'true' }, { flag: 'true' }],
    [{ mode: 'slow' }, { mode: 'slow' }],
    [{ label: 'ab' }, { label: 'ab' }],
    [{ label: 'abcde' }, { label: 'abcde' }],
    [{ level: '3' }, { level: '3' }],
    [{ offset: '-42' }, { offset: '-42' }],
    [{ offset: '123456789012' }, { offset: '123456789012' }],
    [{ note: 'resnet-50_v1.2' }, { note: 'resnet-50_v1.2' }],
    [{ note: '/data/in/x.nii.gz' }, { note: '/data/in/x.nii.gz' }],
    [{ note: 'registry:5000/img:1.0+cu121@sha256:ab' }, { note: 'registry:5000/img:1.0+cu121@sha256:ab' }],
    [{ note: 'a,b,c%20' }, { note: 'a,b,c%20' }],
    [{ note: 'x-' }, { note: 'x-' }],
    [{ data: '/' }, { data: '/' }],
    [{ data: '/data/in/x.nii.gz' }, { data: '/data/in/x.nii.gz' }],
    [{ data: '/data/..x/y.' }, { data: '/data/..x/y.' }],
    [{ data: '' }, { data: '' }],
  ])('%j', (given, changed) => {
    expect(validate({ code: '123', ...given })).toEqual({
      ok: true,
      parameters: { ...defaults, ...changed },
    });
  });

  it('fills defaults and returns the effective values in declaration order', () => {
    const result = validate({ note: 'n', code: '999' });
    expect(result).toEqual({ ok: true, parameters: { ...defaults, code: '999', note: 'n' } });
    expect(Object.keys(result.ok ? result.parameters : {})).toEqual(parameters.map((p) => p.name));
  });
});

describe('invalid values', () => {
  it.each<[string, string, string]>([
    ['count', '0', 'must be an integer between 1 and 10, got "0"'],
    ['count', '11', 'must be an integer between 1 and 10, got "11"'],
    ['count', 'ten', 'must be an integer between 1 and 10, got "ten"'],
    ['count', '1.5', 'must be an integer between 1 and 10, got "1.5"'],
    ['count', '1e1', 'must be an integer between 1 and 10, got "1e1"'],
    ['count', ' 5', 'must be an integer between 1 and 10, got " 5"'],
    ['count', '5\n', 'must be an integer between 1 and 10, got "5\\n"'],
    ['count', '+5', 'must be an integer between 1 and 10, got "+5"'],
    ['count', '', 'must be an integer between 1 and 10, got ""'],
    ['count', '05', 'must be an integer between 1 and 10 (without leading zeros), got "05"'],
    ['count', '0x5', 'must be an integer between 1 and 10, got "0x5"'],
    ['offset', '1.0', 'must be an integer, got "1.0"'],
    ['data', 'data/in.csv', PATH_RULE('data/in.csv')],
    ['data', '/data/in put.csv', PATH_RULE('/data/in put.csv')],
    ['data', '/data/$(id)', PATH_RULE('/data/$(id)')],
    // Separators of Apptainer's --bind: a second path, or a destination of the author's choosing.
    ['data', '/data/mine,/etc', PATH_RULE('/data/mine,/etc')],
    ['data', '/data/mine:/etc', PATH_RULE('/data/mine:/etc')],
    ['data', '/data\n', PATH_RULE('/data\n')],
    ['data', '/data/../etc', 'must not contain \'..\' segments, got "/data/../etc"'],
    ['data', '/data/..', 'must not contain \'..\' segments, got "/data/.."'],
    ['ratio', '2', 'must be a number between 0 and 1, got "2"'],
    ['ratio', '-0.1', 'must be a number between 0 and 1, got "-0.1"'],
    ['ratio', '.5', 'must be a number between 0 and 1, got ".5"'],
    ['ratio', 'NaN', 'must be a number between 0 and 1, got "NaN"'],
    ['ratio', 'Infinity', 'must be a number between 0 and 1, got "Infinity"'],
    ['ratio', '1e400', 'must be a number between 0 and 1, got "1e400"'],
    ['flag', 'yes', 'must be "true" or "false", got "yes"'],
    ['flag', 'True', 'must be "true" or "false", got "True"'],
    ['flag', '1', 'must be "true" or "false", got "1"'],
    ['code', '12', 'must match the pattern ^[0-9]{3}$, got "12"'],
    ['code', '1234', 'must match the pattern ^[0-9]{3}$, got "1234"'],
    ['code', '123\n', 'must match the pattern ^[0-9]{3}$, got "123\\n"'],
    ['mode', 'medium', 'must be one of "fast", "slow", got "medium"'],
    ['mode', 'FAST', 'must be one of "fast", "slow", got "FAST"'],
    ['label', 'a', 'must be at least 2 characters long, got "a"'],
    ['label', 'abcdef', 'must be at most 5 characters long, got "abcdef"'],
    ['level', '4', 'must be one of "1", "2", "3", got "4"'],
    ['note', 'a\0b', 'must not contain a NUL character'],
    ...[
      '$(touch x)',
      '`id`',
      "it's",
      'a"b',
      'a[1]',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell expansion given as a value
      '${x}',
      'two words',
      'tab\there',
      'line\nbreak',
      'a;b',
      'a|b',
      'a&b',
      '<x',
      'x>',
      '*',
      'a?',
      '!x',
      '~root',
      '#x',
      'a\\b',
      '(x)',
      '{a,b}',
      'k=v',
      '-e',
      '--help',
      'naïve',
    ].map(
      (value) =>
        [
          'note',
          value,
          'must use only A-Z a-z 0-9 and . _ , : / + @ % - (not starting with "-"), the characters a ' +
            `string parameter without a pattern or enum of its own accepts, got ${JSON.stringify(value)}`,
        ] as [string, string, string],
    ),
    ...['count', 'note', 'model_path', 'resource_uid'].map(
      (value) =>
        [
          'note',
          value,
          `must not be the name of a variable of the job (${JSON.stringify(value)}): bash arithmetic reads the value of a variable it is given by name`,
        ] as [string, string, string],
    ),
  ])('%s = %j', (name, value, message) => {
    expect(validate({ code: '123', [name]: value })).toEqual({
      ok: false,
      errors: [`parameter "${name}": ${message}`],
    });
  });

  it('shows at most 80 characters of a long value', () => {
    const result = validate({ code: 'x'.repeat(4096) });
    expect(result).toEqual({
      ok: false,
      errors: [`parameter "code": must match the pattern ^[0-9]{3}$, got "${'x'.repeat(80)}…"`],
    });
  });

  it('reports a missing required parameter', () => {
    expect(validate({})).toEqual({ ok: false, errors: ['parameter "code": is required but was not given'] });
  });

  it('reports an unknown parameter with the declared names', () => {
    expect(validate({ code: '123', colour: 'red' })).toEqual({
      ok: false,
      errors: [
        'parameter "colour": is not declared by template "table" ' +
          '(it declares: count, ratio, flag, code, mode, label, level, offset, note, data)',
      ],
    });
  });

  it('collects every error, declared parameters first, in declaration order', () => {
    const result = validate({ zzz: '1', label: 'a', count: 'x', flag: 'no', aaa: '2' });
    expect(result).toEqual({
      ok: false,
      errors: [
        'parameter "count": must be an integer between 1 and 10, got "x"',
        'parameter "flag": must be "true" or "false", got "no"',
        'parameter "code": is required but was not given',
        'parameter "label": must be at least 2 characters long, got "a"',
        expect.stringMatching(/^parameter "zzz": is not declared/),
        expect.stringMatching(/^parameter "aaa": is not declared/),
      ],
    });
  });

  it('refuses values that are not strings', () => {
    const given = { code: '123', count: 5 } as unknown as Record<string, string>;
    expect(validate(given)).toEqual({
      ok: false,
      errors: ['parameter "count": must be given as a string, got number'],
    });
  });

  it('treats "__proto__" as an unknown name, not as the prototype', () => {
    const given = JSON.parse('{"code": "123", "__proto__": {"count": "x"}}') as Record<string, string>;
    const result = validate(given);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toEqual([
      expect.stringMatching(/^parameter "__proto__": is not declared by template "table"/),
    ]);
    expect(({} as Record<string, unknown>).count).toBeUndefined();
  });
});

describe('the default character set of string parameters', () => {
  it('is the documented pattern', () => {
    expect(DEFAULT_STRING_PATTERN).toBe('^([A-Za-z0-9._,:/+@%][A-Za-z0-9._,:/+@%-]*)?$');
  });

  it('gives way to a pattern or an enum of the template', () => {
    // code has a pattern of its own, mode an enum: neither is held to the default set.
    const own: JobTemplate = {
      ...template,
      parameters: [{ name: 'free', type: 'string', required: true, pattern: '^' }],
      script: '#!/bin/sh\necho "$free"\n',
    };
    const result = renderJobTemplate(own, { free: '$(any) `text` count' }, context);
    expect(result.ok ? result.parameters : result.errors).toEqual({ free: '$(any) `text` count' });
  });
});

describe('parameter names', () => {
  const spec = (name: string): ParameterSpec => ({ name, type: 'string', required: true });
  it.each([
    ['path', 'is reserved: "path" (or PATH) means something'],
    ['home', 'is reserved: "home" (or HOME) means something'],
    ['ifs', 'is reserved: "ifs" (or IFS) means something'],
    ['slurm_ml_operator', 'is reserved: "slurm_ml_operator" (or SLURM_ML_OPERATOR)'],
    ['environment', 'is reserved: "environment" (or ENVIRONMENT)'],
    ['cuda_visible_devices', 'is reserved: "cuda_visible_devices"'],
    ['http_proxy', 'is reserved: "http_proxy" (or HTTP_PROXY)'],
    ['histchars', 'is reserved: "histchars"'],
    ['slurm_job_id', 'is reserved: names starting with "slurm_" belong to Slurm'],
    ['sbatch_partition', 'is reserved: names starting with "sbatch_" belong to Slurm'],
    ['bash_env', 'is reserved: names starting with "bash" belong to bash'],
    ['ld_preload', 'is reserved: names starting with "ld_" belong to the dynamic loader'],
    ['lc_all', 'is reserved: names starting with "lc_" belong to the locale'],
  ])('refuses %s', (name, message) => {
    expect(checkParameterSpecs('training', [spec(name)])).toEqual([
      expect.stringContaining(`parameter "${name}": ${message}`),
    ]);
  });

  it.each(['epochs', 'task_number', 'fold_index', 'image', 'trainer', 'raw_path', 'paths', 'user_name'])(
    'accepts %s',
    (name) => {
      expect(checkParameterSpecs('training', [spec(name)])).toEqual([]);
    },
  );
});

describe('path parameters', () => {
  const declare = (spec: Partial<ParameterSpec>) =>
    checkParameterSpecs('training', [{ name: 'data', type: 'path', required: false, default: '', ...spec }]);

  it("take a length but neither a pattern nor an enum (where a path may lie is the tenant's roots)", () => {
    expect(declare({ maxLength: 200 })).toEqual([]);
    expect(declare({ pattern: '^/data/' })).toEqual(['parameter "data": pattern applies only to strings']);
    expect(declare({ enum: ['/a', '/b'], default: '/a' })).toEqual([
      'parameter "data": enum does not apply to paths (a path must lie in the tenant\'s roots)',
    ]);
  });

  it('need a default that is a path', () => {
    expect(declare({ default: 'relative' })).toEqual([`parameter "data": default ${PATH_RULE('relative')}`]);
  });
});
