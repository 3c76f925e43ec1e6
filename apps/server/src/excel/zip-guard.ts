import { inflateRawSync } from 'node:zlib';

/**
 * Limits on what an uploaded .xlsx (a zip archive) may expand to before exceljs unpacks it in memory. A 1 MiB upload
 * (the body limit) can declare, or really hold, gigabytes once inflated (a "zip bomb"); a real register of 5,000 rows
 * expands to a few megabytes.
 */
export const ZIP_LIMITS: ZipLimits = { maxEntries: 500, maxExpandedBytes: 64 * 1024 * 1024 };

export interface ZipLimits {
  readonly maxEntries: number;
  readonly maxExpandedBytes: number;
}

/** Why an archive was refused: `malformed` (not a zip we can read) or `too-large` (over {@link ZIP_LIMITS}). */
export class ZipRefused extends Error {
  constructor(readonly reason: 'malformed' | 'too-large') {
    super(`zip archive refused: ${reason}`);
  }
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

/**
 * Checks that `data` is a plain zip archive (no ZIP64, no encryption, entries stored or deflated) whose entries
 * really inflate to at most {@link ZIP_LIMITS} in total. The sizes an archive declares are not trusted: every
 * deflated entry is inflated here with a cap on its output, so a lying header cannot get past. Throws
 * {@link ZipRefused}; answers nothing when the archive is within the limits.
 */
export function checkZipExpansion(data: Buffer, limits: ZipLimits = ZIP_LIMITS): void {
  const eocd = findEndOfCentralDirectory(data);
  const entries = data.readUInt16LE(eocd + 10);
  const directorySize = data.readUInt32LE(eocd + 12);
  let at = data.readUInt32LE(eocd + 16);
  if (entries > limits.maxEntries) throw new ZipRefused('too-large');
  if (at + directorySize > eocd) throw new ZipRefused('malformed');
  let budget = limits.maxExpandedBytes;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== CENTRAL_SIGNATURE)
      throw new ZipRefused('malformed');
    const flags = data.readUInt16LE(at + 8);
    const method = data.readUInt16LE(at + 10);
    const compressedSize = data.readUInt32LE(at + 20);
    const localOffset = data.readUInt32LE(at + 42);
    // Bit 0: encrypted; 0xFFFFFFFF: the real figure is in a ZIP64 field, which Excel never needs for a register.
    if (flags & 1 || compressedSize === 0xffffffff || localOffset === 0xffffffff)
      throw new ZipRefused('malformed');
    budget -= expandedSize(data, localOffset, compressedSize, method, budget);
    at += 46 + data.readUInt16LE(at + 28) + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
  }
}

/** The end-of-central-directory record: the last 22 bytes, or earlier when a comment (≤ 64 KiB) follows it. */
function findEndOfCentralDirectory(data: Buffer): number {
  for (let at = data.length - 22; at >= Math.max(0, data.length - 22 - 0xffff); at--)
    if (data.readUInt32LE(at) === EOCD_SIGNATURE) return at;
  throw new ZipRefused('malformed');
}

/** How many bytes one entry really inflates to, refusing once it passes `budget`. */
function expandedSize(
  data: Buffer,
  localOffset: number,
  compressedSize: number,
  method: number,
  budget: number,
): number {
  if (localOffset + 30 > data.length || data.readUInt32LE(localOffset) !== LOCAL_SIGNATURE)
    throw new ZipRefused('malformed');
  const start = localOffset + 30 + data.readUInt16LE(localOffset + 26) + data.readUInt16LE(localOffset + 28);
  const end = start + compressedSize;
  if (end > data.length) throw new ZipRefused('malformed');
  if (method === 0) {
    if (compressedSize > budget) throw new ZipRefused('too-large');
    return compressedSize;
  }
  if (method !== 8) throw new ZipRefused('malformed');
  try {
    return inflateRawSync(data.subarray(start, end), { maxOutputLength: Math.max(1, budget) }).length;
  } catch (error) {
    // zlib answers RangeError (ERR_BUFFER_TOO_LARGE) when the output passes the cap; anything else is bad data.
    throw new ZipRefused(error instanceof RangeError ? 'too-large' : 'malformed');
  }
}
