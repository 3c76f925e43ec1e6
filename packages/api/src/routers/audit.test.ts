import { type Db, orgPath } from '@ketnap/db';
import { loadDemoAccounts } from '@ketnap/db/seed';
import { openWithDemo, testDialects } from '@ketnap/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, type SessionInfo } from '../context.js';
import { createCallerFactory } from '../trpc.js';
import { auditTrail } from '../use-cases/audit-trail.js';
import { adminRouter } from './admin.js';

const TODAY = '2026-11-26';
const caller = createCallerFactory(adminRouter);
const session = (
  accountId: string,
  role: SessionInfo['roles'][number]['role'],
  orgId: string,
): SessionInfo => ({
  sessionId: `s-${accountId}`,
  accountId,
  username: accountId,
  displayName: accountId,
  roles: [{ role, orgId }],
});

for (const dialect of testDialects()) {
  describe.skipIf(!dialect.available)(`the audit trail speaks to people on ${dialect.name}`, () => {
    let handle: Db;
    const context = (s: SessionInfo) => createContext({ db: handle.db, today: () => TODAY, session: s });
    const office = () => caller(context(session('acc-vanphong', 'commune-admin', 'xa-yen-binh')));
    let candidateId: string;

    beforeAll(async () => {
      handle = await openWithDemo(dialect, TODAY);
      // The accounts' names are what the trail shows; no one signs in here, so any hash will do.
      await loadDemoAccounts(handle.db, { passwordHash: 'not-a-hash', at: '2026-11-26T00:00:00.000Z' });
      const secretary = caller(context(session('acc-bithu-thondong', 'cell-secretary', 'cb-thon-dong')));
      ({ id: candidateId } = await secretary.candidates.create({
        cellId: 'cb-thon-dong',
        fullName: 'Lê Thị Nhật Ký',
        gender: 'F',
        birthDate: '1996-05-04',
        enteredPoolOn: TODAY,
        profile: { education: 'upper-secondary' },
      }));
      const doai = await handle.db
        .selectFrom('account')
        .select('version')
        .where('id', '=', 'acc-bithu-thondoai')
        .executeTakeFirstOrThrow();
      await office().accounts.disable({ accountId: 'acc-bithu-thondoai', version: Number(doai.version) });
    });
    afterAll(async () => handle?.close());

    it('names the actor, says the action in words and names the candidate and the account it was done to', async () => {
      const rows = await office().audit.list({ communeId: 'xa-yen-binh' });
      const created = rows.find((r) => r.action === 'candidate.create' && r.targetId === candidateId);
      expect(created).toMatchObject({
        actorName: 'Bí thư Chi bộ thôn Đông',
        actionLabel: { vi: 'Thêm quần chúng', en: 'Added a candidate' },
        targetName: 'Lê Thị Nhật Ký',
      });
      const disabled = rows.find((r) => r.action === 'account.disable');
      expect(disabled).toMatchObject({
        actorName: 'Văn phòng Đảng ủy Xã Yên Bình',
        actionLabel: { vi: 'Khóa tài khoản' },
        targetName: 'Bí thư Chi bộ thôn Đoài',
      });
    });

    it('does not name a candidate to a reader who may not see sensitive fields', async () => {
      const commune = await orgPath(handle.db, 'xa-yen-binh');
      if (!commune) throw new Error('no commune');
      // The same read as a commune viewer would make it (audit.list itself is the administrators').
      const viewer = { ...context(session('acc-tinh', 'viewer', 'xa-yen-binh')), units: [commune] };
      const rows = await auditTrail(viewer as Parameters<typeof auditTrail>[0], {
        communeId: 'xa-yen-binh',
        limit: 50,
      });
      const created = rows.find((r) => r.action === 'candidate.create' && r.targetId === candidateId);
      expect(created?.targetName).toBeNull();
      expect(JSON.stringify(rows)).not.toContain('Lê Thị Nhật Ký');
      expect(created?.actorName).toBe('Bí thư Chi bộ thôn Đông');
    });
  });
}
