/**
 * The candidates' sheet: each row checked with the pipeline's own `createCandidateInput` (the schema of the
 * console's "new candidate" form), the cell resolved by name, the sensitive columns filed apart.
 */
import type { z } from 'zod';
import { type CreateCandidateInput, createCandidateInput } from '../pipeline/inputs.js';
import { CANDIDATE_COLUMNS, DATE_HINT, type ImportColumn, type SheetRow } from './columns.js';
import {
  byName,
  check,
  type ImportCheck,
  type ImportContext,
  issuesToErrors,
  notAfterToday,
  unknownName,
} from './sheet.js';

/** A candidate row, valid: the pipeline's own create input. */
export type CandidateImport = { row: number } & z.output<typeof createCandidateInput>;

const PROFILE_KEYS = ['education', 'occupation', 'youthUnionMember', 'residence'] as const;
const SENSITIVE_KEYS = ['nationalId', 'ethnicity', 'religion'] as const;

/** Checks a candidates' sheet with the pipeline's `createCandidateInput`; valid only when every row is. */
export function checkCandidateImport(
  rows: readonly SheetRow[],
  context: ImportContext,
): ImportCheck<CandidateImport> {
  const columns = CANDIDATE_COLUMNS;
  const cellCol = columns.find((c) => c.key === 'cell') as ImportColumn;
  return check(columns, rows, context, (values, row) => {
    const cell = typeof values.cell === 'string' ? byName(context.cells, values.cell) : undefined;
    const input: CreateCandidateInput = {
      cellId: cell?.id ?? '',
      fullName: values.fullName as string,
      gender: values.gender as 'M' | 'F',
      birthDate: values.birthDate as string,
      enteredPoolOn: values.enteredPoolOn as string,
      profile: Object.fromEntries(PROFILE_KEYS.filter((k) => k in values).map((k) => [k, values[k]])),
      sensitive: Object.fromEntries(SENSITIVE_KEYS.filter((k) => k in values).map((k) => [k, values[k]])),
    };
    const parsed = createCandidateInput.safeParse(input);
    const errors = [
      ...(parsed.success
        ? []
        : issuesToErrors(columns, row, parsed.error.issues, values).filter(
            (e) => e.column !== cellCol.header.vi,
          )),
      ...notAfterToday(columns, row, values, context.today),
    ];
    if (values.cell === undefined)
      errors.push({
        row,
        column: cellCol.header.vi,
        message: 'Ô này bắt buộc nhưng đang để trống.',
        hint: cellCol.hint,
      });
    else if (!cell) errors.push(unknownName(cellCol, row, String(values.cell), context.cells));
    if (parsed.success && typeof input.birthDate === 'string' && input.enteredPoolOn < input.birthDate)
      errors.push({
        row,
        column: 'Ngày đưa vào nguồn phát triển',
        message: 'Ngày vào nguồn trước ngày sinh.',
        hint: DATE_HINT,
      });
    if (!parsed.success || errors.length > 0) return { ok: false, errors };
    return { ok: true, value: { row, ...parsed.data } };
  });
}
