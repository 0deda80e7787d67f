// A readable, YAML-like view of a resource's spec: keys and values as a person reads them,
// strings quoted only when they would otherwise be misread. Display only, never parsed back.

function scalar(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') {
    if (
      value === '' ||
      /^[\s-?:,[\]{}#&*!|>'"%@`]|[:#]\s|\s$|^(true|false|null|yes|no|~|[-+.0-9][-+.0-9eE]*)$/i.test(value) ||
      value.includes('\n')
    )
      return JSON.stringify(value);
    return value;
  }
  return String(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lines(value: unknown, indent: string): string[] {
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${indent}[]`];
    return value.flatMap((item) => {
      if (isPlainObject(item) || Array.isArray(item)) {
        const inner = lines(item, `${indent}  `);
        const first = inner[0]?.slice(indent.length + 2) ?? '';
        return [`${indent}- ${first}`, ...inner.slice(1)];
      }
      return [`${indent}- ${scalar(item)}`];
    });
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return [`${indent}{}`];
    return entries.flatMap(([key, v]) => {
      const k = scalar(key);
      if ((isPlainObject(v) && Object.keys(v).length > 0) || (Array.isArray(v) && v.length > 0))
        return [`${indent}${k}:`, ...lines(v, `${indent}  `)];
      if (isPlainObject(v)) return [`${indent}${k}: {}`];
      if (Array.isArray(v)) return [`${indent}${k}: []`];
      return [`${indent}${k}: ${scalar(v)}`];
    });
  }
  return [`${indent}${scalar(value)}`];
}

export function yamlish(value: unknown): string {
  return lines(value, '').join('\n');
}
