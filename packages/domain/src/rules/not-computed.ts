/**
 * Why each rule the catalogue records but nothing judges (`implementation: record`) is not computed: the facts it
 * needs are not held, it is a person's or a committee's determination, or the pipeline enforces it as the order of
 * the steps rather than as a rule check. docs/rules.md prints these in its "Not computed" section; a test keeps this
 * table and the catalogue's `record` rows the same set.
 */

const ORDER =
  'Enforced as the order of the procedure: the pipeline refuses the step that would break it (`orderRefusals` in pipeline/transition.ts); the case format holds no field for it, so `evaluateCase` does not judge it.';
const PAPER =
  'A paper of the dossier: the dossier checklist (`dossierChecklist`, from the form catalogue) shows it filed or missing; its contents are not judged.';
const HUMAN = 'A determination by a person or a committee: recorded as made, never computed.';
const MEMBER_FILE =
  'Management of the member file after admission: ketnap holds no member files or registers (its records end at recognition).';
const ORGANISATION =
  'The organisation model: built into the org tree (province → commune → grassroots organisation → cell) and the access roles, not judged on a case.';

/** The reason, in English for the reference, for every `record` row of the catalogue. */
export const notComputedReasons: Readonly<Record<string, string>> = {
  'O-01': ORGANISATION,
  'O-02': `${ORGANISATION} The commune's standing committee records the decisions (T-07).`,
  'O-03': ORGANISATION,
  'O-05': "Needs the cells' meeting records, which ketnap does not hold.",
  'E-01': HUMAN,
  'E-09':
    "Needs the certificate's issuer, course score and register serial; ketnap records only its issue date (judged by E-08).",
  'E-11': HUMAN,
  'E-12': HUMAN,
  'E-15':
    'Needs which cell was assigned to help a person where there is no member or cell; ketnap places every candidate in a cell.',
  'E-16':
    'Needs where and for how long a trainee or secondee studies or serves, and both places of a person living in two; ketnap does not hold them.',
  'D-02': `${ORDER} The cell vote needs the application on record.`,
  'D-03': `${ORDER} The cell vote needs the background declared.`,
  'D-06': PAPER,
  'D-08': `${PAPER} Its counts are judged by T-05 (a partial committee's appraisal has no threshold).`,
  'D-09': `${PAPER} Its vote is judged by T-05.`,
  'D-11': PAPER,
  'D-12': `${PAPER} The verification answer must follow the request (V-05).`,
  'D-20': `${ORDER} Recorded only during probation; the recognition decision needs it (L-16).`,
  'D-21': `${ORDER} Recorded only during probation.`,
  'D-22': PAPER,
  'D-23': PAPER,
  'D-25': PAPER,
  'D-26': PAPER,
  'D-V3': HUMAN,
  'D-H1': MEMBER_FILE,
  'D-H2': MEMBER_FILE,
  'D-H3': `${MEMBER_FILE} The 6-monthly cross-check needs the registers.`,
  'D-H4': `${MEMBER_FILE} The 3-monthly check needs the transfer slips' dates.`,
  'D-H6':
    'Confidentiality of the file: enforced by access control, sensitive-field masking and the audit log (docs/access.md), not judged on a case.',
  'D-H7': MEMBER_FILE,
  'I-04': HUMAN,
  'I-07': `${ORDER} A helper is assigned before the cell vote or during probation.`,
  'V-01': HUMAN,
  'V-03': HUMAN,
  'V-04':
    'A side exempted is recorded with the committee’s reason instead of a request (rules/verification.ts); the relatives’ Party membership it rests on is not held as a fact.',
  'V-06': 'Needs where relatives live abroad; ketnap does not hold it as a fact.',
  'T-01': `${ORDER} One candidate, one history: the cell votes once on each candidate.`,
  'L-02': 'A rule not to judge: no deadline on the intermediate steps, so none is computed.',
  'L-04': 'The ceremony’s form is not recorded, only its date (L-03, L-05).',
  'L-14': `${ORDER} Only a probationary member is struck off, by the commune's standing committee.`,
  'L-15': 'Needs discipline during probation, which ketnap does not record.',
  'L-16': `${ORDER} The recognition decision needs the new-member class certificate on record.`,
  'M-02':
    'Computable from the planned length of an absence (3 months to under 1 year; training up to 2 years), but ketnap holds no absences or transfers; M-01 is judged from the transfer dates when given.',
  'M-05':
    'Needs attendance and dues records (3 months in a year without reason), which ketnap does not hold.',
};
