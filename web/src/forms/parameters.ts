// Template parameters in the form: how each declared parameter becomes an input, the checks the
// browser can make before asking the operator, and the operator's messages put back on fields.
// Pure (no DOM, no React), so the unit tests and the Node typecheck read it as it is.
// The value grammar is the operator's own (src/templates/value-grammar.ts).
import {
  contextVariablesOf,
  type ParameterSpec,
  type TemplateKind,
  TRAINING_CONTEXT_VARIABLES,
} from '../../../src/templates/types.ts';
import {
  DEFAULT_STRING_PATTERN,
  INTEGER,
  NUMBER,
  PATH_PATTERN,
  PATH_UP,
} from '../../../src/templates/value-grammar.ts';

/** The characters a string parameter without a pattern or enum of its own accepts (docs/templates.md). */
export { DEFAULT_STRING_PATTERN };

const DEFAULT_STRING = new RegExp(DEFAULT_STRING_PATTERN, 'u');
const PATH = new RegExp(PATH_PATTERN, 'u');
const UP = new RegExp(PATH_UP, 'u');

/** How a parameter is shown: which control, and the constraint attributes it carries. */
export type ParameterControl =
  | { control: 'select'; options: string[]; required: boolean }
  | { control: 'checkbox' }
  | { control: 'number'; min?: number; max?: number; step: string; required: boolean }
  | { control: 'text'; pattern?: string; minLength?: number; maxLength?: number; required: boolean };

export function controlOf(spec: ParameterSpec): ParameterControl {
  if (spec.enum && spec.enum.length > 0)
    return { control: 'select', options: [...spec.enum], required: spec.required };
  if (spec.type === 'boolean') return { control: 'checkbox' };
  if (spec.type === 'integer' || spec.type === 'number') {
    const control: ParameterControl = {
      control: 'number',
      step: spec.type === 'integer' ? '1' : 'any',
      required: spec.required,
    };
    if (spec.minimum !== undefined) control.min = spec.minimum;
    if (spec.maximum !== undefined) control.max = spec.maximum;
    return control;
  }
  const control: ParameterControl = { control: 'text', required: spec.required };
  if (spec.type === 'string' && spec.pattern !== undefined) {
    // The operator's patterns are unanchored (JSON Schema); the browser anchors its own, so the
    // attribute is given only when it is already anchored at both ends and means the same there.
    if (spec.pattern.startsWith('^') && spec.pattern.endsWith('$') && !spec.pattern.endsWith('\\$'))
      control.pattern = spec.pattern.slice(1, -1);
  }
  if (spec.minLength !== undefined) control.minLength = spec.minLength;
  if (spec.maxLength !== undefined) control.maxLength = spec.maxLength;
  return control;
}

/** The value each field starts with: the default, else empty (a boolean without one is "false"). */
export function initialValues(specs: readonly ParameterSpec[]): Record<string, string> {
  return Object.fromEntries(
    specs.map((spec) => [spec.name, spec.default ?? (spec.type === 'boolean' ? 'false' : '')]),
  );
}

/**
 * What the form sends as spec.parameters: every declared parameter with its value as a string,
 * so the resource records exactly what the job ran with, even if the template's defaults change
 * later. An optional parameter left empty whose default is not empty is left out (its default applies).
 */
export function parametersToSend(
  specs: readonly ParameterSpec[],
  values: Readonly<Record<string, string>>,
): Record<string, string> {
  const sent: Record<string, string> = {};
  for (const spec of specs) {
    const value = values[spec.name] ?? '';
    if (value === '' && !spec.required && spec.default !== undefined && spec.default !== '') continue;
    if (value === '' && spec.required) continue; // reported as missing by the check, not sent as ""
    sent[spec.name] = value;
  }
  return sent;
}

function between(spec: ParameterSpec, n: number): string | undefined {
  const { minimum: min, maximum: max } = spec;
  if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
    if (min !== undefined && max !== undefined) return `must be between ${min} and ${max}`;
    if (min !== undefined) return `must be at least ${min}`;
    return `must be at most ${max}`;
  }
  return undefined;
}

/**
 * The checks the browser makes before asking the operator: the same rules as the constraint
 * attributes on the inputs and the type grammar of docs/templates.md. The operator's validator
 * (checkParameters) stays the authority; this only spares a round trip for the obvious.
 */
export function valueProblem(spec: ParameterSpec, value: string): string | undefined {
  if (value === '') {
    if (spec.required) return 'is required';
    // Left out of what is sent (parametersToSend): the default applies, and the operator checked it.
    if (spec.default !== undefined && spec.default !== '') return undefined;
    if (spec.type === 'integer' || spec.type === 'number' || spec.type === 'boolean') return 'is required';
    // Sent as "": checked as any other value (a minLength or a pattern may refuse it).
  }
  if (value.includes('\0')) return 'must not contain a NUL character';
  if (spec.enum && spec.enum.length > 0 && !inEnum(spec, spec.enum, value))
    return `must be one of ${spec.enum.join(', ')}`;
  switch (spec.type) {
    case 'boolean':
      return value === 'true' || value === 'false' ? undefined : 'must be true or false';
    case 'integer':
      if (!INTEGER.test(value)) return 'must be a whole number (no leading zeros, no "+")';
      return between(spec, Number(value));
    case 'number':
      if (!NUMBER.test(value) || !Number.isFinite(Number(value)))
        return 'must be a number such as 0.01, -2 or 1e-3';
      return between(spec, Number(value));
    case 'path':
      if (!PATH.test(value) || UP.test(value))
        return 'must be an absolute path of A-Z a-z 0-9 . _ / + @ % - without ".." segments';
      break;
    case 'string':
      if (spec.pattern !== undefined) {
        let matches = true;
        try {
          matches = new RegExp(spec.pattern, 'u').test(value);
        } catch {
          // A pattern this browser cannot read is left to the operator.
        }
        if (!matches) return `must match ${spec.pattern}`;
      } else if (!(spec.enum && spec.enum.length > 0) && !DEFAULT_STRING.test(value)) {
        return 'must use only A-Z a-z 0-9 and . _ , : / + @ % - (not starting with "-")';
      }
      break;
  }
  // Characters as the operator (JSON Schema) counts them: code points, not UTF-16 units.
  const length = [...value].length;
  if (spec.minLength !== undefined && length < spec.minLength)
    return `must be at least ${spec.minLength} characters`;
  if (spec.maxLength !== undefined && length > spec.maxLength)
    return `must be at most ${spec.maxLength} characters`;
  return undefined;
}

/** A value of an enum as the operator compares them: numbers by their value ("1.0" is "1"). */
function inEnum(spec: ParameterSpec, entries: readonly string[], value: string): boolean {
  if (entries.includes(value)) return true;
  const grammar = spec.type === 'integer' ? INTEGER : spec.type === 'number' ? NUMBER : undefined;
  if (!grammar?.test(value)) return false;
  return entries.some((entry) => grammar.test(entry) && Number(entry) === Number(value));
}

/**
 * valueProblem of every declared parameter, by name; empty when all pass. A string of the default
 * characters may not be the name of a variable of the job (a parameter, or a context variable of
 * `kind`; without it, those every kind has), as the operator refuses: bash arithmetic given a
 * name reads that variable.
 */
export function parameterProblems(
  specs: readonly ParameterSpec[],
  values: Readonly<Record<string, string>>,
  kind?: TemplateKind,
): Record<string, string> {
  const variables = new Set([
    ...specs.map((spec) => spec.name),
    ...(kind ? contextVariablesOf(kind) : TRAINING_CONTEXT_VARIABLES),
  ]);
  const problems: Record<string, string> = {};
  for (const spec of specs) {
    const value = values[spec.name] ?? '';
    // Left empty, an optional parameter runs with its default.
    const effective = value === '' ? (spec.default ?? '') : value;
    const problem =
      valueProblem(spec, value) ??
      (spec.type === 'string' &&
      spec.pattern === undefined &&
      spec.enum === undefined &&
      variables.has(effective)
        ? 'must not be the name of a variable of the job (bash arithmetic would read that variable)'
        : undefined);
    if (problem) problems[spec.name] = problem;
  }
  return problems;
}

/**
 * The operator's validation messages (`parameter "epochs": must be ...`) by the field they name;
 * a message naming no declared parameter stays in `general`, shown above the form.
 */
export function errorsByField(
  errors: readonly string[],
  names: readonly string[],
): { fields: Record<string, string[]>; general: string[] } {
  const known = new Set(names);
  const fields: Record<string, string[]> = {};
  const general: string[] = [];
  for (const error of errors) {
    const match = /^parameter "([^"]+)": ([\s\S]*)$/.exec(error);
    const name = match?.[1];
    const message = match?.[2];
    if (name !== undefined && message !== undefined && known.has(name))
      fields[name] = [...(fields[name] ?? []), message];
    else general.push(error);
  }
  return { fields, general };
}
