import { type AccountRole, accountRoles } from '@ketnap/domain';
import { NativeSelect } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useI18n, useMessages } from '../../lib/i18n/i18n.js';
import { useTRPC } from '../../lib/trpc.js';
import { useCells } from '../../lib/use-cells.js';
import { roleUnitMessages } from './messages.js';

/** A role and the unit it is held over, as the two fields below hold them (`orgId` '' while no unit is chosen). */
export interface RoleUnit {
  role: AccountRole;
  orgId: string;
}

/**
 * The unit a role starts on: a cell secretary's cell is to be chosen among the commune's cells; the other roles are
 * held over the commune itself, unless the account holds that already (`held`: the units it holds `role` over).
 */
export const firstUnit = (role: AccountRole, communeId: string, held: readonly string[] = []): string =>
  role === 'cell-secretary' || held.includes(communeId) ? '' : communeId;

/**
 * "Role" and "Unit", the fields of the new-account form and of the "add a role" form: the commune itself for an
 * administrator or a viewer, one of the commune's cells (the pipeline's list, `useCells`) for a cell secretary.
 * Changing the role moves the unit to {@link firstUnit}. Units the account already holds the role over (`heldOver`)
 * are left out. Whether the unit suits the role only the server knows; this offers nothing else.
 */
export function RoleUnitFields({
  communeId,
  value,
  onChange,
  errors,
  heldOver = () => [],
}: {
  communeId: string;
  value: RoleUnit;
  onChange: (value: RoleUnit) => void;
  errors: Partial<Record<'role' | 'orgId', string>>;
  heldOver?: (role: AccountRole) => readonly string[];
}) {
  const m = useMessages(roleUnitMessages);
  const { m: chrome } = useI18n();
  const trpc = useTRPC();
  const cells = useCells({ orgId: communeId, level: 'commune' });
  const commune = useQuery(trpc.org.communes.queryOptions()).data?.[0];
  const held = heldOver(value.role);
  const open = (
    value.role === 'cell-secretary'
      ? cells.map((c) => ({ value: c.id, label: c.name }))
      : [{ value: communeId, label: commune?.name ?? m.commune }]
  ).filter((unit) => !held.includes(unit.value));
  const units =
    value.role === 'cell-secretary'
      ? [{ value: '', label: m.chooseCell }, ...open]
      : open.length > 0
        ? open
        : [{ value: '', label: m.nothingLeft }];

  return (
    <>
      <NativeSelect
        label={m.role}
        value={value.role}
        onChange={(e) => {
          const role = e.currentTarget.value as AccountRole;
          onChange({ role, orgId: firstUnit(role, communeId, heldOver(role)) });
        }}
        data={accountRoles.map((r) => ({ value: r, label: chrome.roleNames[r] }))}
        error={errors.role}
        required
      />
      <NativeSelect
        label={m.unit}
        value={value.orgId}
        onChange={(e) => onChange({ ...value, orgId: e.currentTarget.value })}
        data={units}
        error={errors.orgId}
        required
      />
    </>
  );
}
