import { OrgOverview } from '../org-overview/org-overview.js';

/** The first screen after signing in: what is due, what is late or blocked, and the year's progress. */
export function DashboardPage() {
  return <OrgOverview />;
}
