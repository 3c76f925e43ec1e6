/**
 * Why a paper cannot be made, in words: the facts to fill first (each with the step that records it and the
 * document or rule that needs it), or the rules its step failed. The console shows the list; the API and the
 * command line say it in one Vietnamese sentence.
 */
import type { Bilingual } from '../calendar/index.js';
import { eventLabels } from '../pipeline/events.js';
import type { FailedRule, MissingFact } from './model.js';
import type { PaperKindEntry } from './registry.js';

function stepName(step: MissingFact['step']): Bilingual | null {
  if (step === null) return null;
  if (step === 'annual') return { vi: 'số liệu của năm', en: "the year's figures" };
  return eventLabels[step];
}

/** `Số quyết định (bước Quyết định kết nạp, D-10)`. */
function missingText(m: MissingFact, lang: 'vi' | 'en'): string {
  const step = stepName(m.step);
  const where = step ? `${lang === 'vi' ? 'bước ' : 'step '}${step[lang]}, ` : '';
  return `${m.label[lang]} (${where}${m.rule})`;
}

/** The refusal of `entry`'s paper: what is missing, or which rules its step failed. */
export function paperRefusal(
  entry: Pick<PaperKindEntry, 'title'>,
  missing: readonly MissingFact[],
  failed: readonly FailedRule[],
): { code: 'PAPER.INCOMPLETE' | 'PAPER.STEP_FAILED'; message: Bilingual } {
  if (failed.length > 0)
    return {
      code: 'PAPER.STEP_FAILED',
      message: {
        vi: `Không lập ${entry.title.vi}: bước này không đạt quy định (${failed.map((f) => `${f.rule}: ${f.message.vi}`).join('; ')}).`,
        en: `No ${entry.title.en}: its step failed its rules (${failed.map((f) => `${f.rule}: ${f.message.en}`).join('; ')}).`,
      },
    };
  return {
    code: 'PAPER.INCOMPLETE',
    message: {
      vi: `Chưa lập được ${entry.title.vi}, cần bổ sung trước: ${missing.map((m) => missingText(m, 'vi')).join('; ')}.`,
      en: `${entry.title.en} cannot be made yet; fill in first: ${missing.map((m) => missingText(m, 'en')).join('; ')}.`,
    },
  };
}
