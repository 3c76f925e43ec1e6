import { describe, expect, it } from 'vitest';
import { chooseCommune, formatBoardQuery, parseBoardQuery, resolveSelection } from './board-query.js';
import type { PublicCommune } from './public-api.js';

const communes: PublicCommune[] = [
  { slug: 'yen-binh', name: 'Xã Yên Bình', years: [2023, 2026] },
  { slug: 'an-phu', name: 'Xã An Phú', years: [2026] },
];

describe('board address', () => {
  it('round-trips commune, year and as-of date through the query string', () => {
    const search = '?commune=yen-binh&year=2023&asOf=2023-06-30';
    expect(parseBoardQuery(search)).toEqual({ commune: 'yen-binh', year: 2023, asOf: '2023-06-30' });
    expect(formatBoardQuery(parseBoardQuery(search))).toBe(search);
  });

  it('drops a malformed year or a date that does not exist instead of failing', () => {
    expect(parseBoardQuery('?commune=yen-binh&year=20x3&asOf=2023-02-30')).toEqual({ commune: 'yen-binh' });
    expect(parseBoardQuery('?commune=yen-binh&asOf=31/02/2023')).toEqual({ commune: 'yen-binh' });
  });

  it('reads the day as people type it, asOf=30/06/2023, and writes it back as 2023-06-30', () => {
    const query = parseBoardQuery('?commune=yen-binh&year=2023&asOf=30/06/2023');
    expect(query).toEqual({ commune: 'yen-binh', year: 2023, asOf: '2023-06-30' });
    expect(formatBoardQuery(query)).toBe('?commune=yen-binh&year=2023&asOf=2023-06-30');
  });

  it("opens on the current year until it ends, even once next year's target is saved (04/12/2026, 2027 planned)", () => {
    const planned: PublicCommune[] = [{ slug: 'yen-binh', name: 'Xã Yên Bình', years: [2023, 2026, 2027] }];
    expect(resolveSelection({}, planned, '2026-12-04')).toMatchObject({ commune: 'yen-binh', year: 2026 });
    expect(resolveSelection({}, planned, '2027-01-01')).toMatchObject({ year: 2027 });
    expect(chooseCommune(planned, 'yen-binh', 2025, '2026-12-04')).toEqual({
      commune: 'yen-binh',
      year: 2026,
    });
  });

  it('loads a full address at once, before the commune list arrives', () => {
    expect(resolveSelection({ commune: 'yen-binh', year: 2023 }, null)).toEqual({
      commune: 'yen-binh',
      year: 2023,
      asOf: undefined,
    });
  });

  it('defaults to the first commune and its latest year once the list is known', () => {
    expect(resolveSelection({}, null)).toBeNull();
    expect(resolveSelection({}, communes)).toMatchObject({ commune: 'yen-binh', year: 2026 });
    expect(resolveSelection({ commune: 'an-phu' }, communes)).toMatchObject({
      commune: 'an-phu',
      year: 2026,
    });
    expect(resolveSelection({ commune: 'khong-co' }, communes)).toBeNull();
  });

  it("keeps the year when switching to a commune that has it, else takes that commune's latest", () => {
    expect(chooseCommune(communes, 'an-phu', 2026)).toEqual({ commune: 'an-phu', year: 2026 });
    expect(chooseCommune(communes, 'an-phu', 2023)).toEqual({ commune: 'an-phu', year: 2026 });
  });
});
