/**
 * `toCase`: what the pipeline knows about a candidate, as the rules engine's interchange case (case-format.md), so
 * `evaluateCase` judges a step at the step's date. The rules are never restated here: this only maps data.
 */
import type { IsoDate } from '../date.js';
import type { Case } from '../rules/index.js';
import type { PipelineEvent } from './events.js';
import type { BasicProfile, SensitiveProfile } from './field-catalogue.js';

/** The candidate's own facts the rules read: birth date and profile fields. */
export interface PersonFacts {
  birthDate: IsoDate | null;
  profile: BasicProfile;
  /** Only `formerMember` is read from the sensitive record (L-20..L-22). */
  sensitive: Pick<SensitiveProfile, 'formerMember'>;
}

/** The unit where the candidate is considered: whether it has a Youth Union / a Trade Union (E-13, I-01). */
export interface UnitFacts {
  youthUnionPresent: boolean | null;
  tradeUnionPresent: boolean | null;
}

/** What the rules need of a member who introduces: the day they became official (I-02), `null` while probationary. */
export interface MemberFacts {
  officialOn: IsoDate | null;
}

/**
 * Builds the case as of `asOf` from a history in date order: the latest certificate, every introduction (a member's
 * official date from `members`; an unknown member counts as not official), the latest verification request and its
 * answer (V-07), the latest provincial consent, the last cell vote, the decision (with its extension and the
 * standing committee's vote, T-07) and its receipt, the ceremony (with the superior's consent to a late
 * one), and the recognition vote and decision (with its extension).
 */
export function toCase(
  candidate: PersonFacts,
  history: readonly PipelineEvent[],
  members: ReadonlyMap<string, MemberFacts>,
  unit: UnitFacts,
  asOf: IsoDate,
): Case {
  const p = candidate.profile;
  const c: Case = {
    asOf,
    candidate: {
      birthDate: candidate.birthDate,
      education: p.education ?? null,
      hardshipArea: p.hardshipArea,
      communityElder: p.communityElder,
      youthUnionMember: p.youthUnionMember,
      tradeUnionMember: p.tradeUnionMember,
      formerMember: candidate.sensitive.formerMember ?? null,
    },
    unit: {
      ...(unit.youthUnionPresent === null ? {} : { youthUnionPresent: unit.youthUnionPresent }),
      ...(unit.tradeUnionPresent === null ? {} : { tradeUnionPresent: unit.tradeUnionPresent }),
    },
    certificate: null,
    introducers: [],
    consents: { provincialStandingCommittee: null },
    cellVote: null,
    decision: null,
    ceremony: null,
    recognitionVote: null,
    recognitionDecision: null,
  };
  for (const e of history) {
    switch (e.kind) {
      case 'certificate':
        c.certificate = { issuedOn: e.on };
        break;
      case 'introduction':
        c.introducers?.push(
          e.introducer.kind === 'member'
            ? {
                kind: 'member',
                officialSince: members.get(e.introducer.memberId)?.officialOn ?? null,
                together: e.introducer.together,
                replacement: e.introducer.replacement,
              }
            : { kind: e.introducer.kind, resolutionDate: e.on },
        );
        break;
      case 'consent':
        c.consents = { provincialStandingCommittee: e.on };
        break;
      case 'cell-vote':
        c.cellVote = {
          date: e.on,
          officialMembers: e.officialMembers,
          notCounted: e.notCounted,
          inFavour: e.inFavour,
        };
        break;
      case 'admission-decision':
        c.decision = {
          date: e.on,
          receivedOn: null,
          extendedWorkingDays: e.extendedWorkingDays,
          ...(e.standingCommittee ? { standingCommittee: e.standingCommittee } : {}),
        };
        break;
      case 'verification-requested':
        c.dossier = { ...c.dossier, verificationRequestedOn: e.on, verificationAnsweredOn: null };
        break;
      case 'verification-answered':
        c.dossier = { ...c.dossier, verificationAnsweredOn: e.on };
        break;
      case 'decision-received':
        if (c.decision) c.decision.receivedOn = e.on;
        break;
      case 'ceremony':
        c.ceremony = { date: e.on, superiorConsentOn: e.superiorConsentOn ?? null };
        break;
      case 'recognition-vote':
        c.recognitionVote = {
          date: e.on,
          officialMembers: e.officialMembers,
          notCounted: e.notCounted,
          inFavour: e.inFavour,
        };
        break;
      case 'recognition-decision':
        c.recognitionDecision = { date: e.on, extendedWorkingDays: e.extendedWorkingDays };
        break;
    }
  }
  return c;
}
