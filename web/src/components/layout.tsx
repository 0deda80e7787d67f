// The frame of every signed-in page: skip link, header with the main navigation, who is signed in,
// Sign out, and the <main> landmark the skip link leads to.
import { createContext, type ReactNode, useContext, useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useSession } from '../data/context.tsx';

const NAV: { href: string; label: string }[] = [
  { href: '/', label: 'Overview' },
  { href: '/trainings', label: 'Trainings' },
  { href: '/predictions', label: 'Predictions' },
  { href: '/models', label: 'Models' },
  { href: '/clusters', label: 'Clusters' },
];

function isCurrent(href: string, location: string): boolean {
  if (href === '/') return location === '/';
  return location === href || location.startsWith(`${href}/`);
}

const PageTitle = createContext<(title: string | undefined) => void>(() => {});

/**
 * Titles the document `title` instead of the route's title while the page shows, e.g. a detail
 * page its resource's name once the resource has loaded; undefined keeps the route's title.
 */
export function usePageTitle(title: string | undefined): void {
  const setTitle = useContext(PageTitle);
  useEffect(() => {
    setTitle(title);
    return () => setTitle(undefined);
  }, [setTitle, title]);
}

export function Layout(props: { title: string; children: ReactNode }) {
  const session = useSession();
  const [location] = useLocation();
  const main = useRef<HTMLElement>(null);
  const firstPath = useRef(location);
  const [noticeShown, setNoticeShown] = useState(true);
  const [pageTitle, setPageTitle] = useState<string | undefined>(undefined);
  const title = pageTitle ?? props.title;

  useEffect(() => {
    document.title = `${title} · Slurm ML console`;
  }, [title]);

  // After a navigation (not the first load), reading starts at the new page, as with a full load.
  useEffect(() => {
    if (location !== firstPath.current) {
      firstPath.current = '';
      main.current?.focus();
    }
  }, [location]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link href="/" className="brand">
          Slurm ML console
        </Link>
        <nav aria-label="Main" className="main-nav">
          <ul>
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} aria-current={isCurrent(item.href, location) ? 'page' : undefined}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="user">
          <span className="user-name" title={session.identity.groups.join(', ')}>
            {session.identity.username}
          </span>
          <span className="user-namespaces">
            {session.namespaces.length === 0 ? 'all namespaces' : session.namespaces.join(', ')}
          </span>
          <button type="button" onClick={session.signOut}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {session.notice && noticeShown ? (
          <div className="notice session-notice" role="status">
            <p>{session.notice}</p>
            <button type="button" onClick={() => setNoticeShown(false)}>
              Dismiss
            </button>
          </div>
        ) : null}
        <PageTitle.Provider value={setPageTitle}>{props.children}</PageTitle.Provider>
      </main>
    </div>
  );
}
