/**
 * The pipeline's transition function: `(state, event, context) → new state | reasons`. A step is first checked for
 * its place in the procedure (a table of preconditions: what must come before it, who records it; for the steps
 * after the cell vote, the rules engine's own order checks, so the engine and the pipeline judge order alike), then
 * judged by the rules engine on the case as it would stand after the step, at the step's date. A refused step
 * changes nothing; the reasons are rule checks with their citations and Vietnamese messages.
 */
import { vietnamCalendar, type WorkingCalendar } from '../calendar/index.js';
import { compareDates, type IsoDate } from '../date.js';
import { formatDateVi } from '../locale/date-vi.js';
import {
  type Case,
  type CaseAnswer,
  type CaseStep,
  type Check,
  checkCommitteeResolution,
  citationOn,
  evaluateCase,
  impossibleOrder,
  type OrderedStep,
  type RuleSettings,
  ruleEntry,
  stepOrderChecks,
  type VerificationFacts,
  verificationRefusals,
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
  /** The commune's resolved rule settings (T-07's threshold …); default the catalogue's defaults. */
  settings?: RuleSettings;
  /** The verification requests the cell tracks (V-02, V-05): while one is unanswered the cell may not vote. */
  verifications?: readonly VerificationFacts[];
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

/** The step of the case (the interchange format's) each kind of event belongs to, for the checks it answers with. */
const STEP_OF_EVENT: Record<PipelineEventKind, CaseStep> = {
  'entered-pool': 'cell-vote',
  'helper-assigned': 'cell-vote',
  certificate: 'cell-vote',
  application: 'cell-vote',
  'background-declared': 'cell-vote',
  'verification-requested': 'cell-vote',
  'verification-answered': 'cell-vote',
  introduction: 'cell-vote',
  'union-comment': 'cell-vote',
  'residence-comment': 'cell-vote',
  consent: 'decision',
  'cell-vote': 'cell-vote',
  'committee-resolution': 'decision',
  'admission-decision': 'decision',
  'decision-received': 'ceremony',
  ceremony: 'ceremony',
  'new-member-certificate': 'recognition-vote',
  'probation-review': 'recognition-vote',
  'recognition-vote': 'recognition-vote',
  'recognition-decision': 'recognition-decision',
  withdrawn: 'cell-vote',
  rejected: 'decision',
  'struck-off': 'recognition-decision',
};

/** A refusal of the step `at` under `rule`, cited to the texts in force on the step's day. */
function refusal(
  at: { kind: PipelineEventKind; on: IsoDate },
  rule: string,
  vi: string,
  en: string,
  details: Record<string, unknown> = {},
): Check {
  const citation = rule === ORDER_RULE ? ORDER_CITATION : (ruleEntry(rule)?.citation ?? ORDER_CITATION);
  return {
    rule,
    step: STEP_OF_EVENT[at.kind],
    status: 'fail',
    citation: citationOn(citation, at.on),
    message: { vi, en },
    details,
  };
}

const rankOf = (stage: Stage | null) => (stage ? stageNames.indexOf(stage.name) : -1);
const CELL_RESOLVED = stageNames.indexOf('cell-resolved');
const DECIDED = stageNames.indexOf('decided');
const PROBATIONARY = stageNames.indexOf('probationary');
const RECOGNITION_PROPOSED = stageNames.indexOf('recognition-proposed');

/** What a precondition of a step reads: the state (not ended), the step and who records it. */
interface StepAt {
  history: readonly PipelineEvent[];
  stage: Stage;
  rank: number;
  kind: PipelineEventKind;
  on: IsoDate;
  recordedBy: RecordedBy;
}

/** One precondition of a step: the refusal when it does not hold, else null. */
type Precondition = (s: StepAt) => Check | null;

/** A precondition that holds when `holds` does, else refuses under `rule` with the message. */
function need(
  rule: string,
  holds: (s: StepAt) => boolean,
  vi: string | ((s: StepAt) => string),
  en: string | ((s: StepAt) => string),
): Precondition {
  return (s) =>
    holds(s)
      ? null
      : refusal(s, rule, typeof vi === 'string' ? vi : vi(s), typeof en === 'string' ? en : en(s), {
          stage: s.stage.name,
        });
}

const has = (history: readonly PipelineEvent[], kind: PipelineEventKind) =>
  history.some((e) => e.kind === kind);

const NO_PERSON: PersonFacts = { birthDate: null, profile: {}, sensitive: {} };
const NO_UNIT: UnitFacts = { youthUnionPresent: null, tradeUnionPresent: null };

/** The case of the history with a step of `kind` on `on` added: only its date, which is all its order reads. */
function caseWithStep(history: readonly PipelineEvent[], kind: PipelineEventKind, on: IsoDate): Case {
  const c = toCase(NO_PERSON, history, new Map(), NO_UNIT, on);
  const counts = { officialMembers: null, notCounted: null, inFavour: null };
  if (kind === 'admission-decision') c.decision = { date: on, receivedOn: null, extendedWorkingDays: 0 };
  if (kind === 'ceremony') c.ceremony = { date: on, superiorConsentOn: null };
  if (kind === 'recognition-vote') c.recognitionVote = { date: on, ...counts };
  if (kind === 'recognition-decision') c.recognitionDecision = { date: on, extendedWorkingDays: 0 };
  return c;
}

/**
 * The rules engine's own order check of `step` (step-order.ts: L-01, L-03, L-10, L-11): the step is refused with
 * that check, its rule, citation and message, when the engine would judge it out of the lawful order.
 */
function inLawfulOrder(step: OrderedStep): Precondition {
  return (s) => {
    const judged = stepOrderChecks(caseWithStep(s.history, s.kind, s.on), vietnamCalendar)[step];
    return judged.details.outOfOrder === true ? judged : null;
  };
}

const beforeVote = (s: StepAt) => s.rank < CELL_RESOLVED;
const ADDED_AFTER_VOTE = need(
  ORDER_RULE,
  // Comments are gathered again during probation (D-23, form 12-KNĐ).
  (s) => beforeVote(s) || (s.kind !== 'introduction' && s.stage.name === 'probationary'),
  (s) => `Chi bộ đã xét kết nạp; không bổ sung "${eventLabels[s.kind].vi}" sau khi đã biểu quyết.`,
  (s) => `The cell has voted; "${eventLabels[s.kind].en}" cannot be added afterwards.`,
);
const DURING_PROBATION = (rule: string) =>
  need(
    rule,
    (s) => s.stage.name === 'probationary' || s.stage.name === 'recognition-proposed',
    'Chỉ ghi trong thời kỳ dự bị (sau lễ kết nạp).',
    'Only during probation (after the ceremony).',
  );
const NOT_DECIDED = (vi: string, en: string) => need(ORDER_RULE, (s) => s.rank < DECIDED, vi, en);

/**
 * What must hold before each kind of step, whatever the rules say about the person (those are judged after, on
 * the case with the step): each precondition cites the rule it enforces. The steps the case format carries after
 * the cell vote take their order from the rules engine (`inLawfulOrder`), so both refuse and judge alike.
 */
const PRECONDITIONS: { readonly [K in PipelineEventKind]: readonly Precondition[] } = {
  'entered-pool': [need(ORDER_RULE, () => false, 'Quần chúng đã ở trong nguồn.', 'Already in the pool.')],
  'helper-assigned': [
    need(
      'I-07',
      (s) => beforeVote(s) || s.stage.name === 'probationary',
      'Chỉ phân công đảng viên giúp đỡ trước khi chi bộ xét kết nạp hoặc trong thời kỳ dự bị.',
      'A helper is assigned before the cell vote or during probation.',
    ),
  ],
  certificate: [ADDED_AFTER_VOTE],
  application: [ADDED_AFTER_VOTE],
  'background-declared': [ADDED_AFTER_VOTE],
  'verification-requested': [ADDED_AFTER_VOTE],
  introduction: [ADDED_AFTER_VOTE],
  'union-comment': [ADDED_AFTER_VOTE],
  'residence-comment': [ADDED_AFTER_VOTE],
  'verification-answered': [
    need(ORDER_RULE, beforeVote, 'Chi bộ đã xét kết nạp.', 'The cell has voted.'),
    need(
      'V-05',
      (s) => has(s.history, 'verification-requested'),
      'Chưa có công văn đề nghị thẩm tra lý lịch (Mẫu 20-KNĐ): ghi bước đề nghị thẩm tra trước.',
      'No verification request (form 20-KNĐ) yet: record the request first.',
    ),
  ],
  consent: [
    NOT_DECIDED('Văn bản đồng ý phải có trước quyết định kết nạp.', 'Consent must precede the decision.'),
  ],
  'cell-vote': [
    need('T-01', beforeVote, 'Chi bộ đã biểu quyết về quần chúng này.', 'The cell has already voted.'),
    need(
      'D-02',
      (s) => has(s.history, 'application'),
      'Chưa có đơn xin vào Đảng (Mẫu 1-KNĐ).',
      'No application (form 1-KNĐ).',
    ),
    need(
      'D-03',
      (s) => has(s.history, 'background-declared'),
      'Chưa có lý lịch của người xin vào Đảng (Mẫu 2-KNĐ).',
      'No background record (form 2-KNĐ).',
    ),
    need(
      'V-05',
      (s) => has(s.history, 'verification-answered'),
      'Chưa có kết quả thẩm tra lý lịch: chi bộ chỉ xét sau khi có kết quả thẩm tra.',
      'No verification result: the cell considers the candidate only once verification is answered.',
    ),
  ],
  'committee-resolution': [
    need(
      'T-05',
      (s) => s.stage.name === 'cell-resolved' || s.stage.name === 'committee-resolved',
      'Chưa có nghị quyết đề nghị kết nạp của chi bộ.',
      'The cell has not resolved to propose admission.',
    ),
  ],
  'admission-decision': [
    NOT_DECIDED('Đã có quyết định kết nạp.', 'Already decided.'),
    inLawfulOrder('decision'),
  ],
  'decision-received': [
    need(
      'L-03',
      (s) => s.stage.name === 'decided' && s.stage.receivedOn === null,
      'Chỉ ghi ngày chi bộ nhận quyết định sau khi có quyết định kết nạp (một lần).',
      'The receipt follows the admission decision, once.',
    ),
  ],
  ceremony: [
    need(ORDER_RULE, (s) => s.rank <= DECIDED, 'Đã tổ chức lễ kết nạp.', 'The ceremony has been held.'),
    inLawfulOrder('ceremony'),
  ],
  'new-member-certificate': [DURING_PROBATION('D-20')],
  'probation-review': [DURING_PROBATION('D-21')],
  'recognition-vote': [
    need(
      'L-10',
      (s) => s.rank <= PROBATIONARY,
      'Chỉ xét công nhận chính thức cho đảng viên dự bị (chi bộ đã biểu quyết).',
      'Only a probationary member is considered (the cell has voted).',
    ),
    inLawfulOrder('recognition-vote'),
  ],
  'recognition-decision': [
    need(
      ORDER_RULE,
      (s) => s.rank <= RECOGNITION_PROPOSED,
      'Đã có quyết định công nhận.',
      'Already recognised.',
    ),
    inLawfulOrder('recognition-decision'),
    need(
      'L-16',
      (s) => has(s.history, 'new-member-certificate'),
      'Chưa có giấy chứng nhận lớp bồi dưỡng đảng viên mới: hồ sơ công nhận chính thức phải có giấy này.',
      'No new-member class certificate: the recognition dossier requires it.',
    ),
  ],
  withdrawn: [NOT_DECIDED('Đã có quyết định kết nạp: không rút khỏi nguồn.', 'Already decided.')],
  rejected: [
    NOT_DECIDED('Đã có quyết định kết nạp.', 'Already decided.'),
    // Once the cell has proposed admission, only the competent committee can turn it down.
    need(
      'T-07',
      (s) => s.rank < CELL_RESOLVED || s.recordedBy === 'commune',
      'Chi bộ đã đề nghị kết nạp: chỉ Ban Thường vụ Đảng ủy xã quyết định không kết nạp.',
      'The cell has proposed admission: only the commune standing committee may reject.',
    ),
  ],
  'struck-off': [
    need(
      'L-14',
      (s) => s.stage.name === 'probationary' || s.stage.name === 'recognition-proposed',
      'Chỉ xóa tên khỏi danh sách đảng viên dự bị.',
      'Only a probationary member is struck off.',
    ),
  ],
};

/** T-07: the competent committee's decisions are recorded by the commune, never by a cell. */
const WHO_RECORDS = need(
  'T-07',
  (s) => !committeeDecisionKinds.has(s.kind) || s.recordedBy === 'commune',
  (s) =>
    `"${eventLabels[s.kind].vi}" là quyết định của Ban Thường vụ Đảng ủy xã; bí thư chi bộ không được ghi quyết định này.`,
  (s) =>
    `"${eventLabels[s.kind].en}" is the commune standing committee's decision; a cell secretary may not record it.`,
);

/**
 * Why a step of `kind` on `on` may not follow `state` in the procedure, whatever the rules say about the person:
 * each reason cites the rule whose precondition is missing ({@link PRECONDITIONS}). Empty when the step may come.
 */
export function orderRefusals(
  state: PipelineState,
  step: { kind: PipelineEventKind; on: IsoDate },
  recordedBy: RecordedBy,
): Check[] {
  const { history, stage } = state;
  const { kind, on } = step;
  const label = eventLabels[kind];
  if (stage === null)
    return kind === 'entered-pool'
      ? []
      : [
          refusal(
            step,
            ORDER_RULE,
            'Quần chúng phải được đưa vào nguồn trước.',
            'The candidate must enter the pool first.',
          ),
        ];
  if (isFinal(stage))
    return [
      refusal(
        step,
        ORDER_RULE,
        `Hồ sơ đã kết thúc (${stageLabels[stage.name].vi}); không ghi thêm bước "${label.vi}".`,
        `The pipeline has ended (${stageLabels[stage.name].en}); no "${label.en}" step may follow.`,
      ),
    ];
  const at: StepAt = { history, stage, rank: rankOf(stage), kind, on, recordedBy };
  const out: Check[] = [];
  for (const precondition of [WHO_RECORDS, ...PRECONDITIONS[kind]]) {
    const refused = precondition(at);
    if (refused) out.push(refused);
  }
  return out;
}

/** Rules that must `pass` (or not apply) before the cell may vote and the committee decide: missing data blocks too. */
const MUST_BE_SETTLED = new Set(['E-02', 'E-05', 'E-08', 'I-01', 'E-13', 'O-04', 'T-02']);

/** The steps of the case whose checks a step must satisfy once it is on the case. */
const JUDGED_AT: Partial<Record<PipelineEventKind, readonly CaseStep[]>> = {
  'cell-vote': ['cell-vote'],
  'admission-decision': ['cell-vote', 'decision'],
  'recognition-vote': ['recognition-vote'],
  'recognition-decision': ['recognition-vote', 'recognition-decision'],
};

function blocking(answer: CaseAnswer, kind: PipelineEventKind): Check[] {
  const steps = JUDGED_AT[kind];
  if (!steps) return [];
  const recognition = kind === 'recognition-vote' || kind === 'recognition-decision';
  return answer.checks.filter(
    (c) =>
      steps.includes(c.step) &&
      (c.status === 'fail' ||
        (c.status === 'pending' &&
          // The recognition vote's counts must be known; at admission, the data E-02..T-02 judge must be there,
          // except an over-age candidate's pending E-04 exception, whose consent is judged at the decision.
          (recognition || (MUST_BE_SETTLED.has(c.rule) && c.details.exception === undefined)))),
  );
}

/** Which deadline a step is the end of: a step after its due day is recorded, with a warning. */
const STEP_DEADLINE: Partial<Record<PipelineEventKind, string>> = {
  'admission-decision': 'L-01',
  'recognition-vote': 'L-10',
  'recognition-decision': 'L-11',
};

/**
 * The warnings of a recorded step: past its deadline (L-01, L-10, L-11: the committee reports why), or a ceremony
 * past L-03's working days without the superior's consent (the engine's own L-03 check: report and obtain it).
 */
function lateWarnings(answer: CaseAnswer, kind: PipelineEventKind): Check[] {
  if (kind === 'ceremony')
    return answer.checks.filter((c) => c.rule === 'L-03' && c.step === 'ceremony' && c.status === 'fail');
  const rule = STEP_DEADLINE[kind];
  const d = answer.deadlines.find((x) => x.rule === rule);
  if (!rule || !d || d.status !== 'missed' || d.due === null) return [];
  const due = formatDateVi(d.due);
  return [
    {
      rule,
      step: d.step,
      status: 'fail',
      citation: d.citation,
      message: {
        vi: `Bước "${eventLabels[kind].vi}" quá thời hạn (hạn cuối ${due}). Cấp ủy cần báo cáo lý do chậm.`,
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

/** The impossible dates of the case after the step (a step on or before the birth, a vote after leaving the Party). */
function impossible(event: PipelineEvent, c: Case): Check[] {
  return impossibleOrder(c).map((issue) => {
    const path = issue.path
      .map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`))
      .join('')
      .slice(1);
    return refusal(
      event,
      ORDER_RULE,
      `Ngày không hợp lệ (${path}): cần ${issue.vi}.`,
      `${path}: expected ${issue.en}.`,
    );
  });
}

/**
 * Applies one event. Refused (nothing changes) when the step is out of order (its preconditions, the engine's own
 * order checks L-01, L-03, L-10, L-11), dated before the last step, after `asOf` or on or before the birth, or
 * forbidden by a blocking rule at the step's date: at the cell vote every cell-vote check that fails, and E-02,
 * E-05, E-08, I-01, E-13, O-04, T-02 still pending (missing data), and V-02/V-05 while a tracked verification request
 * is open; at the decision the same and the decision's
 * checks (the provincial consent of E-04, E-07, L-20 before it; L-01's extension); at the recognition vote and
 * decision their own checks. A late step is recorded with a warning.
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
        event,
        ORDER_RULE,
        `Ngày ${formatDateVi(event.on)} chưa đến: không ghi trước một bước chưa diễn ra.`,
        `${formatDateVi(event.on)} is in the future: a step is recorded once it has happened.`,
      ),
    );
  if (last && compareDates(event.on, last.on) < 0)
    dates.push(
      refusal(
        event,
        ORDER_RULE,
        `Ngày ${formatDateVi(event.on)} trước bước gần nhất (${eventLabels[last.kind].vi}, ${formatDateVi(last.on)}).`,
        `${formatDateVi(event.on)} is before the last step (${eventLabels[last.kind].en}, ${formatDateVi(last.on)}).`,
      ),
    );
  const order = [...dates, ...orderRefusals(state, event, ctx.recordedBy)];
  if (event.kind === 'committee-resolution') order.push(...committeeVote(event));
  if (event.kind === 'cell-vote') order.push(...verificationRefusals(ctx.verifications ?? []));
  if (order.length > 0) return { ok: false, reasons: order };

  const history = [...state.history, event];
  const c = toCase(ctx.candidate, history, ctx.members, ctx.unit, event.on);
  const impossibleDates = impossible(event, c);
  if (impossibleDates.length > 0) return { ok: false, reasons: impossibleDates };
  let answer: CaseAnswer;
  try {
    answer = evaluateCase(c, { calendar: ctx.calendar ?? vietnamCalendar, settings: ctx.settings });
  } catch (error) {
    // The engine holds no rule set before 2016-07-25 (a step dated earlier cannot be judged).
    if (error instanceof RangeError)
      return {
        ok: false,
        reasons: [
          refusal(
            event,
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
