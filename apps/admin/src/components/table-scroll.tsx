import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * The frame of every table wider than a phone: it scrolls sideways (and, given `maxHeight`, down under a sticky
 * header) in its own box rather than widening the page. The box is a named region in the tab order, so a keyboard
 * user can reach it and scroll it with the arrow keys (WCAG 2.1.1; axe's `scrollable-region-focusable`). Native
 * overflow rather than Mantine's ScrollArea, whose scrolling element is an inner viewport the props cannot reach.
 */
export function TableScroll({
  label,
  minWidth,
  maxHeight,
  children,
}: {
  /** What the region holds, for a screen reader: usually the table's own name. */
  label: string;
  /** Below this width the table scrolls instead of squeezing its columns. */
  minWidth: number;
  /** Taller than this, the rows scroll inside the box; a `stickyHeader` table keeps its headings in sight. */
  maxHeight?: number | string;
  children: ReactNode;
}) {
  return (
    <Table.ScrollContainer
      type="native"
      minWidth={minWidth}
      mah={maxHeight}
      tabIndex={0}
      role="region"
      aria-label={label}
      className="table-scroll"
    >
      {children}
    </Table.ScrollContainer>
  );
}
