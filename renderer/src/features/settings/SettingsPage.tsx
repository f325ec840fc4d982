import { ErrorAlert } from '../../components/ErrorAlert';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useSettings } from '../../stores/settings-store';
import { SettingsForm } from './SettingsForm';
import { TargetsSection } from './TargetsSection';
import './settings.css';

/** Display name and declared role: what audit rows and sign-offs are recorded under. */
export function SettingsPage() {
  useDocumentTitle('Settings');
  const settings = useSettings((s) => s.settings);
  const loadError = useSettings((s) => s.loadError);
  return (
    <div className="page page-narrow">
      <header className="page-header">
        <div>
          <h1>Settings</h1>
          <p className="page-subtitle">Who you are in Landfall: your name and role are recorded with every change you make.</p>
        </div>
      </header>
      <ErrorAlert message={loadError} />
      {settings ? <SettingsForm initial={settings} /> : loadError ? null : <p className="loading">Loading settings…</p>}
      <TargetsSection />
    </div>
  );
}
