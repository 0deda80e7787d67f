// Kubernetes' DNS-1123 names: a label (a namespace, a Model) and a subdomain (most objects' names).
// The operator's APIs check the names in their paths with these, and the console's form checks
// what a person types with the same. No imports: the browser bundle includes this file.

export const DNS_LABEL_MAX_LENGTH = 63;
export const DNS_SUBDOMAIN_MAX_LENGTH = 253;

/**
 * One label's characters, as pattern source: lower-case letters, digits and `-`, starting and
 * ending with a letter or digit. `\-` reads the same with or without the u and v flags (an
 * HTML pattern attribute is compiled with v, where a bare `-` in a class is an error).
 */
export const DNS_LABEL_SOURCE = '[a-z0-9]([\\-a-z0-9]*[a-z0-9])?';
/** Labels joined by dots, as pattern source. */
export const DNS_SUBDOMAIN_SOURCE = `${DNS_LABEL_SOURCE}(\\.${DNS_LABEL_SOURCE})*`;

/** The characters of a label, whatever its length. */
export const DNS_LABEL_CHARACTERS = new RegExp(`^${DNS_LABEL_SOURCE}$`);
/** The characters of a subdomain, whatever its length. */
export const DNS_SUBDOMAIN_CHARACTERS = new RegExp(`^${DNS_SUBDOMAIN_SOURCE}$`);

/** A DNS-1123 label of at most 63 characters. */
export const DNS_LABEL = new RegExp(`^(?=.{1,${DNS_LABEL_MAX_LENGTH}}$)${DNS_LABEL_SOURCE}$`);
/** A DNS-1123 subdomain of at most 253 characters. */
export const DNS_SUBDOMAIN = new RegExp(`^(?=.{1,${DNS_SUBDOMAIN_MAX_LENGTH}}$)${DNS_SUBDOMAIN_SOURCE}$`);
