import {
  Alert,
  Box,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { LanguageToggle } from '../../components/language-toggle.js';
import { useI18n, useMessages } from '../../lib/i18n/i18n.js';
import { errorMessage } from '../../lib/trpc.js';
import { loginMessages } from './messages.js';

/**
 * The sign-in form. `signIn` asks the server; its refusal (a wrong password, too many attempts) is shown as the
 * server worded it, in Vietnamese.
 */
export function LoginPage({
  signIn,
  notice,
}: {
  signIn: (username: string, password: string) => Promise<unknown>;
  notice?: string;
}) {
  const { m: chrome } = useI18n();
  const m = useMessages(loginMessages);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!username.trim() || !password) return;
    setBusy(true);
    setFailure(null);
    try {
      await signIn(username.trim(), password);
    } catch (error) {
      setFailure(errorMessage(error) ?? m.failed);
      setBusy(false);
    }
  };

  return (
    <Center component="main" mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" w={400} maw="100%">
        <Group justify="space-between" mb="xs" wrap="nowrap" align="flex-start">
          <Title order={1} size="h5" c="party.8">
            {chrome.appTitle}
          </Title>
          {/* Not squeezed by a title that wraps on a phone (VI/EN were cut off at 390 px). */}
          <Box flex="none">
            <LanguageToggle />
          </Box>
        </Group>
        <Title order={2} size="h2" mb={4}>
          {m.title}
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          {m.intro}
        </Text>
        <form onSubmit={submit} noValidate>
          <Stack>
            {notice && <Alert color="yellow">{notice}</Alert>}
            <TextInput
              label={m.username}
              autoComplete="username"
              value={username}
              onChange={(e) => setUsername(e.currentTarget.value)}
              error={touched && !username.trim() ? m.required : undefined}
              required
            />
            <PasswordInput
              label={m.password}
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={touched && !password ? m.required : undefined}
              required
            />
            {failure && (
              <Alert color="red" role="alert">
                {failure}
              </Alert>
            )}
            <Button type="submit" loading={busy}>
              {m.submit}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
