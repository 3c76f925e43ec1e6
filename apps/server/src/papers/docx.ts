/**
 * A paper as DOCX (editable: the office's habit), with the `docx` package: the same page and parts as the PDF
 * (`page-layout.ts`), the header and the signature row as borderless tables, body tables with a grid. Word draws it
 * in Times New Roman, which the PDF's embedded Tinos matches metric for metric.
 */
import type { PaperModel } from '@ketnap/domain';
import {
  AlignmentType,
  BorderStyle,
  Document,
  type IParagraphOptions,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { DOCX_FONT, formLabel, page, sizes } from './page-layout.js';

/** Twentieths of a point per millimetre (Word's page unit). */
const TWIP_PER_MM = 1440 / 25.4;
const half = (pt: number) => pt * 2;

/** The DOCX bytes of `paper`. */
export async function renderDocx(paper: PaperModel): Promise<Buffer> {
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const noBorders = {
    top: none,
    bottom: none,
    left: none,
    right: none,
    insideHorizontal: none,
    insideVertical: none,
  };
  const text = (
    t: string,
    o: { bold?: boolean; italics?: boolean; size?: number; underline?: boolean } = {},
  ) =>
    new TextRun({
      text: t.normalize('NFC'),
      bold: o.bold,
      italics: o.italics,
      size: half(o.size ?? sizes.body),
      font: DOCX_FONT,
      ...(o.underline ? { underline: {} } : {}),
    });
  const para = (runs: TextRun[], o: IParagraphOptions = {}) =>
    new Paragraph({ spacing: { after: 80 }, ...o, children: runs });
  const centre = (t: string, o: Parameters<typeof text>[1] = {}) =>
    para([text(t, o)], { alignment: AlignmentType.CENTER, spacing: { after: 0 } });
  const cell = (children: Paragraph[], widthPct: number, borders = true) =>
    new TableCell({
      children,
      width: { size: widthPct, type: WidthType.PERCENTAGE },
      ...(borders ? {} : { borders: { top: none, bottom: none, left: none, right: none } }),
    });

  const label = formLabel(paper.form.form);
  const left = [
    centre(paper.header.superior, { size: sizes.header }),
    centre(paper.header.issuer, { size: sizes.header, bold: true }),
    centre('*', { size: sizes.header }),
    ...(paper.header.number ? [centre(paper.header.number, { size: sizes.header })] : []),
  ];
  const right = [
    centre(paper.header.national, { size: sizes.header + 1, bold: true, underline: true }),
    centre(''),
    centre(paper.header.placeDate, { italics: true }),
  ];
  const headerTable = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: noBorders,
    rows: [new TableRow({ children: [cell(left, 45, false), cell(right, 55, false)] })],
  });

  const body: (Paragraph | Table)[] = [];
  for (const b of paper.blocks) {
    if (b.type === 'table') {
      body.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [b.columns, ...b.rows].map(
            (row, r) =>
              new TableRow({
                tableHeader: r === 0,
                children: row.map((c) =>
                  cell([centre(c, { bold: r === 0, size: sizes.body - 1 })], 100 / row.length),
                ),
              }),
          ),
        }),
      );
      body.push(para([]));
    } else if (b.emphasis)
      body.push(
        para([text(b.text, { bold: true })], {
          alignment: b.centred ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
        }),
      );
    else
      body.push(
        para([text(b.number === null ? b.text : `${b.number}. ${b.text}`)], {
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: Math.round(12 * TWIP_PER_MM) },
        }),
      );
  }

  const signatureCells = paper.signatures.map((s) =>
    cell(
      [
        ...(s.onBehalfOf ? [centre(s.onBehalfOf, { bold: true })] : []),
        centre(s.title, { bold: true }),
        centre(''),
        centre(''),
        centre(''),
        centre(s.name ?? '', { bold: true }),
      ],
      50,
      false,
    ),
  );
  const recipientCell = cell(
    paper.recipients.length === 0
      ? [para([])]
      : [
          para([text('Nơi nhận:', { bold: true, italics: true, size: sizes.recipients + 1 })], {
            spacing: { after: 0 },
          }),
          ...paper.recipients.map((r) =>
            para([text(`- ${r},`, { size: sizes.recipients })], { spacing: { after: 0 } }),
          ),
        ],
    50,
    false,
  );
  // One signer sits on the right with the recipients on the left; two signers share the row.
  const closing = paper.signatures.length === 2 ? signatureCells : [recipientCell, ...signatureCells];
  const closingTable = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: noBorders,
    rows: [new TableRow({ children: closing.length > 0 ? closing : [recipientCell] })],
  });

  const m = page.marginMm;
  const doc = new Document({
    title: paper.title,
    creator: 'ketnap',
    styles: { default: { document: { run: { font: DOCX_FONT, size: half(sizes.body) } } } },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: Math.round(page.widthMm * TWIP_PER_MM),
              height: Math.round(page.heightMm * TWIP_PER_MM),
            },
            margin: {
              top: Math.round(m.top * TWIP_PER_MM),
              bottom: Math.round(m.bottom * TWIP_PER_MM),
              left: Math.round(m.left * TWIP_PER_MM),
              right: Math.round(m.right * TWIP_PER_MM),
            },
          },
        },
        children: [
          ...(label
            ? [para([text(label, { italics: true, size: sizes.form })], { alignment: AlignmentType.RIGHT })]
            : []),
          headerTable,
          para([]),
          centre(paper.title, { bold: true, size: sizes.title }),
          ...(paper.subtitle ? [centre(paper.subtitle, { bold: true })] : []),
          para([]),
          ...body,
          para([]),
          closingTable,
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
