/** The two formats a paper is written in, and their download names and types. */
import type { PaperModel } from '@ketnap/domain';

export type PaperFormat = 'pdf' | 'docx';

export const paperContentTypes: Record<PaperFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The bytes of `paper` in `format` (each renderer and its library loaded on first use). */
export async function renderPaper(paper: PaperModel, format: PaperFormat): Promise<Uint8Array> {
  if (format === 'pdf') return (await import('./pdf.js')).renderPdf(paper);
  return (await import('./docx.js')).renderDocx(paper);
}

/** `quyet-dinh-ket-nap-c123.pdf`: the kind and the candidate id, ASCII only. */
export function paperFileName(kind: string, id: string, format: PaperFormat): string {
  return `${kind}-${id.replace(/[^a-z0-9-]/gi, '')}.${format}`;
}
