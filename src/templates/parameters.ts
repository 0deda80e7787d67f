// Parameter values arrive as strings. Each is read by its declared type (an integer only in
// plain decimal form, a boolean only as "true" or "false"), then checked by ajv against a JSON
// Schema built from the ParameterSpecs, and every failure is turned into a message that names
// the parameter, says what it must be and shows what it got. A string without a pattern or an
// enum of its own accepts only DEFAULT_STRING_PATTERN, a path only PATH_PATTERN without a `..`
// segment (value-grammar.ts, which the console's form reads too). Where a path lies is checked
// against the tenant's roots at submit (clusters/tenant-paths.ts).

import { Ajv, type ErrorObject, type SchemaObject } from 'ajv';
import { reservedNameProblem } from './reserved-names.ts';
import { contextVariablesOf, type ParameterSpec, type TemplateKind } from './types.ts';
import { DEFAULT_STRING_PATTERN, INTEGER, NUMBER, PATH_PATTERN, PATH_UP } from './value-grammar.ts';

export { DEFAULT_STRING_PATTERN } from './value-grammar.ts';

export type ParameterValidation =
  | { ok: true; values: Record<string, string> }
  | { ok: false; errors: string[] };

export type ParameterValidator = (given: Record<string, string>) => ParameterValidation;

const SHOWN_LENGTH = 80;
const PATH_RULE = 'must be an absolute path using only A-Z a-z 0-9 and . _ / + @ % -';

export const usesDefaultCharacters = (spec: ParameterSpec): boolean =>
  spec.type === 'string' && spec.pattern === undefined && spec.enum === undefined;

const DEFAULT_STRING_RULE =
  'must use only A-Z a-z 0-9 and . _ , : / + @ % - (not starting with "-"), the characters a ' +
  'string parameter without a pattern or enum of its own accepts';

const ajv = new Ajv({ allErrors: true, strict: true });

/** The string as the declared type reads it; a string it cannot read stays a string (and fails). */
function typed(spec: ParameterSpec, value: string): unknown {
  if (spec.type === 'integer' && INTEGER.test(value)) return Number(value);
  if (spec.type === 'number' && NUMBER.test(value) && Number.isFinite(Number(value))) return Number(value);
  if (spec.type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

function valueSchema(spec: ParameterSpec): SchemaObject {
  const schema: SchemaObject = { type: spec.type };
  if (spec.enum !== undefined) schema.enum = spec.enum.map((v) => typed(spec, v));
  for (const key of ['pattern', 'minLength', 'maxLength', 'minimum', 'maximum'] as const) {
    if (spec[key] !== undefined) schema[key] = spec[key];
  }
  if (usesDefaultCharacters(spec)) schema.pattern = DEFAULT_STRING_PATTERN;
  if (spec.type === 'path') {
    schema.type = 'string';
    schema.pattern = PATH_PATTERN;
    // Empty means "not given" (as for strings, minLength: 1 refuses it).
    schema.not = { pattern: PATH_UP };
  }
  return schema;
}

function range(spec: ParameterSpec): string {
  const { minimum, maximum } = spec;
  if (minimum !== undefined && maximum !== undefined) return ` between ${minimum} and ${maximum}`;
  if (minimum !== undefined) return ` of at least ${minimum}`;
  if (maximum !== undefined) return ` of at most ${maximum}`;
  return '';
}

function expectation(spec: ParameterSpec, value: string): string {
  const leadingZeros = /^-?0[0-9]/.test(value) ? ' (without leading zeros)' : '';
  switch (spec.type) {
    case 'integer':
      return `must be an integer${range(spec)}${leadingZeros}`;
    case 'number':
      return `must be a number${range(spec)}${leadingZeros}`;
    case 'boolean':
      return 'must be "true" or "false"';
    case 'string':
      return 'must be a string';
    case 'path':
      return 'must be a path';
  }
}

function show(value: string): string {
  return JSON.stringify(value.length > SHOWN_LENGTH ? `${value.slice(0, SHOWN_LENGTH)}…` : value);
}

function describe(spec: ParameterSpec, error: ErrorObject, value: string): string {
  switch (error.keyword) {
    case 'type':
    case 'minimum':
    case 'maximum':
      return `${expectation(spec, value)}, got ${show(value)}`;
    case 'enum':
      return `must be one of ${(spec.enum ?? []).map((v) => JSON.stringify(v)).join(', ')}, got ${show(value)}`;
    case 'not':
      return `must not contain '..' segments, got ${show(value)}`;
    case 'pattern':
      if (spec.type === 'path') return `${PATH_RULE}, got ${show(value)}`;
      if (spec.pattern === undefined) return `${DEFAULT_STRING_RULE}, got ${show(value)}`;
      return `must match the pattern ${spec.pattern}, got ${show(value)}`;
    case 'minLength':
      return `must be at least ${spec.minLength} characters long, got ${show(value)}`;
    case 'maxLength':
      return `must be at most ${spec.maxLength} characters long, got ${show(value)}`;
    default:
      return `${error.message ?? 'is not valid'}, got ${show(value)}`;
  }
}

/**
 * Compiles the checks for one template's parameters; call the result once per resource.
 * `variables` are the names the job's environment holds (parameters and context variables): a
 * default-character string may not equal one, because bash arithmetic given a name evaluates
 * that variable's value, and another parameter's own pattern may admit `a[$(cmd)]`.
 */
export function compileParameterValidator(
  templateName: string,
  specs: ParameterSpec[],
  variables: readonly string[] = [],
): ParameterValidator {
  const byName = new Map(specs.map((spec) => [spec.name, spec]));
  const validate = ajv.compile({
    type: 'object',
    properties: Object.fromEntries(specs.map((spec) => [spec.name, valueSchema(spec)])),
    required: specs.filter((spec) => spec.required).map((spec) => spec.name),
    additionalProperties: false,
  });
  const declared = specs.length > 0 ? specs.map((spec) => spec.name).join(', ') : 'none';

  return (given) => {
    const messages = new Map<string, Set<string>>();
    const note = (name: string, message: string) =>
      messages.set(name, (messages.get(name) ?? new Set()).add(message));
    const unknown = `is not declared by template "${templateName}" (it declares: ${declared})`;
    const values: [string, string][] = [];
    for (const [name, value] of Object.entries(given)) {
      if (!byName.has(name)) note(name, unknown);
      else if (typeof value !== 'string') note(name, `must be given as a string, got ${typeof value}`);
      else if (value.includes('\0')) note(name, 'must not contain a NUL character');
      else values.push([name, value]);
    }
    const givenNames = new Set(Object.keys(given));
    for (const spec of specs) {
      if (!givenNames.has(spec.name) && spec.default !== undefined) values.push([spec.name, spec.default]);
    }
    const effective = Object.fromEntries(values);

    const data = Object.fromEntries(
      values.map(([name, value]) => [name, typed(byName.get(name) as ParameterSpec, value)]),
    );
    if (!validate(data)) {
      for (const error of validate.errors ?? []) {
        if (error.keyword === 'required') {
          const name = String(error.params.missingProperty);
          if (!givenNames.has(name)) note(name, 'is required but was not given');
        } else if (error.keyword === 'additionalProperties') {
          note(String(error.params.additionalProperty), unknown);
        } else {
          const name = error.instancePath.slice(1).replaceAll('~1', '/').replaceAll('~0', '~');
          const spec = byName.get(name);
          if (spec) note(name, describe(spec, error, effective[name] ?? ''));
        }
      }
    }

    for (const spec of specs) {
      const value = effective[spec.name];
      if (
        usesDefaultCharacters(spec) &&
        value !== undefined &&
        variables.includes(value) &&
        !messages.has(spec.name)
      ) {
        note(
          spec.name,
          `must not be the name of a variable of the job (${show(value)}): bash arithmetic reads the value of a variable it is given by name`,
        );
      }
    }

    if (messages.size === 0) {
      return { ok: true, values: Object.fromEntries(specs.map((s) => [s.name, effective[s.name] ?? ''])) };
    }
    const order = [...specs.map((spec) => spec.name), ...givenNames];
    const errors = [...new Set(order)].flatMap((name) =>
      [...(messages.get(name) ?? [])].map((message) => `parameter "${name}": ${message}`),
    );
    return { ok: false, errors };
  };
}

const STRING_KEYWORDS = ['pattern'] as const;
const LENGTH_KEYWORDS = ['minLength', 'maxLength'] as const;
const NUMBER_KEYWORDS = ['minimum', 'maximum'] as const;

/** Checks of the declarations themselves, run when a template is loaded. */
export function checkParameterSpecs(kind: TemplateKind, specs: ParameterSpec[]): string[] {
  const errors: string[] = [];
  for (const spec of specs) {
    const problems: string[] = [];
    if (contextVariablesOf(kind).includes(spec.name)) {
      problems.push(`shadows the ${kind} context variable of the same name; choose another name`);
    } else if (kind === 'training' && spec.name === 'model_version') {
      // A resource author could otherwise pass a number of their choosing as the version.
      problems.push('is reserved: the model version is given only once a training has succeeded');
    } else {
      const reserved = reservedNameProblem(spec.name);
      if (reserved !== undefined) problems.push(reserved);
    }
    for (const key of STRING_KEYWORDS) {
      if (spec[key] !== undefined && spec.type !== 'string') problems.push(`${key} applies only to strings`);
    }
    if (spec.type === 'path' && spec.enum !== undefined)
      problems.push("enum does not apply to paths (a path must lie in the tenant's roots)");
    for (const key of LENGTH_KEYWORDS) {
      if (spec[key] !== undefined && spec.type !== 'string' && spec.type !== 'path')
        problems.push(`${key} applies only to strings and paths`);
    }
    for (const key of NUMBER_KEYWORDS) {
      if (spec[key] !== undefined && spec.type !== 'integer' && spec.type !== 'number') {
        problems.push(`${key} applies only to integers and numbers`);
      }
    }
    if (spec.minimum !== undefined && spec.maximum !== undefined && spec.minimum > spec.maximum) {
      problems.push('minimum is greater than maximum');
    }
    if (spec.minLength !== undefined && spec.maxLength !== undefined && spec.minLength > spec.maxLength) {
      problems.push('minLength is greater than maxLength');
    }
    if (spec.pattern !== undefined) {
      try {
        new RegExp(spec.pattern, 'u');
      } catch (error) {
        problems.push(`pattern is not a valid regular expression: ${(error as Error).message}`);
      }
    }
    if (spec.required && spec.default !== undefined)
      problems.push('a required parameter cannot have a default');
    if (!spec.required && spec.default === undefined) {
      problems.push('an optional parameter needs a default (write default: "" for an empty string)');
    }
    if (problems.length === 0) problems.push(...checkValues(spec));
    errors.push(...problems.map((problem) => `parameter "${spec.name}": ${problem}`));
  }
  return errors;
}

/** Every enum entry must be a valid value of the type, and the default a valid value. */
function checkValues(spec: ParameterSpec): string[] {
  const problems: string[] = [];
  const { enum: entries, default: fallback, ...plain } = spec;
  const check = compileParameterValidator('', [{ ...plain, required: true }]);
  for (const entry of entries ?? []) {
    const result = check({ [spec.name]: entry });
    if (!result.ok)
      problems.push(...result.errors.map((e) => `enum entry ${e.replace(/^parameter "[^"]*": /, '')}`));
  }
  if (fallback !== undefined && problems.length === 0) {
    const result = compileParameterValidator('', [{ ...spec, required: true }])({ [spec.name]: fallback });
    if (!result.ok)
      problems.push(...result.errors.map((e) => `default ${e.replace(/^parameter "[^"]*": /, '')}`));
  }
  return problems;
}
