import { AppShell, Burger, Button, Group, NavLink, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { lazy, type ReactNode, Suspense, useEffect, useState } from 'react';
import { Link } from 'wouter';
import { LanguageToggle } from '../components/language-toggle.js';
import { DemoBanner } from '../features/auth/demo-banner.js';
import { useI18n } from '../lib/i18n/i18n.js';
import { useSession } from '../lib/session.js';
import type { AppRoute } from './routes.js';

// The dialog's code (and Mantine's Modal) loads when first opened, not with the first page.
const ChangePasswordDialog = lazy(async () => ({
  default: (await import('../features/auth/change-password-dialog.js')).ChangePasswordDialog,
}));

/**
 * The frame around every screen: header (menu, title, language, "change password", sign out), navigation by role,
 * the demo accounts' warning while there is one, and the page. On a phone "change password" is in the menu.
 */
export function Shell({
  routes,
  current,
  children,
}: {
  routes: AppRoute[];
  current: AppRoute | null;
  children: ReactNode;
}) {
  const { lang, m } = useI18n();
  const { viewer, signOut } = useSession();
  const [opened, { toggle, close }] = useDisclosure();
  // Mounted from the first opening on (lazy), then kept so that it can animate closed.
  const [passwordDialog, setPasswordDialog] = useState<'never' | 'open' | 'closed'>('never');
  const changePassword = () => {
    close();
    setPasswordDialog('open');
  };

  useEffect(() => {
    document.title = current ? `${current.label[lang]} — ketnap` : m.appTitle;
  }, [current, lang, m.appTitle]);

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a href="#main" className="skip-link">
        {m.skipToContent}
      </a>
      <AppShell.Header className="app-header">
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={m.toggleNavigation}
            />
            {/* On a phone the subtitle wrapped one word a line over the page: there it is read out, not shown. */}
            <Title order={1} size="h4" className="app-title">
              ketnap<span className="app-subtitle"> — {m.appSubtitle}</span>
            </Title>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageToggle />
            <Text size="sm" visibleFrom="lg">
              {viewer.displayName}
            </Text>
            <Button variant="default" size="sm" visibleFrom="sm" onClick={changePassword}>
              {m.changePassword}
            </Button>
            <Button variant="default" size="sm" onClick={signOut}>
              {m.signOut}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={m.navigation}>
        <Text size="sm" fw={600}>
          {viewer.displayName}
        </Text>
        <Text size="xs" c="dimmed" mb="sm">
          {[...new Set(viewer.roles.map((grant) => m.roleNames[grant.role]))].join(', ')}
        </Text>
        {routes
          .filter((route) => route.nav)
          .map((route) => (
            <NavLink
              key={route.path}
              component={Link}
              href={route.path}
              label={route.label[lang]}
              active={route === current}
              aria-current={route === current ? 'page' : undefined}
              // A link followed on a phone closes the menu it was in.
              onClick={close}
            />
          ))}
        <NavLink component="button" hiddenFrom="sm" label={m.changePassword} onClick={changePassword} />
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <DemoBanner viewer={viewer} onChangePassword={changePassword} />
        {children}
      </AppShell.Main>
      {passwordDialog !== 'never' && (
        <Suspense fallback={null}>
          <ChangePasswordDialog
            username={viewer.username}
            opened={passwordDialog === 'open'}
            onClose={() => setPasswordDialog('closed')}
          />
        </Suspense>
      )}
    </AppShell>
  );
}
