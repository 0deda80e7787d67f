// Load-time checks of a script body, which is submitted exactly as written: a #! line, no NUL
// or carriage return, and no {{ name }} placeholder left over from the design that substituted
// values into the text. Values reach the job as environment variables (render.ts), so nothing
// here has to understand shell syntax. Every message names the line.

import { contextVariablesOf, type TemplateKind } from './types.ts';

const OLD_PLACEHOLDER = /\{\{[ \t]*([A-Za-z_][A-Za-z0-9_]*)[ \t]*\}\}/g;

export function checkScript(kind: TemplateKind, parameterNames: readonly string[], script: string): string[] {
  const errors: string[] = [];
  if (!script.startsWith('#!')) {
    errors.push('script line 1: must start with a #! line naming its interpreter, e.g. #!/bin/bash');
  }
  const lines = script.split('\n');
  const returns = lines.findIndex((text) => text.includes('\r'));
  if (returns !== -1) {
    errors.push(
      `script line ${returns + 1}: contains a carriage return (Windows line endings?); use \\n only`,
    );
  }
  lines.forEach((text, index) => {
    const line = index + 1;
    if (text.includes('\0')) errors.push(`script line ${line}: contains a NUL character`);
    for (const [written, name = ''] of text.matchAll(OLD_PLACEHOLDER)) {
      errors.push(`script line ${line}: ${noLongerSubstituted(kind, parameterNames, written, name)}`);
    }
  });
  return errors;
}

/** The migration message: where the value is now, and whether there is one at all. */
function noLongerSubstituted(
  kind: TemplateKind,
  parameterNames: readonly string[],
  written: string,
  name: string,
): string {
  const message = `"${written}" is no longer substituted; read the value from the environment as "$${name}"`;
  const context = contextVariablesOf(kind);
  if (parameterNames.includes(name) || context.includes(name)) return message;
  if (kind === 'training' && name === 'model_version') {
    return (
      `${message}, but a training has no model_version: a version number is given only when the ` +
      'training has succeeded; use "$model_path" or "$resource_uid"'
    );
  }
  return (
    `${message}, but "${name}" is neither a declared parameter nor a ${kind} context variable ` +
    `(${context.join(', ')})`
  );
}
