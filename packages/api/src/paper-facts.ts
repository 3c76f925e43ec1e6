/**
 * What a paper is filled from (the domain's `PaperFacts`), loaded from the database: the candidate's row, profile
 * and history, the cell, commune and province names, the cited members' names and the rule checks of the case on
 * `today`, the register's numbers of its papers; or, for the annual statistics, the commune's cells with their admissions and recognitions of the year.
 * The server's procedures and the command line (`ketnap paper`) both load through here.
 */
import {
  candidatePaperNumbers,
  cellsOf,
  communeBySlug,
  type DbClient,
  orgNames,
  orgPath,
  stepsByCell,
} from '@ketnap/db';
import { compareVi, evaluateCase, type IsoDate, type PaperFacts, toCase } from '@ketnap/domain';
import { type CandidateFile, loadCandidateFile, type RuleFacts, ruleFacts } from './candidate-file.js';

/** The commune and province names above `unitId` (a cell or the commune itself). */
async function placeOf(db: DbClient, unitId: string) {
  const path = await orgPath(db, unitId);
  if (!path?.communeId) return undefined;
  const names = await orgNames(db, path.path);
  const provinceId = path.path[path.path.indexOf(path.communeId) + 1];
  return {
    names,
    commune: {
      name: names.get(path.communeId) ?? '',
      province: provinceId ? (names.get(provinceId) ?? '') : '',
    },
  };
}

/**
 * The facts of a candidate's papers from its file and rule facts as already loaded (the candidate page's file
 * loads them once, the cited members' names with them): adds the place's names and the register's numbers.
 */
export async function paperFactsOf(
  db: DbClient,
  file: CandidateFile,
  facts: RuleFacts,
  today: IsoDate,
): Promise<PaperFacts | undefined> {
  const [place, numbers] = await Promise.all([
    placeOf(db, file.row.cell_id),
    candidatePaperNumbers(db, file.row.id),
  ]);
  if (!place) return undefined;
  const answer = evaluateCase(toCase(facts.candidate, file.history, facts.members, facts.unit, today));
  return {
    commune: place.commune,
    cell: { name: place.names.get(file.row.cell_id) ?? '' },
    candidate: {
      fullName: file.row.full_name,
      birthDate: file.row.birth_date,
      gender: file.row.gender,
      residence: file.profile.residence,
      occupation: file.profile.occupation,
    },
    history: file.history,
    // The rule facts already hold the names of the members the history cites.
    memberNames: Object.fromEntries(facts.memberNames),
    checks: answer.checks,
    // The latest standing number of each kind (a repeated step's paper takes the newer number).
    numbers: Object.fromEntries(numbers.map((n) => [n.kind, n.number])),
  };
}

/** The facts of one candidate's papers; undefined for an unknown candidate (an erased dossier is refused). */
export async function candidatePaperFacts(
  db: DbClient,
  candidateId: string,
  today: IsoDate,
): Promise<PaperFacts | undefined> {
  const file = await loadCandidateFile(db, candidateId);
  if (!file) return undefined;
  return paperFactsOf(db, file, await ruleFacts(db, file), today);
}

/** The facts of a commune's annual statistics for `year`, counted to 31 December (or `today` within the year). */
export async function annualPaperFacts(
  db: DbClient,
  communeSlug: string,
  year: number,
  today: IsoDate,
): Promise<PaperFacts | undefined> {
  const commune = await communeBySlug(db, communeSlug);
  if (!commune) return undefined;
  const place = await placeOf(db, commune.id);
  if (!place) return undefined;
  const yearEnd = `${year}-12-31`;
  const asOf = today < yearEnd ? today : yearEnd;
  const cells = await cellsOf(db, commune.id, asOf);
  const ids = cells.map((c) => c.id);
  const [admitted, recognised] = await Promise.all([
    stepsByCell(db, ids, 'admission-decision', year, asOf),
    stepsByCell(db, ids, 'recognition-decision', year, asOf),
  ]);
  const count = (rows: { cellId: string; count: number }[], id: string) =>
    rows.find((r) => r.cellId === id)?.count ?? 0;
  return {
    commune: place.commune,
    statistics: {
      year,
      rows: [...cells]
        .sort((a, b) => compareVi(a.name, b.name))
        .map((c) => ({ cell: c.name, admitted: count(admitted, c.id), recognised: count(recognised, c.id) })),
    },
  };
}
