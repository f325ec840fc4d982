import { Camera } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Button } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SignoffRegisterExport } from '../../components/SignoffRegisterExport';
import { errorMessage } from '../../lib/error-message';
import { formatDate } from '../../lib/format-date';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useDashboard } from '../../stores/dashboard-store';
import { useEntryDialog } from '../../stores/entry-dialog-store';
import { useNotice } from '../../stores/notice-store';
import { useSettings } from '../../stores/settings-store';
import { ChangesPanel } from './ChangesPanel';
import { MarketTable } from './MarketTable';
import { MultiMarketTimeline } from './MultiMarketTimeline';
import { PackDialog } from './PackDialog';
import { TargetTiles } from './TargetTiles';
import './dashboard.css';

/** Leadership's home: the portfolio against the four targets, every market's figures, the timeline of all markets and the status history. */
export function DashboardPage() {
  useDocumentTitle('Portfolio dashboard');
  const d = useDashboard((s) => s.dashboard);
  const error = useDashboard((s) => s.error);
  const load = useDashboard((s) => s.load);
  const takeSnapshot = useDashboard((s) => s.takeSnapshot);
  const exportRegister = useDashboard((s) => s.exportRegister);
  const role = useSettings((s) => s.settings?.role);
  const openCreate = useEntryDialog((s) => s.openCreate);
  const [snapping, setSnapping] = useState(false);

  useEffect(() => {
    void load();
  }, [load]);

  async function snapshot() {
    setSnapping(true);
    try {
      await takeSnapshot();
      useNotice.getState().show('Kept a snapshot of every market’s figures.');
    } catch (err) {
      useNotice.getState().show(errorMessage(err));
    } finally {
      setSnapping(false);
    }
  }

  const leadership = role === 'leadership';
  const empty = d !== null && d.markets.length === 0;

  return (
    <div className="page page-wide">
      <header className="page-header dashboard-header">
        <div>
          <h1>Portfolio dashboard</h1>
          <p className="page-subtitle">
            Every market against the company’s four targets{d ? `, as of ${formatDate(d.asOf)}` : ''}. Health is derived from the forecast, critical-path lateness, overdue sign-offs and risks — never typed in.
          </p>
        </div>
        {d && !empty ? (
          <div className="page-actions">
            <Button icon={Camera} onClick={() => void snapshot()} disabled={snapping}>
              {snapping ? 'Keeping…' : 'Take snapshot'}
            </Button>
            <SignoffRegisterExport portfolio={{ exportRegister }} />
            <PackDialog markets={d.markets} asOf={d.asOf} primary={leadership} />
          </div>
        ) : null}
      </header>
      <ErrorAlert message={error} />
      {d === null ? (
        error ? null : <p className="loading">Loading the portfolio…</p>
      ) : empty ? (
        <div className="empty-state panel">
          <h2>No market entries yet</h2>
          <p>The dashboard measures every market entry against the targets. Create your first entry to see it here.</p>
          <Button variant="primary" onClick={openCreate}>
            New market entry
          </Button>
        </div>
      ) : (
        <>
          <TargetTiles d={d} />
          <MarketTable rows={d.markets} />
          <div className="dashboard-lower">
            <MultiMarketTimeline d={d} />
            <ChangesPanel d={d} />
          </div>
        </>
      )}
    </div>
  );
}
