import { Alert, Button, Group, Text } from '@mantine/core';
import { useMessages } from '../../lib/i18n/i18n.js';
import { errorMessage, isConflict } from '../../lib/trpc.js';
import { candidateMessages } from './messages.js';

/**
 * The foot of a candidate-page editor: the server's refusal in its own words (a stale version with "Tải lại hồ sơ",
 * which calls `onReload`), then the submit button and "Hủy".
 */
export function SaveActions({
  mutation: { error, isPending },
  label,
  onReload,
  onCancel,
}: {
  mutation: { error: unknown; isPending: boolean };
  label: string;
  onReload: () => void;
  onCancel: () => void;
}) {
  const m = useMessages(candidateMessages);
  return (
    <>
      {error != null && (
        <Alert color={isConflict(error) ? 'yellow' : 'red'} role="alert">
          <Text size="sm">{errorMessage(error) ?? m.failed}</Text>
          {isConflict(error) && (
            <Button variant="default" size="xs" mt="xs" onClick={onReload}>
              {m.reload}
            </Button>
          )}
        </Alert>
      )}
      <Group>
        <Button type="submit" loading={isPending}>
          {label}
        </Button>
        <Button variant="default" onClick={onCancel}>
          {m.cancel}
        </Button>
      </Group>
    </>
  );
}
