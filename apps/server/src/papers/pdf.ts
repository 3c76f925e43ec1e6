/**
 * A paper as PDF (exact print), with pdf-lib and the embedded Tinos font: the page of `page-layout.ts`, the header
 * in two columns (issuing body and number left; the national header and, in italics, place and date right), the
 * title, the body (numbered points, tables with a grid), the signature blocks and the recipients. Text is NFC and
 * wraps on spaces; a block that does not fit goes to a new page.
 */
import type { PaperModel } from '@ketnap/domain';
import { PDFDocument, type PDFPage, rgb } from 'pdf-lib';
import { FontSet, type FontStyle } from './fonts.js';
import { formLabel, MM, page, sizes } from './page-layout.js';

const W = page.widthMm * MM;
const H = page.heightMm * MM;
const LEFT = page.marginMm.left * MM;
const RIGHT = W - page.marginMm.right * MM;
const TOP = H - page.marginMm.top * MM;
const BOTTOM = page.marginMm.bottom * MM;
const LINE = 1.3;
const BLACK = rgb(0, 0, 0);

interface TextStyle {
  style: FontStyle;
  size: number;
}

class Writer {
  page: PDFPage;
  y = TOP;
  constructor(
    private readonly doc: PDFDocument,
    readonly fonts: FontSet,
  ) {
    this.page = doc.addPage([W, H]);
  }

  /** Room for `height` points, or a new page. */
  need(height: number): void {
    if (this.y - height < BOTTOM) {
      this.page = this.doc.addPage([W, H]);
      this.y = TOP;
    }
  }

  /** Lines of `text` wrapped to `width`. */
  wrap(text: string, t: TextStyle, width: number, firstIndent = 0): string[] {
    const lines: string[] = [];
    let line = '';
    let room = width - firstIndent;
    // Split on plain spaces only: a no-break space (the number's blank) holds its run together.
    for (const word of text.normalize('NFC').split(/ +/u).filter(Boolean)) {
      const next = line === '' ? word : `${line} ${word}`;
      if (line !== '' && this.fonts.width(next, t.style, t.size) > room) {
        lines.push(line);
        line = word;
        room = width;
      } else line = next;
    }
    if (line !== '' || lines.length === 0) lines.push(line);
    return lines;
  }

  draw(text: string, x: number, y: number, t: TextStyle, underline = false): void {
    let at = x;
    for (const run of this.fonts.runs(text, t.style)) {
      this.page.drawText(run.text, { x: at, y, size: t.size, font: run.font });
      at += run.font.widthOfTextAtSize(run.text, t.size);
    }
    if (underline) this.page.drawLine({ start: { x, y: y - 2 }, end: { x: at, y: y - 2 }, thickness: 0.6 });
  }

  /** `text` centred in [x0, x1], wrapped; returns the height used. */
  centred(text: string, x0: number, x1: number, y: number, t: TextStyle, underline = false): number {
    const lines = this.wrap(text, t, x1 - x0);
    lines.forEach((l, i) => {
      const w = this.fonts.width(l, t.style, t.size);
      this.draw(l, x0 + (x1 - x0 - w) / 2, y - t.size - i * t.size * LINE, t, underline);
    });
    return lines.length * t.size * LINE;
  }

  /** A paragraph across the text width, its first line indented. */
  paragraph(text: string, t: TextStyle, indent = 12 * MM): void {
    const lines = this.wrap(text, t, RIGHT - LEFT, indent);
    for (const [i, l] of lines.entries()) {
      this.need(t.size * LINE);
      this.draw(l, LEFT + (i === 0 ? indent : 0), this.y - t.size, t);
      this.y -= t.size * LINE;
    }
    this.y -= t.size * 0.3;
  }
}

/** Every style a paper draws with, embedded before layout. */
const STYLES: readonly FontStyle[] = ['regular', 'bold', 'italic', 'boldItalic'];

function header(w: Writer, paper: PaperModel): void {
  const mid = LEFT + (RIGHT - LEFT) * 0.45;
  const label = formLabel(paper.form.form);
  if (label) {
    const t = { style: 'italic' as const, size: sizes.form };
    w.draw(label, RIGHT - w.fonts.width(label, t.style, t.size), w.y - t.size, t);
    w.y -= t.size * LINE;
  }
  const top = w.y;
  const h = { style: 'regular' as const, size: sizes.header };
  const hb = { style: 'bold' as const, size: sizes.header };
  let left = w.centred(paper.header.superior, LEFT, mid, top, h);
  left += w.centred(paper.header.issuer, LEFT, mid, top - left, hb);
  left += w.centred('*', LEFT, mid, top - left, h);
  if (paper.header.number) left += w.centred(paper.header.number, LEFT, mid, top - left, h);
  let right = w.centred(
    paper.header.national,
    mid,
    RIGHT,
    top,
    { style: 'bold', size: sizes.header + 1 },
    true,
  );
  right += 6;
  right += w.centred(paper.header.placeDate, mid, RIGHT, top - right, { style: 'italic', size: sizes.body });
  w.y = top - Math.max(left, right) - 18;
}

function title(w: Writer, paper: PaperModel): void {
  w.need(60);
  w.y -= w.centred(paper.title, LEFT, RIGHT, w.y, { style: 'bold', size: sizes.title });
  if (paper.subtitle) w.y -= w.centred(paper.subtitle, LEFT, RIGHT, w.y, { style: 'bold', size: sizes.body });
  w.y -= 14;
}

function table(w: Writer, columns: readonly string[], rows: readonly (readonly string[])[]): void {
  const t = { style: 'regular' as const, size: sizes.body - 1 };
  const tb = { style: 'bold' as const, size: sizes.body - 1 };
  const colW = (RIGHT - LEFT) / columns.length;
  const pad = 3;
  for (const [r, row] of [columns, ...rows].entries()) {
    const style = r === 0 ? tb : t;
    const cells = row.map((c) => w.wrap(c, style, colW - 2 * pad));
    const height = Math.max(...cells.map((c) => c.length)) * style.size * LINE + 2 * pad;
    w.need(height);
    cells.forEach((lines, c) => {
      const x = LEFT + c * colW;
      w.page.drawRectangle({ x, y: w.y - height, width: colW, height, borderWidth: 0.6, borderColor: BLACK });
      lines.forEach((l, i) => {
        const lw = w.fonts.width(l, style.style, style.size);
        w.draw(l, x + (colW - lw) / 2, w.y - pad - style.size - i * style.size * LINE, style);
      });
    });
    w.y -= height;
  }
  w.y -= 8;
}

function signatures(w: Writer, paper: PaperModel): void {
  const blocks = paper.signatures;
  if (blocks.length === 0) return;
  w.need(120);
  const slot = (RIGHT - LEFT) / 2;
  const top = w.y - 6;
  let used = 0;
  blocks.forEach((b, i) => {
    // One block sits on the right half (the signer's place); two share the width, the chair on the right.
    const x0 = blocks.length === 1 ? LEFT + slot : LEFT + i * slot;
    const hb = { style: 'bold' as const, size: sizes.body };
    let h = 0;
    if (b.onBehalfOf) h += w.centred(b.onBehalfOf, x0, x0 + slot, top - h, hb);
    h += w.centred(b.title, x0, x0 + slot, top - h, hb);
    h += 64;
    if (b.name) h += w.centred(b.name, x0, x0 + slot, top - h, hb);
    used = Math.max(used, h);
  });
  w.y = top - used - 10;
}

function recipients(w: Writer, paper: PaperModel): void {
  if (paper.recipients.length === 0) return;
  w.need((paper.recipients.length + 1) * sizes.recipients * LINE);
  w.draw('Nơi nhận:', LEFT, w.y - sizes.recipients, { style: 'boldItalic', size: sizes.recipients + 1 });
  w.y -= sizes.recipients * LINE;
  for (const r of paper.recipients) {
    w.draw(`- ${r},`, LEFT, w.y - sizes.recipients, { style: 'regular', size: sizes.recipients });
    w.y -= sizes.recipients * LINE;
  }
}

/** The PDF bytes of `paper`. */
export async function renderPdf(paper: PaperModel): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(paper.title.normalize('NFC'));
  doc.setLanguage('vi-VN');
  doc.setProducer('ketnap');
  doc.setCreator('ketnap');
  const fonts = await FontSet.create(doc);
  await fonts.prepare(STYLES);
  const w = new Writer(doc, fonts);
  header(w, paper);
  title(w, paper);
  const body = { style: 'regular' as const, size: sizes.body };
  for (const b of paper.blocks) {
    if (b.type === 'table') table(w, b.columns, b.rows);
    else if (b.centred) {
      w.need(sizes.body * LINE);
      w.y -= w.centred(b.text, LEFT, RIGHT, w.y, { style: 'bold', size: sizes.body }) + 4;
    } else if (b.emphasis) w.paragraph(b.text, { style: 'bold', size: sizes.body }, 0);
    else w.paragraph(b.number === null ? b.text : `${b.number}. ${b.text}`, body);
  }
  w.y -= 8;
  // The recipients sit at the left of the signature row (36-HD/VPTW): drawn from the same top.
  const top = w.y;
  recipients(w, paper);
  const after = w.y;
  w.y = top;
  signatures(w, paper);
  w.y = Math.min(w.y, after);
  return doc.save({ useObjectStreams: false });
}
