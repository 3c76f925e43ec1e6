/**
 * The admin console's Excel routes, which do not fit tRPC (binary bodies):
 * - `GET /api/admin/reports/{results|composition|villages|forecast|members|candidates}.xlsx?commune=&year=&asOf=`
 *   answers the report as an Excel workbook (`asOf` as `YYYY-MM-DD` or `dd/MM/yyyy`);
 * - `POST /api/admin/import/{members|candidates}?commune=[&dryRun=1]` takes an .xlsx body and answers the import's
 *   preview or row errors (JSON), writing only when the whole file is valid and `dryRun` is not set.
 * The query is parsed by the procedure's own input schema (a refusal names the parameter, in Vietnamese); an export
 * then calls the report's procedure, an import is checked with `authorizeAdmin` before its body is read and then
 * calls the import procedure. Uploads must be same-origin and within the body limit.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { authorizeAdmin, forecastInput, importInput } from '@ketnap/api';
import {
  communeDayInput,
  communeInput,
  communeYearInput,
  MAX_IMPORT_ROWS,
  parseDayParam,
} from '@ketnap/domain';
import {
  type AdminCaller,
  type AdminFileDeps,
  type AdminFileRoute,
  callerOf,
  parseQuery,
  sendFailure,
} from '../admin-caller.js';
import { refuseCrossSite } from '../auth-http.js';
import { MAX_BODY_BYTES } from '../request-guards.js';
import { sendError, sendJson } from '../respond.js';
import {
  candidatesSheet,
  compositionSheet,
  forecastSheet,
  membersSheet,
  resultsSheet,
  villagesSheet,
} from './report-sheets.js';
import { NotAWorkbook, readWorkbook, type SheetTable, writeWorkbook, XLSX_TYPE } from './xlsx.js';
import { ZIP_LIMITS, ZipRefused } from './zip-guard.js';

const REPORT_PATH =
  /^\/api\/admin\/reports\/(results|composition|villages|forecast|members|candidates)\.xlsx$/;
const IMPORT_PATH = /^\/api\/admin\/import\/(members|candidates)$/;

/** File names of the exports (ASCII, so every browser saves them as named). */
const FILE_NAME = {
  results: 'ket-qua',
  composition: 'co-cau',
  villages: 'thon',
  forecast: 'du-bao',
  members: 'dang-vien',
  candidates: 'quan-chung',
} as const;

type ReportKind = keyof typeof FILE_NAME;

/**
 * The query string as the procedures' inputs name it: the year as a number (text that is not one stays NaN, which
 * the schema refuses), the day in either written form turned into ISO (anything else passed on, to be refused).
 */
function queryOf(url: URL): Record<string, unknown> {
  const year = url.searchParams.get('year');
  const asOf = url.searchParams.get('asOf');
  return {
    commune: url.searchParams.get('commune') ?? undefined,
    year: year === null ? undefined : Number(year),
    asOf: asOf === null ? undefined : (parseDayParam(asOf) ?? asOf),
  };
}

/** The report as tables, through its procedure (which checks access and audits what it reads). */
async function reportTables(caller: AdminCaller, kind: ReportKind, url: URL): Promise<SheetTable[]> {
  const q = queryOf(url);
  switch (kind) {
    case 'results':
      return [resultsSheet(await caller.reports.results(parseQuery(communeYearInput, q)))];
    case 'composition':
      return [compositionSheet(await caller.reports.composition(parseQuery(communeYearInput, q)))];
    case 'villages':
      return [villagesSheet(await caller.reports.villages(parseQuery(communeDayInput, q)))];
    case 'forecast': {
      const input = parseQuery(forecastInput, q);
      const results = await caller.reports.results(input);
      return [forecastSheet(await caller.progress.forecast(input), results.commune.name)];
    }
    case 'members':
      return [membersSheet(await caller.reports.members(parseQuery(communeDayInput, q)))];
    case 'candidates':
      return [candidatesSheet(await caller.reports.candidates(parseQuery(communeInput, q)))];
  }
}

/** Reads the body up to `limit` bytes; undefined when it is larger (a chunked body declares no length). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) over = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? undefined : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const tooLarge = (res: ServerResponse) =>
  sendError(res, 'REQUEST.TOO_LARGE', {
    vi: `File quá lớn (tối đa ${MAX_BODY_BYTES / 1024} KiB). Chia thành nhiều file nhỏ hơn.`,
    en: `The file is too large (at most ${MAX_BODY_BYTES / 1024} KiB).`,
  });

async function exportReport(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  kind: ReportKind,
  deps: AdminFileDeps,
) {
  const ctx = await deps.createContext({ req, res });
  let tables: SheetTable[];
  try {
    tables = await reportTables(callerOf(ctx), kind, url);
  } catch (error) {
    sendFailure(res, error);
    return;
  }
  const body = await writeWorkbook(tables);
  const year = url.searchParams.get('year');
  const name = `${FILE_NAME[kind]}-${url.searchParams.get('commune')}${year ? `-${year}` : ''}.xlsx`.replace(
    /[^a-z0-9.-]/gi,
    '',
  );
  res.writeHead(200, {
    'content-type': XLSX_TYPE,
    'content-length': body.length,
    'content-disposition': `attachment; filename="${name}"`,
    'cache-control': 'private, no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** The import's query (commune, dry run) by the import procedure's own schema. */
const importQuery = importInput.pick({ commune: true, dryRun: true });

async function importFile(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  kind: 'members' | 'candidates',
  deps: AdminFileDeps,
) {
  if (refuseCrossSite(req, res)) return;
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== XLSX_TYPE) {
    sendError(res, 'REQUEST.NOT_XLSX', {
      vi: 'Chỉ nhận file Excel .xlsx (Content-Type của file .xlsx).',
      en: 'Only an Excel .xlsx file is accepted.',
    });
    return;
  }
  const ctx = await deps.createContext({ req, res });
  let query: { commune: string; dryRun: boolean };
  try {
    query = parseQuery(importQuery, {
      commune: url.searchParams.get('commune') ?? undefined,
      dryRun: url.searchParams.get('dryRun') === '1',
    });
    // The same check as the procedure, before the body is read: a refused caller uploads nothing further.
    await authorizeAdmin(ctx, `imports.${kind}`, { commune: query.commune });
  } catch (error) {
    req.resume();
    sendFailure(res, error);
    return;
  }
  const body = await readBody(req, MAX_BODY_BYTES);
  if (!body) return tooLarge(res);
  let rows: Awaited<ReturnType<typeof readWorkbook>>;
  try {
    rows = await readWorkbook(body);
  } catch (error) {
    // readWorkbook turns a malformed archive into NotAWorkbook; what reaches here is one too large to unpack.
    if (error instanceof ZipRefused) {
      sendError(res, 'REQUEST.TOO_LARGE', {
        vi: `File Excel khi giải nén quá lớn (quá ${ZIP_LIMITS.maxExpandedBytes / 1024 / 1024} MiB hoặc ${ZIP_LIMITS.maxEntries} phần). Chia thành nhiều file nhỏ hơn hoặc lưu lại bằng Excel.`,
        en: `The workbook expands past ${ZIP_LIMITS.maxExpandedBytes / 1024 / 1024} MiB or ${ZIP_LIMITS.maxEntries} parts when unpacked.`,
      });
      return;
    }
    if (!(error instanceof NotAWorkbook)) throw error;
    sendError(res, 'REQUEST.NOT_XLSX', {
      vi: 'Không đọc được file: cần một file Excel .xlsx (lưu lại bằng Excel dưới dạng "Excel Workbook").',
      en: 'Could not read the file: an Excel .xlsx workbook is needed.',
    });
    return;
  }
  if (rows.length > MAX_IMPORT_ROWS) {
    sendError(res, 'REQUEST.INVALID', {
      vi: `File có ${rows.length} dòng, quá ${MAX_IMPORT_ROWS} dòng một lần. Chia thành nhiều file nhỏ hơn.`,
      en: `The file has ${rows.length} rows, more than ${MAX_IMPORT_ROWS} at once.`,
    });
    return;
  }
  try {
    const caller = callerOf(ctx);
    const answer = await (kind === 'members' ? caller.imports.members : caller.imports.candidates)({
      ...query,
      rows,
    });
    sendJson(res, 200, answer, { 'cache-control': 'no-store' });
  } catch (error) {
    sendFailure(res, error);
  }
}

/** The Excel route of a path (its methods and what serves it), or undefined when the path is not one. */
export function excelRoute(pathname: string): AdminFileRoute | undefined {
  const report = REPORT_PATH.exec(pathname)?.[1] as ReportKind | undefined;
  if (report)
    return {
      methods: ['GET', 'HEAD'],
      serve: (req, res, url, deps) => exportReport(req, res, url, report, deps),
    };
  const upload = IMPORT_PATH.exec(pathname)?.[1] as 'members' | 'candidates' | undefined;
  if (upload)
    return { methods: ['POST'], serve: (req, res, url, deps) => importFile(req, res, url, upload, deps) };
  return undefined;
}
