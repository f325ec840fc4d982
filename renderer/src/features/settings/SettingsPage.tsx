import { ErrorAlert } from '../../components/ErrorAlert';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useSettings } from '../../stores/settings-store';
import { usePreferences } from '../../stores/preferences-store';
import { BackupsSection } from './BackupsSection';
import { PreferencesSection } from './PreferencesSection';
import { SettingsForm } from './SettingsForm';
import { SigningKeyPanel } from './SigningKeyPanel';
import { TargetsSection } from './TargetsSection';
import './settings.css';

/** Who you are (name, declared role), dates and home market, leadership's targets, the signing key and backups. */
export function SettingsPage() {
  useDocumentTitle('Settings');
  const settings = useSettings((s) => s.settings);
  const loadError = useSettings((s) => s.loadError);
  const preferences = usePreferences((s) => (s.loaded ? s.preferences : null));
  return (
    <div className="page page-narrow">
      <header className="page-header">
        <div>
          <h1>Settings</h1>
          <p className="page-subtitle">Who you are in Landfall: your name and role are recorded with every change you make.</p>
        </div>
      </header>
      <ErrorAlert message={loadError} />
      <div className="settings-page-sections">
        {settings ? <SettingsForm initial={settings} /> : loadError ? null : <p className="loading">Loading settings…</p>}
        {preferences ? <PreferencesSection initial={preferences} /> : null}
        <TargetsSection />
        <SigningKeyPanel />
        <BackupsSection />
      </div>
    </div>
  );
}
