/**
 * `GET /api/admin/papers/{kind}?candidate=ID&format=pdf|docx` (and `/api/admin/papers/annual-statistics?commune=
 * SLUG&year=YYYY&format=…`): one paper as a download. The paper's document model comes from the SAME procedure as
 * the console's (`papers.candidate` / `papers.annual`): its access check (those who may read the dossier, or the
 * commune) runs before anything is read, and it audits the generation; then the model is rendered here.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { annualPaperInput, candidatePaperInput, type PaperModel, paperFormat } from '@ketnap/domain';
import { z } from 'zod';
import {
  type AdminFileDeps,
  type AdminFileRoute,
  callerOf,
  parseQuery,
  sendFailure,
} from '../admin-caller.js';
import { paperContentTypes, paperFileName, renderPaper } from './render.js';

const PAPER_PATH = /^\/api\/admin\/papers\/([a-z-]{1,40})$/;

const formatQuery = z.object({ format: paperFormat });

async function servePaper(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  kind: string,
  deps: AdminFileDeps,
) {
  const ctx = await deps.createContext({ req, res });
  const q = Object.fromEntries(url.searchParams);
  let paper: PaperModel;
  let format: 'pdf' | 'docx';
  let id: string;
  try {
    format = parseQuery(formatQuery, { format: q.format }).format;
    if (kind === 'annual-statistics') {
      const input = parseQuery(annualPaperInput, { commune: q.commune, year: Number(q.year) });
      paper = await callerOf(ctx).papers.annual(input);
      id = `${input.commune}-${input.year}`;
    } else {
      const input = parseQuery(candidatePaperInput, { kind, candidateId: q.candidate });
      paper = await callerOf(ctx).papers.candidate(input);
      id = input.candidateId;
    }
  } catch (error) {
    sendFailure(res, error);
    return;
  }
  const body = Buffer.from(await renderPaper(paper, format));
  res.writeHead(200, {
    'content-type': paperContentTypes[format],
    'content-length': body.length,
    'content-disposition': `attachment; filename="${paperFileName(kind, id, format)}"`,
    'cache-control': 'private, no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}

/** The paper download route, or undefined when the path is not one. */
export function paperRoute(pathname: string): AdminFileRoute | undefined {
  const kind = PAPER_PATH.exec(pathname)?.[1];
  return kind === undefined
    ? undefined
    : { methods: ['GET'], serve: (req, res, url, deps) => servePaper(req, res, url, kind, deps) };
}
