/**
 * Introducers (I-01..I-06) and the youth/trade-union route of E-13, judged at the cell vote, as checks. Co-location
 * (I-03) is counted in calendar months over the `together` periods the regime counts (`to` inclusive, together.ts),
 * cut off at the day before the cell vote. Before the vote a shortfall is pending (another introducer, more months, a
 * union's resolution can still come), with `details.earliest` where an ongoing period alone will reach the months.
 */
import { compareDates, type IsoDate } from '../date.js';
import { formatDateVi } from '../locale/date-vi.js';
import { type Judging, shortfall, shortfallDetails } from './context.js';
import {
  type IntroductionRoute,
  introductionRoute,
  type MemberEntry,
  type MemberIntroducer,
  memberEntry,
  type UnionEntry,
  type UnionIntroducer,
  unionResolutionStatus,
} from './introducer-standing.js';
import { check, combineStatuses, countWords } from './messages.js';
import type { Check, CheckStatus } from './types.js';

/** `thứ 2`: the n-th introducer (0-based `index`) in Vietnamese. */
function nth(index: number): string {
  return `thứ ${index + 1}`;
}

/** Who introduces on `route`, with the counts of the rule set (I-01). */
function routeText(
  route: Exclude<IntroductionRoute, 'unknown'>,
  required: { members: number; membersBesideUnion: number },
): { vi: string; en: string } {
  const n = countWords(route === 'members' ? required.members : required.membersBesideUnion);
  const members = {
    vi: `${n.vi} đảng viên chính thức`,
    en: `${n.en} official member${n.en === 'one' ? '' : 's'}`,
  };
  if (route === 'members') return members;
  return route === 'youth-union'
    ? { vi: `Ban Chấp hành Đoàn cơ sở và ${members.vi}`, en: `the Youth Union executive and ${members.en}` }
    : {
        vi: `Ban Chấp hành công đoàn cơ sở và ${members.vi}`,
        en: `the Trade Union executive and ${members.en}`,
      };
}

/** The latest of some days (null when none). */
function latest(days: readonly IsoDate[]): IsoDate | null {
  let out: IsoDate | null = null;
  for (const d of days) if (out === null || compareDates(d, out) > 0) out = d;
  return out;
}

/** I-01, I-02, I-03, I-05, I-06 and E-13 on the case's introducers, judged on the cell vote. */
export function checkIntroducers(j: Judging): Check[] {
  const numbers = j.ruleSet.numbers;
  const intros = j.case.introducers ?? [];
  const route = introductionRoute(j);
  const onVi = formatDateVi(j.on);
  // One pass, in the case's order (what details.introducers lists); members and unions also apart for the messages.
  const members: MemberEntry[] = [];
  const unions: UnionEntry[] = [];
  const introducers: (MemberEntry | UnionEntry)[] = [];
  for (let index = 0; index < intros.length; index++) {
    const intro = intros[index] as MemberIntroducer | UnionIntroducer;
    if (intro.kind === 'member') {
      const entry = memberEntry(index, intro, j.on, j.ruleSet);
      members.push(entry);
      introducers.push(entry);
    } else {
      const entry = { index, kind: intro.kind, status: unionResolutionStatus(intro, j) };
      unions.push(entry);
      introducers.push(entry);
    }
  }
  const details = { route, on: j.on, introducers };
  // Before the vote, what a later fact can still cure (becoming official, more months, another introducer) is
  // pending, not failed.
  const short$ = shortfall(j);

  const i02 =
    members.length === 0
      ? check(
          'I-02',
          'pending',
          numbers.introducersRequired.citation,
          'Chưa có đảng viên giới thiệu.',
          'No member introducer yet.',
          details,
        )
      : members.every((m) => m.official)
        ? check(
            'I-02',
            'pass',
            numbers.introducersRequired.citation,
            'Các đảng viên giới thiệu đều là đảng viên chính thức.',
            'Every member introducer is an official member.',
            details,
          )
        : check(
            'I-02',
            short$,
            numbers.introducersRequired.citation,
            `Người giới thiệu ${members
              .filter((m) => !m.official)
              .map((m) => nth(m.index))
              .join(
                ', ',
              )} chưa là đảng viên chính thức tại ngày ${onVi}. Đảng viên dự bị không được giới thiệu người vào Đảng; cần phân công đảng viên chính thức khác.`,
            `Introducer ${members
              .filter((m) => !m.official)
              .map((m) => m.index + 1)
              .join(
                ', ',
              )} was not an official member on ${onVi}. Probationary members cannot introduce; assign another official member.`,
            details,
          );

  const needing = members.filter((m) => !m.exempt);
  const short = needing.filter((m) => !m.togetherEnough);
  const months = numbers.introducerTogetherMonths.value;
  const relationsVi = numbers.introducerRelations.value.includes('residence')
    ? 'cùng công tác, lao động, học tập hoặc cư trú'
    : 'cùng công tác, học tập (quy định 2016 chưa tính cùng nơi cư trú)';
  const i03 =
    needing.length === 0
      ? check(
          'I-03',
          members.length === 0 ? 'pending' : 'not-applicable',
          numbers.introducerTogetherMonths.citation,
          members.length === 0
            ? 'Chưa có đảng viên giới thiệu.'
            : `Chỉ có người giới thiệu thay thế (không cần ${months} tháng).`,
          members.length === 0
            ? 'No member introducer yet.'
            : `Only replacement introducers (no ${months} months needed).`,
          details,
        )
      : short.length === 0
        ? check(
            'I-03',
            'pass',
            numbers.introducerTogetherMonths.citation,
            `Các đảng viên giới thiệu đã ${relationsVi} với quần chúng ít nhất ${months} tháng.`,
            `Each member introducer was together with the candidate for at least ${months} months.`,
            details,
          )
        : check(
            'I-03',
            short$,
            numbers.introducerTogetherMonths.citation,
            `Người giới thiệu ${short.map((m) => `${nth(m.index)} (${m.togetherMonths}/${m.requiredMonths} tháng)`).join(', ')} chưa ${relationsVi} với quần chúng đủ ${months} tháng tính đến ngày ${onVi}. Cần chọn đảng viên chính thức khác đủ ${months} tháng hoặc chờ đủ thời gian.`,
            `Introducer ${short.map((m) => `${m.index + 1} (${m.togetherMonths}/${m.requiredMonths} months)`).join(', ')} has not been together with the candidate for ${months} months by ${onVi}${numbers.introducerRelations.value.includes('residence') ? '' : ' (the 2016 rules count work and study only)'}. Choose another official member or wait.`,
            short$ === 'pending' && short.every((m) => m.earliest !== null)
              ? { ...details, earliest: latest(short.map((m) => m.earliest as IsoDate)) }
              : // A period that has ended short cannot grow: only another introducer cures it.
                short.every((m) => m.ongoing)
                ? details
                : shortfallDetails(j, details),
          );

  const replacements = members.filter((m) => m.exempt);
  const i05 =
    replacements.length === 0
      ? check(
          'I-05',
          'not-applicable',
          j.ruleSet.citations.introducerReplacement,
          'Không có người giới thiệu thay thế.',
          'No replacement introducer.',
          details,
        )
      : check(
          'I-05',
          'pass',
          j.ruleSet.citations.introducerReplacement,
          `Người giới thiệu ${replacements.map((m) => nth(m.index)).join(', ')} là đảng viên được phân công thay người giới thiệu đã chuyển đi hoặc không thể tiếp tục: không cần đủ ${months} tháng cùng công tác. Giữ nguyên giấy giới thiệu của người giới thiệu ban đầu.`,
          `Introducer ${replacements.map((m) => m.index + 1).join(', ')} replaces an introducer who left: no ${months} months together needed. Keep the original introducer's letter.`,
          details,
        );

  const i06 =
    unions.length === 0
      ? check(
          'I-06',
          'not-applicable',
          j.ruleSet.citations.unionIntroduction,
          'Không có giới thiệu của đoàn thể.',
          'No union introduction.',
          details,
        )
      : check(
          'I-06',
          combineStatuses(unions.map((u) => u.status)),
          j.ruleSet.citations.unionIntroduction,
          unions.every((u) => u.status === 'pass')
            ? 'Đã có nghị quyết giới thiệu của Ban Chấp hành đoàn thể trước khi chi bộ xét.'
            : 'Cần nghị quyết giới thiệu đoàn viên ưu tú của Ban Chấp hành Đoàn (hoặc công đoàn) cơ sở, thông qua trước ngày chi bộ họp xét.',
          unions.every((u) => u.status === 'pass')
            ? 'The union executive resolved to introduce the candidate before the cell vote.'
            : 'The Youth Union (or Trade Union) executive must adopt its introduction resolution before the cell vote.',
          details,
        );

  return [
    compositionCheck(j, route, members, unions, details),
    i02,
    i03,
    i05,
    i06,
    unionMembershipCheck(j, route),
  ];
}

function compositionCheck(
  j: Judging,
  route: IntroductionRoute,
  members: readonly { valid: boolean; official: boolean; earliest: IsoDate | null }[],
  unions: readonly { kind: string; status: CheckStatus }[],
  details: Record<string, unknown>,
): Check {
  const citation = j.ruleSet.numbers.introducersRequired.citation;
  const required = j.ruleSet.numbers.introducersRequired.value;
  if (route === 'unknown')
    return check(
      'I-01',
      'pending',
      citation,
      'Chưa xác định được cách giới thiệu: cần ghi ngày sinh của quần chúng và đơn vị có tổ chức Đoàn, công đoàn hay không.',
      'The introduction route is not known yet: record the birth date and whether the unit has a Youth Union or Trade Union.',
      details,
    );
  const validMembers = members.filter((m) => m.valid).length;
  const needMembers = route === 'members' ? required.members : required.membersBesideUnion;
  const unionStatus: CheckStatus =
    route === 'members'
      ? 'pass'
      : combineStatuses(unions.filter((u) => u.kind === route).map((u) => u.status));
  const who = routeText(route, required);
  if (validMembers >= needMembers && unionStatus === 'pass')
    return check(
      'I-01',
      'pass',
      citation,
      `Đã có đủ người giới thiệu: ${who.vi}.`,
      `Introduced as required: ${who.en}.`,
      details,
    );
  // After the vote a missing introduction is evidence; before it, the dossier is still being put together.
  const status = shortfall(j);
  return check(
    'I-01',
    status,
    citation,
    `Chưa đủ người giới thiệu hợp lệ: cần ${who.vi} (hiện có ${validMembers} đảng viên giới thiệu hợp lệ${route === 'members' ? '' : unionStatus === 'pass' ? ', đã có nghị quyết đoàn thể' : ', chưa có nghị quyết đoàn thể'}).`,
    `Not enough valid introducers: ${who.en} required (${validMembers} valid member introducer(s)${route === 'members' ? '' : unionStatus === 'pass' ? ', union resolution present' : ', no valid union resolution'}).`,
    status === 'pending' && unionStatus === 'pass' ? withEarliest(details, members, needMembers) : details,
  );
}

/**
 * `details` with `earliest`, the day `need` member introducers will be valid, when only time stands between them
 * and that (each not yet valid one official, with an ongoing period that reaches the months); else `details`.
 */
function withEarliest(
  details: Record<string, unknown>,
  members: readonly { valid: boolean; official: boolean; earliest: IsoDate | null }[],
  need: number,
): Record<string, unknown> {
  const waiting = members.filter((m) => !m.valid && m.official && m.earliest !== null);
  const validNow = members.filter((m) => m.valid).length;
  if (validNow + waiting.length < need) return details;
  const days = waiting.map((m) => m.earliest as IsoDate).sort(compareDates);
  const earliest = days[need - validNow - 1];
  return earliest ? { ...details, earliest } : details;
}

function unionMembershipCheck(j: Judging, route: IntroductionRoute): Check {
  const citation = j.ruleSet.citations.unionIntroduction;
  const band = j.ruleSet.numbers.youthAgeMonths.value;
  const ages = `${Math.floor(band.min / 12)}–${Math.floor(band.max / 12)}`;
  if (route !== 'youth-union' && route !== 'trade-union')
    return check(
      'E-13',
      route === 'unknown' ? 'pending' : 'not-applicable',
      citation,
      route === 'unknown'
        ? 'Chưa xác định được quần chúng có phải qua Đoàn, công đoàn giới thiệu hay không.'
        : 'Không phải giới thiệu qua Đoàn hoặc công đoàn.',
      route === 'unknown'
        ? 'Not yet known whether the union route applies.'
        : 'The union route does not apply.',
      { route },
    );
  const member =
    route === 'youth-union' ? j.case.candidate.youthUnionMember : j.case.candidate.tradeUnionMember;
  const orgVi = route === 'youth-union' ? 'đoàn viên Đoàn TNCS Hồ Chí Minh' : 'đoàn viên công đoàn';
  const orgEn = route === 'youth-union' ? 'a Youth Union member' : 'a Trade Union member';
  if (member === true)
    return check(
      'E-13',
      'pass',
      citation,
      `Quần chúng trong độ tuổi thanh niên và là ${orgVi}.`,
      `The youth-age candidate is ${orgEn}.`,
      { route },
    );
  if (member === false)
    return check(
      'E-13',
      shortfall(j),
      citation,
      `Quần chúng trong độ tuổi thanh niên (${ages}) ở đơn vị có tổ chức này phải là ${orgVi} mới được xét kết nạp.`,
      `A youth-age candidate (${ages}) in this unit must be ${orgEn}.`,
      shortfallDetails(j, { route }),
    );
  return check(
    'E-13',
    'pending',
    citation,
    `Cần ghi quần chúng có phải là ${orgVi} hay không.`,
    `Record whether the candidate is ${orgEn}.`,
    { route },
  );
}
