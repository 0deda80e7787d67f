// The grammar of template parameter values: how a string reads as an integer or a number, and
// the characters a string or path parameter accepts when its template declares no pattern of its
// own. The operator's validator (parameters.ts) and the console's form (web/src/forms/parameters.ts)
// both read these, so the browser never refuses what the operator accepts. No imports: the
// browser bundle includes this file.

/** An integer in plain decimal form: no "+", no leading zeros, no exponent. */
export const INTEGER = /^-?(0|[1-9][0-9]*)$/;
/** A number in plain decimal form, with an optional fraction and exponent. */
export const NUMBER = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$/;

/**
 * What a string parameter accepts when its template declares no pattern or enum: enough for
 * names, paths, versions, image references and lists, nothing a shell reads as syntax where an
 * expansion lands unquoted or in arithmetic. No quotes, `$`, backquote, brackets, braces,
 * parentheses, whitespace, `;|&<>*?!~#\`, newline or NUL; no `=`, so bash arithmetic that
 * evaluates the value cannot assign (`PATH=0`); no leading `-`, so the value is never an option.
 */
export const DEFAULT_STRING_PATTERN = '^([A-Za-z0-9._,:/+@%][A-Za-z0-9._,:/+@%-]*)?$';

/**
 * A `path` parameter: empty, or absolute in the default characters less `,` and `:`, which
 * Apptainer's --bind and Slurm's options read as separators (`/mine,/theirs`, `/mine:/etc`).
 */
export const PATH_PATTERN = '^(/[A-Za-z0-9._/+@%-]*)?$';
/** A `..` segment, which no path parameter may hold. */
export const PATH_UP = '(^|/)[.][.](/|$)';
