// What the operator's read-only APIs (history, logs) share about a request: a 400 with a message
// that names what was wrong, Kubernetes names in paths, and parameters given at most once.

export class BadRequest extends Error {
  override readonly name = 'BadRequest';
}

export { DNS_LABEL, DNS_SUBDOMAIN } from './dns-names.ts';

/** The parameter's one value, if given; twice is a BadRequest. */
export function singleParam(params: URLSearchParams, name: string): string | undefined {
  const values = params.getAll(name);
  if (values.length > 1) throw new BadRequest(`${name} may be given once`);
  return values[0];
}
