// Finding {{ name }} placeholders. Every "{{" in a script must open a well-formed placeholder,
// so a typo never passes through to the shell unnoticed.

export interface Placeholder {
  name: string;
  /** Offset of the first "{" and just past the last "}". */
  start: number;
  end: number;
  /** 1-based line number, for messages. */
  line: number;
}

const PLACEHOLDER = /\{\{[ \t]*([A-Za-z_][A-Za-z0-9_]*)[ \t]*\}\}/y;

export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

export function scanPlaceholders(script: string): { placeholders: Placeholder[]; errors: string[] } {
  const placeholders: Placeholder[] = [];
  const errors: string[] = [];
  let from = 0;
  for (let start = script.indexOf('{{', from); start !== -1; start = script.indexOf('{{', from)) {
    PLACEHOLDER.lastIndex = start;
    const match = PLACEHOLDER.exec(script);
    const line = lineOf(script, start);
    if (match?.[1] === undefined) {
      const excerpt = JSON.stringify(script.slice(start, start + 24).split('\n')[0]);
      errors.push(
        `script line ${line}: malformed placeholder near ${excerpt}; write {{ name }} with a ` +
          'lower_snake_case name (a literal "{{" is not allowed; write "{""{" in shell instead)',
      );
      from = start + 2;
      continue;
    }
    placeholders.push({ name: match[1], start, end: start + match[0].length, line });
    from = start + match[0].length;
  }
  return { placeholders, errors };
}

/** The placeholder syntax as written in messages. */
export function braces(name: string): string {
  return `{{ ${name} }}`;
}
