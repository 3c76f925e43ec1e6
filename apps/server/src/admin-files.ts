/**
 * The admin console's file routes, which do not fit tRPC (binary bodies or downloads): the Excel reports and imports
 * (`excel/excel-routes.ts`) and `GET /api/admin/privacy/export.{json|html}?candidateId=`, everything held about one
 * person as a download (docs/privacy.md): the export document as JSON, or as a printable Vietnamese page; and the
 * papers as PDF or DOCX (`papers/paper-route.ts`, docs/papers.md). They
 * authenticate with the session cookie (the tRPC context factory) and authorise through the SAME procedures; a
 * personal data export is checked with `authorizeAdmin` before anything is read, then served through
 * `privacy.export` (which audits it).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { authorizeAdmin } from '@ketnap/api';
import { type AdminFileDeps, type AdminFileRoute, callerOf, sendFailure } from './admin-caller.js';
import { excelRoute } from './excel/excel-routes.js';
import { paperRoute } from './papers/paper-route.js';
import { EXPORT_PAGE_POLICY, renderPersonalDataHtml } from './privacy-html.js';
import { sendError } from './respond.js';

const PRIVACY_PATH = /^\/api\/admin\/privacy\/export\.(json|html)$/;

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

/** The personal data export's route, or undefined when the path is not it. */
function privacyRoute(pathname: string): AdminFileRoute | undefined {
  const format = PRIVACY_PATH.exec(pathname)?.[1] as 'json' | 'html' | undefined;
  return (
    format && {
      methods: ['GET'],
      serve: (req, res, url, deps) => exportPersonalData(req, res, url, format, deps),
    }
  );
}

/** Serves the file routes under `/api/admin/`; returns false when the path is not one of them. */
export async function handleAdminFileRoute(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  deps: AdminFileDeps,
): Promise<boolean> {
  const route = excelRoute(url.pathname) ?? privacyRoute(url.pathname) ?? paperRoute(url.pathname);
  if (!route) return false;
  if (!route.methods.includes(req.method ?? '')) {
    res.setHeader('allow', route.methods.join(', '));
    sendError(res, 'REQUEST.METHOD', {
      vi: `Địa chỉ này chỉ nhận ${route.methods.join(', ')}.`,
      en: `This address accepts ${route.methods.join(', ')} only.`,
    });
    return true;
  }
  await route.serve(req, res, url, deps);
  return true;
}
