import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useMessages } from '../../lib/i18n/i18n.js';
import { candidateMessages } from './messages.js';

/** The box of rule checks computed in the browser while a form is typed, announced politely to screen readers. */
export function LiveChecks({ children }: { children: ReactNode }) {
  const m = useMessages(candidateMessages);
  return (
    <section aria-label={m.preview} aria-live="polite">
      <Text fw={600} size="sm">
        {m.preview}
      </Text>
      <Text size="xs" c="dimmed" mb="xs">
        {m.previewHint}
      </Text>
      {children}
    </section>
  );
}
