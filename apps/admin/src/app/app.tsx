import { LanguageToggle } from '../components/language-toggle.js';
import { OrgOverview } from '../features/org-overview/org-overview.js';
import { useI18n } from '../lib/i18n/i18n.js';

/** The console's frame. One screen for now; routes arrive with the next features. */
export function App() {
  const { m } = useI18n();
  return (
    <>
      <header className="app-header">
        <h1>{m.appTitle}</h1>
        <LanguageToggle />
      </header>
      <main>
        <OrgOverview />
      </main>
    </>
  );
}
