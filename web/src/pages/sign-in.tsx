// Sign-in with a Kubernetes bearer token, as Headlamp does: checked once with the API server
// (TokenReview through /ui/api/whoami) before it is kept in this tab's sessionStorage.
import { type FormEvent, useEffect, useId, useState } from 'react';
import { type ConsoleData, ConsoleError, type Identity } from '../data/console-data.ts';
import { OperatorConsoleData } from '../data/operator-console-data.ts';
import { parseNamespaces, type StoredSession, saveSession } from '../session.ts';

/** How many namespaces the console checks for list rights when the person names none. */
const MAX_DISCOVERED = 50;

class NeedNamespaces extends Error {}

/**
 * The namespaces to use when the person named none: every namespace ([]) when they may list
 * Trainings cluster-wide, else the namespaces they may see and list Trainings in.
 */
async function discoverNamespaces(data: ConsoleData): Promise<string[]> {
  const allowed = (verb: string, ns: string) => data.can(verb, 'trainings', ns).catch(() => false);
  if (await allowed('list', '')) return [];
  const visible = await data.namespaces();
  if (visible === null) {
    throw new NeedNamespaces(
      'Your rights do not let the console list namespaces. Name the namespaces you work in, separated by commas.',
    );
  }
  const candidates = visible.slice(0, MAX_DISCOVERED);
  const checks = await Promise.all(candidates.map((ns) => allowed('list', ns)));
  const mine = candidates.filter((_, i) => checks[i]);
  if (mine.length === 0) {
    throw new NeedNamespaces(
      'None of the namespaces you can see lets you list Trainings. Name the namespaces you work in, separated by commas.',
    );
  }
  return mine;
}

export function SignInPage(props: {
  onSignedIn(session: StoredSession, identity: Identity): void;
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
      const named = parseNamespaces(namespaces);
      const session = {
        token: trimmed,
        namespaces: named.length > 0 ? named : await discoverNamespaces(data),
      };
      saveSession(session);
      props.onSignedIn(session, identity);
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
            id={namespacesId}
            type="text"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${namespacesId}-hint`}
            value={namespaces}
            onChange={(e) => setNamespaces(e.target.value)}
          />
          <p className="hint" id={`${namespacesId}-hint`}>
            The namespaces you work in, separated by commas, e.g. <code>team-a, team-b</code>. Optional: left
            empty, the console looks for the namespaces your rights let you list.
          </p>
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
