import { type PublicBoard, publicBoardFromSnapshot } from '@ketnap/api';
import { boardSnapshotBySlug, boardSnapshotVersion, type DbClient } from '@ketnap/db';
import type { IsoDate } from '@ketnap/domain';
import { etagOf } from './respond.js';
import { SECURITY_HEADERS } from './security-headers.js';

/** How long a cached snapshot is trusted before its version is checked again: a new decision shows within this. */
const REVALIDATE_MS = 200;
/** Days remembered per commune-year (shared links ask for a few past days; today changes once a day). */
const DAYS_PER_ENTRY = 64;

/** An answer ready to send: the board, its JSON text and the text's ETag, and its headers as raw arrays. */
export interface CachedBoard {
  board: PublicBoard;
  text: string;
  etag: string;
  /** Every header of a 200 (the security headers included), as `writeHead` takes them: name, value, name, … */
  head200: string[];
  /** The same for a 304 (no body, so no content type or length). */
  head304: string[];
}

/** As the full route's `sendCacheableText(…, 0)` sends it (respond.ts). */
const BOARD_CACHE_CONTROL = 'public, max-age=0';
const SECURITY_HEAD = Object.entries(SECURITY_HEADERS).flat();

function cachedBoard(board: PublicBoard): CachedBoard {
  const text = JSON.stringify(board);
  const etag = etagOf(text);
  const head304 = [...SECURITY_HEAD, 'etag', etag, 'cache-control', BOARD_CACHE_CONTROL];
  const head200 = [
    ...head304,
    'content-type',
    'application/json; charset=utf-8',
    'content-length',
    String(Buffer.byteLength(text)),
  ];
  return { board, text, etag, head200, head304 };
}

interface Entry {
  version: string;
  checkedAt: number;
  stored: { data: string; updatedAt: string };
  days: Map<IsoDate, CachedBoard>;
}

/**
 * The public board's answers, read from the snapshot table and kept in memory: a visit costs a map lookup; at most
 * every {@link REVALIDATE_MS} a one-column query checks whether the snapshot was rebuilt (by this process or
 * another, e.g. the CLI), and a rebuilt snapshot replaces the entry. `undefined` when there is no snapshot.
 */
export class BoardCache {
  private readonly entries = new Map<string, Entry>();
  /** Raw request URL (with its explicit day) → the entry key it was validated to, so a repeated URL skips parsing. */
  private readonly addresses = new Map<string, { key: string; asOf: IsoDate }>();

  constructor(
    private readonly db: DbClient,
    private readonly clock: () => number = Date.now,
  ) {}

  /**
   * The answer for a raw request URL remembered before, while its entry is fresh (younger than
   * {@link REVALIDATE_MS}); else undefined and the caller takes the full path (parse, `get`).
   */
  peek(rawUrl: string): CachedBoard | undefined {
    const address = this.addresses.get(rawUrl);
    const entry = address === undefined ? undefined : this.entries.get(address.key);
    if (!entry || this.clock() - entry.checkedAt >= REVALIDATE_MS) return undefined;
    return entry.days.get(address?.asOf ?? '');
  }

  /**
   * Notes that the raw request URL `rawUrl` was validated as the commune-year's board on the explicit day `asOf`
   * (never a URL without a day: its answer changes with today).
   */
  remember(rawUrl: string, asOf: IsoDate, slug: string, year: number): void {
    if (this.addresses.size >= 10_000) this.addresses.clear();
    this.addresses.set(rawUrl, { key: `${slug}\u0000${year}`, asOf });
  }

  async get(slug: string, year: number, asOf: IsoDate): Promise<CachedBoard | undefined> {
    const key = `${slug}\u0000${year}`;
    let entry = this.entries.get(key);
    const now = this.clock();
    if (!entry || now - entry.checkedAt >= REVALIDATE_MS) {
      const version = await boardSnapshotVersion(this.db, slug, year);
      if (version === undefined) {
        this.entries.delete(key);
        return undefined;
      }
      if (!entry || entry.version !== version) {
        const stored = await boardSnapshotBySlug(this.db, slug, year);
        if (!stored) return undefined;
        entry = { version: stored.updatedAt, checkedAt: now, stored, days: new Map() };
        this.entries.set(key, entry);
      } else {
        entry.checkedAt = now;
      }
    }
    let cached = entry.days.get(asOf);
    if (!cached) {
      cached = cachedBoard(publicBoardFromSnapshot(entry.stored, asOf));
      if (entry.days.size >= DAYS_PER_ENTRY) entry.days.clear();
      entry.days.set(asOf, cached);
    }
    return cached;
  }
}
