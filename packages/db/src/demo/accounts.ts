import type { Kysely } from 'kysely';
import { grantRole, insertAccount } from '../queries/accounts.js';
import type { Database, Role } from '../schema.js';
import { DEMO_COMMUNE } from './commune.js';

/**
 * The password of every demo account. Public on purpose (README, printed at first start): demo data only. Real
 * accounts are created by a commune administrator with their own passwords.
 */
export const DEMO_PASSWORD = 'yenbinh-2023';

/** One demo account and the role it holds. */
export interface DemoAccount {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  orgId: string;
  homeOrgId: string;
}

// 'cb-thon-dong' → 'thondong', 'cb-truong-mam-non' → 'truongmamnon'.
const handle = (cellId: string) => cellId.replace(/^cb-/, '').replaceAll('-', '');

/**
 * The demo commune's accounts: `vanphong` (the commune party committee's office: commune administrator),
 * `bithu.<cell>` (one cell secretary per cell, e.g. `bithu.thondong`) and `tinh` (a province viewer).
 */
export function demoAccounts(): DemoAccount[] {
  const { province, commune, cells } = DEMO_COMMUNE;
  return [
    {
      id: 'acc-vanphong',
      username: 'vanphong',
      displayName: `Văn phòng Đảng ủy ${commune.name}`,
      role: 'commune-admin',
      orgId: commune.id,
      homeOrgId: commune.id,
    },
    ...cells.map((cell) => ({
      id: `acc-bithu-${handle(cell.id)}`,
      username: `bithu.${handle(cell.id)}`,
      displayName: `Bí thư ${cell.name}`,
      role: 'cell-secretary' as const,
      orgId: cell.id,
      homeOrgId: commune.id,
    })),
    {
      id: 'acc-tinh',
      username: 'tinh',
      displayName: `Ban Tổ chức ${province.name}`,
      role: 'viewer',
      orgId: province.id,
      homeOrgId: province.id,
    },
  ];
}

/**
 * Writes the demo accounts in one transaction, each marked `demo` (the console nags until every one is disabled or
 * has a password of its own; with the demo switched off the mark counts as must-change). `passwordHash` is the hash of {@link DEMO_PASSWORD}, made by the
 * caller (hashing lives in the server's shell): one scrypt hash at 128 MiB costs a third of a second, so the demo
 * shares one; real accounts each get their own salt.
 */
export async function loadDemoAccounts(
  db: Kysely<Database>,
  params: { passwordHash: string; at: string },
): Promise<DemoAccount[]> {
  const accounts = demoAccounts();
  await db.transaction().execute(async (trx) => {
    for (const a of accounts) {
      await insertAccount(trx, {
        id: a.id,
        username: a.username,
        display_name: a.displayName,
        password_hash: params.passwordHash,
        home_org_id: a.homeOrgId,
        disabled: 0,
        created_at: params.at,
        version: 1,
        demo: 1,
      });
      await grantRole(trx, { accountId: a.id, role: a.role, orgId: a.orgId, at: params.at });
    }
  });
  return accounts;
}
