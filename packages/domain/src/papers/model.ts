/**
 * The document model a paper is built into (pure data): what the renderers lay out on an A4 page per Hướng dẫn
 * 36-HD/VPTW (2018) — the national header on the right, the issuing body and number on the left, place and date in
 * italics, the title, the numbered body, tables, the signature blocks and the recipients.
 */
import type { Bilingual } from '../calendar/index.js';
import type { PipelineEventKind } from '../pipeline/events.js';
import type { PaperForm } from './forms.js';
import type { PaperFact, PaperKind } from './registry.js';

/**
 * A body paragraph; `number` set for the numbered points (`1.`, `2.`), `emphasis` for a bold lead-in line, `centred`
 * for the lines a decision centres (the deciding body, `QUYẾT ĐỊNH:`).
 */
export interface PaperParagraph {
  type: 'paragraph';
  number: number | null;
  text: string;
  emphasis?: boolean;
  centred?: boolean;
}

/** A table of the body: column heads and rows of cell texts. */
export interface PaperTable {
  type: 'table';
  columns: readonly string[];
  rows: readonly (readonly string[])[];
}

export type PaperBlock = PaperParagraph | PaperTable;

/** One signature block: `T/M CHI BỘ` over `BÍ THƯ`, and the name when it is known (else signed and written by hand). */
export interface SignatureBlock {
  onBehalfOf: string | null;
  title: string;
  name: string | null;
}

export interface PaperModel {
  kind: PaperKind;
  /** The form of the guide in force on `issuedOn`. */
  form: PaperForm;
  issuedOn: string;
  header: {
    /** The national header: `ĐẢNG CỘNG SẢN VIỆT NAM` for Party papers. */
    national: string;
    /** The superior body (left, first line) and the issuing body (left, bold). */
    superior: string;
    issuer: string;
    /** `Số 45-QĐ/ĐU`; the number left blank for the office to write in (`Số     -NQ/CB`) when the paper has none yet. */
    number: string | null;
    /** `Yên Bình, ngày 05 tháng 03 năm 2026` (italics). */
    placeDate: string;
  };
  title: string;
  subtitle: string | null;
  blocks: readonly PaperBlock[];
  signatures: readonly SignatureBlock[];
  recipients: readonly string[];
}

/** A fact the paper needs and the dossier lacks: what to fill first, at which step, for which rule or document. */
export interface MissingFact {
  field: PaperFact;
  label: Bilingual;
  step: PipelineEventKind | 'annual' | null;
  rule: string;
}

/** A rule the paper's step failed: such a step issues no paper. */
export interface FailedRule {
  rule: string;
  message: Bilingual;
}

export type BuiltPaper =
  | { ok: true; paper: PaperModel }
  | { ok: false; missing: readonly MissingFact[]; failed: readonly FailedRule[] };
