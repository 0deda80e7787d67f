// Kubernetes name rules, checked in the form before anything is sent, so a person sees what is
// wrong next to the field instead of in the API server's Status message. The grammar is the
// operator's own (src/http/dns-names.ts), which its APIs check names in paths with.
import {
  DNS_LABEL_CHARACTERS,
  DNS_LABEL_MAX_LENGTH,
  DNS_LABEL_SOURCE,
  DNS_SUBDOMAIN_CHARACTERS,
  DNS_SUBDOMAIN_MAX_LENGTH,
  DNS_SUBDOMAIN_SOURCE,
} from '../../../src/http/dns-names.ts';

/** Why `value` is not a DNS-1123 label (a Model's name, a namespace), or undefined when it is one. */
export function labelProblem(value: string): string | undefined {
  if (value === '') return 'is required';
  if (value.length > DNS_LABEL_MAX_LENGTH)
    return `must be at most ${DNS_LABEL_MAX_LENGTH} characters (has ${value.length})`;
  if (!DNS_LABEL_CHARACTERS.test(value))
    return 'must use only lower-case letters, digits and "-", and start and end with a letter or digit';
  return undefined;
}

/** Why `value` is not a DNS-1123 subdomain (the name of a Training or Prediction), or undefined. */
export function subdomainProblem(value: string): string | undefined {
  if (value === '') return 'is required';
  if (value.length > DNS_SUBDOMAIN_MAX_LENGTH)
    return `must be at most ${DNS_SUBDOMAIN_MAX_LENGTH} characters (has ${value.length})`;
  if (!DNS_SUBDOMAIN_CHARACTERS.test(value))
    return 'must use only lower-case letters, digits, "-" and ".", and start and end with a letter or digit';
  return undefined;
}

/** The HTML pattern attribute for a DNS-1123 label (the browser anchors it itself). */
export const LABEL_PATTERN = DNS_LABEL_SOURCE;
/** The HTML pattern attribute for a DNS-1123 subdomain. */
export const SUBDOMAIN_PATTERN = DNS_SUBDOMAIN_SOURCE;

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Five random lower-case letters and digits; `random` returns numbers in [0, 1). */
export function randomSuffix(random: () => number = Math.random): string {
  return Array.from({ length: 5 }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join('');
}

/** `<base>-<suffix>`, the base made name-like and shortened so the whole stays a DNS-1123 label. */
export function nameWithSuffix(base: string, suffix: string): string {
  const cleaned = base
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 63 - suffix.length - 1)
    .replace(/-+$/, '');
  return cleaned === '' ? suffix : `${cleaned}-${suffix}`;
}

/** A default name for a new resource: `<base>-<5 random characters>` (Math.random in the page, fixed in tests). */
export function generatedName(base: string, random: () => number = Math.random): string {
  return nameWithSuffix(base, randomSuffix(random));
}
