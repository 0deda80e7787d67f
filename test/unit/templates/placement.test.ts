// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are shell scripts, not JavaScript templates
import { describe, expect, it } from 'vitest';
import { checkScript } from '../../../src/templates/script-check.ts';

// Where a placeholder may stand: only where an unquoted shell word can, because the value
// becomes one single-quoted word and quotes mean nothing elsewhere.
const check = (body: string) => checkScript('training', ['value'], `#!/bin/sh\n${body}\n`);

describe('placeholders where quoting protects them', () => {
  it.each([
    ['an assignment', 'x={{ value }}'],
    ['an argument', "printf '%s' {{ value }}"],
    ['no spaces inside the braces', 'echo {{value}}'],
    ['tabs inside the braces', 'echo {{\tvalue\t}}'],
    ['part of a word', 'cp a {{ value }}/model.json --target={{ value }}'],
    ['inside $( ) inside double quotes', 'echo "$(basename {{ value }})"'],
    ['inside nested $( )', 'echo $(dirname $(basename {{ value }}))'],
    ['after a closed quote', 'echo "a"{{ value }}\'b\''],
    ['after a here-document', "cat <<'EOF'\n$x \"'\nEOF\necho {{ value }}"],
    ['after an indented here-document', 'cat <<-END\n\t$x\n\tEND\necho {{ value }}'],
    ['after a here-string', 'cat <<< "$x" {{ value }}'],
    ['in a case subject', 'case {{ value }} in a) echo a;; esac'],
    ['after a comment line', '# a comment\necho {{ value }}'],
    ['before a # that is not a comment', 'echo {{ value }}#x a#{{ value }}'],
    ['after $# and ${#x}', 'echo $# ${#x} {{ value }}'],
    ['after an arithmetic expansion', 'echo $(( (1 + 2) * 3 )) {{ value }}'],
    ['after an arithmetic command', '(( x = (1 + 2) )) && echo {{ value }}'],
    ['after [[ ... ]]', '[[ $x == "]]" ]] && echo {{ value }}'],
    ['in [ ... ]', '[ {{ value }} = x ]'],
    ['in a glob bracket', 'echo [{{ value }}]'],
    ['after a subshell', '( cd /tmp; ls ) && echo {{ value }}'],
    ['after a line continuation', 'echo a \\\n  {{ value }}'],
    ['a literal {{ spelled for the shell', 'echo "{""{" {{ value }}'],
  ])('allows %s', (_label, body) => {
    expect(check(body)).toEqual([]);
  });
});

describe('placeholders where quoting would not protect them', () => {
  it.each([
    ['double quotes', 'echo "{{ value }}"', 'inside double quotes'],
    ['single quotes', "echo '{{ value }}'", 'inside single quotes'],
    ['backquotes', 'echo `echo {{ value }}`', 'inside backquotes'],
    ['${...}', 'echo ${x:-{{ value }}}', 'inside ${...}'],
    ['$((...))', 'echo $(( {{ value }} + 1 ))', 'inside arithmetic'],
    ['((...))', '(( {{ value }} > 1 ))', 'inside arithmetic'],
    ['((...)) after &&', 'true && (( x += {{ value }} ))', 'inside arithmetic'],
    ['[[ ... ]]', '[[ {{ value }} -eq 3 ]]', 'inside [[ ... ]]'],
    ['[[ ... ]] with quotes', 'if [[ "$x" == "]]" || {{ value }} -lt 3 ]]; then :; fi', 'inside [[ ... ]]'],
    ['an array subscript', 'a[{{ value }}]=1', 'inside an array subscript'],
    ['$[...]', 'echo $[{{ value }}]', 'inside an array subscript'],
    ["$'...'", "echo $'{{ value }}'", "inside $'...'"],
    ['a comment', 'echo a # {{ value }}', 'in a comment'],
    ['an #SBATCH line', '#SBATCH --job-name={{ value }}', 'in a comment'],
    ['a here-document', 'cat <<EOF\n{{ value }}\nEOF', 'inside a here-document'],
    ['a quoted here-document', "cat <<'EOF'\n{{ value }}\nEOF", 'inside a here-document'],
    ['a here-document delimiter', 'cat <<{{ value }}\nx\n', 'as a here-document delimiter'],
    ['after a backslash', 'echo \\{{ value }}', 'directly after a backslash'],
    ['double quotes inside $( )', 'echo $(echo "{{ value }}")', 'inside double quotes'],
    ['double quotes after a $( ) in them', 'echo "$(date) {{ value }}"', 'inside double quotes'],
  ])('refuses %s', (_label, body, where) => {
    const errors = check(body);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^script line \d+: \{\{ value \}\} stands /);
    expect(errors[0]).toContain(where);
  });

  it('explains the bash arithmetic hazard', () => {
    expect(check('(( {{ value }} ))')[0]).toContain('runs any $(...) in it even from a quoted value');
    expect(check('[[ {{ value }} -eq 1 ]]')[0]).toContain('-eq, -lt');
  });

  it('refuses the #! line', () => {
    expect(checkScript('training', ['value'], '#!/usr/bin/{{ value }}\necho hi\n')).toEqual([
      'script line 1: {{ value }} stands in the #! line; the interpreter line takes no placeholders',
    ]);
  });

  it('refuses a script it cannot follow', () => {
    expect(check('echo "unterminated {{ value }}')).toEqual([
      expect.stringContaining('inside double quotes'),
      expect.stringMatching(/^script line 2: unterminated double quotes/),
    ]);
    expect(check('cat <<EOF\nno end line')).toEqual([
      expect.stringMatching(/here-document is not ended by a "EOF" line/),
    ]);
    expect(check('echo $(echo {{ value }}')).toEqual([expect.stringMatching(/unterminated \$\( \.\.\. \)/)]);
  });

  it('names the line of each refused placeholder', () => {
    const errors = check('x={{ value }}\necho "{{ value }}"\n# {{ value }}');
    expect(errors.map((e) => e.slice(0, 14))).toEqual(['script line 3:', 'script line 4:']);
  });
});

describe('script checks', () => {
  it('needs a #! line', () => {
    expect(checkScript('training', [], 'echo hi\n')).toEqual([
      'script must start with a #! line naming its interpreter, e.g. #!/bin/bash',
    ]);
  });

  it('refuses carriage returns and NUL', () => {
    expect(checkScript('training', [], '#!/bin/sh\r\necho\0\r\n')).toEqual([
      'script contains a NUL character',
      'script contains carriage returns (Windows line endings?); use \\n only',
    ]);
  });

  it.each([['{{ value-x }}'], ['{{ }}'], ['{{{ value }}}'], ['{{ value }'], ['{{ value\n}}']])(
    'refuses the malformed placeholder %j',
    (placeholder) => {
      expect(check(`echo ${placeholder}`)).toEqual([
        expect.stringMatching(/^script line 2: malformed placeholder/),
      ]);
    },
  );

  it('knows the variables of each kind', () => {
    const training = checkScript('training', [], '#!/bin/sh\necho {{ model_path }} {{ output_path }}\n');
    expect(training).toEqual([
      'script line 2: {{ output_path }} is neither a declared parameter nor a training context variable ' +
        '(model_name, model_path, namespace, resource_name, resource_uid)',
    ]);
    expect(checkScript('prediction', [], '#!/bin/sh\necho {{ model_path }} {{ output_path }}\n')).toEqual([]);
  });
});
