import { Center, Loader } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, type ReactNode, Suspense, useEffect, useState } from 'react';
import { QueryStatus } from '../components/query-status.js';
import { LoginPage } from '../features/auth/login-page.js';
import { useI18n } from '../lib/i18n/i18n.js';
import { SessionContext } from '../lib/session.js';
import { isUnauthorized, useTRPC } from '../lib/trpc.js';

// Seen only by an account that must change its password: loaded then, not with every first page.
const ForcedChangePage = lazy(async () => ({
  default: (await import('../features/auth/forced-change-page.js')).ForcedChangePage,
}));

/**
 * Asks the server who is signed in (the session is an httpOnly cookie the page cannot read) and shows the sign-in
 * form until someone is, then only the change-password page while the account must change its password (the server
 * refuses everything else meanwhile). Signing in or out resets every cached answer, so nothing one person saw stays
 * for the next; a request refused because the session ended brings the form back.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const trpc = useTRPC();
  const { m } = useI18n();
  const queryClient = useQueryClient();
  const me = useQuery(trpc.auth.me.queryOptions());
  const login = useMutation(trpc.auth.login.mutationOptions());
  const logout = useMutation(trpc.auth.logout.mutationOptions());
  const [expired, setExpired] = useState(false);
  const refetchMe = me.refetch;

  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        if (event.type === 'updated' && event.action.type === 'error' && isUnauthorized(event.action.error)) {
          setExpired(true);
          void refetchMe();
        }
      }),
    [queryClient, refetchMe],
  );

  if (me.isPending)
    return (
      <Center mih="100vh">
        <Loader aria-label={m.loading} />
      </Center>
    );
  if (me.error) return <QueryStatus error={me.error} retry={() => me.refetch()} />;
  if (!me.data)
    return (
      <LoginPage
        notice={expired ? m.sessionEnded : undefined}
        signIn={async (username, password) => {
          await login.mutateAsync({ username, password });
          setExpired(false);
          await queryClient.resetQueries();
        }}
      />
    );
  const signOut = async () => {
    await logout.mutateAsync();
    await queryClient.resetQueries();
  };
  if (me.data.mustChangePassword)
    return (
      <Suspense
        fallback={
          <Center mih="100vh">
            <Loader aria-label={m.loading} />
          </Center>
        }
      >
        <ForcedChangePage username={me.data.username} demo={me.data.demo} signOut={() => void signOut()} />
      </Suspense>
    );
  return (
    <SessionContext value={{ viewer: me.data, signOut: () => void signOut() }}>{children}</SessionContext>
  );
}
