import type { Bilingual } from '@ketnap/domain';
import { type ComponentType, lazy, type ReactNode } from 'react';
import { DashboardPage } from '../features/dashboard/dashboard-page.js';
import type { Role } from '../lib/session.js';

/** One screen of the console. */
export interface AppRoute {
  /** wouter pattern under /admin (`/candidates/:id`). */
  path: string;
  /** Navigation entry and page title. */
  label: Bilingual;
  /** Listed in the navigation (a detail page such as one candidate is reached by a link instead). */
  nav: boolean;
  /** The roles that may open it. The server is the authority; this only keeps a screen out of sight. */
  roles: readonly Role[];
  screen: ComponentType;
}

/** A screen that loads with its own chunk on first visit: `lazyScreen(() => import('…'), 'PipelinePage')`. */
function lazyScreen<K extends string>(
  load: () => Promise<{ [P in K]: () => ReactNode }>,
  name: K,
): ComponentType {
  return lazy(async () => {
    const screen: () => ReactNode = (await load())[name];
    return { default: screen };
  });
}

const ALL: readonly Role[] = ['commune-admin', 'cell-secretary', 'viewer'];
const ADMIN: readonly Role[] = ['commune-admin'];
const SECRETARY: readonly Role[] = ['cell-secretary'];

// Every screen but the dashboard loads lazily, with its own chunk: the first page a person opens downloads only the
// shell and the dashboard (the built-apps test holds that to 250 KB gzip).
const PipelinePage = lazyScreen(() => import('../features/pipeline/pipeline-page.js'), 'PipelinePage');
const CandidatePage = lazyScreen(() => import('../features/candidate/candidate-page.js'), 'CandidatePage');
const MembersPage = lazyScreen(() => import('../features/members/members-page.js'), 'MembersPage');
const MyCellPage = lazyScreen(() => import('../features/pipeline/pipeline-page.js'), 'MyCellPage');
const AccountsPage = lazyScreen(() => import('../features/accounts/accounts-page.js'), 'AccountsPage');
const AuditPage = lazyScreen(() => import('../features/audit/audit-page.js'), 'AuditPage');
const TargetsPage = lazyScreen(() => import('../features/targets/targets-page.js'), 'TargetsPage');
const ReportsPage = lazyScreen(() => import('../features/reports/reports-page.js'), 'ReportsPage');
const RuleSettingsPage = lazyScreen(
  () => import('../features/rule-settings/rule-settings-page.js'),
  'RuleSettingsPage',
);
const RemindersPage = lazyScreen(() => import('../features/reminders/reminders-page.js'), 'RemindersPage');
const SourcePoolPage = lazyScreen(
  () => import('../features/source-pool/source-pool-page.js'),
  'SourcePoolPage',
);
const ClassesPage = lazyScreen(() => import('../features/source-pool/classes-page.js'), 'ClassesPage');

/** THE route list, in navigation order. A feature adds its lazy screen above and one route line here. */
export const routes: readonly AppRoute[] = [
  {
    path: '/',
    label: { vi: 'Bảng điều khiển', en: 'Dashboard' },
    nav: true,
    roles: ALL,
    screen: DashboardPage,
  },
  {
    path: '/candidates',
    label: { vi: 'Quần chúng', en: 'Candidates' },
    nav: true,
    roles: ALL,
    screen: PipelinePage,
  },
  {
    path: '/candidates/:id',
    label: { vi: 'Hồ sơ quần chúng', en: 'Candidate' },
    nav: false,
    roles: ALL,
    screen: CandidatePage,
  },
  {
    path: '/members',
    label: { vi: 'Đảng viên', en: 'Party members' },
    nav: true,
    roles: ALL,
    screen: MembersPage,
  },
  {
    path: '/my-cell',
    label: { vi: 'Chi bộ của tôi', en: 'My cell' },
    nav: true,
    roles: SECRETARY,
    screen: MyCellPage,
  },
  {
    path: '/source-pool',
    label: { vi: 'Nguồn kết nạp', en: 'Source pool' },
    nav: true,
    roles: SECRETARY,
    screen: SourcePoolPage,
  },
  {
    path: '/classes',
    label: { vi: 'Lớp bồi dưỡng', en: 'Awareness classes' },
    nav: true,
    roles: ALL,
    screen: ClassesPage,
  },
  {
    path: '/targets',
    label: { vi: 'Chỉ tiêu', en: 'Targets' },
    nav: true,
    roles: ['commune-admin', 'viewer'],
    screen: TargetsPage,
  },
  {
    path: '/reports',
    label: { vi: 'Báo cáo', en: 'Reports' },
    nav: true,
    roles: ['commune-admin', 'viewer'],
    screen: ReportsPage,
  },
  {
    path: '/rule-settings',
    label: { vi: 'Thiết lập quy tắc', en: 'Rule settings' },
    nav: true,
    roles: ALL,
    screen: RuleSettingsPage,
  },
  {
    path: '/reminders',
    label: { vi: 'Nhắc hạn', en: 'Reminders' },
    nav: true,
    roles: ALL,
    screen: RemindersPage,
  },
  { path: '/audit', label: { vi: 'Nhật ký', en: 'Audit log' }, nav: true, roles: ADMIN, screen: AuditPage },
  {
    path: '/accounts',
    label: { vi: 'Tài khoản', en: 'Accounts' },
    nav: true,
    roles: ADMIN,
    screen: AccountsPage,
  },
];

/** The routes one person may open: those of any role they hold. */
export function routesFor(roles: readonly Role[]): AppRoute[] {
  return routes.filter((route) => route.roles.some((role) => roles.includes(role)));
}
