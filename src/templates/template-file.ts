// One template file: YAML, checked against a JSON Schema (unknown keys rejected), then the
// checks a schema cannot express: name equals the file name, parameter declarations make sense,
// and the script has a #! line and no {{ name }} placeholder of the old design.

import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import * as yaml from 'js-yaml';
import { checkParameterSpecs } from './parameters.ts';
import { checkScript } from './script-check.ts';
import type { JobTemplate, ParameterSpec, TemplateKind, TemplateResources } from './types.ts';

export type TemplateFileResult = { ok: true; template: JobTemplate } | { ok: false; errors: string[] };

const DNS_LABEL = '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$';
const PARAMETER_NAME = '^[a-z][a-z0-9_]{0,62}$';
const SLURM_NAME = { type: 'string', maxLength: 64, pattern: '^[A-Za-z0-9_.-]+$' };
const scalar = { type: ['string', 'number', 'boolean'] };

/** Mirrors spec.resources of the Training and Prediction CRDs (a unit test keeps them equal). */
export const resourcesSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    partition: SLURM_NAME,
    account: SLURM_NAME,
    qos: SLURM_NAME,
    timeLimit: {
      type: 'string',
      pattern:
        '^([0-9]{1,7}|[0-9]{1,7}:[0-5]?[0-9]|[0-9]{1,7}:[0-5]?[0-9]:[0-5]?[0-9]|[0-9]{1,5}-[0-9]{1,2}(:[0-5]?[0-9]){0,2})$',
    },
    nodes: { type: 'integer', minimum: 1, maximum: 10000 },
    cpusPerTask: { type: 'integer', minimum: 1, maximum: 4096 },
    memory: { type: 'string', pattern: '^[1-9][0-9]{0,8}[KMGT]?$' },
    gpus: { type: 'integer', minimum: 0, maximum: 64 },
  },
};

const fileSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'kind', 'description', 'script'],
  properties: {
    name: { type: 'string', maxLength: 63, pattern: DNS_LABEL },
    kind: { enum: ['training', 'prediction'] },
    description: { type: 'string', minLength: 1 },
    parameters: {
      type: 'object',
      propertyNames: { pattern: PARAMETER_NAME },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['type'],
        properties: {
          type: { enum: ['string', 'path', 'integer', 'number', 'boolean'] },
          description: { type: 'string' },
          required: { type: 'boolean' },
          default: scalar,
          pattern: { type: 'string' },
          enum: { type: 'array', minItems: 1, items: scalar },
          minimum: { type: 'number' },
          maximum: { type: 'number' },
          minLength: { type: 'integer', minimum: 0 },
          maxLength: { type: 'integer', minimum: 0 },
        },
      },
    },
    resources: resourcesSchema,
    script: { type: 'string', minLength: 1 },
  },
};

type Scalar = string | number | boolean;

interface TemplateDocument {
  name: string;
  kind: TemplateKind;
  description: string;
  parameters?: Record<string, Omit<ParameterSpec, 'name' | 'required' | 'default' | 'enum'> & RawValues>;
  resources?: TemplateResources;
  script: string;
}

interface RawValues {
  required?: boolean;
  default?: Scalar;
  enum?: Scalar[];
}

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
const validateFile = ajv.compile<TemplateDocument>(fileSchema);

function describeFileError(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'top level' : error.instancePath.slice(1).replaceAll('/', '.');
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const allowed = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
      return `${where}: unknown key "${params.additionalProperty}" (allowed: ${allowed.join(', ')})`;
    }
    case 'type': {
      const hint = typeof error.data === 'number' && params.type === 'string' ? ' (quote it in YAML)' : '';
      return `${where}: must be ${params.type}, got ${shape(error.data)}${hint}`;
    }
    case 'required':
      return `${where}: missing key "${params.missingProperty}"`;
    case 'enum':
      return `${where}: must be one of ${(params.allowedValues as unknown[]).join(', ')}`;
    case 'pattern':
      if (error.propertyName !== undefined) {
        return `parameter name "${error.propertyName}" must be lower_snake_case (${PARAMETER_NAME})`;
      }
      return `${where}: must match ${params.pattern}, got ${JSON.stringify(error.data)}`;
    default:
      return `${where}: ${error.message}`;
  }
}

function shape(data: unknown): string {
  if (Array.isArray(data)) return 'a list';
  if (data !== null && typeof data === 'object') return 'a map';
  return JSON.stringify(data);
}

export function templateNameOf(file: string): string {
  return basename(file, extname(file));
}

/** Parses and checks one template file's text; `file` names it in messages and gives its name. */
export function parseTemplateFile(text: string, file: string): TemplateFileResult {
  let document: unknown;
  try {
    document = yaml.load(text, { filename: file });
  } catch (error) {
    return { ok: false, errors: [`not valid YAML: ${(error as Error).message.split('\n')[0]}`] };
  }
  if (!validateFile(document)) {
    const errors = (validateFile.errors ?? []).filter((e) => e.keyword !== 'propertyNames');
    return { ok: false, errors: [...new Set(errors.map(describeFileError))] };
  }

  const errors: string[] = [];
  const expected = templateNameOf(file);
  if (document.name !== expected) {
    errors.push(`name "${document.name}" must equal the file's base name "${expected}"`);
  }
  const parameters = Object.entries(document.parameters ?? {}).map(([name, raw]) => toSpec(name, raw));
  errors.push(...checkParameterSpecs(document.kind, parameters));
  errors.push(
    ...checkScript(
      document.kind,
      parameters.map((p) => p.name),
      document.script,
    ),
  );
  if (errors.length > 0) return { ok: false, errors };

  const template: JobTemplate = {
    name: document.name,
    kind: document.kind,
    description: document.description,
    parameters,
    resources: { ...document.resources },
    script: document.script,
    source: file,
  };
  return { ok: true, template };
}

export async function loadTemplateFile(file: string): Promise<TemplateFileResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { ok: false, errors: [`cannot read: ${(error as Error).message}`] };
  }
  return parseTemplateFile(text, file);
}

function toSpec(name: string, raw: NonNullable<TemplateDocument['parameters']>[string]): ParameterSpec {
  const { required, default: fallback, enum: entries, ...rest } = raw;
  const spec: ParameterSpec = { name, ...rest, required: required ?? false };
  if (fallback !== undefined) spec.default = String(fallback);
  if (entries !== undefined) spec.enum = entries.map(String);
  return spec;
}
