/**
 * Reading a rendered paper back the way a person's tools would: the DOCX's `word/document.xml` out of its zip, the
 * PDF's text (`pdftotext`), fonts (`pdffonts`) and each page as a grey image (`pdftoppm`, poppler-utils from apt),
 * to check the page is not blank.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';

/** The text of entry `name` of a zip archive (stored or deflated). */
export function zipEntry(data: Buffer, name: string): string {
  let eocd = data.length - 22;
  while (eocd >= 0 && data.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  let at = data.readUInt32LE(eocd + 16);
  for (let i = 0; i < data.readUInt16LE(eocd + 10); i++) {
    const method = data.readUInt16LE(at + 10);
    const size = data.readUInt32LE(at + 20);
    const nameLength = data.readUInt16LE(at + 28);
    const local = data.readUInt32LE(at + 42);
    const entry = data.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    if (entry === name) {
      const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
      const body = data.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(body) : body).toString('utf8');
    }
    at += 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
  }
  throw new Error(`no ${name} in the archive`);
}

/** The visible text of a DOCX: its runs' texts joined (the XML's `<w:t>` elements). */
export function docxText(data: Buffer): string {
  const xml = zipEntry(data, 'word/document.xml');
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
}

const work = () => mkdtempSync(join(tmpdir(), 'ketnap-paper-'));

/** pdftotext's reading of the PDF (reading order, not layout). */
export function pdfText(data: Uint8Array): string {
  const dir = work();
  writeFileSync(join(dir, 'p.pdf'), data);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'p.pdf'), '-'], { encoding: 'utf8' });
}

/** pdffonts' rows: each font's name and whether it is embedded. */
export function pdfFonts(data: Uint8Array): { name: string; embedded: boolean }[] {
  const dir = work();
  writeFileSync(join(dir, 'p.pdf'), data);
  const out = execFileSync('pdffonts', [join(dir, 'p.pdf')], { encoding: 'utf8' });
  return out
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      // name type… encoding emb sub uni object ID: `emb` is the fifth column from the end.
      return { name: cols[0] ?? '', embedded: cols.at(-5) === 'yes' };
    });
}

/** For each page, the share of its pixels that are not white (a grey render at 20 dpi). */
export function inkPerPage(data: Uint8Array): number[] {
  const dir = work();
  writeFileSync(join(dir, 'p.pdf'), data);
  execFileSync('pdftoppm', ['-gray', '-r', '20', join(dir, 'p.pdf'), join(dir, 'page')]);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.pgm'))
    .sort()
    .map((f) => {
      const pgm = readFileSync(join(dir, f));
      // P5 header: magic, width, height, maxval, each followed by one whitespace byte.
      const header = pgm.subarray(0, 40).toString('latin1').split(/\s+/);
      const width = Number(header[1]);
      const height = Number(header[2]);
      const pixels = pgm.subarray(pgm.length - width * height);
      let ink = 0;
      for (const p of pixels) if (p < 200) ink++;
      return ink / pixels.length;
    });
}
