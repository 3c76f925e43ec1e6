import { Box, Button, Center, Group, Paper, Text, Title } from '@mantine/core';
import { LanguageToggle } from '../../components/language-toggle.js';
import { useI18n, useMessages } from '../../lib/i18n/i18n.js';
import { ChangePasswordForm } from './change-password-form.js';
import { forcedChangeMessages } from './messages.js';

/**
 * What an account that must change its password sees instead of the console (after an administrator's reset, or a
 * demo account once the demo is switched off): the change-password form and "sign out", nothing else; the server
 * refuses every other call meanwhile. Once changed, the session gate shows the console.
 */
export function ForcedChangePage({
  username,
  demo,
  signOut,
}: {
  username: string;
  /** The mark comes from the demo (not a reset): says so. */
  demo: boolean;
  signOut: () => void;
}) {
  const { m: chrome } = useI18n();
  const m = useMessages(forcedChangeMessages);
  return (
    <Center component="main" mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" w={440} maw="100%">
        <Group justify="space-between" mb="xs" wrap="nowrap" align="flex-start">
          <Text fw={700} c="party.8">
            {chrome.appTitle}
          </Text>
          {/* Not squeezed by a title that wraps on a phone. */}
          <Box flex="none">
            <LanguageToggle />
          </Box>
        </Group>
        <Title order={1} size="h2" mb={4}>
          {m.title}
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          {demo ? m.demoIntro : m.intro}
        </Text>
        <ChangePasswordForm username={username} onChanged={() => {}} autoFocus />
        <Group justify="flex-start" mt="md">
          <Button variant="subtle" onClick={signOut}>
            {chrome.signOut}
          </Button>
        </Group>
      </Paper>
    </Center>
  );
}
