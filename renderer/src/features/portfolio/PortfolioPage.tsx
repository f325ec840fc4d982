import { Plus } from 'lucide-react';
import { useEffect, useMemo, useRef } from 'react';
import { localToday } from '../../../../shared/domain/iso-date';
import { Button } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useEntries } from '../../stores/entries-store';
import { useEntryDialog } from '../../stores/entry-dialog-store';
import { usePortfolio } from '../../stores/portfolio-store';
import { useReference } from '../../stores/reference-store';
import { useSettings } from '../../stores/settings-store';
import { PortfolioEmpty } from './PortfolioEmpty';
import { PortfolioTable } from './PortfolioTable';
import { PortfolioToolbar } from './PortfolioToolbar';
import { toPortfolioRow } from './portfolio-row';
import './portfolio.css';

export function PortfolioPage() {
  useDocumentTitle('Portfolio');
  const { entries, error, includeArchived, hiddenArchived, load } = useEntries();
  const openCreate = useEntryDialog((s) => s.openCreate);
  const countries = useReference((s) => s.countriesByCode);
  const subdivisions = useReference((s) => s.subdivisions);
  const loadSubdivisions = useReference((s) => s.loadSubdivisions);
  const summaries = usePortfolio((s) => s.summaries);
  const loadSummaries = usePortfolio((s) => s.loadSummaries);
  const markets = usePortfolio((s) => s.markets);
  const role = useSettings((s) => s.settings?.role);

  // The entries and their counts load side by side, not one after the other.
  const countsFor = useRef<unknown>('mount');
  useEffect(() => {
    void load();
    void loadSummaries();
  }, [load, loadSummaries]);

  // Then the counts follow the entry list (a new entry brings its checklist); the list the
  // page opened with was counted by the load above.
  useEffect(() => {
    if (!entries) return;
    if (countsFor.current === 'mount') {
      countsFor.current = entries;
      return;
    }
    if (countsFor.current === entries) return;
    countsFor.current = entries;
    void loadSummaries();
  }, [entries, loadSummaries]);

  // Region names for entries that target a subdivision.
  useEffect(() => {
    const needed = new Set((entries ?? []).filter((e) => e.targetSubdivision).map((e) => e.targetCountry));
    for (const code of needed) void loadSubdivisions(code).catch(() => undefined);
  }, [entries, loadSubdivisions]);

  const rows = useMemo(() => {
    const today = localToday();
    return (entries ?? []).map((e) => toPortfolioRow(e, countries, subdivisions, today, summaries, markets));
  }, [entries, countries, subdivisions, summaries, markets]);

  const isEmpty = entries !== null && entries.length === 0 && !includeArchived;

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>Portfolio</h1>
          <p className="page-subtitle">Every market entry and how far along its readiness window it is.</p>
        </div>
        {isEmpty ? null : (
          // Creating entries is the program manager's work: primary for them (and before a role is set).
          <Button variant={role === 'leadership' || role === 'legal' ? 'secondary' : 'primary'} icon={Plus} onClick={openCreate}>
            New market entry
          </Button>
        )}
      </header>
      <ErrorAlert message={error} />
      {entries === null ? (
        error ? null : <p className="loading">Loading market entries…</p>
      ) : isEmpty ? (
        <PortfolioEmpty hiddenArchived={hiddenArchived} />
      ) : (
        <section className="panel panel-flush" aria-label="Market entries">
          <PortfolioToolbar rows={rows} />
          <PortfolioTable rows={rows} />
        </section>
      )}
    </div>
  );
}
