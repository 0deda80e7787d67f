// Strict rendering: parameters checked and defaulted, every context variable of the template's
// kind present. The script is never touched: each value reaches the job as an environment
// variable of its own name, so no value can become script text (GitHub's advice against script
// injection in Actions: an intermediate environment variable, not interpolation).

import {
  checkParameterSpecs,
  compileParameterValidator,
  type ParameterValidation,
  type ParameterValidator,
} from './parameters.ts';
import { checkScript } from './script-check.ts';
import { contextVariablesOf, type JobTemplate, type RenderContext, type RenderResult } from './types.ts';

type CompiledTemplate = { errors: string[] } | { errors: []; validate: ParameterValidator };

const compiled = new WeakMap<JobTemplate, CompiledTemplate>();

/**
 * The load-time checks again (a JobTemplate need not come from the catalog), and the compiled
 * parameter validator, once per template object.
 */
function compile(template: JobTemplate): CompiledTemplate {
  const cached = compiled.get(template);
  if (cached) return cached;
  const { kind, parameters, script } = template;
  const errors = [
    ...checkParameterSpecs(kind, parameters),
    ...checkScript(
      kind,
      parameters.map((p) => p.name),
      script,
    ),
  ];
  const result: CompiledTemplate =
    errors.length > 0
      ? { errors }
      : {
          errors: [],
          validate: compileParameterValidator(template.name, parameters, [
            ...parameters.map((p) => p.name),
            ...contextVariablesOf(kind),
          ]),
        };
  compiled.set(template, result);
  return result;
}

/**
 * What renderJobTemplate would refuse whatever the operator's variables: an invalid template or
 * parameters. Checked before anything is decided for the job, let alone submitted. Accepted, the
 * effective values: every declared parameter as given, else its default, else empty.
 */
export function checkJobParameters(
  template: JobTemplate,
  parameters: Record<string, string>,
): ParameterValidation {
  const ready = compile(template);
  if (!('validate' in ready)) return { ok: false, errors: invalidTemplate(template, ready.errors) };
  return ready.validate(parameters);
}

/**
 * The non-empty values of the template's `path` parameters (given, else defaulted), for the
 * check against the tenant's roots that only the placement can make.
 */
export function pathParametersOf(
  template: JobTemplate,
  parameters: Record<string, string>,
): { label: string; path: string }[] {
  return template.parameters.flatMap((spec) => {
    if (spec.type !== 'path') return [];
    const path = Object.hasOwn(parameters, spec.name) ? parameters[spec.name] : spec.default;
    return path ? [{ label: `parameter "${spec.name}"`, path }] : [];
  });
}

const invalidTemplate = (template: JobTemplate, errors: string[]) =>
  errors.map((e) => `template "${template.name}" is invalid: ${e}`);

/**
 * The script as written, and the job's environment: every declared parameter (given or
 * defaulted) and every context variable of the kind, each under its own name. Other entries of
 * `context` are not passed on.
 */
export function renderJobTemplate(
  template: JobTemplate,
  parameters: Record<string, string>,
  context: RenderContext,
): RenderResult {
  const ready = compile(template);
  if (!('validate' in ready)) return { ok: false, errors: invalidTemplate(template, ready.errors) };
  const errors: string[] = [];
  const checked = ready.validate(parameters);
  if (!checked.ok) errors.push(...checked.errors);

  const environment: Record<string, string> = {};
  for (const name of contextVariablesOf(template.kind)) {
    const value = Object.hasOwn(context, name) ? context[name] : undefined;
    if (typeof value !== 'string') errors.push(`context variable "${name}" is not set`);
    else if (value.includes('\0')) errors.push(`context variable "${name}" contains a NUL character`);
    else environment[name] = value;
  }
  if (!checked.ok || errors.length > 0) return { ok: false, errors };
  // Parameter names never equal context names (checkParameterSpecs), so neither hides the other.
  Object.assign(environment, checked.values);
  return { ok: true, script: template.script, parameters: checked.values, environment };
}
