// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are shell scripts, not JavaScript templates
// The template-injection battery (issue 14): template shapes as an admin writes them, each
// reading its value from the environment, and hostile values a resource author may give.
// template-injection-shells.test.ts runs every pair with the local shells, template-injection.test.ts
// as Slurm jobs. Every pair must either be refused by validation or run without creating its
// marker file.
import * as yaml from 'js-yaml';
import { parseTemplateFile } from '../../src/templates/template-file.ts';
import type { JobTemplate, TemplateKind } from '../../src/templates/types.ts';

/**
 * How the shape's parameter `p` is declared: `integer`, `string` (the default character set), or
 * `any` (a pattern of the admin's own that admits every value: only forms safe for any text).
 */
export type ParameterType = 'integer' | 'string' | 'any';

export interface Shape {
  /** Short, for file and job names. */
  id: string;
  type: ParameterType;
  /** Lines between the #! line and the end; $p is the value, $q a hostile variable. */
  body: string;
  bash?: boolean;
  /** The job prints the value itself, byte for byte. */
  echoes?: boolean;
}

/** Shapes the loader must refuse: the old design's {{ p }} forms, with the message it gives. */
export interface RefusedShape {
  id: string;
  body: string;
  /** Line of the placeholder in the whole script (the #! line is 1, the output line 2). */
  line: number;
}

export const SHAPES: Shape[] = [
  { id: 'assign', type: 'any', echoes: true, body: 'x=$p\nprintf \'%s\\n\' "$x"' },
  { id: 'braced-quoted', type: 'any', echoes: true, body: 'echo "${p}"' },
  { id: 'unquoted', type: 'any', body: "printf '[%s]\\n' $p" },
  { id: 'let', type: 'integer', body: 'let x=p\nlet y=$p+1\necho "$x $y"', bash: true },
  { id: 'arith-integer', type: 'integer', body: 'n=$p\necho $((n + 1))', bash: true },
  { id: 'arith-string', type: 'string', body: 'n=$p\necho $((n + 1))', bash: true },
  { id: 'declare-i-integer', type: 'integer', body: 'declare -i n=$p\necho "$n"', bash: true },
  { id: 'declare-i-string', type: 'string', body: 'declare -i n=$p\necho "$n"', bash: true },
  {
    id: 'printf-v',
    type: 'any',
    echoes: true,
    body: 'printf -v out \'%s\' "$p"\nprintf \'%s\\n\' "$out"',
    bash: true,
  },
  { id: 'test-v', type: 'any', body: '[[ -v p ]] && echo "p is set"', bash: true },
  {
    id: 'test-v-name',
    type: 'string',
    body: '[[ -v $p ]] && echo "names a variable" || echo "names none"',
    bash: true,
  },
  { id: 'test-eq', type: 'string', body: '[[ $p -eq 7 ]] && echo seven || echo other', bash: true },
  { id: 'arith-command', type: 'string', body: '(( p > 0 )) && echo positive || echo other', bash: true },
  { id: 'subscript', type: 'string', body: 'arr=(a b c d e f g h)\necho "${arr[$p]}"', bash: true },
  {
    id: 'case',
    type: 'any',
    body: 'case "$p" in\n  *\'$(\'*) echo substitution ;;\n  -*) echo option ;;\n  *) echo other ;;\nesac',
  },
  { id: 'heredoc', type: 'any', echoes: true, body: 'cat <<EOF\nvalue: $p\nEOF' },
  { id: 'eval', type: 'any', echoes: true, body: 'eval "x=\\$p"\nprintf \'%s\\n\' "$x"', bash: true },
];

export const REFUSED_SHAPES: RefusedShape[] = [
  { id: 'old-assign', body: 'x=${{ p }}\necho "$x"', line: 3 },
  { id: 'old-quoted', body: 'echo start\necho "${{ p }}"', line: 4 },
  { id: 'old-let', body: 'let x={{ p }}', line: 3 },
  { id: 'old-arith', body: 'set -u\nn={{ p }}\necho $((n + 1))', line: 4 },
];

export interface Value {
  label: string;
  /** The value, given the path of this combination's marker file. */
  value(marker: string): string;
}

export const VALUES: Value[] = [
  { label: 'command substitution', value: (m) => `$(touch ${m})` },
  { label: 'backquotes', value: (m) => `\`touch ${m}\`` },
  { label: 'single-quote breakout', value: (m) => `'; touch ${m}; #` },
  { label: 'escaped single-quote breakout', value: (m) => `\\'; touch ${m}; #` },
  { label: 'double-quote breakout', value: (m) => `"; touch ${m}; #` },
  { label: 'array subscript', value: (m) => `a[$(touch ${m})]` },
  { label: 'array subscript in an expression', value: (m) => `x[$(touch ${m})]+1` },
  { label: 'default expansion', value: (m) => `\${x:-$(touch ${m})}` },
  { label: 'newline and a command', value: (m) => `1\ntouch ${m}` },
  { label: 'escaped substitution', value: (m) => `\\$(touch ${m})` },
  { label: 'here-document end', value: (m) => `EOF\ntouch ${m}\nEOF` },
  { label: 'glob', value: () => '*' },
  { label: 'option', value: () => '-e' },
  { label: 'end of options', value: () => '--' },
  { label: 'option running a command', value: (m) => `--checkpoint-action=exec=touch ${m}` },
  { label: 'arithmetic assignment', value: () => 'PATH=0' },
  { label: 'the name of a hostile variable', value: () => 'q' },
  { label: 'a plain word', value: () => 'plain-1.0' },
  { label: 'a plain integer', value: () => '7' },
];

/** The value every job also gets in `q`: a hostile variable a string in arithmetic could name. */
export const hostileQ = (marker: string) => `a[$(touch ${marker})]`;

/** The last line of every shape: a job that printed it ran its whole script. */
export const END_LINE = 'end of script';

const parameterOf = (type: ParameterType) =>
  type === 'integer'
    ? { type: 'integer', required: true }
    : type === 'string'
      ? { type: 'string', required: true }
      : { type: 'string', required: true, pattern: '^' };

/** The template file an admin would write for a shape, as text. */
export function templateText(
  kind: TemplateKind,
  name: string,
  type: ParameterType,
  body: string,
  bash: boolean,
) {
  // The job's output goes into its model path, so the test can read what it printed.
  const output = 'mkdir -p "$model_path" && exec >"$model_path/out" 2>&1';
  const script = `#!/bin/${bash ? 'bash' : 'sh'}\n${output}\n${body}\necho "${END_LINE}"\n`;
  return yaml.dump({
    name,
    kind,
    description: `injection battery: ${name}`,
    parameters: { p: parameterOf(type), q: { type: 'string', required: true, pattern: '^' } },
    resources: { timeLimit: '2', memory: '100M', cpusPerTask: 1 },
    script,
  });
}

export type Loaded = { ok: true; template: JobTemplate } | { ok: false; errors: string[] };

export function loadShape(kind: TemplateKind, shape: Shape): JobTemplate {
  const name = `inj-${kind}-${shape.id}`;
  const result = parseTemplateFile(
    templateText(kind, name, shape.type, shape.body, shape.bash ?? false),
    `${name}.yaml`,
  );
  if (!result.ok) throw new Error(`shape ${shape.id} does not load: ${result.errors.join('; ')}`);
  return result.template;
}

export function loadRefused(kind: TemplateKind, shape: RefusedShape): Loaded {
  const name = `inj-${kind}-${shape.id}`;
  return parseTemplateFile(templateText(kind, name, 'string', shape.body, true), `${name}.yaml`);
}

/** What validation must say when it refuses a value of the shape's type. */
export function refusalPattern(type: ParameterType): RegExp {
  return type === 'integer'
    ? /^parameter "p": must be an integer, got /
    : /^parameter "p": (must use only A-Z a-z 0-9 and \. _ , : \/ \+ @ % -|must not be the name of a variable of the job)/;
}

/** The operator's variables for a battery job; `dir` is its own directory on the shared file system. */
export function contextFor(kind: TemplateKind, dir: string, marker: string): Record<string, string> {
  const training = {
    model_name: 'injection',
    model_path: dir,
    namespace: 'battery',
    resource_name: 'battery',
    resource_uid: '00000000-0000-4000-8000-000000000014',
  };
  if (kind === 'training') return training;
  // As hostile as spec.input may be: an absolute path without newline (the CRD's pattern).
  const input_path = `/nonexistent/$(touch ${marker})a[$(touch ${marker})]`;
  return { ...training, model_version: '1', input_path, output_path: `${dir}/predictions` };
}
