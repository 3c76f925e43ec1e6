import { compareVi } from '@ketnap/domain';
import { skipToken, useQuery } from '@tanstack/react-query';
import type { Scope } from './scope.js';
import { useTRPC } from './trpc.js';

/**
 * The cells a commune-level person may choose among (filters, a new candidate's cell, a new secretary's cell), in
 * Vietnamese order, from the commune's overview of its latest planned year. A cell secretary works in their own cell
 * only: no choice.
 */
export function useCells(scope: Scope | null): { id: string; name: string }[] {
  const trpc = useTRPC();
  const wide = scope !== null && scope.level !== 'cell';
  const communes = useQuery(trpc.org.communes.queryOptions(undefined, { enabled: wide }));
  const commune = communes.data?.[0];
  const year = commune && commune.years.length > 0 ? Math.max(...commune.years) : null;
  const overview = useQuery(
    trpc.org.overview.queryOptions(
      wide && commune && year !== null ? { commune: commune.slug, year } : skipToken,
    ),
  );
  return (overview.data?.cells ?? [])
    .map((cell) => ({ id: cell.id, name: cell.name }))
    .sort((a, b) => compareVi(a.name, b.name));
}
