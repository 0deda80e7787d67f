// URLs with credentials in them (`scheme://user:password@host`) are shown without: error texts
// from Node and from libraries quote the URL they were given, and such texts reach status
// messages and logs.
// Up to the authority's last @: a password may hold an @ of its own.
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#]*@/gi;

export function redactUrlCredentials(text: string): string {
  return text.replace(URL_CREDENTIALS, '$1[redacted]@');
}
