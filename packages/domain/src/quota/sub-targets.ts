/**
 * Optional sub-targets of a yearly target: how many of those admitted should be women, Youth Union members,
 * from ethnic minorities, religious followers, or from the private sector.
 */
import type { Bilingual } from '../calendar/index.js';

/** The sub-target keys, in the order reports print them. */
export const SUB_TARGET_KEYS = [
  'female',
  'youthUnion',
  'ethnicMinority',
  'religious',
  'privateSector',
] as const;

export type SubTargetKey = (typeof SUB_TARGET_KEYS)[number];

/** Sub-targets; a key that is absent has no sub-target. */
export type SubTargets = Partial<Record<SubTargetKey, number>>;

/** Vietnamese and English names of the sub-targets (report headers, form labels). */
export const SUB_TARGET_LABELS: Record<SubTargetKey, Bilingual> = {
  female: { vi: 'Nữ', en: 'Women' },
  youthUnion: { vi: 'Đoàn viên thanh niên', en: 'Youth Union members' },
  ethnicMinority: { vi: 'Người dân tộc thiểu số', en: 'Ethnic minorities' },
  religious: { vi: 'Người có đạo', en: 'Religious followers' },
  privateSector: { vi: 'Khu vực kinh tế tư nhân', en: 'Private sector' },
};

/**
 * Warnings on sub-targets: a sub-target larger than the target itself (`sub > total`; equal is fine, every one
 * admitted may be a woman). A total of null (no target) makes every positive sub-target a warning.
 */
export function checkSubTargets(
  total: number | null,
  sub: SubTargets,
): { key: SubTargetKey; message: Bilingual }[] {
  const out: { key: SubTargetKey; message: Bilingual }[] = [];
  for (const key of SUB_TARGET_KEYS) {
    const value = sub[key];
    if (value === undefined || value <= (total ?? 0)) continue;
    out.push({
      key,
      message: {
        vi: `Chỉ tiêu "${SUB_TARGET_LABELS[key].vi}" (${value}) lớn hơn chỉ tiêu kết nạp (${total ?? 0}).`,
        en: `The "${SUB_TARGET_LABELS[key].en}" sub-target (${value}) exceeds the target (${total ?? 0}).`,
      },
    });
  }
  return out;
}
