import { SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * Terms and their values as a description list in two columns: the candidate's basic and sensitive records. A value's
 * line breaks are kept (a list of periods, of relatives).
 */
export function TermList({ items }: { items: readonly (readonly [string, ReactNode])[] }) {
  return (
    <SimpleGrid cols={2} component="dl" spacing="xs" verticalSpacing={4} m={0}>
      {items.map(([term, value]) => (
        <div key={term}>
          <Text component="dt" size="xs" c="dimmed">
            {term}
          </Text>
          <Text component="dd" m={0} style={{ whiteSpace: 'pre-line' }}>
            {value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
