// The console's data access and the signed-in session, given to every page through React context.
import { createContext, type ReactNode, useContext } from 'react';
import type { ConsoleData, Identity } from './console-data.ts';

export interface Session {
  identity: Identity;
  /** The namespaces the person works in; empty means every namespace their rights let them list. */
  namespaces: string[];
  /** What the person should know about this session (e.g. that not every namespace is watched). */
  notice?: string;
  signOut(): void;
}

const DataContext = createContext<ConsoleData | null>(null);
const SessionContext = createContext<Session | null>(null);

export function ConsoleProvider(props: { data: ConsoleData; session: Session; children: ReactNode }) {
  return (
    <DataContext.Provider value={props.data}>
      <SessionContext.Provider value={props.session}>{props.children}</SessionContext.Provider>
    </DataContext.Provider>
  );
}

export function useConsoleData(): ConsoleData {
  const data = useContext(DataContext);
  if (!data) throw new Error('useConsoleData outside ConsoleProvider');
  return data;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside ConsoleProvider');
  return session;
}
