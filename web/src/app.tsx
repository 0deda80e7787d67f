// The console: the session (sign-in, its check, sign-out), the data access for its token, and the
// routes under /ui (wouter). Without a session every route shows the sign-in page.
import { lazy, type ReactNode, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { Link, Route, Router, Switch, useLocation } from 'wouter';
import { Layout } from './components/layout.tsx';
import { ErrorState, Loading } from './components/states.tsx';
import { type ConsoleData, ConsoleError, type Identity } from './data/console-data.ts';
import { ConsoleProvider, type Session } from './data/context.tsx';
import { OperatorConsoleData } from './data/operator-console-data.ts';
import { ClustersPage } from './pages/clusters.tsx';
import { JobListPage } from './pages/job-list.tsx';
import { OverviewPage } from './pages/overview.tsx';
import { SignInPage } from './pages/sign-in.tsx';
import { titleOf } from './route-title.ts';
import { clearSession, loadSession, type StoredSession } from './session.ts';

// Detail pages and forms load when first opened: the charts (uPlot) and form code stay out of the
// first download, which the overview and the lists need alone.
const JobDetailPage = lazy(() =>
  import('./pages/job-detail.tsx').then((m) => ({ default: m.JobDetailPage })),
);
const ModelsPage = lazy(() => import('./pages/models.tsx').then((m) => ({ default: m.ModelsPage })));
const ModelDetailPage = lazy(() =>
  import('./pages/model-detail.tsx').then((m) => ({ default: m.ModelDetailPage })),
);
const NewTrainingPage = lazy(() =>
  import('./pages/new-training.tsx').then((m) => ({ default: m.NewTrainingPage })),
);
const NewPredictionPage = lazy(() =>
  import('./pages/new-prediction.tsx').then((m) => ({ default: m.NewPredictionPage })),
);

export const BASE = '/ui';

function Routes() {
  const [location] = useLocation();
  return (
    <Layout title={titleOf(location)}>
      <Suspense fallback={<Loading what="the page" />}>
        <Switch>
          <Route path="/">
            <OverviewPage />
          </Route>
          <Route path="/trainings">
            <JobListPage kind="trainings" />
          </Route>
          <Route path="/predictions">
            <JobListPage kind="predictions" />
          </Route>
          <Route path="/trainings/:namespace/:name">
            {(params) => (
              <JobDetailPage
                key={`${params.namespace}/${params.name}`}
                kind="trainings"
                namespace={params.namespace}
                name={params.name}
              />
            )}
          </Route>
          <Route path="/predictions/:namespace/:name">
            {(params) => (
              <JobDetailPage
                key={`${params.namespace}/${params.name}`}
                kind="predictions"
                namespace={params.namespace}
                name={params.name}
              />
            )}
          </Route>
          <Route path="/models">
            <ModelsPage />
          </Route>
          <Route path="/models/:namespace/:name">
            {(params) => (
              <ModelDetailPage
                key={`${params.namespace}/${params.name}`}
                namespace={params.namespace}
                name={params.name}
              />
            )}
          </Route>
          <Route path="/clusters">
            <ClustersPage />
          </Route>
          <Route path="/new/training">
            <NewTrainingPage />
          </Route>
          <Route path="/new/prediction">
            <NewPredictionPage />
          </Route>
          <Route>
            <h1>Not found</h1>
            <p>
              The console has no page at this address. <Link href="/">Go to the overview</Link>.
            </p>
          </Route>
        </Switch>
      </Suspense>
    </Layout>
  );
}

type State =
  | { step: 'signed-out'; notice?: string }
  | { step: 'checking'; stored: StoredSession }
  | { step: 'failed'; stored: StoredSession; error: ConsoleError | Error }
  | { step: 'ready'; stored: StoredSession; identity: Identity; notice?: string };

const TOKEN_REFUSED = 'Your token is no longer accepted by the API server. Sign in again.';

export function App(props: {
  /** The data access for a token; `onUnauthorized` is to be called when the token stops being accepted. */
  connect?: (token: string, onUnauthorized?: () => void) => ConsoleData;
}) {
  const [state, setState] = useState<State>(() => {
    const stored = loadSession();
    return stored ? { step: 'checking', stored } : { step: 'signed-out' };
  });
  const connect = props.connect;
  const token = state.step === 'signed-out' ? null : state.stored.token;

  // A 401 during the session (the token expired or was revoked): back to sign-in, saying why.
  const tokenRefused = useCallback(() => {
    clearSession();
    setState({ step: 'signed-out', notice: TOKEN_REFUSED });
  }, []);
  const data = useMemo(
    () =>
      token === null
        ? null
        : (
            connect ??
            ((t: string, onUnauthorized?: () => void) =>
              new OperatorConsoleData(t, undefined, onUnauthorized))
          )(token, tokenRefused),
    [token, connect, tokenRefused],
  );

  const signOut = useCallback(() => {
    clearSession();
    setState({ step: 'signed-out' });
  }, []);

  // A session from an earlier page load: the token is checked again to know who it is.
  const checking = state.step === 'checking' ? state.stored : null;
  useEffect(() => {
    if (checking === null || data === null) return;
    let live = true;
    data.whoami().then(
      (identity) => {
        if (live) setState({ step: 'ready', stored: checking, identity });
      },
      (error: unknown) => {
        if (!live) return;
        if (error instanceof ConsoleError && error.status === 401) {
          tokenRefused();
        } else {
          setState({ step: 'failed', stored: checking, error: error as Error });
        }
      },
    );
    return () => {
      live = false;
    };
  }, [checking, data, tokenRefused]);

  const session = useMemo<Session | null>(
    () =>
      state.step === 'ready'
        ? {
            identity: state.identity,
            namespaces: state.stored.namespaces,
            ...(state.notice ? { notice: state.notice } : {}),
            signOut,
          }
        : null,
    [state, signOut],
  );

  let body: ReactNode;
  if (state.step === 'signed-out') {
    body = (
      <SignInPage
        {...(state.notice ? { notice: state.notice } : {})}
        {...(connect ? { connect } : {})}
        onSignedIn={(stored, identity, notice) =>
          setState({ step: 'ready', stored, identity, ...(notice ? { notice } : {}) })
        }
      />
    );
  } else if (state.step === 'checking') {
    body = (
      <main id="main" className="sign-in">
        <h1>Signing in</h1>
        <Loading what="your session" />
      </main>
    );
  } else if (state.step === 'failed') {
    body = (
      <main id="main" className="sign-in">
        <h1>Signing in</h1>
        <ErrorState error={state.error} what="who you are" />
        <p className="actions">
          <button type="button" onClick={() => setState({ step: 'checking', stored: state.stored })}>
            Try again
          </button>
          <button type="button" onClick={signOut}>
            Sign out
          </button>
        </p>
      </main>
    );
  } else if (data && session) {
    body = (
      <ConsoleProvider data={data} session={session}>
        <Routes />
      </ConsoleProvider>
    );
  }
  return <Router base={BASE}>{body}</Router>;
}
