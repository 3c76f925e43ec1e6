import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pathToFileURL } from 'node:url';
import { boardInput, communesWithYears } from '@ketnap/api';
import type { DbClient } from '@ketnap/db';
import type { IsoDate, PublicBoard, PublicCommunes } from '@ketnap/domain';
import { defaultBoardDay } from '@ketnap/domain';
import type { BoardCache } from './board-cache.js';
import { type EncodedBody, encodeBody, encodingHeaders, etagMatches, variantFor } from './compression.js';
import { describeError } from './error-log.js';
import { etagOf } from './respond.js';

/** A board the address selects, as the board app decides it. */
interface Selection {
  commune: string;
  year: number;
  asOf?: string | undefined;
}

/** What the page carries for the app to start from (apps/board/src/lib/page-state.ts). */
interface PageState {
  search: string;
  communes: PublicCommunes;
  board: { url: string; data: PublicBoard } | null;
}

/**
 * The board's server-side renderer (apps/board/src/ssr.tsx, built by the board's `pnpm build` into
 * dist-server/render.js): the board app's own components and address rules, so the page the server writes is the
 * page the app would draw, and the app takes it over (hydrates) without fetching anything.
 */
export interface BoardRenderer {
  /** The address's query string as the app reads it (unknown parameters dropped), e.g. `?commune=yen-binh`. */
  normalizeSearch(search: string): string;
  selectionFor(search: string, communes: PublicCommunes): Selection | null;
  boardUrlOf(selection: Selection): string;
  renderPage(template: string, state: PageState): string;
}

/** Loads the renderer module at `file`; undefined when there is none (a build without it, the tests' stand-ins). */
export async function loadBoardRenderer(file: string | undefined): Promise<BoardRenderer | undefined> {
  if (!file || !existsSync(file)) return undefined;
  const module = (await import(pathToFileURL(file).href)) as Partial<Record<keyof BoardRenderer, unknown>>;
  const names: (keyof BoardRenderer)[] = ['normalizeSearch', 'selectionFor', 'boardUrlOf', 'renderPage'];
  const missing = names.filter((name) => typeof module[name] !== 'function');
  if (missing.length > 0) throw new Error(`${file} does not export ${missing.join(', ')}`);
  return module as BoardRenderer;
}

/** Pages kept rendered (per address; a new board version or communes list renders again). */
const PAGES_KEPT = 256;

/** What the board pages need from the server. */
export interface BoardPageDeps {
  renderer: BoardRenderer;
  /** The board build's index.html, the page's template. */
  indexFile: string;
  db: DbClient;
  boards: BoardCache;
  today: () => IsoDate;
}

/**
 * The board's page (`/`, and any address of the board app) with the commune's figures in the HTML, for the commune
 * and year the address asks for (or the app's defaults): a visitor on a slow phone connection reads the figures
 * as soon as the HTML arrives, before the script has downloaded (docs/benchmarks.md, "The board on slow 3G"). The
 * board's data comes from the same cache as its JSON (board-cache.ts); a page is rendered once per address and
 * board version and kept, in each coding, with an ETag per coding; `no-cache`, so a visit revalidates (304).
 */
export class BoardPages {
  private template: { mtimeMs: number; size: number; text: string } | undefined;
  private readonly pages = new Map<string, { key: string; page: EncodedBody }>();

  constructor(private readonly deps: BoardPageDeps) {}

  /** Answers the page; false when it cannot be rendered (the caller then serves index.html as it is). */
  async send(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    let page: EncodedBody;
    try {
      page = await this.page(url);
    } catch (error) {
      // The page still works without the figures in it: the app then loads them itself.
      console.error(`board page not rendered: ${describeError(error)}`);
      return false;
    }
    const variant = variantFor(page, req.headers['accept-encoding']);
    const coding = encodingHeaders(page, variant);
    const headers: Record<string, string> = { etag: variant.etag, 'cache-control': 'no-cache' };
    if (coding.vary) headers.vary = coding.vary;
    if (etagMatches(req.headers['if-none-match'], variant.etag)) {
      res.writeHead(304, headers);
      res.end();
      return true;
    }
    res.writeHead(200, {
      ...headers,
      ...coding,
      'content-type': 'text/html; charset=utf-8',
      'content-length': String(variant.body.length),
    });
    res.end(req.method === 'HEAD' ? undefined : variant.body);
    return true;
  }

  private async page(url: URL): Promise<EncodedBody> {
    const { renderer, db, boards, today } = this.deps;
    const template = this.readTemplate();
    const search = renderer.normalizeSearch(url.search);
    const communes: PublicCommunes = { communes: await communesWithYears(db), today: today() };
    const selection = renderer.selectionFor(search, communes);
    const parsed = selection && boardInput.safeParse(selection);
    const cached = parsed?.success
      ? await boards.get(
          parsed.data.commune,
          parsed.data.year,
          parsed.data.asOf ?? defaultBoardDay(parsed.data.year, today()),
        )
      : undefined;
    const key = `${template.mtimeMs}\u0000${JSON.stringify(communes)}\u0000${cached?.etag ?? ''}`;
    const kept = this.pages.get(search);
    if (kept?.key === key) return kept.page;
    const board =
      selection && cached
        ? { url: renderer.boardUrlOf(selection), data: JSON.parse(cached.text) as PublicBoard }
        : null;
    const html = renderer.renderPage(template.text, { search, communes, board });
    // Compressed per render at the fast effort: an address nobody asked before must not cost the highest one.
    const page = encodeBody(html, etagOf(html), 'fast');
    if (this.pages.size >= PAGES_KEPT) this.pages.clear();
    this.pages.set(search, { key, page });
    return page;
  }

  /** index.html, read again when the board is rebuilt under a running server (development). */
  private readTemplate(): { mtimeMs: number; text: string } {
    const stats = statSync(this.deps.indexFile);
    if (!this.template || this.template.mtimeMs !== stats.mtimeMs || this.template.size !== stats.size)
      this.template = {
        mtimeMs: stats.mtimeMs,
        size: stats.size,
        text: readFileSync(this.deps.indexFile, 'utf8'),
      };
    return this.template;
  }
}
