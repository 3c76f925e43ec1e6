export { buildPaper } from './build-paper.js';
export type { PaperFacts, StatisticsRow } from './facts.js';
export { formOn, type PaperForm, type PaperGuide, procedureGuides, statisticsGuide } from './forms.js';
export { type HandwrittenPaper, handwrittenPapers, handwrittenReceipt } from './handwritten.js';
export {
  annualPaperInput,
  candidatePaperInput,
  candidatePaperKinds,
  paperFormat,
  paperRegisterInput,
  reissuePaperInput,
} from './inputs.js';
export type {
  BuiltPaper,
  FailedRule,
  MissingFact,
  PaperBlock,
  PaperModel,
  PaperParagraph,
  PaperTable,
  SignatureBlock,
} from './model.js';
export { placeDateLine, placeOf, upperVi } from './place-date.js';
export { paperRefusal } from './refusal.js';
export {
  factLabels,
  isPaperKind,
  issuerLabels,
  numberTypedWithStep,
  type PaperFact,
  type PaperIssuer,
  type PaperKind,
  type PaperKindEntry,
  paperKind,
  paperKindNames,
  paperKinds,
  registeredPapersOf,
} from './registry.js';
export { stepEvent } from './step-event.js';
