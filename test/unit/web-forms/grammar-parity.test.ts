// One table of values through the form's checks (web/src/forms) and the operator's (the
// validator the reconciler runs before it submits, and the name checks of its APIs): the form
// never refuses what the operator accepts, and refuses what the operator refuses.
import { describe, expect, it } from 'vitest';
import { DNS_LABEL, DNS_SUBDOMAIN } from '../../../src/http/dns-names.ts';
import { checkJobParameters } from '../../../src/templates/render.ts';
import type { JobTemplate, ParameterSpec, TemplateKind } from '../../../src/templates/types.ts';
import { labelProblem, subdomainProblem } from '../../../web/src/forms/names.ts';
import { parameterProblems, parametersToSend } from '../../../web/src/forms/parameters.ts';

const NAME = 'setting';
const spec = (declared: Omit<ParameterSpec, 'name'>): ParameterSpec => ({ name: NAME, ...declared });

const SPECS: ParameterSpec[] = [
  spec({ type: 'integer', required: false, default: '3', minimum: 1, maximum: 100 }),
  spec({ type: 'integer', required: true }),
  spec({ type: 'integer', required: true, enum: ['1', '2', '10'] }),
  spec({ type: 'number', required: false, default: '0.01', minimum: 0 }),
  spec({ type: 'number', required: true, maximum: 1 }),
  spec({ type: 'number', required: false, default: '1.0', enum: ['1.0', '2.5'] }),
  spec({ type: 'boolean', required: false, default: 'false' }),
  spec({ type: 'boolean', required: true }),
  spec({ type: 'string', required: false, default: '' }),
  spec({ type: 'string', required: true }),
  spec({ type: 'string', required: false, default: 'abc' }),
  spec({ type: 'string', required: false, default: '', maxLength: 5 }),
  spec({ type: 'string', required: false, default: 'abc', minLength: 2 }),
  spec({ type: 'string', required: true, minLength: 2 }),
  spec({ type: 'string', required: true, pattern: '^[0-9]{3}$' }),
  spec({ type: 'string', required: false, default: 'a', pattern: '[a-z]' }),
  spec({ type: 'string', required: false, default: '', pattern: '^[a-z]+$|^$' }),
  spec({ type: 'string', required: true, pattern: '^.+$', maxLength: 1 }),
  spec({ type: 'string', required: false, default: '3d_fullres', enum: ['2d', '3d_fullres'] }),
  spec({ type: 'path', required: false, default: '' }),
  spec({ type: 'path', required: true }),
  spec({ type: 'path', required: false, default: '/data', maxLength: 8 }),
  spec({ type: 'path', required: false, default: '/data', minLength: 3 }),
];

const VALUES = [
  '',
  '0',
  '1',
  '-1',
  '-0',
  '01',
  '+1',
  ' 1',
  '1.',
  '.5',
  '1.0',
  '1.5',
  '2.5',
  '1e3',
  '1E-3',
  '1e999',
  '10',
  '101',
  '123',
  '1234',
  'true',
  'false',
  'True',
  'a',
  'abc',
  'ABC',
  '2d',
  '3d_fullres',
  'a b',
  '-rf',
  'a=b',
  'PATH=0',
  '$(id)',
  'x;y',
  'a\nb',
  'a\0b',
  'é',
  '😀',
  '😀😀',
  'a/b:c@d%e+f,g',
  '/data',
  '/data/in',
  '/data/in/x',
  '/data/../etc',
  '/data/..',
  '..',
  '/a..b',
  'relative/path',
  '/a,b',
  '/a:b',
  // Names of variables of the job: this parameter's, a context variable of both kinds, one of predictions only.
  NAME,
  'namespace',
  'input_path',
];

function template(kind: TemplateKind, parameter: ParameterSpec): JobTemplate {
  return {
    name: 'parity',
    kind,
    description: 'parity',
    parameters: [parameter],
    resources: {},
    script: '#!/bin/bash\necho "$setting"\n',
    source: 'test',
  };
}

const show = (s: ParameterSpec) => JSON.stringify({ ...s, name: undefined });

describe.each(['training', 'prediction'] as const)('a %s template', (kind) => {
  it.each(SPECS.map((s) => [show(s), s] as const))(
    '%s: the form and the operator agree on every value',
    (_, parameter) => {
      const t = template(kind, parameter);
      expect(
        JSON.stringify(checkJobParameters(t, parameter.required ? { [NAME]: VALUES[1] ?? '' } : {})),
      ).not.toContain('is invalid');
      const disagreements: string[] = [];
      for (const value of VALUES) {
        const browser = parameterProblems([parameter], { [NAME]: value }, kind)[NAME];
        // What the form would send, checked as the operator checks the resource.
        const checked = checkJobParameters(t, parametersToSend([parameter], { [NAME]: value }));
        const operator = checked.ok ? [] : checked.errors;
        if ((browser === undefined) !== (operator.length === 0))
          disagreements.push(
            `${JSON.stringify(value)}: form ${browser ?? 'accepts'}, operator ${operator.join('; ') || 'accepts'}`,
          );
      }
      expect(disagreements).toEqual([]);
    },
  );
});

describe('Kubernetes names', () => {
  const NAMES = [
    '',
    'a',
    'a-1',
    '9lives',
    'a'.repeat(63),
    'a'.repeat(64),
    `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}`,
    `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(62)}`,
    'A',
    '-a',
    'a-',
    'a.b',
    'a..b',
    'a.-b',
    'a-.b',
    '.a',
    'a.',
    'a_b',
    'a b',
    'a\n',
    'é',
  ];
  it.each(NAMES.map((n) => [n.length > 20 ? `${n.slice(0, 20)}… (${n.length})` : n, n]))(
    '%j: label and subdomain checks agree',
    (_, name) => {
      expect(labelProblem(name) === undefined).toBe(DNS_LABEL.test(name));
      expect(subdomainProblem(name) === undefined).toBe(DNS_SUBDOMAIN.test(name));
    },
  );
});
