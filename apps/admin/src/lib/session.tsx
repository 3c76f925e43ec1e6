import { createContext, useContext } from 'react';
import type { AdminOutputs } from './trpc.js';

/** The signed-in person as the server describes them: name, and each role with the unit it is held over. */
export type Viewer = NonNullable<AdminOutputs['auth']['me']>;

/** The roles an account may hold; each grant is scoped to one organisation unit. */
export type Role = Viewer['roles'][number]['role'];

interface Session {
  viewer: Viewer;
  signOut: () => void;
}

/** Filled by the session gate once the server has said who is signed in. */
export const SessionContext = createContext<Session | null>(null);

/** The signed-in person and how to sign out; only screens behind the session gate may call it. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs the session gate above it');
  return session;
}

/** True when the person holds `role` over some unit. */
export function hasRole(viewer: Viewer, role: Role): boolean {
  return viewer.roles.some((grant) => grant.role === role);
}

/** The units over which the person holds `role`. */
export function unitsOf(viewer: Viewer, role: Role): string[] {
  return viewer.roles.filter((grant) => grant.role === role).map((grant) => grant.orgId);
}
