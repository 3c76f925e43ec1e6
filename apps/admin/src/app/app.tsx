import { Center, Loader, Stack, Text, Title } from '@mantine/core';
import { Suspense } from 'react';
import { Link, matchRoute, Route, Router, Switch, useLocation, useRouter } from 'wouter';
import { useI18n } from '../lib/i18n/i18n.js';
import { useSession } from '../lib/session.js';
import { type AppRoute, routes, routesFor } from './routes.js';
import { SessionGate } from './session-gate.js';
import { Shell } from './shell.js';

/** The console: under /admin/, behind the sign-in, each person sees the screens of their roles. */
export function App() {
  return (
    <Router base="/admin">
      <SessionGate>
        <Screens />
      </SessionGate>
    </Router>
  );
}

function Screens() {
  const { m } = useI18n();
  const { viewer } = useSession();
  const { parser } = useRouter();
  const [location] = useLocation();
  const allowed = routesFor(viewer.roles.map((grant) => grant.role));
  const current: AppRoute | null =
    allowed.find((route) => matchRoute(parser, route.path, location)[0]) ?? null;
  // A screen of another role (a secretary typing /admin/reports) exists: say it is not theirs, not that it is missing.
  const forbidden = !current && routes.some((route) => matchRoute(parser, route.path, location)[0]);
  return (
    <Shell routes={allowed} current={current}>
      <Suspense
        fallback={
          <Center p="xl">
            <Loader aria-label={m.loading} />
          </Center>
        }
      >
        <Switch>
          {allowed.map((route) => (
            <Route key={route.path} path={route.path} component={route.screen} />
          ))}
          <Route>
            <Stack align="flex-start">
              <Title order={2}>{forbidden ? m.noPermission : m.pageNotFound}</Title>
              <Text component={Link} href="/" c="party.8" td="underline">
                {m.backToDashboard}
              </Text>
            </Stack>
          </Route>
        </Switch>
      </Suspense>
    </Shell>
  );
}
