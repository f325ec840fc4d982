import { useEffect } from 'react';
import { Notice } from './components/Notice';
import { TokenPrompt } from './components/TokenPrompt';
import { EntryDialog } from './features/entry-form/EntryDialog';
import { RouteScreen } from './screens/RouteScreen';
import { Sidebar } from './screens/Sidebar';
import { useReference } from './stores/reference-store';
import { useRouter } from './stores/router-store';
import { useSettings } from './stores/settings-store';
import { usePreferences } from './stores/preferences-store';
import { useLayout } from './stores/layout-store';
import { openSession } from './lib/session-open';

export function App() {
  const route = useRouter((s) => s.route);
  const loadSettings = useSettings((s) => s.load);
  const loadCountries = useReference((s) => s.loadCountries);
  const loadPreferences = usePreferences((s) => s.load);
  const collapsed = useLayout((s) => s.sidebarCollapsed);

  useEffect(() => {
    void loadSettings();
    void loadCountries();
    void loadPreferences();
    // Forecasts brought up to date and the month's snapshot, once per session, whatever opens first.
    void openSession();
  }, [loadSettings, loadCountries, loadPreferences]);

  return (
    <div className={collapsed ? 'app sidebar-collapsed' : 'app'}>
      <a href="#main" className="skip-link" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        Skip to content
      </a>
      <Sidebar />
      <main id="main" className="main" tabIndex={-1}>
        <RouteScreen route={route} />
      </main>
      <EntryDialog />
      <Notice />
      {window.landfall ? null : <TokenPrompt />}
    </div>
  );
}
