// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are shell scripts, not JavaScript templates
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type JobTemplate, renderJobTemplate, shellQuote } from '../../../src/templates/index.ts';

const work = mkdtempSync(join(tmpdir(), 'shell-quote-'));
const marker = join(work, 'pwned');
// Stands in for "/": a hostile value tries to delete it; the test checks it is still there.
const victim = join(work, 'victim');
mkdirSync(victim);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const shells = ['/bin/sh', '/bin/bash'].filter((shell) => existsSync(shell));

const echoTemplate = (body: string): JobTemplate => ({
  name: 'echo',
  kind: 'training',
  description: 'prints its parameter',
  parameters: [{ name: 'value', type: 'string', required: true }],
  resources: {},
  script: `#!/bin/sh\n${body}\n`,
  source: 'test',
});

// Every way a script may use a placeholder prints the value unchanged.
const bodies = [
  "printf '%s' {{ value }}",
  'x={{ value }}\nprintf \'%s\' "$x"',
  "x=$(printf '%s.' {{ value }})\nprintf '%s' \"${x%.}\"",
  "case {{ value }} in *) printf '%s' {{value}} ;; esac",
];

function run(shell: string, script: string) {
  const file = join(work, 'script.sh');
  writeFileSync(file, script);
  return spawnSync(shell, [file], { cwd: work, env: { PATH: process.env.PATH, HOME: work } });
}

const hostile: [string, string][] = [
  ['command substitution', `$(touch ${marker})`],
  ['backquotes', `\`touch ${marker}\``],
  ['command separator', `; rm -rf ${victim}; touch ${marker}`],
  ['newline', `x\ntouch ${marker}\n`],
  ['single quotes', `'; touch ${marker}; '`],
  ['escaped single quote', `\\'; touch ${marker}; echo \\'`],
  ['double quotes', `"; touch ${marker}; "`],
  ['path traversal', '../../etc'],
  ['bash arithmetic payload', `a[$(touch ${marker})]`],
  ['variables', '$HOME ${PATH} $0 $$'],
  ['globs', '* ?.sh [a-z]*'],
  ['redirections and pipes', `a > ${marker} | touch ${marker} & touch ${marker} && x || y`],
  ['backslashes', '\\\\n \\x41 \\'],
  ['option-like', '-n --help'],
  ['here-document opener', `<<EOF\ntouch ${marker}\nEOF`],
  ['empty', ''],
  ['unicode', 'naïve 模型 🚀'],
  ['control characters', '\t\r\x1b[31m\x07'],
];

describe('shellQuote', () => {
  it.each([
    ['', "''"],
    ['abc', "'abc'"],
    ["it's", "'it'\\''s'"],
    ["''", "''\\'''\\'''"],
    ['$(x) `y`', "'$(x) `y`'"],
  ])('%j -> %s', (value, quoted) => {
    expect(shellQuote(value)).toBe(quoted);
  });

  it('refuses NUL, which no shell word can hold', () => {
    expect(() => shellQuote('a\0b')).toThrow(/NUL/);
  });
});

describe.each(shells)('hostile values rendered and run by %s', (shell) => {
  const cases = bodies.flatMap((body) => hostile.map(([label, value]) => [label, body, value] as const));
  it.each(cases)('%s in %j is printed byte for byte and runs nothing', (_label, body, value) => {
    const rendered = renderJobTemplate(echoTemplate(body), { value }, {});
    if (!rendered.ok) throw new Error(rendered.errors.join('; '));
    const result = run(shell, rendered.script);
    expect(result.stderr.toString()).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toEqual(Buffer.from(value, 'utf8'));
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(victim)).toBe(true);
  });

  it('round-trips random strings of every non-NUL character', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const values = Array.from({ length: 40 }, () =>
      Array.from({ length: 1 + Math.floor(random() * 30) }, () =>
        String.fromCodePoint(
          random() < 0.9 ? 1 + Math.floor(random() * 126) : 0xa0 + Math.floor(random() * 3000),
        ),
      ).join(''),
    );
    const script = `#!/bin/sh\n${values.map((v) => `printf '%s\\0' ${shellQuote(v)}`).join('\n')}\n`;
    const result = run(shell, script);
    expect(result.status).toBe(0);
    expect(result.stdout.toString('utf8').split('\0').slice(0, -1)).toEqual(values);
  });
});

it('rejects a parameter value containing NUL before quoting', () => {
  const rendered = renderJobTemplate(echoTemplate(bodies[0] as string), { value: 'a\0b' }, {});
  expect(rendered).toEqual({ ok: false, errors: ['parameter "value": must not contain a NUL character'] });
});
