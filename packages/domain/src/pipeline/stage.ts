/**
 * The stage of a candidate, derived from the event history alone (rules.md §8.5). Nothing stores a stage that the
 * events do not determine: a cached copy is rebuilt from this fold in the same transaction as the event.
 */
import { addMonths, type IsoDate } from '../date.js';
import { ruleSetOn } from '../rules/index.js';
import { INTRODUCED_BY } from '../source-pool/introductions.js';
import type { EventOf, PipelineEvent } from './events.js';

/** Stage names, in pipeline order; the last four end the pipeline. */
export const stageNames = [
  'pool',
  'sympathiser',
  'certified',
  'dossier',
  'verification',
  'comments',
  'cell-resolved',
  'committee-resolved',
  'decided',
  'probationary',
  'recognition-proposed',
  'official',
  'rejected',
  'withdrawn',
  'struck-off',
] as const;

export type StageName = (typeof stageNames)[number];

/** Where a candidate stands: a tagged union, each stage with the facts the next step needs. */
export type Stage =
  | { name: 'pool'; since: IsoDate }
  | { name: 'sympathiser'; since: IsoDate }
  | { name: 'certified'; since: IsoDate }
  | { name: 'dossier'; since: IsoDate }
  | { name: 'verification'; since: IsoDate }
  | { name: 'comments'; since: IsoDate }
  | { name: 'cell-resolved'; since: IsoDate; vote: EventOf<'cell-vote'> }
  | { name: 'committee-resolved'; since: IsoDate; vote: EventOf<'cell-vote'> }
  | { name: 'decided'; since: IsoDate; decision: EventOf<'admission-decision'>; receivedOn: IsoDate | null }
  | { name: 'probationary'; since: IsoDate; decision: EventOf<'admission-decision'>; probationEnds: IsoDate }
  | {
      name: 'recognition-proposed';
      since: IsoDate;
      probationEnds: IsoDate;
      vote: EventOf<'recognition-vote'>;
    }
  | { name: 'official'; since: IsoDate; officialFrom: IsoDate }
  | { name: 'rejected'; since: IsoDate }
  | { name: 'withdrawn'; since: IsoDate }
  | { name: 'struck-off'; since: IsoDate };

/** Vietnamese and English stage names for boards and filters. */
export const stageLabels: Record<StageName, { vi: string; en: string }> = {
  pool: { vi: 'Nguồn phát triển', en: 'Pool' },
  sympathiser: { vi: 'Cảm tình Đảng', en: 'Sympathiser' },
  certified: { vi: 'Đã học lớp nhận thức', en: 'Class certified' },
  dossier: { vi: 'Lập hồ sơ', en: 'Dossier open' },
  verification: { vi: 'Thẩm tra lý lịch', en: 'Verification' },
  comments: { vi: 'Lấy ý kiến, giới thiệu', en: 'Introductions and comments' },
  'cell-resolved': { vi: 'Chi bộ đã đề nghị', en: 'Cell resolved' },
  'committee-resolved': { vi: 'Đảng ủy cơ sở đã đề nghị', en: 'Committee resolved' },
  decided: { vi: 'Đã có quyết định kết nạp', en: 'Decided' },
  probationary: { vi: 'Đảng viên dự bị', en: 'Probationary' },
  'recognition-proposed': { vi: 'Chi bộ đề nghị công nhận', en: 'Recognition proposed' },
  official: { vi: 'Đảng viên chính thức', en: 'Official' },
  rejected: { vi: 'Không kết nạp', en: 'Rejected' },
  withdrawn: { vi: 'Đã rút', en: 'Withdrawn' },
  'struck-off': { vi: 'Bị xóa tên', en: 'Struck off' },
};

/** The stages that end the pipeline: nothing may follow them (the lists' "closed" candidates). */
export const finalStages: readonly StageName[] = ['official', 'rejected', 'withdrawn', 'struck-off'];

/**
 * The stages of a person who is a Party member (from the ceremony on, L-05: probation runs from it): no longer a
 * "quần chúng", so the lists count them apart.
 */
export const memberStages: readonly StageName[] = ['probationary', 'recognition-proposed', 'official'];

/** The open stages before the standing committee's decision: where a blocking rule stops a candidate. */
export const stagesBeforeDecision: readonly StageName[] = stageNames.slice(0, stageNames.indexOf('decided'));

/** True for the stages that end the pipeline: nothing may follow them. */
export function isFinal(stage: Stage): boolean {
  return finalStages.includes(stage.name);
}

/** L-05: the day probation ends, the ceremony + the probation months of the rule set in force on the ceremony. */
export function probationEndsOn(ceremony: IsoDate): IsoDate {
  return addMonths(ceremony, ruleSetOn(ceremony).numbers.probationMonths.value);
}

const rank = (name: StageName) => stageNames.indexOf(name);

/**
 * The stage after one more event. Steps of the dossier move a candidate forward, never back: a certificate re-taken
 * after the application leaves the candidate in the dossier stage. The history is assumed to be in order (the
 * transition function keeps it so).
 */
export function advance(stage: Stage | null, event: PipelineEvent): Stage {
  const on = event.on;
  const forward = (name: 'sympathiser' | 'certified' | 'dossier' | 'verification' | 'comments'): Stage =>
    stage && rank(stage.name) >= rank(name) ? stage : { name, since: on };
  switch (event.kind) {
    case 'entered-pool':
      return stage ?? { name: 'pool', since: on };
    case 'helper-assigned':
      // During probation a helper is assigned again (Charter Art. 5.1): the stage does not change.
      return stage ? forward('sympathiser') : { name: 'sympathiser', since: on };
    case 'certificate':
      return forward('certified');
    case 'application':
    case 'background-declared':
      return forward('dossier');
    case 'verification-requested':
      return forward('verification');
    case 'verification-answered':
    case 'introduction':
    case 'union-comment':
    case 'residence-comment':
      return forward('comments');
    case 'consent':
    case 'new-member-certificate':
    case 'probation-review':
      return stage ?? { name: 'pool', since: on };
    case 'cell-vote':
      return { name: 'cell-resolved', since: on, vote: event };
    case 'committee-resolution':
      return stage && (stage.name === 'cell-resolved' || stage.name === 'committee-resolved')
        ? { name: 'committee-resolved', since: on, vote: stage.vote }
        : (stage ?? { name: 'pool', since: on });
    case 'admission-decision':
      return { name: 'decided', since: on, decision: event, receivedOn: null };
    case 'decision-received':
      return stage?.name === 'decided'
        ? { ...stage, receivedOn: on }
        : (stage ?? { name: 'pool', since: on });
    case 'ceremony':
      return stage?.name === 'decided'
        ? { name: 'probationary', since: on, decision: stage.decision, probationEnds: probationEndsOn(on) }
        : (stage ?? { name: 'pool', since: on });
    case 'recognition-vote':
      return stage?.name === 'probationary'
        ? { name: 'recognition-proposed', since: on, probationEnds: stage.probationEnds, vote: event }
        : (stage ?? { name: 'pool', since: on });
    case 'recognition-decision':
      // L-12: official from the day the 12 months end, however late the decision.
      return stage?.name === 'recognition-proposed'
        ? { name: 'official', since: on, officialFrom: stage.probationEnds }
        : (stage ?? { name: 'pool', since: on });
    case 'withdrawn':
      return { name: 'withdrawn', since: on };
    case 'rejected':
      return { name: 'rejected', since: on };
    case 'struck-off':
      return { name: 'struck-off', since: on };
  }
}

/** The stage a history leads to; `null` for an empty history (a candidate always starts with `entered-pool`). */
export function stageOf(history: readonly PipelineEvent[]): Stage | null {
  let stage: Stage | null = null;
  for (const event of history) stage = advance(stage, event);
  return stage;
}

/**
 * The admission day an event sets, or null: the date written in the admission decision (Mẫu 9-KNĐ) is the day party
 * seniority runs from (L-06) and the day that places an admission in a year. Every count of admissions (the board,
 * roll-ups, the candidate's `admitted_on`) takes it from here.
 */
export function admissionDaySetBy(event: { kind: string; on: IsoDate }): IsoDate | null {
  return event.kind === 'admission-decision' ? event.on : null;
}

/**
 * True when recording a step of this kind changes the public board, so its year's snapshot is rebuilt in the same
 * transaction: an admission decision adds an admission, a ceremony adds a (probationary) member, a class
 * certificate adds one introduced to the awareness class (`introduced`).
 */
export function changesPublicBoard(kind: string): boolean {
  return kind === 'admission-decision' || kind === 'ceremony' || kind === INTRODUCED_BY;
}
