/**
 * The pipeline's transition function: `(state, event, context) → new state | reasons`. A step is first checked for
 * its place in the procedure (what must come before it, who records it), then judged by the rules engine on the case
 * as it would stand after the step, at the step's date. A refused step changes nothing; the reasons are rule checks
 * with their citations and Vietnamese messages.
 */
import { vietnamCalendar, type WorkingCalendar } from '../calendar/index.js';
import { compareDates, type IsoDate } from '../date.js';
import { formatDateVi } from '../locale/date-vi.js';
import {
  type CaseAnswer,
  type Check,
  checkCommitteeResolution,
  evaluateCase,
  ruleEntry,
} from '../rules/index.js';
import {
  committeeDecisionKinds,
  eventLabels,
  type PipelineEvent,
  type PipelineEventKind,
  pipelineEventKinds,
} from './events.js';
import { advance, isFinal, type Stage, stageLabels, stageNames, stageOf } from './stage.js';
import { type MemberFacts, type PersonFacts, toCase, type UnitFacts } from './to-case.js';

/** Who records a step: a cell (its secretary) or the commune (its office, for the standing committee). */
export type RecordedBy = 'cell' | 'commune';

/** A candidate's pipeline: the history (in date order) and the stage it leads to. */
export interface PipelineState {
  history: readonly PipelineEvent[];
  stage: Stage | null;
}

/** Everything besides the history that a step is judged with. */
export interface TransitionContext {
  candidate: PersonFacts;
  members: ReadonlyMap<string, MemberFacts>;
  unit: UnitFacts;
  /** Today: no step may be dated after it. */
  asOf: IsoDate;
  recordedBy: RecordedBy;
  calendar?: WorkingCalendar;
}

/** The answer of {@link transition}: the new state (with late-step warnings), or why the step is refused. */
export type TransitionResult =
  | { ok: true; state: PipelineState; warnings: Check[] }
  | { ok: false; reasons: Check[] };

/** The code of a refusal that is about the order of the procedure rather than one numbered rule. */
export const ORDER_RULE = 'PIPELINE';
const ORDER_CITATION = 'Điều lệ Đảng, Điều 4; Quy định 294-QĐ/TW, điểm 3–4';

/** Builds the state from a history. */
export function pipelineState(history: readonly PipelineEvent[]): PipelineState {
  return { history, stage: stageOf(history) };
}

function refusal(rule: string, vi: string, en: string, details: Record<string, unknown> = {}): Check {
  const citation = rule === ORDER_RULE ? ORDER_CITATION : (ruleEntry(rule)?.citation ?? ORDER_CITATION);
  return { rule, status: 'fail', citation, message: { vi, en }, details };
}

const rankOf = (stage: Stage | null) => (stage ? stageNames.indexOf(stage.name) : -1);
const BEFORE_CELL_VOTE = stageNames.indexOf('cell-resolved');
const DECIDED = stageNames.indexOf('decided');
const has = (history: readonly PipelineEvent[], kind: PipelineEventKind) =>
  history.some((e) => e.kind === kind);

/**
 * Why a step of `kind` on `on` may not follow `state` in the procedure, whatever the rules say about the person:
 * each reason cites the rule whose precondition is missing. Empty when the step may come next.
 */
export function orderRefusals(
  state: PipelineState,
  step: { kind: PipelineEventKind; on: IsoDate },
  recordedBy: RecordedBy,
): Check[] {
  const { history, stage } = state;
  const { kind } = step;
  const label = eventLabels[kind];
  if (stage === null)
    return kind === 'entered-pool'
      ? []
      : [
          refusal(
            ORDER_RULE,
            'Quần chúng phải được đưa vào nguồn trước.',
            'The candidate must enter the pool first.',
          ),
        ];
  if (isFinal(stage))
    return [
      refusal(
        ORDER_RULE,
        `Hồ sơ đã kết thúc (${stageLabels[stage.name].vi}); không ghi thêm bước "${label.vi}".`,
        `The pipeline has ended (${stageLabels[stage.name].en}); no "${label.en}" step may follow.`,
      ),
    ];
  const rank = rankOf(stage);
  const out: Check[] = [];
  const needStage = (ok: boolean, rule: string, vi: string, en: string) => {
    if (!ok) out.push(refusal(rule, vi, en, { stage: stage.name }));
  };
  if (committeeDecisionKinds.has(kind) && recordedBy !== 'commune')
    out.push(
      refusal(
        'T-07',
        `"${label.vi}" là quyết định của Ban Thường vụ Đảng ủy xã; bí thư chi bộ không được ghi quyết định này.`,
        `"${label.en}" is the commune standing committee's decision; a cell secretary may not record it.`,
      ),
    );
  switch (kind) {
    case 'entered-pool':
      needStage(false, ORDER_RULE, 'Quần chúng đã ở trong nguồn.', 'Already in the pool.');
      break;
    case 'helper-assigned':
      needStage(
        rank < BEFORE_CELL_VOTE || stage.name === 'probationary',
        'I-07',
        'Chỉ phân công đảng viên giúp đỡ trước khi chi bộ xét kết nạp hoặc trong thời kỳ dự bị.',
        'A helper is assigned before the cell vote or during probation.',
      );
      break;
    case 'certificate':
    case 'application':
    case 'background-declared':
    case 'verification-requested':
    case 'introduction':
    case 'union-comment':
    case 'residence-comment':
      needStage(
        // Comments are gathered again during probation (D-23, form 12-KNĐ).
        rank < BEFORE_CELL_VOTE || (kind !== 'introduction' && stage.name === 'probationary'),
        ORDER_RULE,
        `Chi bộ đã xét kết nạp; không bổ sung "${label.vi}" sau khi đã biểu quyết.`,
        `The cell has voted; "${label.en}" cannot be added afterwards.`,
      );
      break;
    case 'verification-answered':
      needStage(rank < BEFORE_CELL_VOTE, ORDER_RULE, 'Chi bộ đã xét kết nạp.', 'The cell has voted.');
      needStage(
        has(history, 'verification-requested'),
        'V-05',
        'Chưa có công văn đề nghị thẩm tra lý lịch (Mẫu 20-KNĐ): ghi bước đề nghị thẩm tra trước.',
        'No verification request (form 20-KNĐ) yet: record the request first.',
      );
      break;
    case 'consent':
      needStage(
        rank < DECIDED,
        ORDER_RULE,
        'Văn bản đồng ý phải có trước quyết định kết nạp.',
        'Consent must precede the decision.',
      );
      break;
    case 'cell-vote':
      needStage(
        rank < BEFORE_CELL_VOTE,
        'T-01',
        'Chi bộ đã biểu quyết về quần chúng này.',
        'The cell has already voted.',
      );
      needStage(
        has(history, 'application'),
        'D-02',
        'Chưa có đơn xin vào Đảng (Mẫu 1-KNĐ).',
        'No application (form 1-KNĐ).',
      );
      needStage(
        has(history, 'background-declared'),
        'D-03',
        'Chưa có lý lịch của người xin vào Đảng (Mẫu 2-KNĐ).',
        'No background record (form 2-KNĐ).',
      );
      needStage(
        has(history, 'verification-answered'),
        'V-05',
        'Chưa có kết quả thẩm tra lý lịch: chi bộ chỉ xét sau khi có kết quả thẩm tra.',
        'No verification result: the cell considers the candidate only once verification is answered.',
      );
      break;
    case 'committee-resolution':
      needStage(
        stage.name === 'cell-resolved' || stage.name === 'committee-resolved',
        'T-05',
        'Chưa có nghị quyết đề nghị kết nạp của chi bộ.',
        'The cell has not resolved to propose admission.',
      );
      break;
    case 'admission-decision':
      needStage(
        stage.name === 'cell-resolved' || stage.name === 'committee-resolved',
        'T-02',
        'Chưa có nghị quyết đề nghị kết nạp của chi bộ đạt 2/3: không thể ra quyết định kết nạp.',
        'No carried cell resolution proposing admission: no decision may be made.',
      );
      break;
    case 'decision-received':
      needStage(
        stage.name === 'decided' && stage.receivedOn === null,
        'L-03',
        'Chỉ ghi ngày chi bộ nhận quyết định sau khi có quyết định kết nạp (một lần).',
        'The receipt follows the admission decision, once.',
      );
      break;
    case 'ceremony':
      needStage(
        stage.name === 'decided' && stage.receivedOn !== null,
        'L-03',
        'Lễ kết nạp chỉ tổ chức sau khi chi bộ nhận được quyết định kết nạp: ghi ngày nhận quyết định trước.',
        'The ceremony follows the cell receiving the decision: record the receipt first.',
      );
      break;
    case 'new-member-certificate':
    case 'probation-review':
      needStage(
        stage.name === 'probationary' || stage.name === 'recognition-proposed',
        kind === 'new-member-certificate' ? 'D-20' : 'D-21',
        'Chỉ ghi trong thời kỳ dự bị (sau lễ kết nạp).',
        'Only during probation (after the ceremony).',
      );
      break;
    case 'recognition-vote':
      if (stage.name !== 'probationary')
        needStage(
          false,
          'L-10',
          'Chỉ xét công nhận chính thức cho đảng viên dự bị.',
          'Only a probationary member is considered.',
        );
      else
        needStage(
          compareDates(step.on, stage.probationEnds) >= 0,
          'L-05',
          `Thời kỳ dự bị 12 tháng kết thúc ngày ${formatDateVi(stage.probationEnds)}: chi bộ chỉ xét công nhận từ ngày đó.`,
          `Probation ends on ${formatDateVi(stage.probationEnds)}: the cell considers recognition from that day.`,
        );
      break;
    case 'recognition-decision':
      needStage(
        stage.name === 'recognition-proposed',
        'T-02',
        'Chưa có nghị quyết đề nghị công nhận đảng viên chính thức của chi bộ.',
        'The cell has not resolved to propose recognition.',
      );
      needStage(
        has(history, 'new-member-certificate'),
        'L-16',
        'Chưa có giấy chứng nhận lớp bồi dưỡng đảng viên mới: hồ sơ công nhận chính thức phải có giấy này.',
        'No new-member class certificate: the recognition dossier requires it.',
      );
      break;
    case 'withdrawn':
      needStage(
        rank < DECIDED,
        ORDER_RULE,
        'Đã có quyết định kết nạp: không rút khỏi nguồn.',
        'Already decided.',
      );
      break;
    case 'rejected':
      needStage(rank < DECIDED, ORDER_RULE, 'Đã có quyết định kết nạp.', 'Already decided.');
      // Once the cell has proposed admission, only the competent committee can turn it down.
      if (rank >= BEFORE_CELL_VOTE && recordedBy !== 'commune')
        out.push(
          refusal(
            'T-07',
            'Chi bộ đã đề nghị kết nạp: chỉ Ban Thường vụ Đảng ủy xã quyết định không kết nạp.',
            'The cell has proposed admission: only the commune standing committee may reject.',
          ),
        );
      break;
    case 'struck-off':
      needStage(
        stage.name === 'probationary' || stage.name === 'recognition-proposed',
        'L-14',
        'Chỉ xóa tên khỏi danh sách đảng viên dự bị.',
        'Only a probationary member is struck off.',
      );
      break;
  }
  return out;
}

/** Rules that must `pass` (or not apply) before the cell may vote and the committee decide: missing data blocks too. */
const MUST_BE_SETTLED = new Set(['E-02', 'E-05', 'E-08', 'I-01', 'E-13']);

/** The checks about the admission (not the recognition vote), which the cell vote and the decision must satisfy. */
function admissionChecks(answer: CaseAnswer): Check[] {
  return answer.checks.filter((c) => c.details.stage !== 'recognition');
}

function blocking(answer: CaseAnswer, kind: PipelineEventKind): Check[] {
  switch (kind) {
    case 'cell-vote':
    case 'admission-decision':
      return admissionChecks(answer).filter(
        (c) =>
          c.status === 'fail' ||
          (c.status === 'pending' && (MUST_BE_SETTLED.has(c.rule) || c.rule === 'O-04' || c.rule === 'T-02')),
      );
    case 'recognition-vote':
    case 'recognition-decision':
      return answer.checks.filter((c) => c.details.stage === 'recognition' && c.status !== 'pass');
    default:
      return [];
  }
}

/** Which deadline a step is the end of: a step after its due day is recorded, with a warning (L-03: report up). */
const STEP_DEADLINE: Partial<Record<PipelineEventKind, string>> = {
  'admission-decision': 'L-01',
  ceremony: 'L-03',
  'recognition-vote': 'L-10',
  'recognition-decision': 'L-11',
};

function lateWarnings(answer: CaseAnswer, kind: PipelineEventKind): Check[] {
  const rule = STEP_DEADLINE[kind];
  const d = answer.deadlines.find((x) => x.rule === rule);
  if (!rule || !d || d.status !== 'missed' || d.due === null) return [];
  const due = formatDateVi(d.due);
  const report =
    rule === 'L-03'
      ? ' Chi bộ phải báo cáo và được cấp ủy cấp trên trực tiếp đồng ý.'
      : ' Cấp ủy cần báo cáo lý do chậm.';
  return [
    {
      rule,
      status: 'fail',
      citation: ruleEntry(rule)?.citation ?? '',
      message: {
        vi: `Bước "${eventLabels[kind].vi}" quá thời hạn (hạn cuối ${due}).${report}`,
        en: `"${eventLabels[kind].en}" is past its deadline (due ${due}).`,
      },
      details: { due: d.due },
    },
  ];
}

/** T-05 on a committee's own resolution (`checkCommitteeResolution`): the step is refused when it fails. */
function committeeVote(event: Extract<PipelineEvent, { kind: 'committee-resolution' }>): Check[] {
  const judged = checkCommitteeResolution({
    body: event.body,
    date: event.on,
    members: event.members,
    inFavour: event.inFavour,
  });
  return judged.status === 'fail' ? [judged] : [];
}

/**
 * Applies one event. Refused (nothing changes) when the step is out of order, dated before the last step or after
 * `asOf`, or forbidden by a blocking rule at the step's date: at the cell vote and the decision every admission check
 * that fails, and E-02, E-05, E-08, I-01, E-13, O-04, T-02 still pending (missing data); at the recognition vote and
 * decision the recognition vote's O-04/T-02. A step allowed only by exception (E-04 over 60, E-07, L-20) passes
 * only with the provincial consent on record, as the rules engine judges it. A late step is recorded with a warning.
 */
export function transition(
  state: PipelineState,
  event: PipelineEvent,
  ctx: TransitionContext,
): TransitionResult {
  const last = state.history[state.history.length - 1];
  const dates: Check[] = [];
  if (compareDates(event.on, ctx.asOf) > 0)
    dates.push(
      refusal(
        ORDER_RULE,
        `Ngày ${formatDateVi(event.on)} chưa đến: không ghi trước một bước chưa diễn ra.`,
        `${formatDateVi(event.on)} is in the future: a step is recorded once it has happened.`,
      ),
    );
  if (last && compareDates(event.on, last.on) < 0)
    dates.push(
      refusal(
        ORDER_RULE,
        `Ngày ${formatDateVi(event.on)} trước bước gần nhất (${eventLabels[last.kind].vi}, ${formatDateVi(last.on)}).`,
        `${formatDateVi(event.on)} is before the last step (${eventLabels[last.kind].en}, ${formatDateVi(last.on)}).`,
      ),
    );
  const order = [...dates, ...orderRefusals(state, event, ctx.recordedBy)];
  if (event.kind === 'committee-resolution') order.push(...committeeVote(event));
  if (order.length > 0) return { ok: false, reasons: order };

  const history = [...state.history, event];
  let answer: CaseAnswer;
  try {
    answer = evaluateCase(toCase(ctx.candidate, history, ctx.members, ctx.unit, event.on), {
      calendar: ctx.calendar ?? vietnamCalendar,
    });
  } catch (error) {
    // The engine holds no rule set before 2016-07-25 (a step dated earlier cannot be judged).
    if (error instanceof RangeError)
      return {
        ok: false,
        reasons: [
          refusal(
            ORDER_RULE,
            `Không có bộ quy định để xét ngày ${formatDateVi(event.on)}.`,
            `No rule set covers ${event.on}.`,
          ),
        ],
      };
    throw error;
  }
  const reasons = blocking(answer, event.kind);
  if (reasons.length > 0) return { ok: false, reasons };
  return {
    ok: true,
    state: { history, stage: advance(state.stage, event) },
    warnings: lateWarnings(answer, event.kind),
  };
}

/**
 * The kinds of step that may come next on `asOf`, by the order of the procedure and who records (the rules engine
 * may still refuse one of them on the person's facts: see the rule checks).
 */
export function nextSteps(state: PipelineState, asOf: IsoDate, recordedBy: RecordedBy): PipelineEventKind[] {
  return pipelineEventKinds.filter(
    (kind) => orderRefusals(state, { kind, on: asOf }, recordedBy).length === 0,
  );
}
