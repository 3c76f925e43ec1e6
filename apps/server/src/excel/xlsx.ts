/**
 * Excel workbooks (.xlsx) for the reports' export and the registers' import, with exceljs. exceljs is CommonJS and
 * large: it is imported on the first export or import only, never at server start and never in a browser bundle.
 */
import type { SheetRow, SheetValue } from '@ketnap/domain';
import type { Workbook, Worksheet } from 'exceljs';
import { checkZipExpansion, ZipRefused } from './zip-guard.js';

/** The kinds of a column: a date is written as an Excel date shown dd/MM/yyyy; a percent as a whole number. */
export type SheetColumnKind = 'text' | 'number' | 'date';

/** One table to write as a worksheet: the header is row 1 (so an exported register reads back as an import). */
export interface SheetTable {
  /** Worksheet name (Excel allows 31 characters, without `\ / ? * [ ] :`). */
  name: string;
  /** Printed at the top of every page (the page header), e.g. "Xã Yên Bình · Kết quả năm 2023 · đến 30/06/2023". */
  title: string;
  columns: { header: string; kind: SheetColumnKind; width?: number }[];
  /** Dates as `YYYY-MM-DD`; null for an empty cell. */
  rows: (string | number | null)[][];
}

/** The MIME type of .xlsx. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function excel() {
  const mod = await import('exceljs');
  // CommonJS through ESM: the classes sit on the default export.
  return (mod as unknown as { default: typeof mod }).default ?? mod;
}

const utcDate = (iso: string) =>
  new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));

function addTable(workbook: Workbook, table: SheetTable): Worksheet {
  const sheet = workbook.addWorksheet(table.name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    headerFooter: { oddHeader: `&C&B${table.title.replace(/&/g, '&&')}`, oddFooter: '&CTrang &P / &N' },
  });
  sheet.columns = table.columns.map((c) => ({
    header: c.header,
    width: c.width ?? (c.kind === 'date' ? 13 : c.kind === 'number' ? 11 : 28),
    style: c.kind === 'date' ? { numFmt: 'dd/mm/yyyy' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'middle' };
  for (const row of table.rows)
    sheet.addRow(
      row.map((v, i) =>
        v !== null && table.columns[i]?.kind === 'date' && typeof v === 'string' ? utcDate(v) : v,
      ),
    );
  return sheet;
}

/** Writes the tables as one workbook, one worksheet each. */
export async function writeWorkbook(tables: readonly SheetTable[], creator = 'ketnap'): Promise<Buffer> {
  const ExcelJS = await excel();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = creator;
  for (const t of tables) addTable(workbook, t);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A cell's value as the import sees it: Excel dates become `YYYY-MM-DD`, formulas their result, rich text its text. */
function cellValue(v: unknown): SheetValue {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'object') {
    const o = v as { result?: unknown; richText?: { text: string }[]; text?: unknown; error?: unknown };
    if ('result' in o) return cellValue(o.result);
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if (typeof o.text === 'string') return o.text;
  }
  return null;
}

/** Why a file could not be read as a workbook. */
export class NotAWorkbook extends Error {}

/**
 * Reads the first worksheet: row 1 is the header; every later row that is not empty becomes a {@link SheetRow}
 * with its row number in the file and its cells by header text. A file that is not .xlsx throws {@link NotAWorkbook};
 * one that would unpack past the zip guard's limits throws its `ZipRefused` ('too-large') before exceljs sees it.
 */
export async function readWorkbook(data: Buffer): Promise<SheetRow[]> {
  try {
    checkZipExpansion(data);
  } catch (error) {
    if (error instanceof ZipRefused && error.reason === 'malformed')
      throw new NotAWorkbook('not an .xlsx workbook');
    throw error;
  }
  const ExcelJS = await excel();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new NotAWorkbook('not an .xlsx workbook');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const headers: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
    const text = cellValue(cell.value);
    headers[col] = text === null ? '' : String(text).trim();
  });
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return;
    const cells: Record<string, SheetValue> = {};
    let filled = false;
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const header = headers[col];
      if (!header) return;
      const value = cellValue(cell.value);
      if (value !== null && String(value).trim() !== '') filled = true;
      cells[header] = value;
    });
    if (filled) rows.push({ row: number, cells });
  });
  return rows;
}
