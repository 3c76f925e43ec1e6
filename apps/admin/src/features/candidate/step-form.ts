import {
  type Check,
  formatDateVi,
  type IsoDate,
  type PipelineEvent,
  type PipelineEventKind,
  type PipelineState,
  pipelineEventSchema,
  type TransitionContext,
  transition,
} from '@ketnap/domain';
import { typedDay, validateForm } from '../../lib/form-errors.js';

/**
 * The fields of a step form, as typed: text throughout (a date as `dd/MM/yyyy`, a number as digits), so what the
 * person typed stays on screen while it is still wrong. Which fields a kind shows is {@link STEP_FIELDS}.
 */
export interface StepFields {
  on: string;
  memberId: string;
  introducerKind: 'member' | 'youth-union' | 'trade-union';
  replacement: boolean;
  togetherFrom: string;
  togetherTo: string;
  relation: '' | 'work' | 'study' | 'residence';
  serial: string;
  addressee: string;
  consentReason: '' | 'over-60' | 'community-elder' | 'readmission';
  reference: string;
  officialMembers: string;
  notCounted: string;
  inFavour: string;
  body: '' | 'partial' | 'grassroots';
  members: string;
  number: string;
  /** T-07: the standing committee's vote on an admission decision (both empty: not recorded). */
  committeeMembers: string;
  committeeInFavour: string;
  extendedWorkingDays: string;
  /** L-03: the immediate superior's consent to a ceremony held after its working days (empty: none). */
  superiorConsentOn: string;
  reason: string;
}

export type StepField = keyof StepFields;

/** An empty form dated `today`. */
export function emptyStepFields(today: IsoDate): StepFields {
  return {
    on: formatDateVi(today),
    memberId: '',
    introducerKind: 'member',
    replacement: false,
    togetherFrom: '',
    togetherTo: '',
    relation: '',
    serial: '',
    addressee: '',
    consentReason: '',
    reference: '',
    officialMembers: '',
    notCounted: '0',
    inFavour: '',
    body: '',
    members: '',
    number: '',
    committeeMembers: '',
    committeeInFavour: '',
    extendedWorkingDays: '0',
    superiorConsentOn: '',
    reason: '',
  };
}

/** The fields each kind of step asks for, besides its date, in the order the form shows them. */
export const STEP_FIELDS: Record<PipelineEventKind, readonly StepField[]> = {
  'entered-pool': [],
  'helper-assigned': ['memberId', 'togetherFrom', 'togetherTo', 'relation'],
  certificate: ['serial'],
  application: [],
  'background-declared': [],
  'verification-requested': ['addressee'],
  'verification-answered': [],
  introduction: ['introducerKind', 'memberId', 'togetherFrom', 'togetherTo', 'relation', 'replacement'],
  'union-comment': [],
  'residence-comment': [],
  consent: ['consentReason', 'reference'],
  'cell-vote': ['officialMembers', 'notCounted', 'inFavour'],
  'committee-resolution': ['body', 'members', 'inFavour'],
  'admission-decision': ['number', 'committeeMembers', 'committeeInFavour', 'extendedWorkingDays'],
  'decision-received': [],
  ceremony: ['superiorConsentOn'],
  'new-member-certificate': [],
  'probation-review': [],
  'recognition-vote': ['officialMembers', 'notCounted', 'inFavour'],
  'recognition-decision': ['number', 'extendedWorkingDays'],
  withdrawn: ['reason'],
  rejected: ['number', 'reason'],
  'struck-off': ['number', 'reason'],
};

/** A typed count as a number; text that is not one stays text so the schema refuses it ("Cần một số nguyên."). */
const count = (text: string): number | string | undefined => {
  const t = text.trim();
  if (t === '') return undefined;
  return /^-?\d+$/.test(t) ? Number(t) : t;
};
const optional = (text: string): string | undefined => (text.trim() === '' ? undefined : text);

/** The periods together (I-03) the form describes: one period, or none when its start is left empty. */
function together(f: StepFields) {
  if (f.togetherFrom.trim() === '' && f.relation === '') return [];
  return [
    {
      from: typedDay(f.togetherFrom),
      to: f.togetherTo.trim() === '' ? null : typedDay(f.togetherTo),
      relation: f.relation || undefined,
    },
  ];
}

/** The event the form describes, before validation: the same object the server's schema will judge. */
export function draftEvent(kind: PipelineEventKind, f: StepFields): Record<string, unknown> {
  const on = typedDay(f.on);
  const votes = {
    officialMembers: count(f.officialMembers),
    notCounted: count(f.notCounted),
    inFavour: count(f.inFavour),
  };
  switch (kind) {
    case 'helper-assigned':
      return { kind, on, memberId: f.memberId, together: together(f) };
    case 'certificate':
      return { kind, on, serial: optional(f.serial) };
    case 'verification-requested':
      return { kind, on, addressee: optional(f.addressee) };
    case 'introduction':
      return {
        kind,
        on,
        introducer:
          f.introducerKind === 'member'
            ? { kind: 'member', memberId: f.memberId, together: together(f), replacement: f.replacement }
            : { kind: f.introducerKind },
      };
    case 'consent':
      return { kind, on, reason: f.consentReason || undefined, reference: f.reference };
    case 'cell-vote':
    case 'recognition-vote':
      return { kind, on, ...votes };
    case 'committee-resolution':
      return { kind, on, body: f.body || undefined, members: count(f.members), inFavour: count(f.inFavour) };
    case 'admission-decision':
      return {
        kind,
        on,
        number: f.number,
        extendedWorkingDays: count(f.extendedWorkingDays),
        standingCommittee:
          f.committeeMembers.trim() === '' && f.committeeInFavour.trim() === ''
            ? undefined
            : { members: count(f.committeeMembers), inFavour: count(f.committeeInFavour) },
      };
    case 'recognition-decision':
      return { kind, on, number: f.number, extendedWorkingDays: count(f.extendedWorkingDays) };
    case 'ceremony':
      return {
        kind,
        on,
        superiorConsentOn: f.superiorConsentOn.trim() === '' ? undefined : typedDay(f.superiorConsentOn),
      };
    case 'withdrawn':
      return { kind, on, reason: optional(f.reason) };
    case 'rejected':
    case 'struck-off':
      return {
        kind,
        on,
        number: kind === 'rejected' ? optional(f.number) : f.number,
        reason: optional(f.reason),
      };
    default:
      return { kind, on };
  }
}

const FIELD_NAMES = new Set<string>(Object.keys(emptyStepFields('2000-01-01')));

/** The form field a schema issue belongs to, from the path in the event object; the date by default. */
function fieldOf(kind: PipelineEventKind, path: readonly PropertyKey[]): StepField {
  const last = path.filter((p): p is string => typeof p === 'string').at(-1);
  if (path[0] === 'introducer' && (last === 'kind' || last === 'introducer')) return 'introducerKind';
  if (last === 'from') return 'togetherFrom';
  if (last === 'to') return 'togetherTo';
  if (last === 'reason' && kind === 'consent') return 'consentReason';
  if (path[0] === 'standingCommittee') return last === 'members' ? 'committeeMembers' : 'committeeInFavour';
  return last !== undefined && FIELD_NAMES.has(last) ? (last as StepField) : 'on';
}

/** What the form shows while a person types: errors beside the fields, and the rule checks of the step. */
export type StepPreview =
  | { valid: false; errors: Partial<Record<StepField, string>> }
  | { valid: true; event: PipelineEvent; refused: Check[]; warnings: Check[] };

/**
 * Validates the form with the server's own schema, then asks the same transition function the server runs whether
 * the step would be accepted on this state and, if not, which rules refuse it (with their citations).
 */
export function previewStep(
  kind: PipelineEventKind,
  fields: StepFields,
  state: PipelineState,
  context: TransitionContext,
): StepPreview {
  const parsed = validateForm(pipelineEventSchema, draftEvent(kind, fields), (path) => fieldOf(kind, path));
  if (!parsed.success) return { valid: false, errors: parsed.errors };
  const result = transition(state, parsed.data, context);
  return result.ok
    ? { valid: true, event: parsed.data, refused: [], warnings: result.warnings }
    : { valid: true, event: parsed.data, refused: result.reasons, warnings: [] };
}
