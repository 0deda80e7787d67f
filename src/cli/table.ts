// A table as kubectl prints one: a header row, columns left-aligned and three spaces apart, no
// trailing spaces. Pure.

export function formatTable(headers: string[], rows: string[][]): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    headers
      .map((_, column) => (cells[column] ?? '').padEnd(widths[column] ?? 0))
      .join('   ')
      .trimEnd();
  return [line(headers), ...rows.map(line)].join('\n');
}
