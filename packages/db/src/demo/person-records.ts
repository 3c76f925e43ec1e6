import {
  ageInMonths,
  eventFromStored,
  type IsoDate,
  inBand,
  pipelineSummary,
  ruleSetOn,
} from '@ketnap/domain';
import type { NewCandidateEvent } from '../queries/candidates.js';
import type { DemoData } from './demo-data.js';
import { createRng } from './rng.js';

const EDUCATION = ['upper-secondary', 'upper-secondary', 'university', 'college', 'vocational'] as const;
const OCCUPATION = ['Giáo viên', 'Nông dân', 'Cán bộ thôn', 'Công an viên', 'Kinh doanh', 'Công nhân'];

/**
 * Completes the demo's candidates so every record is one the product could have written: a person record (basic
 * fields in the profile, sensitive ones apart), the papers each stage implies (background record, introductions by
 * official members of the cell who were together with the candidate for years and by the Youth Union (or, past
 * youth age outside a village, the Trade Union), the verification request's addressee, union and residence comments,
 * new-member class and probation review), helpers named, decisions numbered, and the stage cache rebuilt from the
 * events. Cells get their Youth Union / Trade Union flags. Draws from its own seed, so the rest of the demo (the
 * 2023 story) is untouched.
 */
export function completeCandidates(out: DemoData, seed: number): void {
  const rng = createRng(seed + 1);
  for (const unit of out.orgUnits) {
    if (unit.level !== 'cell') continue;
    unit.youth_union_present = 1;
    unit.trade_union_present = unit.kind === 'rural' ? 0 : 1;
  }
  const cellKind = new Map(out.orgUnits.map((u) => [u.id, u.kind]));
  const officialIn = (cellId: string, on: IsoDate) =>
    out.members.filter(
      (m) =>
        m.cell_id === cellId &&
        m.official_on != null &&
        m.official_on <= on &&
        (m.left_on == null || m.left_on > on),
    );
  const byCandidate = new Map<string, NewCandidateEvent[]>();
  for (const e of out.events) byCandidate.set(e.candidateId, [...(byCandidate.get(e.candidateId) ?? []), e]);
  const events: NewCandidateEvent[] = [];
  for (const c of out.candidates) {
    const history = byCandidate.get(c.id) ?? [];
    const voteOn = history.find((e) => e.kind === 'cell-vote')?.occurredOn ?? out.today;
    const youthBand = ruleSetOn(voteOn).numbers.youthAgeMonths.value;
    const youth = inBand(ageInMonths(c.birth_date, voteOn), youthBand);
    c.profile = JSON.stringify({
      education: rng.pick([...EDUCATION]),
      hardshipArea: false,
      youthUnionMember: youth,
      tradeUnionMember: cellKind.get(c.cell_id) !== 'rural',
      occupation: rng.pick(OCCUPATION),
      residence: 'Xã Yên Bình, tỉnh Phú Thọ',
    });
    out.sensitive.push({ candidateId: c.id, data: { ethnicity: 'Kinh', religion: 'Không' } });
    const helpers = officialIn(c.cell_id, history[1]?.occurredOn ?? out.today);
    const helper = helpers.length > 0 ? rng.pick(helpers) : undefined;
    const second = helpers.filter((m) => m !== helper);
    const other = second.length > 0 ? rng.pick(second) : helper;
    const together = [
      { from: `${Number(c.entered_pool_on.slice(0, 4)) - 3}-01-01`, to: null, relation: 'residence' },
    ];
    const own: NewCandidateEvent[] = [];
    const add = (e: NewCandidateEvent, kind: NewCandidateEvent['kind'], data: Record<string, unknown> = {}) =>
      own.push({ ...e, id: `${e.id}-${own.length}`, kind, data });
    for (const e of history) {
      if (e.kind === 'recognition-vote') {
        add(e, 'new-member-certificate');
        add(e, 'probation-review');
      }
      const data = { ...e.data };
      delete data.issuedOn;
      delete data.officialFrom;
      if (e.kind === 'helper-assigned') Object.assign(data, { memberId: helper?.id ?? '', together });
      if (e.kind === 'recognition-decision') data.number = `${100 + own.length}-QĐ/ĐU`;
      // The committee asked to verify the background (20-KNĐ's addressee): a synthetic neighbouring commune.
      if (e.kind === 'verification-requested') data.addressee = 'Đảng ủy xã Tân Lập, tỉnh Phú Thọ';
      own.push({ ...e, data });
      if (e.kind === 'application') add(e, 'background-declared');
      if (e.kind === 'verification-answered') {
        for (const m of [helper, other])
          if (m)
            add(e, 'introduction', {
              introducer: { kind: 'member', memberId: m.id, together, replacement: false },
            });
        if (youth) add(e, 'introduction', { introducer: { kind: 'youth-union' } });
        // Past youth age in a school or the police, the grassroots Trade Union introduces beside the members.
        else if (cellKind.get(c.cell_id) !== 'rural')
          add(e, 'introduction', { introducer: { kind: 'trade-union' } });
        add(e, 'union-comment');
        add(e, 'residence-comment');
      }
    }
    const summary = pipelineSummary(own.map((e) => eventFromStored({ ...e, data: e.data ?? {} })));
    c.stage = summary.stage;
    c.stage_since = summary.stageSince;
    c.next_due = summary.nextDue?.due ?? null;
    c.next_due_rule = summary.nextDue?.rule ?? null;
    events.push(...own);
  }
  out.events = events;
}
