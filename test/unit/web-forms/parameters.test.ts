import { describe, expect, it } from 'vitest';
import type { ParameterSpec } from '../../../src/templates/types.ts';
import {
  controlOf,
  errorsByField,
  initialValues,
  parameterProblems,
  parametersToSend,
  valueProblem,
} from '../../../web/src/forms/parameters.ts';

const epochs: ParameterSpec = {
  name: 'epochs',
  type: 'integer',
  required: false,
  default: '3',
  minimum: 1,
  maximum: 100,
};
const rate: ParameterSpec = {
  name: 'learning_rate',
  type: 'number',
  required: false,
  default: '0.01',
  minimum: 0,
};
const task: ParameterSpec = { name: 'task_number', type: 'string', required: true, pattern: '^[0-9]{3}$' };
const config: ParameterSpec = {
  name: 'configuration',
  type: 'string',
  required: false,
  default: '3d_fullres',
  enum: ['2d', '3d_fullres'],
};
const flag: ParameterSpec = { name: 'deterministic', type: 'boolean', required: false, default: 'false' };
const raw: ParameterSpec = { name: 'raw', type: 'path', required: false, default: '' };
const note: ParameterSpec = { name: 'note', type: 'string', required: false, default: '', maxLength: 5 };
const title: ParameterSpec = {
  name: 'title',
  type: 'string',
  required: false,
  default: 'untitled',
  minLength: 3,
};
const scratch: ParameterSpec = {
  name: 'scratch',
  type: 'path',
  required: false,
  default: '/tmp',
  minLength: 2,
};
const image: ParameterSpec = {
  name: 'image',
  type: 'string',
  required: false,
  default: '/x.sif',
  pattern: '\\.sif$',
};

describe('controlOf', () => {
  it.each<[ParameterSpec, unknown]>([
    [epochs, { control: 'number', min: 1, max: 100, step: '1', required: false }],
    [rate, { control: 'number', min: 0, step: 'any', required: false }],
    [task, { control: 'text', pattern: '[0-9]{3}', required: true }],
    [config, { control: 'select', options: ['2d', '3d_fullres'], required: false }],
    [flag, { control: 'checkbox' }],
    [raw, { control: 'text', required: false }],
    [note, { control: 'text', maxLength: 5, required: false }],
    // An unanchored pattern means "contains" to the operator; the browser would anchor it, so it is left to the checks.
    [image, { control: 'text', required: false }],
  ])('%o', (spec, control) => {
    expect(controlOf(spec)).toEqual(control);
  });
});

describe('initialValues', () => {
  it('prefills defaults, leaves required ones empty, and a boolean without default false', () => {
    expect(initialValues([epochs, task, { name: 'b', type: 'boolean', required: true }, raw])).toEqual({
      epochs: '3',
      task_number: '',
      b: 'false',
      raw: '',
    });
  });
});

describe('parametersToSend', () => {
  it.each<[string, Record<string, string>, Record<string, string>]>([
    [
      'every declared value, as strings',
      { epochs: '5', task_number: '001', raw: '' },
      { epochs: '5', task_number: '001', raw: '' },
    ],
    [
      'an emptied optional field falls back to its default',
      { epochs: '', task_number: '001', raw: '' },
      { task_number: '001', raw: '' },
    ],
    [
      'an empty required field is not sent (the check reports it)',
      { epochs: '3', task_number: '', raw: '/d' },
      { epochs: '3', raw: '/d' },
    ],
    [
      'names the template does not declare are dropped',
      { epochs: '3', task_number: '001', raw: '', other: 'x' },
      { epochs: '3', task_number: '001', raw: '' },
    ],
  ])('%s', (_, values, sent) => {
    expect(parametersToSend([epochs, task, raw], values)).toEqual(sent);
  });
});

describe('valueProblem', () => {
  it.each<[ParameterSpec, string, string | undefined]>([
    [epochs, '3', undefined],
    [epochs, '100', undefined],
    [epochs, '0', 'must be between 1 and 100'],
    [epochs, '101', 'must be between 1 and 100'],
    [epochs, '010', 'whole number'],
    [epochs, '+3', 'whole number'],
    [epochs, '3.5', 'whole number'],
    [epochs, 'ten', 'whole number'],
    [epochs, '', undefined],
    [rate, '1e-3', undefined],
    [rate, '-2', 'must be at least 0'],
    [rate, '.5', 'number such as'],
    [rate, 'NaN', 'number such as'],
    [task, '', 'is required'],
    [task, '042', undefined],
    [task, '42', 'must match ^[0-9]{3}$'],
    [config, '2d', undefined],
    [config, '3d', 'must be one of 2d, 3d_fullres'],
    [flag, 'true', undefined],
    [flag, 'yes', 'must be true or false'],
    [raw, '', undefined],
    [raw, '/data/set-1', undefined],
    [raw, 'data', 'absolute path'],
    [raw, '/a/../b', 'absolute path'],
    [raw, '/a,b', 'absolute path'],
    [note, 'abc', undefined],
    [note, 'abcdef', 'at most 5 characters'],
    [note, 'a b', 'must use only'],
    [note, '-x', 'must use only'],
    [note, 'a$b', 'must use only'],
    // Cleared, an optional parameter with a default is sent as its default (not at all): no problem.
    [title, '', undefined],
    [title, 'ab', 'at least 3 characters'],
    [scratch, '', undefined],
    [image, '', undefined],
    [image, '/images/n.sif', undefined],
    [image, '/images/n.img', 'must match'],
  ])('%o %j → %j', (spec, value, problem) => {
    if (problem === undefined) expect(valueProblem(spec, value)).toBeUndefined();
    else expect(valueProblem(spec, value)).toContain(problem);
  });

  it('a cleared optional field with a default is sent as nothing, and its default passes', () => {
    expect(parameterProblems([title, scratch], { title: '', scratch: '' })).toEqual({});
    expect(parametersToSend([title, scratch], { title: '', scratch: '' })).toEqual({});
  });

  it('parameterProblems names only the fields with a problem', () => {
    expect(parameterProblems([epochs, task, raw], { epochs: '0', task_number: '123', raw: '' })).toEqual({
      epochs: 'must be between 1 and 100',
    });
  });
});

describe('errorsByField', () => {
  it.each<[string, string[], Record<string, string[]>, string[]]>([
    [
      'each message on the field it names',
      [
        'parameter "epochs": must be an integer between 1 and 100, got "ten"',
        'parameter "raw": is not allowed',
      ],
      { epochs: ['must be an integer between 1 and 100, got "ten"'], raw: ['is not allowed'] },
      [],
    ],
    [
      'two messages for one field',
      ['parameter "epochs": a', 'parameter "epochs": b'],
      { epochs: ['a', 'b'] },
      [],
    ],
    [
      'an undeclared name and other text stay general',
      [
        'parameter "other": is not declared by template "demo-train" (it declares: epochs)',
        'template "x" not found',
      ],
      {},
      [
        'parameter "other": is not declared by template "demo-train" (it declares: epochs)',
        'template "x" not found',
      ],
    ],
    ['nothing', [], {}, []],
  ])('%s', (_, errors, fields, general) => {
    expect(errorsByField(errors, ['epochs', 'raw'])).toEqual({ fields, general });
  });
});
