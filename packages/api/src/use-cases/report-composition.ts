import { admittedRecords } from '@ketnap/db';
import {
  type AdmittedPerson,
  basicProfileSchema,
  compositionOf,
  type IsoDate,
  SENSITIVE_DIMENSIONS,
  sensitiveProfileSchema,
  subTargetAchievement,
} from '@ketnap/domain';
import { loadCommuneYear, reportDay } from '../commune-year.js';
import type { CallerContext } from '../context.js';
import { toTRPCError } from '../errors.js';
import { seesSensitive } from './read-candidate.js';

/**
 * The composition of the year's new members (`reports.composition`, Q-04). Reads the sensitive fields (ethnicity,
 * religion) of those admitted, writes the audit entry of that read (field names only), and returns counts. A reader
 * without `read-sensitive` over the commune (a viewer) gets no sensitive breakdown at all, and neither the
 * sensitive fields are read nor the read audited for them: any count of ethnicity or religion, compared across two
 * days or with the names and decision dates a viewer sees, can name a person's value.
 */
export async function reportComposition(
  ctx: CallerContext,
  input: { commune: string; year: number; asOf?: IsoDate },
) {
  const asOf = reportDay(input.year, input.asOf ?? ctx.today());
  const loaded = await loadCommuneYear(ctx.db, input.commune, input.year, asOf);
  if (!loaded.ok) throw toTRPCError(loaded.error);
  const withholdSensitive = !seesSensitive(ctx);
  const records = await admittedRecords(ctx.db, loaded.cellIds, input.year, asOf);
  if (records.length > 0 && !withholdSensitive)
    await ctx.auditRead({
      targetType: 'commune',
      targetId: loaded.commune.id,
      orgId: loaded.commune.id,
      fields: [...SENSITIVE_DIMENSIONS],
    });
  const people: AdmittedPerson[] = records.map((r) => {
    const sensitive = sensitiveProfileSchema.safeParse(
      r.sensitive && !withholdSensitive ? JSON.parse(r.sensitive) : {},
    );
    return {
      cellId: r.cellId,
      gender: r.gender,
      birthDate: r.birthDate,
      decidedOn: r.decidedOn,
      profile: basicProfileSchema.catch({}).parse(JSON.parse(r.profile)),
      sensitive: sensitive.success
        ? { ethnicity: sensitive.data.ethnicity, religion: sensitive.data.religion }
        : {},
    };
  });
  const composition = compositionOf(people, { withholdSensitive });
  const achieved = subTargetAchievement(people);
  const withheld = (d: 'ethnicity' | 'religion') =>
    composition.breakdowns.find((b) => b.dimension === d)?.withheld ?? false;
  return {
    commune: { slug: loaded.commune.slug ?? loaded.commune.id, name: loaded.commune.name },
    year: input.year,
    asOf,
    ...composition,
    suppressed: withholdSensitive,
    subTargets: loaded.targetOf.get(loaded.commune.id)?.subTargets ?? {},
    achieved: {
      ...achieved,
      ethnicMinority: withheld('ethnicity') ? null : achieved.ethnicMinority,
      religious: withheld('religion') ? null : achieved.religious,
    },
  };
}
