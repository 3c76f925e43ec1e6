/**
 * The page of a Party paper (Hướng dẫn 36-HD/VPTW 2018): A4, margins top and bottom 20 mm, left 30 mm, right
 * 15 mm (the guide's lower bounds: 20–25, 20–25, 30–35, 15–20 mm), a Times New Roman–metric serif, body in 14 pt.
 * Both renderers take their numbers from here.
 */
export const MM = 72 / 25.4;

export const page = {
  widthMm: 210,
  heightMm: 297,
  marginMm: { top: 20, bottom: 20, left: 30, right: 15 },
} as const;

/** Font sizes in points: the national header and issuer 13, the body 14, the title 15, the recipients 11. */
export const sizes = { header: 13, body: 14, title: 15, form: 11, recipients: 11 } as const;

/** The family the DOCX asks Word for; the PDF embeds Tinos, its metric twin. */
export const DOCX_FONT = 'Times New Roman';

/** `Mẫu 9-KNĐ` over the header, when the guide gives the paper a numbered form. */
export function formLabel(form: string | null): string | null {
  if (form === null) return null;
  return /^\d/.test(form) ? `Mẫu ${form}` : form;
}
