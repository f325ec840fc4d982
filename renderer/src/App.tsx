import { useEffect } from 'react';
import { Notice } from './components/Notice';
import { Sidebar } from './components/Sidebar';
import { EntryDialog } from './features/entry-form/EntryDialog';
import { EntryPage } from './features/entry/EntryPage';
import { LibraryPage } from './features/library/LibraryPage';
import { PortfolioPage } from './features/portfolio/PortfolioPage';
import { ReviewPage } from './features/review/ReviewPage';
import { SettingsPage } from './features/settings/SettingsPage';
import { useReference } from './stores/reference-store';
import { useRouter } from './stores/router-store';
import { useSettings } from './stores/settings-store';

export function App() {
  const route = useRouter((s) => s.route);
  const loadSettings = useSettings((s) => s.load);
  const loadCountries = useReference((s) => s.loadCountries);

  useEffect(() => {
    void loadSettings();
    void loadCountries();
  }, [loadSettings, loadCountries]);

  return (
    <div className="app">
      <a href="#main" className="skip-link" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        Skip to content
      </a>
      <Sidebar />
      <main id="main" className="main" tabIndex={-1}>
        {route.name === 'portfolio' ? <PortfolioPage /> : null}
        {route.name === 'entry' ? <EntryPage key={route.id} id={route.id} /> : null}
        {route.name === 'review' ? <ReviewPage market={route.market} /> : null}
        {route.name === 'library' ? <LibraryPage /> : null}
        {route.name === 'settings' ? <SettingsPage /> : null}
      </main>
      <EntryDialog />
      <Notice />
    </div>
  );
}
