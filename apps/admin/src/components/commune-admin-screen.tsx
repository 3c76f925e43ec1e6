import { Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useMessages } from '../lib/i18n/i18n.js';
import { unitsOf, useSession } from '../lib/session.js';
import { componentMessages } from './messages.js';

/**
 * A screen of a commune administrator's own commune (audit log, accounts): its title and introduction, then the
 * content for the commune the person administers.
 */
export function CommuneAdminScreen({
  title,
  intro,
  children,
}: {
  title: string;
  intro: string;
  children: (communeId: string) => ReactNode;
}) {
  const m = useMessages(componentMessages);
  const { viewer } = useSession();
  const communeId = unitsOf(viewer, 'commune-admin')[0];
  return (
    <>
      <Title order={2} mb="xs">
        {title}
      </Title>
      <Text c="dimmed" mb="md" maw={760}>
        {intro}
      </Text>
      {communeId ? children(communeId) : <Text>{m.noCommune}</Text>}
    </>
  );
}
