/**
 * The admin console's file routes, which do not fit tRPC (binary bodies):
 * - `GET /api/admin/reports/{results|composition|villages|forecast|members|candidates}.xlsx?commune=&year=&asOf=`
 *   answers the report as an Excel workbook;
 * - `POST /api/admin/import/{members|candidates}?commune=[&dryRun=1]` takes an .xlsx body and answers the import's
 *   preview or row errors (JSON), writing only when the whole file is valid and `dryRun` is not set;
 * - `GET /api/admin/privacy/export.{json|html}?candidateId=` answers everything held about one person as a download
 *   (docs/privacy.md): the export document as JSON, or as a printable Vietnamese page.
 * They authenticate with the session cookie (the tRPC context factory) and authorise through the SAME procedures:
 * an export calls the report's procedure, an import is checked with `authorizeAdmin` before its body is read and
 * then calls the import procedure; a personal data export is checked with `authorizeAdmin` before anything is
 * read, then served through `privacy.export` (which audits it). Uploads must be same-origin and within the body
 * limit.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type ApiError,
  adminRouter,
  authorizeAdmin,
  type Context,
  createCallerFactory,
  ERROR_STATUS,
} from '@ketnap/api';
import { isIsoDate, MAX_IMPORT_ROWS } from '@ketnap/domain';
import { TRPCError } from '@trpc/server';
import { refuseCrossSite } from './auth-http.js';
import { EXPORT_PAGE_POLICY, renderPersonalDataHtml } from './privacy-html.js';
import {
  candidatesSheet,
  compositionSheet,
  forecastSheet,
  membersSheet,
  resultsSheet,
  villagesSheet,
} from './report-sheets.js';
import { MAX_BODY_BYTES } from './request-guards.js';
import { sendError, sendJson } from './respond.js';
import { NotAWorkbook, readWorkbook, type SheetTable, writeWorkbook, XLSX_TYPE } from './xlsx.js';
import { ZIP_LIMITS, ZipRefused } from './zip-guard.js';

const callerOf = createCallerFactory(adminRouter);
type Caller = ReturnType<typeof callerOf>;

const REPORT_PATH =
  /^\/api\/admin\/reports\/(results|composition|villages|forecast|members|candidates)\.xlsx$/;
const IMPORT_PATH = /^\/api\/admin\/import\/(members|candidates)$/;
const PRIVACY_PATH = /^\/api\/admin\/privacy\/export\.(json|html)$/;

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

/** What the routes need from the server: the tRPC context of a request (session from the cookie). */
export interface AdminFileDeps {
  createContext(args: { req: IncomingMessage; res: ServerResponse }): Promise<Context>;
}

class BadQuery extends Error {}

function query(url: URL, needsYear: boolean) {
  const commune = url.searchParams.get('commune') ?? '';
  if (commune === '' || commune.length > 100) throw new BadQuery('Thiếu tham số commune (mã xã).');
  const yearText = url.searchParams.get('year');
  const year = yearText === null ? undefined : Number(yearText);
  if (
    (needsYear || yearText !== null) &&
    !(Number.isInteger(year) && (year as number) >= 1930 && (year as number) <= 2200)
  )
    throw new BadQuery('Tham số year phải là một năm, ví dụ 2023.');
  const asOf = url.searchParams.get('asOf') ?? undefined;
  if (asOf !== undefined && !isIsoDate(asOf))
    throw new BadQuery('Tham số asOf phải là ngày có thật dạng YYYY-MM-DD.');
  return { commune, year: year as number, asOf };
}

/** The report as tables, through its procedure (which checks access and audits what it reads). */
async function reportTables(caller: Caller, kind: ReportKind, url: URL): Promise<SheetTable[]> {
  switch (kind) {
    case 'results':
      return [resultsSheet(await caller.reports.results(query(url, true)))];
    case 'composition':
      return [compositionSheet(await caller.reports.composition(query(url, true)))];
    case 'villages': {
      const { commune, asOf } = query(url, false);
      return [villagesSheet(await caller.reports.villages({ commune, asOf }))];
    }
    case 'forecast': {
      const q = query(url, true);
      const results = await caller.reports.results(q);
      return [forecastSheet(await caller.progress.forecast(q), results.commune.name)];
    }
    case 'members': {
      const { commune, asOf } = query(url, false);
      return [membersSheet(await caller.reports.members({ commune, asOf }))];
    }
    case 'candidates':
      return [candidatesSheet(await caller.reports.candidates({ commune: query(url, false).commune }))];
  }
}

/**
 * A refusal from a procedure (or the access check) as the same JSON error every route sends, under its code and the
 * status the one table gives it. tRPC's own input validation is `REQUEST.INVALID` (zod's messages are not for
 * people); anything else is not a refusal and is rethrown, so the server answers it as a fault or a 500.
 */
function sendFailure(res: ServerResponse, error: unknown): void {
  if (error instanceof BadQuery) {
    sendError(res, 'REQUEST.INVALID', { vi: error.message, en: 'Bad query parameter.' });
    return;
  }
  if (!(error instanceof TRPCError)) throw error;
  const cause = error.cause as Partial<ApiError> | undefined;
  if (typeof cause?.code === 'string' && cause.code in ERROR_STATUS && cause.message) {
    sendError(res, cause.code, cause.message);
    return;
  }
  if (error.code !== 'BAD_REQUEST') throw error;
  sendError(res, 'REQUEST.INVALID', { vi: 'Tham số không hợp lệ.', en: 'Invalid parameters.' });
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
  const commune = url.searchParams.get('commune') ?? '';
  const dryRun = url.searchParams.get('dryRun') === '1';
  try {
    // The same check as the procedure, before the body is read: a refused caller uploads nothing further.
    await authorizeAdmin(ctx, `imports.${kind}`, { commune });
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
      commune,
      dryRun,
      rows,
    });
    sendJson(res, 200, answer, { 'cache-control': 'no-store' });
  } catch (error) {
    sendFailure(res, error);
  }
}

/**
 * One person's data as a download: the access check of `privacy.export` first (a refused caller costs nothing and
 * is audited as any refusal), then the procedure, which writes the `privacy.export` entry, then the file. GET only:
 * a HEAD would be audited as an export without giving one.
 */
async function exportPersonalData(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  format: 'json' | 'html',
  deps: AdminFileDeps,
) {
  const ctx = await deps.createContext({ req, res });
  const candidateId = url.searchParams.get('candidateId') ?? '';
  let body: string;
  try {
    await authorizeAdmin(ctx, 'privacy.export', { candidateId });
    const doc = await callerOf(ctx).privacy.export({ candidateId, format });
    body = format === 'json' ? `${JSON.stringify(doc, null, 2)}\n` : renderPersonalDataHtml(doc);
  } catch (error) {
    sendFailure(res, error);
    return;
  }
  const name = `du-lieu-ca-nhan-${candidateId.replace(/[^a-z0-9-]/gi, '')}.${format}`;
  res.writeHead(200, {
    'content-type': format === 'json' ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'content-disposition': `attachment; filename="${name}"`,
    'cache-control': 'private, no-store',
    'x-content-type-options': 'nosniff',
    ...(format === 'html' ? { 'content-security-policy': EXPORT_PAGE_POLICY } : {}),
  });
  res.end(body);
}

/** Serves the file routes under `/api/admin/`; returns false when the path is not one of them. */
export async function handleAdminFileRoute(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  deps: AdminFileDeps,
): Promise<boolean> {
  const report = REPORT_PATH.exec(url.pathname);
  const upload = IMPORT_PATH.exec(url.pathname);
  const personal = PRIVACY_PATH.exec(url.pathname);
  if (!report && !upload && !personal) return false;
  const allowed = report ? ['GET', 'HEAD'] : personal ? ['GET'] : ['POST'];
  if (!allowed.includes(req.method ?? '')) {
    res.setHeader('allow', allowed.join(', '));
    sendError(res, 'REQUEST.METHOD', {
      vi: `Địa chỉ này chỉ nhận ${allowed.join(', ')}.`,
      en: `This address accepts ${allowed.join(', ')} only.`,
    });
    return true;
  }
  if (report) await exportReport(req, res, url, report[1] as ReportKind, deps);
  else if (personal) await exportPersonalData(req, res, url, personal[1] as 'json' | 'html', deps);
  else await importFile(req, res, url, upload?.[1] as 'members' | 'candidates', deps);
  return true;
}
