// Sign-in with a Kubernetes bearer token, as Headlamp does: checked once with the API server
// (TokenReview through /ui/api/whoami) before it is kept in this tab's sessionStorage.
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { type ConsoleData, ConsoleError, type Identity } from '../data/console-data.ts';
import { discoverNamespaces, MAX_WATCHED_NAMESPACES, namespacesProblem } from '../data/namespaces.ts';
import { OperatorConsoleData } from '../data/operator-console-data.ts';
import { parseNamespaces, type StoredSession, saveSession } from '../session.ts';

export function SignInPage(props: {
  /** `notice`: what the person should know about the session, e.g. that not every namespace is watched. */
  onSignedIn(session: StoredSession, identity: Identity, notice?: string): void;
  /** Why the person is asked to sign in again, e.g. an expired token. */
  notice?: string;
  /** The data access for a token; the operator's by default. */
  connect?: (token: string, onUnauthorized?: () => void) => ConsoleData;
}) {
  const tokenId = useId();
  const namespacesId = useId();
  const [token, setToken] = useState('');
  const [namespaces, setNamespaces] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [namespacesError, setNamespacesError] = useState<string | undefined>(undefined);
  const namespacesInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.title = 'Sign in · Slurm ML console';
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const trimmed = token.trim();
    if (trimmed === '') {
      setError('Paste a token first.');
      return;
    }
    // Checked before anything is asked: a typo would otherwise become a watch the API server refuses.
    const named = parseNamespaces(namespaces);
    const problem = namespacesProblem(named);
    setNamespacesError(problem);
    if (problem) {
      setError(null);
      namespacesInput.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    const data = (props.connect ?? ((t: string) => new OperatorConsoleData(t)))(trimmed);
    try {
      let identity: Identity;
      try {
        identity = await data.whoami();
      } catch (e) {
        if (e instanceof ConsoleError && e.status === 401) {
          throw new Error(`The API server does not accept this token: ${e.message}`);
        }
        throw e;
      }
      const discovered = named.length > 0 ? { namespaces: named } : await discoverNamespaces(data);
      const session = { token: trimmed, namespaces: discovered.namespaces };
      saveSession(session);
      props.onSignedIn(session, identity, discovered.notice);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  }

  return (
    <main id="main" className="sign-in">
      <h1>Sign in</h1>
      <p>
        Sign in with a Kubernetes bearer token: a ServiceAccount token from <code>kubectl create token</code>,
        or the <code>id-token</code> your OIDC kubeconfig holds. Everything you see and do is decided by that
        token&apos;s rights. It is kept in this browser tab only, until you sign out or close the tab.
      </p>
      {props.notice ? (
        <p className="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={tokenId}>Token</label>
          <input
            id={tokenId}
            type="password"
            autoComplete="off"
            spellCheck={false}
            required
            value={token}
            onChange={(e) => setToken(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={namespacesId}>Namespaces</label>
          <input
            ref={namespacesInput}
            id={namespacesId}
            type="text"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={
              namespacesError ? `${namespacesId}-hint ${namespacesId}-error` : `${namespacesId}-hint`
            }
            aria-invalid={namespacesError ? true : undefined}
            value={namespaces}
            onChange={(e) => {
              setNamespaces(e.target.value);
              if (namespacesError) setNamespacesError(namespacesProblem(parseNamespaces(e.target.value)));
            }}
          />
          <p className="hint" id={`${namespacesId}-hint`}>
            The namespaces you work in, separated by commas, e.g. <code>team-a, team-b</code>. Optional: left
            empty, the console looks for the namespaces your rights let you list (at most{' '}
            {MAX_WATCHED_NAMESPACES}).
          </p>
          {namespacesError ? (
            <p className="field-error" id={`${namespacesId}-error`}>
              {namespacesError}
            </p>
          ) : null}
        </div>
        {error ? (
          <p className="state state-error" role="alert">
            {error}
          </p>
        ) : null}
        {busy ? (
          <p className="state" role="status">
            Checking your token…
          </p>
        ) : null}
        <button type="submit" className="primary" aria-disabled={busy}>
          Sign in
        </button>
      </form>
    </main>
  );
}
