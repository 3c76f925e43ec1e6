/**
 * The guides whose appendices number the papers, as dated data: a paper takes the form number of the guide in force
 * on its step's day. The numbering changes by guide (rules.md §4.2: "store form codes as data"), so a kind lists one
 * entry per guide, each with its citation and how sure the number is.
 */
import type { IsoDate } from '../date.js';
import { inForceOn } from '../rules/texts.js';
import type { RuleConfidence } from '../rules/types.js';

/** A guide of the Central Organisation Commission (Ban Tổ chức Trung ương) that sets the forms. */
export interface PaperGuide {
  /** `12-HD/BTCTW 2022`: how a form's citation names it. */
  name: string;
  /** `Hướng dẫn 12-HD/BTCTW (18/01/2022)`. */
  title: string;
  inForceFrom: IsoDate;
  source: string;
  confidence: RuleConfidence;
}

/** The procedure guides, oldest first (rules.md §1, "BTCTW procedures & forms"). */
export const procedureGuides = {
  hd09: {
    name: '09-HD/BTCTW 2017',
    title: 'Hướng dẫn 09-HD/BTCTW (05/06/2017)',
    inForceFrom: '2017-06-05',
    source: 'rules.md §1; the 1–16 KNĐ numbering is H for the 2017/2022 regime (§4.2)',
    confidence: 'H',
  },
  hd12: {
    name: '12-HD/BTCTW 2022',
    title: 'Hướng dẫn 12-HD/BTCTW (18/01/2022)',
    inForceFrom: '2022-01-18',
    source: 'rules.md §1 and §4.1–4.2 (with erratum 3028-CV/BTCTW of 04/04/2022)',
    confidence: 'H',
  },
  hd38: {
    name: '38-HD/BTCTW 2025',
    title: 'Hướng dẫn 38-HD/BTCTW (29/09/2025)',
    inForceFrom: '2025-09-29',
    source: 'rules.md §0: cited by date and number in 1147-QĐ/BTGDVTW (01/12/2025); full text not verified',
    confidence: 'M',
  },
} as const satisfies Record<string, PaperGuide>;

/** The statistics guide (rules.md §1, "Statistics forms"): no successor located. */
export const statisticsGuide: PaperGuide = {
  name: '11-HD/BTCTW 2021',
  title: 'Hướng dẫn 11-HD/BTCTW (13/12/2021)',
  inForceFrom: '2021-12-13',
  source: 'rules.md §1 ("no successor located — L")',
  confidence: 'M',
};

/** A kind's form under one guide: `form` null where the guide gives the paper no numbered form. */
export interface PaperForm {
  guide: string;
  inForceFrom: IsoDate;
  form: string | null;
  citation: string;
  /** How sure the form number is (not the guide): 38-HD's KNĐ numbers are unverified (rules.md §12.1). */
  confidence: RuleConfidence;
}

/** One entry per guide of `guides`, in their order, from `[form, confidence, where in the guide]`. */
export function formsUnder(
  entries: readonly (readonly [PaperGuide, string | null, RuleConfidence, string])[],
): PaperForm[] {
  return entries.map(([guide, form, confidence, where]) => ({
    guide: guide.name,
    inForceFrom: guide.inForceFrom,
    form,
    citation: `${guide.title}, ${where}`,
    confidence,
  }));
}

/**
 * The usual three procedure guides for a KNĐ form, 38-HD's number unverified (rules.md §4.2, §12.1); `where` in the
 * guide is the form itself (`Mẫu 6-KNĐ`) unless a note follows it.
 */
export function kndForms(form: string, confidence2017: RuleConfidence, where = `Mẫu ${form}`): PaperForm[] {
  const { hd09, hd12, hd38 } = procedureGuides;
  return formsUnder([
    [hd09, form, confidence2017, where],
    [hd12, form, confidence2017, where],
    [hd38, form, 'L', `${where} (số mẫu theo 12-HD/BTCTW; 38-HD/BTCTW chưa đối chiếu)`],
  ]);
}

/**
 * A paper the three procedure guides give no numbered form (an ordinary letter, minutes, a programme): `where`
 * says what the 2017 and 2022 guides have instead, `where38` the unchecked 2025 guide (L).
 */
export function unnumberedForms(confidence2017: RuleConfidence, where: string, where38: string): PaperForm[] {
  const { hd09, hd12, hd38 } = procedureGuides;
  return formsUnder([
    [hd09, null, confidence2017, where],
    [hd12, null, confidence2017, where],
    [hd38, null, 'L', where38],
  ]);
}

/** The form in force on `date` (the guide of the step's day); undefined before the first guide. */
export function formOn(forms: readonly PaperForm[], date: IsoDate): PaperForm | undefined {
  return inForceOn(forms, date);
}
