import { useId } from 'react';
import type { PublicCommune } from '../../lib/public-api.js';

interface Props {
  communes: PublicCommune[];
  commune: string | undefined;
  year: number | undefined;
  onCommune: (slug: string) => void;
  onYear: (year: number) => void;
}

/** The commune and year pickers. A value the list does not know (from a hand-typed link) shows as a blank choice. */
export function BoardChoosers({ communes, commune, year, onCommune, onYear }: Props) {
  const years = communes.find((c) => c.slug === commune)?.years ?? [];
  const communeKnown = communes.some((c) => c.slug === commune);
  const yearKnown = year !== undefined && years.includes(year);
  const communeId = useId();
  const yearId = useId();
  return (
    <form className="choosers" onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor={communeId}>Xã</label>
        <select
          id={communeId}
          value={communeKnown ? commune : ''}
          onChange={(e) => onCommune(e.target.value)}
        >
          {!communeKnown && <option value="">— Chọn xã —</option>}
          {communes.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={yearId}>Năm</label>
        <select id={yearId} value={yearKnown ? year : ''} onChange={(e) => onYear(Number(e.target.value))}>
          {!yearKnown && <option value="">—</option>}
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
