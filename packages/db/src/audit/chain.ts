import { createHash } from 'node:crypto';

/** The hash that precedes the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an audit entry that its hash covers: everything but the hashes themselves. */
export interface ChainedEntry {
  seq: number;
  at: string;
  actor: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  orgId: string | null;
  /** The payload exactly as stored (canonical JSON text), so a changed byte changes the hash. */
  payload: string;
}

/** A stored entry: its fields, the hash it chains onto and its own hash. */
export interface StoredEntry extends ChainedEntry {
  prevHash: string;
  hash: string;
}

/** The newest entry of a chain: what `ketnap audit checkpoint` prints and `verify` compares against. */
export interface ChainHead {
  seq: number;
  hash: string;
}

/**
 * JSON with object keys sorted at every depth and no whitespace: one text per value, whatever the key order it
 * was built in. Arrays keep their order.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** Hex SHA-256 of `prevHash` followed by the canonical JSON of the entry. */
export function entryHash(prevHash: string, entry: ChainedEntry): string {
  const { seq, at, actor, action, targetType, targetId, orgId, payload } = entry;
  const text = canonicalJson({ seq, at, actor, action, targetType, targetId, orgId, payload });
  return createHash('sha256').update(prevHash).update(text).digest('hex');
}

/** Why a chain is not intact, naming the first sequence number that is wrong. */
export interface ChainBreak {
  seq: number;
  reason: 'missing' | 'edited' | 'relinked' | 'truncated' | 'checkpoint-mismatch';
  message: string;
}

/**
 * Checks one link: `entry` must come right after `prev` (seq + 1), name `prev`'s hash as its predecessor, and
 * hash to what it says. A gap means an entry was deleted; a wrong predecessor means entries were deleted,
 * inserted or reordered; a wrong own hash means the entry was edited. Returns null when the link holds.
 */
export function checkLink(prev: ChainHead, entry: StoredEntry): ChainBreak | null {
  const expected = prev.seq + 1;
  if (entry.seq !== expected)
    return {
      seq: expected,
      reason: 'missing',
      message: `mục ${expected} bị thiếu (sau mục ${prev.seq} là mục ${entry.seq}) / entry ${expected} is missing`,
    };
  if (entry.prevHash !== prev.hash)
    return {
      seq: entry.seq,
      reason: 'relinked',
      message: `mục ${entry.seq} không nối vào mục ${prev.seq} (bị xóa, chèn hoặc đổi thứ tự) / entry ${entry.seq} does not chain onto entry ${prev.seq}`,
    };
  if (entryHash(entry.prevHash, entry) !== entry.hash)
    return {
      seq: entry.seq,
      reason: 'edited',
      message: `mục ${entry.seq} đã bị sửa / entry ${entry.seq} was edited`,
    };
  return null;
}

/**
 * Checks the end of a verified chain against a checkpoint taken earlier: the chain must still reach the
 * checkpoint's sequence number, and the entry there must have the checkpoint's hash. `hashThere` is the verified
 * chain's hash at the checkpoint's sequence number.
 */
export function checkCheckpoint(
  last: ChainHead,
  checkpoint: ChainHead,
  hashThere: string | undefined,
): ChainBreak | null {
  if (checkpoint.seq > last.seq)
    return {
      seq: last.seq + 1,
      reason: 'truncated',
      message: `nhật ký dừng ở mục ${last.seq} nhưng mốc kiểm tra ghi mục ${checkpoint.seq}: đã bị cắt bớt / the log ends at ${last.seq}, the checkpoint names ${checkpoint.seq}: truncated`,
    };
  if (checkpoint.seq > 0 && hashThere !== checkpoint.hash)
    return {
      seq: checkpoint.seq,
      reason: 'checkpoint-mismatch',
      message: `mục ${checkpoint.seq} khác với mốc kiểm tra: lịch sử đã bị viết lại / entry ${checkpoint.seq} differs from the checkpoint: history rewritten`,
    };
  return null;
}

/** The one-line text form of a head: `<seq>:<hash>`. */
export function formatCheckpoint(head: ChainHead): string {
  return `${head.seq}:${head.hash}`;
}

/** Parses `<seq>:<hash>`; null when the text is not one. */
export function parseCheckpoint(text: string): ChainHead | null {
  const match = /^(\d+):([0-9a-f]{64})$/.exec(text.trim());
  if (!match?.[1] || !match[2]) return null;
  return { seq: Number(match[1]), hash: match[2] };
}
