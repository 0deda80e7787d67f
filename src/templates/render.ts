// Strict rendering: parameters checked and defaulted, every context variable the script uses
// present, and every placeholder replaced by its value as one single-quoted shell word.

import { checkParameterSpecs, compileParameterValidator, type ParameterValidator } from './parameters.ts';
import { braces, type Placeholder, scanPlaceholders } from './placeholders.ts';
import { checkScript } from './script-check.ts';
import { shellQuote } from './shell-quote.ts';
import { contextVariablesOf, type JobTemplate, type RenderContext, type RenderResult } from './types.ts';

type CompiledTemplate =
  | { errors: string[] }
  | { errors: []; validate: ParameterValidator; placeholders: Placeholder[] };

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
          validate: compileParameterValidator(template.name, parameters),
          placeholders: scanPlaceholders(script).placeholders,
        };
  compiled.set(template, result);
  return result;
}

/**
 * What renderJobTemplate would refuse whatever the operator's variables: an invalid template or
 * parameters. Checked before anything is decided for the job, let alone submitted.
 */
export function checkJobParameters(template: JobTemplate, parameters: Record<string, string>): string[] {
  const ready = compile(template);
  if (!('validate' in ready)) return invalidTemplate(template, ready.errors);
  const checked = ready.validate(parameters);
  return checked.ok ? [] : checked.errors;
}

const invalidTemplate = (template: JobTemplate, errors: string[]) =>
  errors.map((e) => `template "${template.name}" is invalid: ${e}`);

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

  const declared = new Set(template.parameters.map((p) => p.name));
  const contextVariables = contextVariablesOf(template.kind);
  const missing = new Set<string>();
  for (const { name } of ready.placeholders) {
    if (declared.has(name) || missing.has(name)) continue;
    const value = Object.hasOwn(context, name) ? context[name] : undefined;
    if (!contextVariables.includes(name)) errors.push(`unknown variable ${braces(name)}`);
    else if (typeof value !== 'string') errors.push(`context variable "${name}" is not set`);
    else if (value.includes('\0')) errors.push(`context variable "${name}" contains a NUL character`);
    else continue;
    missing.add(name);
  }
  if (!checked.ok || errors.length > 0) return { ok: false, errors };

  let script = '';
  let from = 0;
  for (const placeholder of ready.placeholders) {
    const value = declared.has(placeholder.name)
      ? checked.values[placeholder.name]
      : context[placeholder.name];
    script += template.script.slice(from, placeholder.start) + shellQuote(value ?? '');
    from = placeholder.end;
  }
  script += template.script.slice(from);
  return { ok: true, script, parameters: checked.values };
}
