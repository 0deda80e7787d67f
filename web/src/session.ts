// The signed-in session, kept in this browser tab's sessionStorage only: gone when the tab closes,
// never in a cookie, so no other site can make the browser send the token (docs/ui.md, "Sign-in").

export const SESSION_KEY = 'slurm-ml-console.session';

export interface StoredSession {
  token: string;
  /** The namespaces the person works in; empty means every namespace their rights let them list. */
  namespaces: string[];
}

export function loadSession(): StoredSession | null {
  let raw: string | null;
  try {
    raw = sessionStorage.getItem(SESSION_KEY);
  } catch {
    return null;
  }
  if (raw === null) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<StoredSession>;
    if (typeof parsed.token !== 'string' || parsed.token === '') return null;
    const namespaces = Array.isArray(parsed.namespaces)
      ? parsed.namespaces.filter((ns): ns is string => typeof ns === 'string' && ns !== '')
      : [];
    return { token: parsed.token, namespaces };
  } catch {
    return null;
  }
}

export function saveSession(session: StoredSession): void {
  sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
}

export function clearSession(): void {
  sessionStorage.removeItem(SESSION_KEY);
}

/** "team-a, team-b  team-c" → ["team-a", "team-b", "team-c"], without repeats. */
export function parseNamespaces(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).filter((ns) => ns !== ''))];
}
