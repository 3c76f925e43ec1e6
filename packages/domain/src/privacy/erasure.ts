/**
 * What an erased dossier keeps (docs/privacy.md, "Retention and erasure"): the candidate's id, cell, the kinds and
 * days of its steps and the dates the pipeline caches (so stage counts, the forecast's completion rates and the
 * public board stay right), and the year of birth (the forecast of a past day weighs the age window of every
 * candidate open on that day, so rebuilding a past year's board needs a birth date). Everything else about the
 * person goes: the name, the gender, the day and month of birth, the basic profile, the sensitive record and the
 * data of every step.
 */
import type { IsoDate } from '../date.js';

/** The name an erased candidate is shown by. */
export const ERASED_NAME = '(đã xóa)';

/** The person's columns and profile once erased, from the stored birth date. */
export interface ErasedPerson {
  fullName: string;
  /** Folded name for search: empty, so no name search finds an erased candidate. */
  nameFolded: string;
  /** Empty: no count reads a closed candidate's gender. */
  gender: string;
  /** 1 January of the year of birth. */
  birthDate: IsoDate;
  profile: Record<string, never>;
  /** What every step's data becomes: nothing (the kind and the day are columns of their own). */
  eventData: Record<string, never>;
}

/** The values that replace the person's in an erased candidate's row. */
export function erasedPerson(birthDate: IsoDate): ErasedPerson {
  return {
    fullName: ERASED_NAME,
    nameFolded: '',
    gender: '',
    birthDate: `${birthDate.slice(0, 4)}-01-01`,
    profile: {},
    eventData: {},
  };
}
