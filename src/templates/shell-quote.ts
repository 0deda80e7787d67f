// POSIX single quoting: inside '...' every byte is literal, so the only character to handle is
// the single quote itself, written as '\'' (close, escaped quote, reopen).

/** Quotes a value as one shell word that the shell reads back byte for byte. */
export function shellQuote(value: string): string {
  if (value.includes('\0')) throw new Error('a shell word cannot contain a NUL character');
  return `'${value.replaceAll("'", `'\\''`)}'`;
}
