import { cellKindLabel, formatNumberVi } from '@ketnap/domain';
import { useId, useState } from 'react';
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
  const searchId = useId();
  const rows = visibleCells(cells, query, lang);
  return (
    <section aria-labelledby="cells-title">
      <div className="cells-head">
        <h2 id="cells-title">{m.cells}</h2>
        <label htmlFor={searchId} className="visually-hidden">
          {m.searchCells}
        </label>
        <input
          id={searchId}
          type="search"
          placeholder={m.searchCells}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      <p className="count" aria-live="polite">
        {rows.length === 0 ? m.noMatch(query) : m.shownCells(rows.length, cells.length)}
      </p>
      <div className="table-scroll">
        <table className="cells" aria-labelledby="cells-title">
          <thead>
            <tr>
              <th scope="col">{m.cell}</th>
              <th scope="col">{m.kind}</th>
              {FIGURES.map(({ field, heading }) => (
                <th key={field} scope="col" className="num">
                  {m[heading]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((cell) => (
              <tr key={cell.id}>
                <th scope="row">{cell.name}</th>
                <td>{cellKindLabel(cell.kind, lang)}</td>
                {FIGURES.map(({ field }) => (
                  <td key={field} className="num">
                    {formatCount(cell[field])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
