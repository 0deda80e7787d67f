import { describe, expect, it } from 'vitest';
import type { ParameterSpec } from '../../../src/templates/types.ts';
import {
  commonChecks,
  fieldId,
  formProblems,
  nameFromModel,
  namespaceOptions,
  parameterFieldId,
} from '../../../web/src/forms/job-form.ts';

const epochs: ParameterSpec = { name: 'epochs', type: 'integer', required: true, minimum: 1 };
const training = { kind: 'training' as const, parameters: [epochs] };

const valid = {
  namespace: 'team-a',
  name: 'segmenter-abcde',
  model: 'segmenter',
  cluster: '',
  template: training,
  values: { epochs: '3' },
};

describe('field ids', () => {
  it('are <prefix>-<field> and <prefix>-param-<name>', () => {
    expect(fieldId('r1', 'namespace')).toBe('r1-namespace');
    expect(parameterFieldId('r1', 'epochs')).toBe('r1-param-epochs');
  });
});

describe('namespaceOptions', () => {
  it('offers the chosen namespace too when it is not among the person’s, once', () => {
    expect(namespaceOptions(['a', 'b'], 'c')).toEqual(['a', 'b', 'c']);
    expect(namespaceOptions(['a', 'b'], 'b')).toEqual(['a', 'b']);
    expect(namespaceOptions(['a', 'b'], '')).toEqual(['a', 'b']);
  });
});

describe('nameFromModel', () => {
  it('is <model>-<suffix> until the person types, then what they typed (even nothing)', () => {
    expect(nameFromModel('segmenter', 'abcde', null)).toBe('segmenter-abcde');
    expect(nameFromModel('segmenter', 'predict-abcde', null)).toBe('segmenter-predict-abcde');
    expect(nameFromModel('', 'abcde', null)).toBe('');
    expect(nameFromModel('segmenter', 'abcde', 'mine')).toBe('mine');
    expect(nameFromModel('segmenter', 'abcde', '')).toBe('');
  });
});

describe('commonChecks', () => {
  it('finds nothing in a valid form; an empty cluster is the default one', () => {
    expect(commonChecks(valid)).toEqual({ fields: {}, parameters: {} });
  });

  it('lists the fields’ problems in the order namespace, name, model, template, cluster', () => {
    const checks = commonChecks({
      namespace: '',
      name: 'Not A Name',
      model: 'Bad_Model',
      cluster: 'bad cluster',
      template: undefined,
      values: {},
    });
    expect(Object.keys(checks.fields)).toEqual(['namespace', 'name', 'model', 'template', 'cluster']);
    expect(checks.fields.namespace).toBe('is required');
    expect(checks.fields.template).toBe('is required');
    expect(checks.fields.name).toContain('lower-case');
    expect(checks.fields.cluster).toContain('lower-case');
    // No template, no parameters to check.
    expect(checks.parameters).toEqual({});
  });

  it('checks the chosen template’s parameter values, each problem as a one-item list', () => {
    const checks = commonChecks({ ...valid, values: { epochs: '' } });
    expect(checks.fields).toEqual({});
    expect(Object.keys(checks.parameters)).toEqual(['epochs']);
    expect(checks.parameters.epochs).toHaveLength(1);
  });
});

describe('formProblems', () => {
  it('lists fields, then parameters, then problems of no field, linked to the fields’ ids', () => {
    expect(
      formProblems({
        prefix: 'r1',
        fields: { namespace: 'is required', template: 'is required' },
        parameters: { epochs: ['must be at least 1', 'is odd'] },
        general: ['the template is gone'],
      }),
    ).toEqual([
      { fieldId: 'r1-namespace', text: 'Namespace is required' },
      { fieldId: 'r1-template', text: 'Template is required' },
      { fieldId: 'r1-param-epochs', text: 'epochs must be at least 1' },
      { fieldId: 'r1-param-epochs', text: 'epochs is odd' },
      { text: 'the template is gone' },
    ]);
  });

  it('names a field by its label where the form gives one', () => {
    expect(
      formProblems({
        prefix: 'r1',
        fields: { version: 'names no alias', input: 'is required' },
        parameters: {},
        general: [],
        labels: { version: 'Version or alias' },
      }),
    ).toEqual([
      { fieldId: 'r1-version', text: 'Version or alias names no alias' },
      { fieldId: 'r1-input', text: 'Input is required' },
    ]);
  });

  it('is empty when nothing is wrong', () => {
    expect(formProblems({ prefix: 'r1', fields: {}, parameters: {}, general: [] })).toEqual([]);
  });
});
