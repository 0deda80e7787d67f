// What the operator's read-only APIs (history, logs) share about a request: a 400 with a message
// that names what was wrong, Kubernetes names in paths, and parameters given at most once.

export class BadRequest extends Error {
  override readonly name = 'BadRequest';
}

export const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
export const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;

/** The parameter's one value, if given; twice is a BadRequest. */
export function singleParam(params: URLSearchParams, name: string): string | undefined {
  const values = params.getAll(name);
  if (values.length > 1) throw new BadRequest(`${name} may be given once`);
  return values[0];
}
