/**
 * A person's name as ketnap stores it: one canonical spelling, so the same name typed on two keyboards (NFC
 * "Nguyễn" and NFD "Nguyễn") is one record, and nothing in it that can hide or reorder text on a screen or a
 * printed paper.
 */
import { z } from 'zod';

// Control characters (C0, C1) and format characters: zero-width spaces and joiners, bidi embeddings, overrides and
// isolates (U+202A–202E, U+2066–2069), the BOM. No Vietnamese (or other) name needs one; each can hide text.
const INVISIBLE = /[\p{Cc}\p{Cf}]/u;
// A lone surrogate is not text at all (it cannot be encoded as UTF-8).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Vietnamese letters are precomposed in NFC; at most two marks may stack on one letter (other scripts' names).
const STACKED_MARKS = /\p{M}{3,}/u;
// Letters, marks on them, spaces and the punctuation names carry (apostrophe, hyphen, full stop); an account's
// display name may also hold digits and brackets ("Bí thư Chi bộ thôn 3 (kiêm nhiệm)").
const NAME_CHARACTERS = /^[\p{L}\p{M}' .’-]+$/u;
const DISPLAY_NAME_CHARACTERS = /^[\p{L}\p{M}\p{Nd}' .’,()-]+$/u;

/**
 * Canonical form of a name: NFC, trimmed, inner runs of white space as one space. Pure; applied before the checks of
 * {@link personName}.
 */
export function canonicalName(raw: string): string {
  return raw.normalize('NFC').trim().replace(/\s+/gu, ' ');
}

/**
 * The schema of a person's full name, `max` characters at most (after canonicalising): at least two letters; no
 * control, zero-width or bidi characters, no lone surrogate, no more than two marks on a letter, no digits or
 * symbols (`kind: 'display'`, an account's display name, allows digits, commas and brackets). Messages in Vietnamese.
 */
export function personName(max: number, missing = 'Cần họ và tên.', kind: 'person' | 'display' = 'person') {
  const allowed = kind === 'person' ? NAME_CHARACTERS : DISPLAY_NAME_CHARACTERS;
  return z
    .string({ error: missing })
    .refine((s) => !LONE_SURROGATE.test(s), { error: 'Họ và tên chứa ký tự không hợp lệ.' })
    .transform(canonicalName)
    .superRefine((name, ctx) => {
      const problem =
        name.length === 0 || (name.match(/\p{L}/gu)?.length ?? 0) < 2
          ? missing
          : name.length > max
            ? `Họ và tên tối đa ${max} ký tự.`
            : INVISIBLE.test(name)
              ? 'Họ và tên chứa ký tự ẩn (ký tự điều khiển, ký tự không độ rộng hoặc đảo chiều): hãy gõ lại.'
              : STACKED_MARKS.test(name)
                ? 'Họ và tên có quá nhiều dấu chồng lên một chữ: hãy gõ lại.'
                : !allowed.test(name)
                  ? kind === 'person'
                    ? 'Họ và tên chỉ gồm chữ cái, dấu cách, dấu nháy, gạch nối hoặc dấu chấm.'
                    : "Tên hiển thị chỉ gồm chữ cái, chữ số, dấu cách và các dấu . , ' - ( )."
                  : null;
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
}
