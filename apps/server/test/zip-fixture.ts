import { deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  content: Buffer;
  /** The uncompressed size to declare (default: the true one), so a lying header can be built. */
  declaredSize?: number;
  stored?: boolean;
}

/** A little-endian record of `size` bytes with each `[offset, width, value]` written in (the rest zero). */
function record(size: number, fields: readonly [number, 2 | 4, number][]): Buffer {
  const out = Buffer.alloc(size);
  for (const [at, width, value] of fields)
    if (width === 2) out.writeUInt16LE(value, at);
    else out.writeUInt32LE(value, at);
  return out;
}

/** A minimal zip archive (no data descriptors, no comment), enough to feed the guard what an attacker could. */
export function zip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const body = e.stored ? e.content : deflateRawSync(e.content);
    const declared = e.declaredSize ?? e.content.length;
    const method = e.stored ? 0 : 8;
    const local = record(30, [
      [0, 4, 0x04034b50],
      [4, 2, 20],
      [8, 2, method],
      [18, 4, body.length],
      [22, 4, declared],
      [26, 2, name.length],
    ]);
    const central = record(46, [
      [0, 4, 0x02014b50],
      [4, 2, 20],
      [6, 2, 20],
      [10, 2, method],
      [20, 4, body.length],
      [24, 4, declared],
      [28, 2, name.length],
      [42, 4, offset],
    ]);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = record(22, [
    [0, 4, 0x06054b50],
    [8, 2, entries.length],
    [10, 2, entries.length],
    [12, 4, directory.length],
    [16, 4, offset],
  ]);
  return Buffer.concat([...locals, directory, end]);
}
