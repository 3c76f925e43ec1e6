/**
 * The embedded font of the PDFs: Tinos (Apache 2.0, metric-compatible with Times New Roman) from the
 * `@fontsource/tinos` package, read from node_modules, never downloaded. Fontsource splits each style into subsets
 * by script, so a Vietnamese line draws its Latin letters from the `latin` file and its Vietnamese letters (ả, ơ,
 * ư, …) from the `vietnamese` file: {@link FontSet.runs} splits a text into runs of one file each.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';

const require = createRequire(import.meta.url);

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

const FILE_STYLE: Record<FontStyle, string> = {
  regular: '400-normal',
  bold: '700-normal',
  italic: '400-italic',
  boldItalic: '700-italic',
};

/** The subsets, in the order a character is looked for. */
const SUBSETS = ['latin', 'vietnamese', 'latin-ext'] as const;

/** The bytes of one subset file of `style` (read once per process). */
const cache = new Map<string, Buffer>();
function fontBytes(subset: string, style: FontStyle): Buffer {
  const name = `@fontsource/tinos/files/tinos-${subset}-${FILE_STYLE[style]}.woff`;
  let bytes = cache.get(name);
  if (!bytes) {
    bytes = readFileSync(require.resolve(name));
    cache.set(name, bytes);
  }
  return bytes;
}

/** One run of text in one embedded file. */
export interface Run {
  font: PDFFont;
  text: string;
}

/** The embedded files of every style, embedded into the document on first use of the style. */
export class FontSet {
  private readonly styles = new Map<FontStyle, { font: PDFFont; chars: Set<number> }[]>();
  private constructor(private readonly doc: PDFDocument) {}

  static async create(doc: PDFDocument): Promise<FontSet> {
    doc.registerFontkit(fontkit);
    return new FontSet(doc);
  }

  private async fonts(style: FontStyle) {
    let list = this.styles.get(style);
    if (!list) {
      list = [];
      for (const subset of SUBSETS) {
        const font = await this.doc.embedFont(fontBytes(subset, style), { subset: true });
        list.push({ font, chars: new Set(font.getCharacterSet()) });
      }
      this.styles.set(style, list);
    }
    return list;
  }

  /** Embeds every style a paper uses before layout (layout itself is synchronous). */
  async prepare(styles: readonly FontStyle[]): Promise<void> {
    for (const s of styles) await this.fonts(s);
  }

  /** `text` (NFC) split into runs of one file each; a character no file holds falls back to the first file. */
  runs(text: string, style: FontStyle): Run[] {
    const fonts = this.styles.get(style);
    if (!fonts) throw new Error(`font style ${style} not prepared`);
    const out: Run[] = [];
    for (const ch of text.normalize('NFC')) {
      const cp = ch.codePointAt(0) ?? 0;
      const font = (fonts.find((f) => f.chars.has(cp)) ?? fonts[0])?.font as PDFFont;
      const lastRun = out.at(-1);
      if (lastRun && lastRun.font === font) lastRun.text += ch;
      else out.push({ font, text: ch });
    }
    return out;
  }

  width(text: string, style: FontStyle, size: number): number {
    return this.runs(text, style).reduce((w, r) => w + r.font.widthOfTextAtSize(r.text, size), 0);
  }
}
