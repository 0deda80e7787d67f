// Where may a placeholder stand? A placeholder becomes one single-quoted shell word, which is
// literal only where the shell reads quotes: an unquoted word. Inside "...", '...', `...`,
// ${...}, $((...)), a comment or a here-document the quotes mean nothing and the value would be
// read as code; inside bash's ((...)), [[...]] and array subscripts the quotes are removed and
// the text evaluated as arithmetic, which runs any $(...) in it. This is a small shell lexer
// that finds such places and refuses them.
// It is conservative, not a full parser: a script it cannot follow (an unterminated quote,
// a here-document without its end line) is refused as well.

import { braces, lineOf, type Placeholder } from './placeholders.ts';

type FrameKind = 'code' | 'single' | 'double' | 'backtick' | 'ansi' | 'brace' | 'arith' | 'test';

interface Frame {
  kind: FrameKind;
  /** Open "(" inside this frame; for $( ... ) the frame ends at an unmatched ")". */
  depth: number;
  commandSubstitution: boolean;
  start: number;
}

const WHERE: Record<FrameKind, string> = {
  code: '',
  single: "inside single quotes '...'",
  double: 'inside double quotes "..."',
  backtick: 'inside backquotes `...` (use $( ... ) instead)',
  ansi: "inside $'...'",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: shell syntax, not a JavaScript template
  brace: 'inside ${...}',
  arith: 'inside arithmetic $((...)) or ((...))',
  test: 'inside [[ ... ]]',
};

const CLOSER = { double: '"', brace: '}', test: ']]' } as const;

const HINT =
  'a placeholder becomes a single-quoted shell word, so it may only stand where an unquoted word ' +
  'can; assign it to a variable first, e.g. x={{ name }}, and use "$x"';

const COMMENT_HINT =
  'quotes mean nothing in a comment (nor in an #SBATCH line), so a newline in the value would end it ' +
  'and run the rest; placeholders are not allowed there';

const HEREDOC_HINT =
  'a here-document takes its text literally or expands it, and a value could end it early; ' +
  "pass the value as an argument instead, e.g. printf '%s\\n' {{ name }}";

const ARITHMETIC_HINT =
  'bash evaluates this text as arithmetic and runs any $(...) in it even from a quoted value; ' +
  'declare an integer parameter, assign it first, e.g. n={{ name }}, and use $((n + 1))';

const TEST_HINT =
  'bash reads the operands of -eq, -lt and the like as arithmetic and runs any $(...) in them; ' +
  'assign it to a variable first, e.g. x={{ name }}, and test "$x" with [ ... ] or case';

const FRAME_HINT: Partial<Record<FrameKind, string>> = { arith: ARITHMETIC_HINT, test: TEST_HINT };

/** An array subscript (name[...]) or bash's old arithmetic $[...], both evaluated. */
const SUBSCRIPT = /(^[A-Za-z_][A-Za-z0-9_]*|\$)\[[^\]]*$/;

const WORD_BREAK = ' \t\n;&|()<>';

export function checkPlacement(script: string, placeholders: Placeholder[]): string[] {
  const errors: string[] = [];
  const at = new Map(placeholders.map((p) => [p.start, p]));
  const stack: Frame[] = [{ kind: 'code', depth: 0, commandSubstitution: false, start: 0 }];
  let heredocs: { delimiter: string; stripTabs: boolean }[] = [];
  let wordStart = true;
  let i = 0;

  const reject = (p: Placeholder, where: string, why = HINT) =>
    errors.push(`script line ${p.line}: ${braces(p.name)} stands ${where}; ${why}`);
  const rejectWithin = (from: number, to: number, where: string, why?: string) => {
    for (const p of placeholders) if (p.start >= from && p.start < to) reject(p, where, why);
  };
  const push = (kind: FrameKind, width: number, commandSubstitution = false) => {
    stack.push({ kind, depth: 0, commandSubstitution, start: i });
    i += width;
    wordStart = commandSubstitution;
  };
  const pop = (width: number) => {
    stack.pop();
    i += width;
    wordStart = false;
  };
  /** The current word up to i, for the array subscript check. */
  const currentWord = () => {
    let k = i;
    while (k > 0 && !WORD_BREAK.includes(script[k - 1] as string)) k--;
    return script.slice(k, i);
  };
  /** A backslash quotes the next character; a placeholder right after it would lose its quotes. */
  const backslash = (where: string) => {
    const next = at.get(i + 1);
    if (next) reject(next, where);
    i = next ? next.end : i + 2;
    wordStart = false;
  };
  /** "$" starts an expansion in code, double quotes, ${...} and $((...)). */
  const dollar = (ansi: boolean) => {
    if (script.startsWith('$((', i)) push('arith', 3);
    else if (script.startsWith('$(', i)) push('code', 2, true);
    else if (script.startsWith('${', i)) push('brace', 2);
    else if (ansi && script.startsWith("$'", i)) push('ansi', 2);
    else {
      i += 1;
      wordStart = false;
    }
  };

  const readHeredocOperator = () => {
    let j = i + 2;
    const stripTabs = script[j] === '-';
    if (stripTabs) j++;
    while (script[j] === ' ' || script[j] === '\t') j++;
    let delimiter = '';
    while (j < script.length && !WORD_BREAK.includes(script[j] as string)) {
      const p = at.get(j);
      const c = script[j] as string;
      if (p) {
        reject(p, 'as a here-document delimiter');
        j = p.end;
      } else if (c === "'" || c === '"') {
        const close = script.indexOf(c, j + 1);
        const end = close === -1 ? script.length : close;
        delimiter += script.slice(j + 1, end);
        j = end + 1;
      } else if (c === '\\') {
        delimiter += script[j + 1] ?? '';
        j += 2;
      } else {
        delimiter += c;
        j++;
      }
    }
    heredocs.push({ delimiter, stripTabs });
    i = j;
    wordStart = false;
  };

  const readHeredocBodies = () => {
    for (const heredoc of heredocs) {
      const opened = lineOf(script, i);
      for (;;) {
        if (i >= script.length) {
          errors.push(`script line ${opened}: here-document is not ended by a "${heredoc.delimiter}" line`);
          break;
        }
        const newline = script.indexOf('\n', i);
        const end = newline === -1 ? script.length : newline;
        const line = script.slice(i, end);
        const done = (heredoc.stripTabs ? line.replace(/^\t+/, '') : line) === heredoc.delimiter;
        if (!done) rejectWithin(i, end, 'inside a here-document', HEREDOC_HINT);
        i = end + 1;
        if (done) break;
      }
    }
    heredocs = [];
  };

  while (i < script.length) {
    const frame = stack[stack.length - 1] as Frame;
    const placeholder = at.get(i);
    if (placeholder) {
      if (frame.kind !== 'code') reject(placeholder, WHERE[frame.kind], FRAME_HINT[frame.kind]);
      else if (SUBSCRIPT.test(currentWord()))
        reject(placeholder, 'inside an array subscript or $[...]', ARITHMETIC_HINT);
      i = placeholder.end;
      wordStart = false;
      continue;
    }
    const c = script[i] as string;
    switch (frame.kind) {
      case 'code':
        if (c === '\\') backslash('directly after a backslash');
        else if (c === "'") push('single', 1);
        else if (c === '"') push('double', 1);
        else if (c === '`') push('backtick', 1);
        else if (c === '$') dollar(true);
        else if (c === '#' && wordStart) {
          const newline = script.indexOf('\n', i);
          const end = newline === -1 ? script.length : newline;
          if (i === 0) rejectWithin(i, end, 'in the #! line', 'the interpreter line takes no placeholders');
          else rejectWithin(i, end, 'in a comment', COMMENT_HINT);
          i = end;
        } else if (wordStart && script.startsWith('((', i)) push('arith', 2);
        else if (wordStart && /^\[\[[ \t\n]/.test(script.slice(i, i + 3))) push('test', 2);
        else if (script.startsWith('<<<', i)) {
          i += 3;
          wordStart = true;
        } else if (script.startsWith('<<', i)) readHeredocOperator();
        else if (c === '\n') {
          i += 1;
          wordStart = true;
          if (heredocs.length > 0) readHeredocBodies();
        } else if (c === ')' && frame.depth === 0 && frame.commandSubstitution) pop(1);
        else {
          if (c === '(') frame.depth++;
          if (c === ')' && frame.depth > 0) frame.depth--;
          wordStart = WORD_BREAK.includes(c);
          i += 1;
        }
        break;
      case 'single':
        if (c === "'") pop(1);
        else i += 1;
        break;
      case 'ansi':
      case 'backtick':
        if (c === '\\') backslash(WHERE[frame.kind]);
        else if (c === (frame.kind === 'ansi' ? "'" : '`')) pop(1);
        else i += 1;
        break;
      case 'double':
      case 'brace':
      case 'test':
        if (c === '\\') backslash(WHERE[frame.kind]);
        else if (script.startsWith(CLOSER[frame.kind], i)) pop(CLOSER[frame.kind].length);
        else if (c === '$') dollar(false);
        else if (c === '`') push('backtick', 1);
        else if (frame.kind !== 'double' && (c === "'" || c === '"'))
          push(c === "'" ? 'single' : 'double', 1);
        else i += 1;
        break;
      case 'arith':
        if (c === '$') dollar(false);
        else if (c === ')' && frame.depth === 0) pop(script[i + 1] === ')' ? 2 : 1);
        else {
          if (c === '(') frame.depth++;
          if (c === ')') frame.depth--;
          i += 1;
        }
        break;
    }
  }
  if (heredocs.length > 0) readHeredocBodies();
  for (const frame of stack.slice(1)) {
    const what = frame.kind === 'code' ? '$( ... )' : WHERE[frame.kind].replace(/^inside /, '');
    errors.push(
      `script line ${lineOf(script, frame.start)}: unterminated ${what}; ` +
        'cannot tell where the placeholders stand',
    );
  }
  return errors;
}
