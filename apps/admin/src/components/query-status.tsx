import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import { useI18n } from '../lib/i18n/i18n.js';
import { errorMessage, isForbidden, isNotFound } from '../lib/trpc.js';

/**
 * A query still loading, or failed: announced to screen readers. A refusal shows the server's own message; a retry
 * is offered unless the thing does not exist or the caller may not see it (asking again would be refused again).
 */
export function QueryStatus({ error, retry }: { error: unknown; retry: () => void }) {
  const { m } = useI18n();
  if (!error) {
    return (
      <Group gap="xs" role="status" my="md">
        <Loader size="sm" />
        <Text c="dimmed">{m.loading}</Text>
      </Group>
    );
  }
  const notFound = isNotFound(error);
  return (
    <Alert color="red" role="alert" my="md">
      <Text>{notFound ? m.notFound : (errorMessage(error) ?? m.loadFailed)}</Text>
      {!notFound && !isForbidden(error) && (
        <Button variant="default" size="xs" mt="xs" onClick={retry}>
          {m.retry}
        </Button>
      )}
    </Alert>
  );
}
