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
