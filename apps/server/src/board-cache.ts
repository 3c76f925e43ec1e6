import { type PublicBoard, publicBoardFromSnapshot } from '@ketnap/api';
import { boardSnapshotBySlug, boardSnapshotVersion, type DbClient } from '@ketnap/db';
import type { IsoDate } from '@ketnap/domain';
import { etagOf } from './respond.js';

/** How long a cached snapshot is trusted before its version is checked again: a new decision shows within this. */
const REVALIDATE_MS = 200;
/** Days remembered per commune-year (shared links ask for a few past days; today changes once a day). */
const DAYS_PER_ENTRY = 64;

/** An answer ready to send: the board, its JSON text and the text's ETag. */
export interface CachedBoard {
  board: PublicBoard;
  text: string;
  etag: string;
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
  /** Raw address (path + day) → the entry key it was validated to, so a repeated address skips parsing. */
  private readonly addresses = new Map<string, string>();

  constructor(
    private readonly db: DbClient,
    private readonly clock: () => number = Date.now,
  ) {}

  /**
   * The answer for a raw address seen before, while its entry is fresh (younger than {@link REVALIDATE_MS}); else
   * undefined and the caller takes the full path (parse, `get`).
   */
  peek(path: string, asOf: string): CachedBoard | undefined {
    const key = this.addresses.get(`${path}?${asOf}`);
    const entry = key === undefined ? undefined : this.entries.get(key);
    if (!entry || this.clock() - entry.checkedAt >= REVALIDATE_MS) return undefined;
    return entry.days.get(asOf);
  }

  /** Notes that the raw address `path` with day `asOf` is the (validated) commune-year. */
  remember(path: string, asOf: string, slug: string, year: number): void {
    if (this.addresses.size >= 10_000) this.addresses.clear();
    this.addresses.set(`${path}?${asOf}`, `${slug}\u0000${year}`);
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
      const board = publicBoardFromSnapshot(entry.stored, asOf);
      const text = JSON.stringify(board);
      cached = { board, text, etag: etagOf(text) };
      if (entry.days.size >= DAYS_PER_ENTRY) entry.days.clear();
      entry.days.set(asOf, cached);
    }
    return cached;
  }
}
