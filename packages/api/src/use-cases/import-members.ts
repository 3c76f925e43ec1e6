import { randomUUID } from 'node:crypto';
import { insertMember } from '@ketnap/db';
import { checkMemberImport } from '@ketnap/domain';
import type { z } from 'zod';
import type { CallerContext } from '../context.js';
import { type importInput, runImport } from './import-register.js';

/**
 * Imports members, historical records (`imports.members`): checked whole by the domain; written only when every row
 * is valid, each with its audit entry, in one transaction that also rebuilds the commune's boards.
 */
export function importMembers(ctx: CallerContext, input: z.output<typeof importInput>) {
  return runImport(ctx, 'members', input, checkMemberImport, async (trx, row) => {
    const id = `dv-${randomUUID()}`;
    await insertMember(trx, {
      id,
      cell_id: row.cellId,
      full_name: row.fullName,
      gender: row.gender,
      birth_date: row.birthDate,
      admitted_on: row.admittedOn,
      joined_on: row.joinedOn,
      official_on: row.officialOn,
      left_on: null,
      left_reason: null,
      village_id: row.villageId,
    });
    return { id, targetType: 'member', action: 'member.import' };
  });
}
