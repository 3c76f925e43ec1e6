import { publicBoardFromSnapshot } from '@ketnap/api';
import { boardSnapshotBySlug, boardSnapshotVersion, type DbClient } from '@ketnap/db';
import { defaultBoardDay, type IsoDate } from '@ketnap/domain';
import {
  acceptedEncodings,
  type EncodedBody,
  type EncodedVariant,
  type Encoding,
  encodeBody,
  encodingHeaders,
} from './compression.js';
import { cacheableHeaders, etagOf } from './respond.js';

/** How long a cached snapshot is trusted before its version is checked again: a new decision shows within this. */
const REVALIDATE_MS = 200;
/** Days remembered per commune-year (shared links ask for a few past days; today changes once a day). */
const DAYS_PER_ENTRY = 64;

/** One coding of the board's answer, ready to send: its bytes, their ETag, and every header as raw arrays. */
export interface PreparedAnswer {
  body: Buffer;
  etag: string;
  /** Every header of a 200 (the security headers included), as `writeHead` takes them: name, value, name, … */
  head200: string[];
  /** The same for a 304 (no body, so no content type, coding or length). */
  head304: string[];
}

/**
 * An answer ready to send: the board's JSON text, its identity ETag, the text in each coding worth sending
 * (brotli, gzip, as it is; compressed once per answer, at the fast effort: the highest costs 7 ms for 40 bytes
 * less on the board's 1.5 KB, and a day nobody asked before must stay cheap), and each coding's prepared answer.
 */
export interface CachedBoard {
  text: string;
  etag: string;
  encoded: EncodedBody;
  answers: Partial<Record<Encoding, PreparedAnswer>> & { identity: PreparedAnswer };
}

/** Browsers revalidate every time (a 304 when nothing changed), so a new decision shows at once. */
export const BOARD_MAX_AGE = 0;

/** The headers of an answer as one raw array: the security headers every response carries, then the answer's own. */
const rawHead = (security: Readonly<Record<string, string>>, own: Record<string, string>) =>
  Object.entries({ ...security, ...own }).flat();

function cachedBoard(text: string, security: Readonly<Record<string, string>>): CachedBoard {
  const etag = etagOf(text);
  const encoded = encodeBody(text, etag, 'fast');
  const prepare = (variant: EncodedVariant): PreparedAnswer => {
    const coding = encodingHeaders(encoded, variant);
    return {
      body: variant.body,
      etag: variant.etag,
      head200: rawHead(security, cacheableHeaders(variant.etag, BOARD_MAX_AGE, coding, variant.body.length)),
      head304: rawHead(security, cacheableHeaders(variant.etag, BOARD_MAX_AGE, coding)),
    };
  };
  const answers: CachedBoard['answers'] = { identity: prepare(encoded.variants.identity) };
  for (const variant of Object.values(encoded.variants)) answers[variant.encoding] = prepare(variant);
  return { text, etag, encoded, answers };
}

/** The prepared answer in the coding a request's `Accept-Encoding` takes best. */
export function answerFor(board: CachedBoard, acceptEncoding: string | string[] | undefined): PreparedAnswer {
  if (!board.encoded.varies) return board.answers.identity;
  for (const encoding of acceptedEncodings(acceptEncoding)) {
    const answer = board.answers[encoding];
    if (answer) return answer;
  }
  return board.answers.identity;
}

interface Entry {
  version: string;
  checkedAt: number;
  stored: { data: string; updatedAt: string };
  days: Map<IsoDate, CachedBoard>;
}

/** A raw request URL validated before: the entry it names, its year, and its explicit day (null: the default day). */
interface Address {
  key: string;
  year: number;
  asOf: IsoDate | null;
}

/**
 * The public board's answers, read from the snapshot table and kept in memory: a visit costs a map lookup; at most
 * every {@link REVALIDATE_MS} a one-column query checks whether the snapshot was rebuilt (by this process or
 * another, e.g. the CLI), and a rebuilt snapshot replaces the entry. `undefined` when there is no snapshot. One per
 * server (`startServer` creates it), shared by the JSON route, its hot path and the server-rendered page.
 */
export class BoardCache {
  private readonly entries = new Map<string, Entry>();
  /** Raw request URL → what it was validated to, so a repeated URL skips parsing. */
  private readonly addresses = new Map<string, Address>();

  /**
   * `security`: the security headers this server sends (HSTS only over HTTPS), precomputed into every answer;
   * `today`: the server's day in Vietnam, which a URL without a day is answered for (`defaultBoardDay`); `clock`:
   * the instant clock of the revalidation.
   */
  constructor(
    private readonly db: DbClient,
    private readonly security: Readonly<Record<string, string>>,
    private readonly today: () => IsoDate,
    private readonly clock: () => number = Date.now,
  ) {}

  /**
   * The answer for a raw request URL remembered before, while its entry is fresh (younger than
   * {@link REVALIDATE_MS}); else undefined and the caller takes the full path (parse, `get`). A URL without a day
   * is looked up under today's default day, so at midnight it falls through once and the new day is built.
   */
  peek(rawUrl: string): CachedBoard | undefined {
    const address = this.addresses.get(rawUrl);
    if (!address) return undefined;
    const entry = this.entries.get(address.key);
    if (!entry || this.clock() - entry.checkedAt >= REVALIDATE_MS) return undefined;
    return entry.days.get(address.asOf ?? defaultBoardDay(address.year, this.today()));
  }

  /**
   * Notes that the raw request URL `rawUrl` was validated as the commune-year's board, on the explicit day `asOf`
   * or (null) on the default day, which `peek` works out from today at each request.
   */
  remember(rawUrl: string, asOf: IsoDate | null, slug: string, year: number): void {
    if (this.addresses.size >= 10_000) this.addresses.clear();
    this.addresses.set(rawUrl, { key: `${slug}\u0000${year}`, year, asOf });
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
      cached = cachedBoard(JSON.stringify(publicBoardFromSnapshot(entry.stored, asOf)), this.security);
      if (entry.days.size >= DAYS_PER_ENTRY) entry.days.clear();
      entry.days.set(asOf, cached);
    }
    return cached;
  }
}
