// Load-time checks of a script: the #! line, the placeholder syntax, that every placeholder is
// a declared parameter or a context variable of the template's kind, and where each one stands.

import { braces, scanPlaceholders } from './placeholders.ts';
import { checkPlacement } from './shell-context.ts';
import { contextVariablesOf, type TemplateKind } from './types.ts';

export function checkScript(kind: TemplateKind, parameterNames: readonly string[], script: string): string[] {
  const errors: string[] = [];
  if (!script.startsWith('#!')) {
    errors.push('script must start with a #! line naming its interpreter, e.g. #!/bin/bash');
  }
  if (script.includes('\0')) errors.push('script contains a NUL character');
  if (script.includes('\r'))
    errors.push('script contains carriage returns (Windows line endings?); use \\n only');
  const { placeholders, errors: syntax } = scanPlaceholders(script);
  errors.push(...syntax);
  const context = contextVariablesOf(kind);
  for (const p of placeholders) {
    if (parameterNames.includes(p.name) || context.includes(p.name)) continue;
    if (kind === 'training' && p.name === 'model_version') {
      errors.push(
        `script line ${p.line}: ${braces(p.name)} is not known while a training runs: a version number ` +
          'is given only when the training has succeeded; use {{ model_path }} or {{ resource_uid }}',
      );
      continue;
    }
    errors.push(
      `script line ${p.line}: ${braces(p.name)} is neither a declared parameter nor a ${kind} ` +
        `context variable (${context.join(', ')})`,
    );
  }
  errors.push(...checkPlacement(script, placeholders));
  return errors;
}
