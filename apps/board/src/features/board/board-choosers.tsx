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
  return (
    <form className="choosers" onSubmit={(e) => e.preventDefault()}>
      <label>
        Xã
        <select value={communeKnown ? commune : ''} onChange={(e) => onCommune(e.target.value)}>
          {!communeKnown && <option value="">— Chọn xã —</option>}
          {communes.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Năm
        <select value={yearKnown ? year : ''} onChange={(e) => onYear(Number(e.target.value))}>
          {!yearKnown && <option value="">—</option>}
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
