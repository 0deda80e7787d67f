// Loading, empty and error states, the same on every page.
import type { ReactNode } from 'react';
import type { ConsoleError } from '../data/console-data.ts';

export function Loading(props: { what: string }) {
  return (
    <p className="state" aria-busy="true">
      Loading {props.what}…
    </p>
  );
}

export function Empty(props: { children: ReactNode }) {
  return <p className="state state-empty">{props.children}</p>;
}

/** An error as the server gave it, with what it means for the person. */
export function ErrorState(props: { error: ConsoleError | Error; what: string }) {
  const status = 'status' in props.error ? (props.error as ConsoleError).status : undefined;
  const hint =
    status === 403
      ? 'Your Kubernetes rights do not allow this. Ask an admin of the namespace for access.'
      : status === 401
        ? 'Your token is no longer accepted. Sign out and sign in again.'
        : undefined;
  return (
    <div className="state state-error" role="alert">
      <p>
        Could not load {props.what}: {props.error.message}
      </p>
      {hint ? <p>{hint}</p> : null}
    </div>
  );
}
