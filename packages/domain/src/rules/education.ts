/**
 * E-05 education minimum, with the E-06 (hardship area: primary) and E-07 (community elder: literate + consent)
 * exceptions. Which qualifications count is regime data: 2016 accepted "lower-secondary or equivalent". The level
 * is judged at the cell vote (before it, a diploma can still come: pending); E-07's provincial consent at the
 * admission decision, as a second E-07 check of step `decision`.
 */

import { type Judging, priorConsentStatus, shortfall, shortfallDetails } from './context.js';
import { check } from './messages.js';
import type { Check } from './types.js';
import { type EducationLevel, educationLevels } from './vocabulary.js';

/**
 * How a recorded level meets the lower-secondary minimum of E-05: `diploma` (THCS diploma or a level that requires
 * it), `equivalent` (a vocational qualification recorded instead of a general-education level: the 2016 regime
 * accepted it as "equivalent"; from 2021 the THCS diploma itself must be shown), or `below`.
 */
export function lowerSecondaryStanding(level: EducationLevel): 'diploma' | 'equivalent' | 'below' {
  if (level === 'vocational') return 'equivalent';
  return rank(level) >= rank('lower-secondary') ? 'diploma' : 'below';
}

/** True when `level` is at least `minimum` (`vocational` counts as above primary school). */
export function atLeast(level: EducationLevel, minimum: EducationLevel): boolean {
  return rank(level) >= rank(minimum);
}

function rank(level: EducationLevel): number {
  return educationLevels.indexOf(level);
}

/**
 * E-05, E-06 and E-07 on the candidate's recorded education, judged by the rule set of the cell vote, then E-07's
 * consent at the decision (not applicable unless the candidate is admitted on literacy as a community elder).
 */
export function checkEducation(j: Judging): { vote: Check[]; decision: Check } {
  const vote = educationAtVote(j);
  const consentCitation = j.decisionRuleSet.citations.educationExceptions;
  // Only an elder who passed on literacy at the vote (E-07 of the vote, third of its checks) needs the consent.
  if (vote[2]?.details.route !== 'literacy')
    return {
      vote,
      decision: check(
        'E-07',
        'not-applicable',
        consentCitation,
        'Không xét kết nạp theo ngoại lệ người có uy tín chỉ biết chữ quốc ngữ: không cần văn bản đồng ý theo E-07.',
        'Not admitted on literacy as a community elder: no E-07 consent needed.',
        {},
        'decision',
      ),
    };
  return { vote, decision: elderConsent(j, consentCitation) };
}

function educationAtVote(j: Judging): Check[] {
  const { candidate } = j.case;
  const level = candidate.education ?? null;
  const acceptsEquivalent = j.ruleSet.numbers.educationAcceptsEquivalent;
  const exceptionsCitation = j.ruleSet.citations.educationExceptions;
  // A community elder (E-07) is by definition in such an area, so the E-06 minimum applies to them too.
  const exceptionArea = candidate.hardshipArea === true || candidate.communityElder === true;
  if (level === null) {
    return [
      check(
        'E-05',
        'pending',
        acceptsEquivalent.citation,
        'Chưa ghi trình độ học vấn của quần chúng. Cần ghi trình độ giáo dục phổ thông (yêu cầu bằng tốt nghiệp THCS trở lên).',
        'Education is not recorded. Record the general-education level (a lower-secondary diploma or higher is required).',
      ),
      check(
        'E-06',
        'not-applicable',
        exceptionsCitation,
        'Chưa có trình độ học vấn.',
        'Education not recorded.',
      ),
      check(
        'E-07',
        'not-applicable',
        exceptionsCitation,
        'Chưa có trình độ học vấn.',
        'Education not recorded.',
      ),
    ];
  }
  const standing = lowerSecondaryStanding(level);
  const details = { education: level, ruleSet: j.ruleSet.id };
  const meetsGeneral = standing === 'diploma' || (standing === 'equivalent' && acceptsEquivalent.value);
  const e05 = meetsGeneral
    ? check(
        'E-05',
        'pass',
        acceptsEquivalent.citation,
        standing === 'diploma'
          ? 'Quần chúng có bằng tốt nghiệp THCS trở lên.'
          : 'Quần chúng có trình độ tương đương THCS, được chấp nhận theo quy định năm 2016.',
        standing === 'diploma'
          ? 'The candidate holds a lower-secondary diploma or higher.'
          : 'The candidate has a qualification equivalent to lower secondary, accepted under the 2016 rules.',
        { education: level, ruleSet: j.ruleSet.id, equivalent: standing === 'equivalent' },
      )
    : exceptionArea
      ? check(
          'E-05',
          'not-applicable',
          acceptsEquivalent.citation,
          'Quần chúng chưa có bằng THCS nhưng ở vùng được áp dụng ngoại lệ: xét theo E-06/E-07.',
          'No lower-secondary diploma, but the candidate qualifies for the area exceptions: judged under E-06/E-07.',
          details,
        )
      : standing === 'equivalent'
        ? check(
            'E-05',
            'pending',
            acceptsEquivalent.citation,
            'Quần chúng có bằng nghề, nhưng từ năm 2021 quy định yêu cầu bằng tốt nghiệp THCS (không còn chấp nhận "tương đương"). Cần ghi rõ trình độ giáo dục phổ thông và kèm bản sao bằng THCS.',
            'The candidate has a vocational qualification; since 2021 a lower-secondary diploma itself is required ("or equivalent" was dropped). Record the general-education level and attach the diploma.',
            details,
          )
        : check(
            'E-05',
            shortfall(j),
            acceptsEquivalent.citation,
            'Quần chúng chưa có bằng tốt nghiệp THCS. Chưa đủ điều kiện học vấn để xét kết nạp (trừ vùng khó khăn, vùng dân tộc thiểu số, biên giới, hải đảo hoặc ngư dân thường xuyên đi biển).',
            'The candidate has no lower-secondary diploma, so does not meet the education rule (except in hardship areas or for fishermen at sea).',
            shortfallDetails(j, details),
          );
  return [e05, ...exceptions(j, level, meetsGeneral || !exceptionArea, details)];
}

function exceptions(
  j: Judging,
  level: EducationLevel,
  notNeeded: boolean,
  details: Record<string, unknown>,
): Check[] {
  const citation = j.ruleSet.citations.educationExceptions;
  const elder = j.case.candidate.communityElder === true;
  if (notNeeded)
    return [exceptionNotNeeded('E-06', citation, details), exceptionNotNeeded('E-07', citation, details)];
  if (atLeast(level, 'primary')) {
    return [
      check(
        'E-06',
        'pass',
        citation,
        'Quần chúng ở vùng khó khăn (hoặc là ngư dân thường xuyên đi biển) và đã hoàn thành chương trình tiểu học: đủ điều kiện học vấn theo ngoại lệ.',
        'The candidate lives in a hardship area (or is a fisherman at sea) and completed primary school: meets the exception.',
        details,
      ),
      exceptionNotNeeded('E-07', citation, details),
    ];
  }
  if (!elder) {
    return [
      check(
        'E-06',
        shortfall(j),
        citation,
        'Quần chúng ở vùng khó khăn nhưng chưa hoàn thành chương trình tiểu học. Chưa đủ điều kiện học vấn; chỉ già làng, trưởng bản, người có uy tín mới được xét khi biết đọc, biết viết chữ quốc ngữ (E-07).',
        'Hardship area, but primary school is not completed; only village elders, hamlet heads and prestigious persons may be admitted on literacy alone (E-07).',
        shortfallDetails(j, details),
      ),
      exceptionNotNeeded('E-07', citation, details),
    ];
  }
  return [exceptionNotNeeded('E-06', citation, details), elderCheck(j, level, citation, details)];
}

function exceptionNotNeeded(rule: string, citation: string, details: Record<string, unknown>): Check {
  return check(
    rule,
    'not-applicable',
    citation,
    'Không cần áp dụng ngoại lệ này.',
    'This exception is not needed.',
    details,
  );
}

function elderCheck(
  j: Judging,
  level: EducationLevel,
  citation: string,
  details: Record<string, unknown>,
): Check {
  if (!atLeast(level, 'literate')) {
    return check(
      'E-07',
      shortfall(j),
      citation,
      'Già làng, trưởng bản, người có uy tín phải biết đọc, biết viết chữ quốc ngữ mới được xét kết nạp.',
      'Village elders, hamlet heads and prestigious persons must be literate in Quốc ngữ to be admitted.',
      shortfallDetails(j, details),
    );
  }
  return check(
    'E-07',
    'pass',
    citation,
    'Người có uy tín biết đọc, biết viết chữ quốc ngữ: đủ điều kiện học vấn theo ngoại lệ (cần thêm văn bản đồng ý của Ban Thường vụ tỉnh ủy trước khi quyết định).',
    'A literate community elder: meets the education exception (the provincial standing committee must also consent before the decision).',
    { ...details, route: 'literacy' },
  );
}

/** E-07's second condition, at the decision: the provincial standing committee's written consent before it. */
function elderConsent(j: Judging, citation: string): Check {
  const consent = priorConsentStatus(j.case);
  const details = {
    consent: j.case.consents?.provincialStandingCommittee ?? null,
    decision: j.case.decision?.date ?? null,
  };
  if (consent === 'pass')
    return check(
      'E-07',
      'pass',
      citation,
      'Người có uy tín biết chữ quốc ngữ, đã có văn bản đồng ý của Ban Thường vụ tỉnh ủy trước khi quyết định kết nạp.',
      'A literate community elder, with the provincial standing committee consenting before the decision.',
      details,
      'decision',
    );
  if (consent === 'pending')
    return check(
      'E-07',
      'pending',
      citation,
      'Người có uy tín chỉ biết chữ quốc ngữ: cần có văn bản đồng ý của Ban Thường vụ tỉnh ủy trước khi cấp ủy có thẩm quyền ký quyết định kết nạp.',
      'A community elder admitted on literacy needs the provincial standing committee’s written consent before the decision is signed.',
      details,
      'decision',
    );
  return check(
    'E-07',
    'fail',
    citation,
    'Quyết định kết nạp người có uy tín chỉ biết chữ quốc ngữ đã được ký khi chưa có văn bản đồng ý của Ban Thường vụ tỉnh ủy. Cần báo cáo cấp ủy có thẩm quyền xem xét lại.',
    'The decision admitting a community elder on literacy was signed without the provincial standing committee’s prior consent. Report for review.',
    details,
    'decision',
  );
}
