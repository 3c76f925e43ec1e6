import { cellKindLabel, formatNumberVi } from '@ketnap/domain';
import { Group, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { TableScroll } from '../../components/table-scroll.js';
import { useI18n } from '../../lib/i18n/i18n.js';
import type { Messages } from '../../lib/i18n/messages.js';
import type { Overview } from './commune-summary.js';
import { visibleCells } from './visible-cells.js';

type Cell = Overview['cells'][number];

/** The figures of a cell, in column order, with the message that heads each column. */
const FIGURES = [
  { field: 'members', heading: 'members' },
  { field: 'official', heading: 'officialColumn' },
  { field: 'probationary', heading: 'probationaryColumn' },
  { field: 'target', heading: 'target' },
  { field: 'admitted', heading: 'admitted' },
] as const satisfies readonly { field: keyof Cell; heading: keyof Messages }[];

/** A count, or a dash where there is none (a cell the year's plan gives no target). */
function formatCount(n: number | null): string {
  return n === null ? '—' : formatNumberVi(n);
}

/** The commune's cells in Vietnamese order, with a filter that ignores diacritics ("dong" finds "Đông"). */
export function CellsTable({ cells }: { cells: Overview['cells'] }) {
  const { lang, m } = useI18n();
  const [query, setQuery] = useState('');
  const rows = visibleCells(cells, query, lang);
  return (
    <section aria-labelledby="cells-title">
      <Group justify="space-between" mt="lg" mb="xs">
        <Title order={2} size="h3" id="cells-title">
          {m.cells}
        </Title>
        <TextInput
          type="search"
          aria-label={m.searchCells}
          placeholder={m.searchCells}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          w={280}
          maw="100%"
        />
      </Group>
      <Text size="sm" c="dimmed" aria-live="polite">
        {rows.length === 0 ? m.noMatch(query) : m.shownCells(rows.length, cells.length)}
      </Text>
      <TableScroll label={m.cells} minWidth={640}>
        <Table striped aria-labelledby="cells-title">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{m.cell}</Table.Th>
              <Table.Th scope="col">{m.kind}</Table.Th>
              {FIGURES.map(({ field, heading }) => (
                <Table.Th key={field} scope="col" className="num">
                  {m[heading]}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((cell) => (
              <Table.Tr key={cell.id}>
                <Table.Th scope="row" fw={600}>
                  {cell.name}
                </Table.Th>
                <Table.Td>{cellKindLabel(cell.kind, lang)}</Table.Td>
                {FIGURES.map(({ field }) => (
                  <Table.Td key={field} className="num">
                    {formatCount(cell[field])}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </section>
  );
}
