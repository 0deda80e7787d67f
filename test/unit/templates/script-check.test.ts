// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are shell scripts, not JavaScript templates
import { describe, expect, it } from 'vitest';
import { checkScript } from '../../../src/templates/script-check.ts';

describe('checkScript', () => {
  it.each([
    [
      'a script reading its values from the environment',
      '#!/bin/sh\nprintf \'%s\' "$value" "${model_path}"\n',
    ],
    ['bash with ${...}, $((...)), [[ ]], arrays', '#!/bin/bash\nn=$((value + 1))\n[[ -n ${a[0]} ]]\n'],
    ['a literal "{{" that is no placeholder', '#!/bin/sh\necho "{{" "}}" "{{ .Values.x }}" "{{-x}}"\n'],
    ['an awk program with nested braces', "#!/bin/sh\nawk '{ {print} }'\n"],
  ])('accepts %s', (_label, script) => {
    expect(checkScript('training', ['value'], script)).toEqual([]);
  });

  it.each([
    [
      'a declared parameter',
      '#!/bin/sh\nset -eu\necho {{ value }}\n',
      [
        'script line 3: "{{ value }}" is no longer substituted; read the value from the environment as "$value"',
      ],
    ],
    [
      'a context variable without spaces, in quotes',
      '#!/bin/sh\necho "{{model_path}}"\n',
      [
        'script line 2: "{{model_path}}" is no longer substituted; read the value from the environment as "$model_path"',
      ],
    ],
    [
      'several on one line and on several lines',
      '#!/bin/sh\nx={{ value }}{{\tvalue }}\n\n# {{ resource_uid }}\n',
      [
        'script line 2: "{{ value }}" is no longer substituted; read the value from the environment as "$value"',
        'script line 2: "{{\tvalue }}" is no longer substituted; read the value from the environment as "$value"',
        'script line 4: "{{ resource_uid }}" is no longer substituted; read the value from the environment as "$resource_uid"',
      ],
    ],
    [
      'an unknown name',
      '#!/bin/sh\necho {{ nope }}\n',
      [
        'script line 2: "{{ nope }}" is no longer substituted; read the value from the environment as "$nope", ' +
          'but "nope" is neither a declared parameter nor a training context variable ' +
          '(model_name, model_path, namespace, resource_name, resource_uid)',
      ],
    ],
    [
      'a variable of the other kind',
      '#!/bin/sh\necho {{ output_path }}\n',
      [
        expect.stringContaining(
          '"output_path" is neither a declared parameter nor a training context variable',
        ),
      ],
    ],
    [
      'the model version, which a training does not have',
      '#!/bin/sh\necho {{ model_version }}\n',
      [
        expect.stringMatching(
          /^script line 2: .* but a training has no model_version: .* use "\$model_path"/,
        ),
      ],
    ],
    [
      'the #! line',
      '#!/usr/bin/{{ value }}\necho hi\n',
      [expect.stringMatching(/^script line 1: "\{\{ value \}\}" is no longer substituted/)],
    ],
  ])('refuses an old placeholder: %s, naming the line', (_label, script, errors) => {
    expect(checkScript('training', ['value'], script)).toEqual(errors);
  });

  it('knows the prediction context variables', () => {
    expect(checkScript('prediction', [], '#!/bin/sh\necho {{ output_path }}\n')).toEqual([
      'script line 2: "{{ output_path }}" is no longer substituted; read the value from the environment as "$output_path"',
    ]);
  });

  it.each([
    [
      'no #! line',
      'echo hi\n',
      ['script line 1: must start with a #! line naming its interpreter, e.g. #!/bin/bash'],
    ],
    [
      'carriage returns, reported once at the first',
      '#!/bin/sh\necho\r\necho\r\n',
      ['script line 2: contains a carriage return (Windows line endings?); use \\n only'],
    ],
    ['a NUL character', '#!/bin/sh\n\necho a\0b\n', ['script line 3: contains a NUL character']],
  ])('refuses %s, naming the line', (_label, script, errors) => {
    expect(checkScript('training', [], script)).toEqual(errors);
  });
});
