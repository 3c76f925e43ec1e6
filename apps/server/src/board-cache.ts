import { type PublicBoard, publicBoardFromSnapshot } from '@ketnap/api';
import { boardSnapshotBySlug, boardSnapshotVersion, type DbClient } from '@ketnap/db';
import type { IsoDate } from '@ketnap/domain';

/** How long a cached snapshot is trusted before its version is checked again: a new decision shows within this. */
const REVALIDATE_MS = 200;
/** Days remembered per commune-year (shared links ask for a few past days; today changes once a day). */
const DAYS_PER_ENTRY = 64;

interface Entry {
  version: string;
  checkedAt: number;
  stored: { data: string; updatedAt: string };
  days: Map<IsoDate, PublicBoard>;
}

/**
 * The public board's answers, read from the snapshot table and kept in memory: a visit costs a map lookup; at most
 * every {@link REVALIDATE_MS} a one-column query checks whether the snapshot was rebuilt (by this process or
 * another, e.g. the CLI), and a rebuilt snapshot replaces the entry. `undefined` when there is no snapshot.
 */
export class BoardCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly db: DbClient,
    private readonly clock: () => number = Date.now,
  ) {}

  async get(slug: string, year: number, asOf: IsoDate): Promise<PublicBoard | undefined> {
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
    let board = entry.days.get(asOf);
    if (!board) {
      board = publicBoardFromSnapshot(entry.stored, asOf);
      if (entry.days.size >= DAYS_PER_ENTRY) entry.days.clear();
      entry.days.set(asOf, board);
    }
    return board;
  }
}
