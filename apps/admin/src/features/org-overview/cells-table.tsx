import { cellKindLabel, formatNumberVi } from '@ketnap/domain';
import { useId, useState } from 'react';
import { useI18n } from '../../lib/i18n/i18n.js';
import type { Overview } from './commune-summary.js';
import { visibleCells } from './visible-cells.js';

/** The commune's cells in Vietnamese order, with a filter that ignores diacritics ("dong" finds "Đông"). */
export function CellsTable({ cells }: { cells: Overview['cells'] }) {
  const { lang, m } = useI18n();
  const [query, setQuery] = useState('');
  const searchId = useId();
  const rows = visibleCells(cells, query, lang);
  const count = (n: number | null) => (n === null ? '—' : formatNumberVi(n));
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
        <table className="cells">
          <thead>
            <tr>
              <th scope="col">{m.cell}</th>
              <th scope="col">{m.kind}</th>
              <th scope="col" className="num">
                {m.members}
              </th>
              <th scope="col" className="num">
                {m.officialColumn}
              </th>
              <th scope="col" className="num">
                {m.probationaryColumn}
              </th>
              <th scope="col" className="num">
                {m.target}
              </th>
              <th scope="col" className="num">
                {m.admitted}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((cell) => (
              <tr key={cell.id}>
                <th scope="row">{cell.name}</th>
                <td>{cellKindLabel(cell.kind, lang)}</td>
                <td className="num">{count(cell.members)}</td>
                <td className="num">{count(cell.official)}</td>
                <td className="num">{count(cell.probationary)}</td>
                <td className="num">{count(cell.target)}</td>
                <td className="num">{count(cell.admitted)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
