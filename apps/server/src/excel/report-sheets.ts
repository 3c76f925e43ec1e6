/**
 * The reports and registers as Excel tables: Vietnamese headers, dates as Excel dates shown dd/MM/yyyy. The
 * registers' columns are the import's (the domain's `IMPORT_COLUMNS`), so an exported list reads back as an import.
 */
import type { AdminRouter } from '@ketnap/api';
import {
  CANDIDATE_COLUMNS,
  EDUCATION_LABELS,
  formatDateVi,
  GENDER_LABELS,
  type ImportColumn,
  MEMBER_COLUMNS,
  YES_NO_LABELS,
} from '@ketnap/domain';
import type { inferRouterOutputs } from '@trpc/server';
import type { SheetColumnKind, SheetTable } from './xlsx.js';

type Out = inferRouterOutputs<AdminRouter>;

const gender = (g: string) => (g === 'M' || g === 'F' ? GENDER_LABELS[g].vi : g);
const yesNo = (v: boolean | null) => (v === null ? null : v ? YES_NO_LABELS.yes.vi : YES_NO_LABELS.no.vi);
const on = (asOf: string) => `tính đến ${formatDateVi(asOf)}`;

/** Results against target per cell, the commune last. */
export function resultsSheet(r: Out['reports']['results']): SheetTable {
  const line = (u: (typeof r.cells)[number] | typeof r.commune, name: string) => [
    name,
    u.members,
    u.target,
    u.admitted,
    u.percent,
    u.grade?.label.vi ?? null,
    u.women,
    u.recognised,
    u.leftInProbation,
  ];
  return {
    name: `Kết quả ${r.year}`,
    title: `${r.commune.name} · Kết quả kết nạp đảng viên năm ${r.year} so với chỉ tiêu · ${on(r.asOf)}`,
    columns: [
      { header: 'Chi bộ', kind: 'text' },
      { header: 'Số đảng viên', kind: 'number' },
      { header: 'Chỉ tiêu', kind: 'number' },
      { header: 'Đã kết nạp', kind: 'number' },
      { header: 'Tỷ lệ hoàn thành (%)', kind: 'number' },
      { header: 'Xếp loại', kind: 'text', width: 22 },
      { header: 'Trong đó nữ', kind: 'number' },
      { header: 'Công nhận chính thức', kind: 'number' },
      { header: 'Ra khỏi Đảng khi dự bị', kind: 'number' },
    ],
    rows: [...r.cells.map((c) => line(c, c.name)), line(r.commune, `Toàn ${r.commune.name}`)],
  };
}

/** The composition: one line per group of each dimension, with its share. */
export function compositionSheet(c: Out['reports']['composition']): SheetTable {
  const share = (n: number) => (c.total === 0 ? null : Math.round((n / c.total) * 1000) / 10);
  return {
    name: `Cơ cấu ${c.year}`,
    title: `${c.commune.name} · Cơ cấu đảng viên mới kết nạp năm ${c.year} (${c.total} người) · ${on(c.asOf)}`,
    columns: [
      { header: 'Tiêu chí', kind: 'text', width: 26 },
      { header: 'Nhóm', kind: 'text', width: 34 },
      { header: 'Số người', kind: 'number' },
      { header: 'Tỷ lệ (%)', kind: 'number' },
    ],
    rows: c.breakdowns.flatMap((b) =>
      b.withheld
        ? [[b.label.vi, 'Không hiển thị với tài khoản chỉ xem (thông tin nhạy cảm)', null, null]]
        : b.groups.map((g) => [b.label.vi, g.label.vi, g.count, share(g.count)]),
    ),
  };
}

/** The villages with their covering cell and members, flagged. */
export function villagesSheet(v: Out['reports']['villages']): SheetTable {
  return {
    name: 'Thôn',
    title: `${v.commune.name} · Thôn chưa có đảng viên, chưa có chi bộ · ${on(v.asOf)}`,
    columns: [
      { header: 'Thôn', kind: 'text' },
      { header: 'Chi bộ phụ trách', kind: 'text' },
      { header: 'Có chi bộ riêng', kind: 'text', width: 14 },
      { header: 'Số đảng viên cư trú', kind: 'number' },
      { header: 'Ghi chú', kind: 'text', width: 40 },
    ],
    rows: v.villages.map((x) => [
      x.name,
      x.cellName,
      yesNo(x.ownCell),
      x.members,
      [
        x.withoutMembers ? 'Chưa có đảng viên' : '',
        x.withoutCell
          ? 'Chưa có chi bộ'
          : x.withoutOwnCell
            ? 'Chưa có chi bộ riêng (ghép với chi bộ khác)'
            : '',
      ]
        .filter(Boolean)
        .join('; ') || null,
    ]),
  };
}

/** The year-end forecast per cell, the commune last, with the risk in words. */
export function forecastSheet(f: Out['progress']['forecast'], communeName: string): SheetTable {
  const line = (u: (typeof f.cells)[number] | typeof f.commune, name: string) => [
    name,
    u.target,
    u.admitted,
    u.candidatesInYear,
    u.expected,
    `${u.low}–${u.high}`,
    u.optimistic,
    u.chanceOfTarget === null ? null : Math.round(u.chanceOfTarget * 100),
    u.risk?.message.vi ?? null,
  ];
  return {
    name: `Dự báo ${f.year}`,
    title: `${communeName} · Dự báo kết quả cuối năm ${f.year} · ${on(f.asOf)}`,
    columns: [
      { header: 'Chi bộ', kind: 'text' },
      { header: 'Chỉ tiêu', kind: 'number' },
      { header: 'Đã kết nạp', kind: 'number' },
      { header: 'Quần chúng có thể kết nạp trong năm', kind: 'number', width: 16 },
      { header: 'Dự kiến cả năm', kind: 'number' },
      { header: 'Khoảng dự báo (80%)', kind: 'text' },
      { header: 'Tối đa theo quy định', kind: 'number' },
      { header: 'Khả năng đạt chỉ tiêu (%)', kind: 'number', width: 14 },
      { header: 'Nguy cơ không đạt', kind: 'text', width: 50 },
    ],
    rows: [...f.cells.map((c) => line(c, c.name)), line(f.commune, `Toàn ${communeName}`)],
  };
}

const KIND: Record<ImportColumn['kind'], SheetColumnKind> = {
  text: 'text',
  date: 'date',
  gender: 'text',
  'yes-no': 'text',
  education: 'text',
  cell: 'text',
  village: 'text',
};
const columnsOf = (columns: readonly ImportColumn[]) =>
  columns.filter((c) => c.exported).map((c) => ({ header: c.header.vi, kind: KIND[c.kind] }));

/** The member register, in the import's columns. */
export function membersSheet(m: Out['reports']['members']): SheetTable {
  const values: Record<string, (r: (typeof m.rows)[number]) => string | null> = {
    fullName: (r) => r.fullName,
    gender: (r) => gender(r.gender),
    birthDate: (r) => r.birthDate,
    cell: (r) => r.cellName,
    village: (r) => r.villageName,
    admittedOn: (r) => r.admittedOn,
    joinedOn: (r) => r.joinedOn,
    officialOn: (r) => r.officialOn,
  };
  const columns = MEMBER_COLUMNS.filter((c) => c.exported);
  return {
    name: 'Đảng viên',
    title: `${m.commune.name} · Danh sách đảng viên · ${on(m.asOf)}`,
    columns: columnsOf(MEMBER_COLUMNS),
    rows: m.rows.map((r) => columns.map((c) => values[c.key]?.(r) ?? null)),
  };
}

/** The candidate register, in the import's exported columns, then the stage (not imported). */
export function candidatesSheet(c: Out['reports']['candidates']): SheetTable {
  const values: Record<string, (r: (typeof c.rows)[number]) => string | null> = {
    fullName: (r) => r.fullName,
    gender: (r) => gender(r.gender),
    birthDate: (r) => r.birthDate,
    cell: (r) => r.cellName,
    enteredPoolOn: (r) => r.enteredPoolOn,
    education: (r) => (r.education ? EDUCATION_LABELS[r.education].vi : null),
    occupation: (r) => r.occupation,
    youthUnionMember: (r) => yesNo(r.youthUnionMember),
    residence: (r) => r.residence,
  };
  const columns = CANDIDATE_COLUMNS.filter((x) => x.exported);
  return {
    name: 'Quần chúng',
    title: `${c.commune.name} · Danh sách quần chúng trong nguồn phát triển đảng viên · ${on(c.asOf)}`,
    columns: [...columnsOf(CANDIDATE_COLUMNS), { header: 'Giai đoạn', kind: 'text' }],
    rows: c.rows.map((r) => [...columns.map((x) => values[x.key]?.(r) ?? null), r.stage.vi]),
  };
}
