import { type CellKind, cellKindLabel, compareVi, type Lang, matchesSearch } from '@ketnap/domain';

/** What the filter needs of a cell. */
export interface NamedCell {
  name: string;
  kind: CellKind;
}

/**
 * The cells the table shows: those whose name or kind (in the reader's language) matches `query` without regard to
 * diacritics, in Vietnamese dictionary order by name.
 */
export function visibleCells<C extends NamedCell>(cells: readonly C[], query: string, lang: Lang): C[] {
  return cells
    .filter((cell) => matchesSearch(`${cell.name} ${cellKindLabel(cell.kind, lang)}`, query))
    .sort((a, b) => compareVi(a.name, b.name));
}
