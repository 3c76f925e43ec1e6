/**
 * What the government announced, year by year, for public servants (công chức, viên chức) on a Monday–Friday
 * week: which five days make Tết, which day sits beside 2 September, and swapped days. Data only: the rules that
 * turn it into days off live in arrangements.ts. A year with no record here follows the statutory defaults.
 * Sources are notices of the Government Office (VPCP) or the ministry that announced them (MOLISA until 2025,
 * Ministry of Home Affairs from 2025), or press reports of them where the notice itself was not at hand.
 */
import { formatIsoDate } from '../date.js';
import type { CalendarData } from './calendar-data.js';

/** Announced arrangements 2017–2026, oldest first. Years not listed (2016 and earlier) use the defaults. */
export const ANNOUNCED_ARRANGEMENTS: readonly CalendarData[] = [
  {
    year: 2017,
    source: 'TTg đồng ý đề xuất Bộ LĐTBXH (2016), reported by batgt.camau.gov.vn',
    confidence: 'high',
    note: 'Tết 26/1–1/2/2017 (29 Chạp to mùng 5), no swap. Other 2017 holidays follow the defaults.',
    holidays: [{ id: 'tet', dates: ['2017-01-26', '2017-01-27', '2017-01-28', '2017-01-29', '2017-01-30'] }],
  },
  {
    year: 2018,
    source: 'Thông báo VPCP (TTg đồng ý đề xuất Bộ LĐTBXH, 2017), reported by baoninhbinh.org.vn',
    confidence: 'medium',
    note: 'Reported as 7 days "including two days before Tết": 14–20/2/2018 (29 Chạp to mùng 5).',
    holidays: [{ id: 'tet', dates: ['2018-02-14', '2018-02-15', '2018-02-16', '2018-02-17', '2018-02-18'] }],
  },
  {
    year: 2019,
    source: 'TTg đồng ý đề xuất Bộ LĐTBXH (2018), reported by docnhanh.vn 04/12/2018 and Việt Nam News',
    confidence: 'high',
    note: 'New Year 29/12/2018–1/1/2019 worked back on Sat 5/1/2019; Tết 2–10/2/2019 (the statutory default).',
    holidays: [{ id: 'tet', dates: ['2019-02-04', '2019-02-05', '2019-02-06', '2019-02-07', '2019-02-08'] }],
    swaps: [{ off: '2018-12-31', work: '2019-01-05' }],
  },
  {
    year: 2019,
    source: 'TTg đồng ý đề xuất Bộ LĐTBXH (2018), reported by docnhanh.vn 04/12/2018',
    confidence: 'medium',
    note: '30/4–1/5: Mon 29/4 off. The make-up Saturday 4/5/2019 is from memory of the notice; the report is cut.',
    swaps: [{ off: '2019-04-29', work: '2019-05-04' }],
  },
  {
    year: 2020,
    source:
      'Thông báo Bộ LĐTBXH (TTg đồng ý), reported by socongthuong.daklak.gov.vn 07/01/2020 and VietNamNet',
    confidence: 'high',
    note: 'Tết 23–29/1/2020 (29 Chạp to mùng 5). 2 September had one day under the 2012 code.',
    holidays: [{ id: 'tet', dates: ['2020-01-23', '2020-01-24', '2020-01-25', '2020-01-26', '2020-01-27'] }],
  },
  {
    year: 2021,
    source: 'TTg đồng ý đề xuất Bộ LĐTBXH (2020), reported by Hànộimới and VietNamNet',
    confidence: 'high',
    note: 'Tết 10–16/2/2021 (29 Chạp to mùng 5); National Day 2–5/9/2021 (3 September chosen).',
    holidays: [
      { id: 'tet', dates: ['2021-02-10', '2021-02-11', '2021-02-12', '2021-02-13', '2021-02-14'] },
      { id: 'national-day', dates: ['2021-09-02', '2021-09-03'] },
    ],
  },
  {
    year: 2022,
    source: 'Thông báo Bộ LĐTBXH (TTg đồng ý, 2021), reported by wikihoc.com and others',
    confidence: 'high',
    note: 'Tết 29/1–6/2/2022 and National Day 1–4/9/2022: both the statutory defaults.',
    holidays: [
      { id: 'tet', dates: ['2022-01-31', '2022-02-01', '2022-02-02', '2022-02-03', '2022-02-04'] },
      { id: 'national-day', dates: ['2022-09-01', '2022-09-02'] },
    ],
  },
  {
    year: 2023,
    source: 'Công văn 8056/VPCP-KGVX (01/12/2022)',
    confidence: 'high',
    note: 'Tết 20–26/1/2023 (29 Chạp to mùng 5); National Day 1–4/9/2023; 29/4–3/5 by the compensatory rule.',
    holidays: [
      { id: 'tet', dates: ['2023-01-20', '2023-01-21', '2023-01-22', '2023-01-23', '2023-01-24'] },
      { id: 'national-day', dates: ['2023-09-01', '2023-09-02'] },
    ],
  },
  {
    year: 2024,
    source: 'Công văn 8662/VPCP-KGVX (2023); Công văn 2450/VPCP-KGVX (12/04/2024)',
    confidence: 'high',
    note: 'Tết 8–14/2/2024; 30/4–1/5: 27/4–1/5 with Mon 29/4 worked back on Sat 4/5; National Day 31/8–3/9.',
    holidays: [
      { id: 'tet', dates: ['2024-02-08', '2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12'] },
      { id: 'national-day', dates: ['2024-09-02', '2024-09-03'] },
    ],
    swaps: [{ off: '2024-04-29', work: '2024-05-04' }],
  },
  {
    year: 2025,
    source: 'Thông báo VPCP 26/11/2024 (TTg đồng ý đề xuất Bộ LĐTBXH), reported by SGGP and Việt Nam News',
    confidence: 'high',
    note:
      'Tết 25/1–2/2/2025 (statutory days 27–31/1); 30/4–4/5 with Fri 2/5 worked back on Sat 26/4 ' +
      '(reported by TTXVN/VietnamPlus); National Day 30/8–2/9.',
    holidays: [
      { id: 'tet', dates: ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'] },
      { id: 'national-day', dates: ['2025-09-01', '2025-09-02'] },
    ],
    swaps: [{ off: '2025-05-02', work: '2025-04-26' }],
  },
  {
    year: 2026,
    source:
      'Công văn 12729/VPCP-KGVX (25/12/2025); TTg đồng ý đề xuất Bộ Nội vụ (10/2025), reported by SGGP 14/10/2025',
    confidence: 'high',
    note: 'New Year 1–4/1/2026 with Fri 2/1 worked back on Sat 10/1; Tết 14–22/2/2026 (statutory days 16–20/2).',
    holidays: [{ id: 'tet', dates: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'] }],
    swaps: [{ off: '2026-01-02', work: '2026-01-10' }],
  },
  {
    year: 2026,
    source: 'TTg đồng ý đề xuất Bộ Nội vụ (10/2025), reported by SGGP 14/10/2025',
    confidence: 'medium',
    note:
      'National Day reported as five days, 29/8–2/9/2026: 1–2/9 statutory and Mon 31/8 off. Whether 31/8 is a ' +
      'swap and which Saturday is worked back was not found; 31/8 is recorded as an extra day off.',
    holidays: [{ id: 'national-day', dates: ['2026-09-01', '2026-09-02'] }],
    extraDaysOff: [
      {
        date: '2026-08-31',
        reason: { vi: 'Nghỉ dịp Quốc khánh (công bố)', en: 'National Day break (announced)' },
      },
    ],
  },
];

/**
 * Vietnam Culture Day (Ngày Văn hóa Việt Nam, 24 November) as a holiday of `year`: an example of a holiday added
 * as data. Politburo Resolution 80-NQ/TW (January 2026) chose the day and the policy that it be a paid day off,
 * but the Labour Code had not been amended when this was written, so it is NOT in the default calendar. A
 * deployment enables it with `createWorkingCalendar([vietnamCultureDay(2026)])` once it is law.
 */
export function vietnamCultureDay(year: number): CalendarData {
  return {
    year,
    source: 'Nghị quyết 80-NQ/TW (Bộ Chính trị, 01/2026): policy, pending an amendment of the Labour Code',
    confidence: 'low',
    holidays: [
      {
        id: 'culture-day',
        dates: [formatIsoDate(year, 11, 24)],
        name: { vi: 'Ngày Văn hóa Việt Nam', en: 'Vietnam Culture Day' },
      },
    ],
  };
}
