import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { Link } from 'wouter';
import { useMessages } from '../../lib/i18n/i18n.js';
import type { Viewer } from '../../lib/session.js';
import { demoBannerMessages } from './messages.js';

/**
 * The warning on every screen while demo accounts keep the public demo password: the caller's own (with "change it
 * now"), and for a commune administrator the count of the commune's enabled demo accounts (with the way to the
 * accounts screen). It cannot be dismissed: it goes when the last one is disabled or has a password of its own.
 * A labelled region, not an alert, so a screen reader does not interrupt every page with it.
 */
export function DemoBanner({ viewer, onChangePassword }: { viewer: Viewer; onChangePassword: () => void }) {
  const m = useMessages(demoBannerMessages);
  if (!viewer.demo && viewer.demoAccountsOpen === 0) return null;
  return (
    // Mantine names the region by its title (aria-labelledby); the title in the text colour: Mantine's yellow on
    // light yellow is under AA contrast.
    <Alert
      color="yellow"
      variant="light"
      title={m.title}
      role="region"
      mb="md"
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
    >
      <Stack gap="xs">
        {viewer.demo && (
          <Group gap="sm" justify="space-between">
            <Text size="sm">{m.own}</Text>
            <Button size="xs" variant="default" onClick={onChangePassword}>
              {m.changeOwn}
            </Button>
          </Group>
        )}
        {viewer.demoAccountsOpen > 0 && (
          <Group gap="sm" justify="space-between">
            <Text size="sm">{m.commune(viewer.demoAccountsOpen)}</Text>
            {/* To the accounts screen; not named "Tài khoản", which is the navigation's link to it. */}
            <Button size="xs" variant="default" component={Link} href="/accounts">
              {m.toAccounts}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
