import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseTemplateFile, resourcesSchema } from '../../../src/templates/template-file.ts';

/** A valid training template; `extra` lines are appended as they are. */
function templateText(name: string, extra = '', script = '#!/bin/sh\necho "$model_path"\n'): string {
  return `name: ${name}\nkind: training\ndescription: test template\nscript: ${JSON.stringify(script)}\n${extra}`;
}

it('reads a valid file into a JobTemplate', () => {
  const text = templateText(
    't',
    'parameters:\n  n: {type: integer, description: count, minimum: 1, default: 2}\n' +
      '  m: {type: string, enum: [a, 1, true], required: true}\nresources: {timeLimit: "5", gpus: 0}\n',
  );
  expect(parseTemplateFile(text, '/etc/templates/t.yaml')).toEqual({
    ok: true,
    template: {
      name: 't',
      kind: 'training',
      description: 'test template',
      parameters: [
        { name: 'n', type: 'integer', description: 'count', minimum: 1, required: false, default: '2' },
        { name: 'm', type: 'string', required: true, enum: ['a', '1', 'true'] },
      ],
      resources: { timeLimit: '5', gpus: 0 },
      script: '#!/bin/sh\necho "$model_path"\n',
      source: '/etc/templates/t.yaml',
    },
  });
});

describe('a bad template file', () => {
  it.each([
    ['unknown top-level key', templateText('t', 'owner: me\n'), 'top level: unknown key "owner"'],
    [
      'unknown parameter key',
      templateText('t', 'parameters:\n  e: {type: integer, default: 1, secret: 2}\n'),
      'parameters.e: unknown key "secret"',
    ],
    ['unknown resource key', templateText('t', 'resources: {cpus: 2}\n'), 'resources: unknown key "cpus"'],
    ['name unlike the file', templateText('other'), 'name "other" must equal the file\'s base name "t"'],
    ['missing key', 'name: t\nkind: training\nscript: "#!/bin/sh"\n', 'top level: missing key "description"'],
    ['unknown kind', templateText('t').replace('kind: training', 'kind: job'), 'kind: must be one of'],
    [
      'parameter name not lower_snake_case',
      templateText('t', 'parameters:\n  Epochs: {type: integer, default: 1}\n'),
      'parameter name "Epochs" must be lower_snake_case',
    ],
    [
      'old placeholder of a declared parameter',
      templateText(
        't',
        'parameters:\n  epochs: {type: integer, default: 1}\n',
        '#!/bin/sh\n\necho {{ epochs }}\n',
      ),
      'script line 3: "{{ epochs }}" is no longer substituted; read the value from the environment as "$epochs"',
    ],
    [
      'old placeholder of an undeclared name',
      templateText('t', '', '#!/bin/sh\necho {{ output_path }}\n'),
      '"output_path" is neither a declared parameter nor a training context variable',
    ],
    [
      'parameter shadowing a context variable',
      templateText('t', 'parameters:\n  model_path: {type: string, default: /tmp}\n'),
      'parameter "model_path": shadows the training context variable',
    ],
    [
      'training parameter posing as the model version',
      templateText('t', 'parameters:\n  model_version: {type: string, default: "7"}\n'),
      'parameter "model_version": is reserved: the model version is given only once a training has succeeded',
    ],
    [
      'parameter named like an environment variable the job has',
      templateText('t', 'parameters:\n  path: {type: string, default: /tmp}\n'),
      'parameter "path": is reserved: "path" (or PATH) means something to the operator, Slurm or the shell',
    ],
    ['no #! line', templateText('t', '', 'echo "$model_path"\n'), 'script line 1: must start with a #! line'],
    [
      'default outside the default character set',
      templateText('t', 'parameters:\n  e: {type: string, default: "a b"}\n'),
      'parameter "e": default must use only A-Z a-z 0-9',
    ],
    [
      'default out of bounds',
      templateText('t', 'parameters:\n  e: {type: integer, minimum: 1, default: 0}\n'),
      'parameter "e": default must be an integer of at least 1, got "0"',
    ],
    [
      'default not in the enum',
      templateText('t', 'parameters:\n  e: {type: string, enum: [a, b], default: c}\n'),
      'parameter "e": default must be one of "a", "b", got "c"',
    ],
    [
      'enum entry of the wrong type',
      templateText('t', 'parameters:\n  e: {type: integer, enum: [1, x], default: 1}\n'),
      'parameter "e": enum entry must be an integer, got "x"',
    ],
    [
      'required with a default',
      templateText('t', 'parameters:\n  e: {type: string, required: true, default: a}\n'),
      'parameter "e": a required parameter cannot have a default',
    ],
    [
      'optional without a default',
      templateText('t', 'parameters:\n  e: {type: string}\n'),
      'parameter "e": an optional parameter needs a default',
    ],
    [
      'pattern on an integer',
      templateText('t', 'parameters:\n  e: {type: integer, pattern: "^1$", default: 1}\n'),
      'parameter "e": pattern applies only to strings',
    ],
    [
      'bounds on a string',
      templateText('t', 'parameters:\n  e: {type: string, maximum: 3, default: a}\n'),
      'parameter "e": maximum applies only to integers and numbers',
    ],
    [
      'minimum above maximum',
      templateText('t', 'parameters:\n  e: {type: integer, minimum: 3, maximum: 1, default: 2}\n'),
      'parameter "e": minimum is greater than maximum',
    ],
    [
      'invalid pattern',
      templateText('t', 'parameters:\n  e: {type: string, pattern: "(", default: a}\n'),
      'parameter "e": pattern is not a valid regular expression',
    ],
    [
      'unquoted time limit',
      templateText('t', 'resources: {timeLimit: 10}\n'),
      'resources.timeLimit: must be string',
    ],
    ['Kubernetes memory', templateText('t', 'resources: {memory: 16Gi}\n'), 'resources.memory: must match'],
    ['invalid YAML', 'name: [\n', 'not valid YAML'],
    ['duplicate key', `${templateText('t')}name: t\n`, 'not valid YAML: duplicated mapping key'],
    ['a list', '- a\n', 'top level: must be object, got a list'],
  ])('%s fails to load with a clear message', (_label, text, message) => {
    const result = parseTemplateFile(text, '/etc/templates/t.yaml');
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toEqual([expect.stringContaining(message)]);
  });

  it('reports every problem of a file at once', () => {
    const text = templateText('x', 'parameters:\n  model_name: {type: string}\n', 'echo "{{ nope }}"\r\n');
    const result = parseTemplateFile(text, '/templates/t.yaml');
    expect(result.ok ? [] : result.errors).toEqual([
      'name "x" must equal the file\'s base name "t"',
      expect.stringContaining('parameter "model_name": shadows'),
      expect.stringContaining('parameter "model_name": an optional parameter needs a default'),
      expect.stringContaining('script line 1: must start with a #! line'),
      expect.stringContaining('script line 1: contains a carriage return'),
      expect.stringMatching(
        /^script line 1: "\{\{ nope \}\}" is no longer substituted; .* "nope" is neither/,
      ),
    ]);
  });
});

it('template resources accept exactly what the CRDs accept', () => {
  for (const file of ['ml.hpc.dev_trainings.yaml', 'ml.hpc.dev_predictions.yaml']) {
    const crd = yaml.load(readFileSync(join(import.meta.dirname, '../../../crds', file), 'utf8')) as {
      spec: { versions: { schema: { openAPIV3Schema: unknown } }[] };
    };
    const root = crd.spec.versions[0]?.schema.openAPIV3Schema as { properties: Record<string, unknown> };
    const spec = root.properties.spec as {
      properties: { resources: { properties: Record<string, object> } };
    };
    const strip = ({ description: _, ...rest }: { description?: string }) => rest;
    const crdFields = Object.fromEntries(
      Object.entries(spec.properties.resources.properties).map(([key, value]) => [key, strip(value)]),
    );
    expect(resourcesSchema.properties).toEqual(crdFields);
  }
});
