import type { CellKind } from '../schema.js';

/**
 * The shape of the demo commune (../shared/domain/demo-commune.md): Đảng bộ xã Yên Bình, 267 members in 8 cells
 * (4 rural, 3 school, 1 police) on 30 June 2023. People are generated; only this shape is fixed.
 */
export const DEMO_COMMUNE = {
  province: { id: 'prov-phu-tho', slug: 'phu-tho', name: 'Tỉnh Phú Thọ' },
  commune: { id: 'xa-yen-binh', slug: 'yen-binh', name: 'Xã Yên Bình' },
  /** The report's date: the member counts below hold on this day. */
  reportDate: '2023-06-30',
  cells: [
    { id: 'cb-thon-dong', name: 'Chi bộ thôn Đông', kind: 'rural', members: 52 },
    { id: 'cb-thon-doai', name: 'Chi bộ thôn Đoài', kind: 'rural', members: 47 },
    { id: 'cb-thon-trung', name: 'Chi bộ thôn Trung', kind: 'rural', members: 44 },
    { id: 'cb-thon-nam', name: 'Chi bộ thôn Nam', kind: 'rural', members: 43 },
    { id: 'cb-truong-mam-non', name: 'Chi bộ Trường Mầm non', kind: 'school', members: 16 },
    { id: 'cb-truong-tieu-hoc', name: 'Chi bộ Trường Tiểu học', kind: 'school', members: 19 },
    { id: 'cb-truong-thcs', name: 'Chi bộ Trường THCS', kind: 'school', members: 14 },
    { id: 'cb-cong-an', name: 'Chi bộ Công an xã', kind: 'police', members: 32 },
  ] satisfies { id: string; name: string; kind: CellKind; members: number }[],
  /**
   * The 2023 plan: the commune's target from the level above and its split (every cell at least 1; the primary
   * school's cell, which reviews its teachers every year, 2).
   */
  plan2023: {
    communeTarget: 7,
    resolutionRef: 'Nghị quyết số 05-NQ/ĐU ngày 10/01/2023',
    setOn: '2023-01-10',
    cellTargets: {
      'cb-thon-dong': 1,
      'cb-thon-doai': 1,
      'cb-thon-trung': 1,
      'cb-thon-nam': 1,
      'cb-truong-mam-non': 1,
      'cb-truong-tieu-hoc': 2,
      'cb-truong-thcs': 1,
      'cb-cong-an': 1,
    } as Record<string, number>,
    /** Beside each admission target, the source target: how many to introduce to the awareness class (1 or 2). */
    cellSourceTargets: {
      'cb-thon-dong': 2,
      'cb-thon-doai': 2,
      'cb-thon-trung': 1,
      'cb-thon-nam': 2,
      'cb-truong-mam-non': 1,
      'cb-truong-tieu-hoc': 2,
      'cb-truong-thcs': 1,
      'cb-cong-an': 1,
    } as Record<string, number>,
  },
  /** 2023 admissions (decision dates): five by 30 June, two of them in the primary school's cell. */
  admissions2023: [
    { cell: 'cb-truong-tieu-hoc', decision: '2023-02-20' },
    { cell: 'cb-thon-dong', decision: '2023-03-15' },
    { cell: 'cb-thon-doai', decision: '2023-04-20' },
    { cell: 'cb-truong-tieu-hoc', decision: '2023-05-18' },
    { cell: 'cb-cong-an', decision: '2023-06-12' },
    { cell: 'cb-thon-trung', decision: '2023-09-11' },
    { cell: 'cb-truong-thcs', decision: '2023-10-16' },
    { cell: 'cb-thon-nam', decision: '2023-11-20' },
  ],
} as const;
