import { formatDateVi, type IsoDate } from '@ketnap/domain';
import { useId, useState } from 'react';
import type { PublicCommune } from '../../lib/public-api.js';
import { readDayChoice } from './day-choice.js';

interface Props {
  communes: PublicCommune[];
  commune: string | undefined;
  year: number | undefined;
  /** The day the board shows (the server's answer once loaded, else the address's). */
  day: IsoDate | undefined;
  /** The server's today: no day after it can be chosen. */
  today: IsoDate | undefined;
  onCommune: (slug: string) => void;
  onYear: (year: number) => void;
  /** A day chosen, or undefined for the live view. */
  onDay: (day: IsoDate | undefined) => void;
}

/**
 * The commune and year pickers and the day chooser. A value the list does not know (from a hand-typed link) shows as
 * a blank choice. The day is typed as dd/mm/yyyy (a text field: a browser's own date picker would show the phone's
 * locale order, not the Vietnamese one) and applied with "Xem"; a wrong day is said next to the field, in words.
 */
export function BoardChoosers({ communes, commune, year, day, today, onCommune, onYear, onDay }: Props) {
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
      {year !== undefined && (
        // Keyed by the day shown, so the field shows each new board's day and forgets a refused entry.
        <DayField key={`${year}-${day ?? ''}`} year={year} day={day} today={today} onDay={onDay} />
      )}
    </form>
  );
}

function DayField({
  year,
  day,
  today,
  onDay,
}: {
  year: number;
  day: IsoDate | undefined;
  today: IsoDate | undefined;
  onDay: (day: IsoDate | undefined) => void;
}) {
  const [text, setText] = useState(day ? formatDateVi(day) : '');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const apply = () => {
    const choice = readDayChoice(text, year, today);
    if (choice.ok) {
      setError(null);
      onDay(choice.day);
    } else setError(choice.error);
  };
  return (
    <div className="field day-field">
      <label htmlFor={`${id}-day`}>Tính đến ngày</label>
      <div className="day-input">
        <input
          id={`${id}-day`}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder="dd/mm/yyyy"
          value={text}
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              apply();
            }
          }}
        />
        <button type="button" onClick={apply}>
          Xem
        </button>
      </div>
      <p id={`${id}-hint`} className="hint">
        Dạng dd/mm/yyyy; để trống rồi bấm Xem: số liệu mới nhất (năm đã qua: đến 31/12).
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
