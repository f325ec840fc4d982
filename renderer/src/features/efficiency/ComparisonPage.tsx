import { FileDown } from 'lucide-react';
import { useEffect, useId, useMemo, useState } from 'react';
import { comparisonChartOptions } from '../../../../shared/efficiency/efficiency-chart-inputs';
import { Button } from '../../components/Button';
import { Chart } from '../../components/Chart';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage } from '../../lib/error-message';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useEfficiency } from '../../stores/efficiency-store';
import { useNotice } from '../../stores/notice-store';
import { EfficiencyHelp } from './EfficiencyHelp';
import { MetricCatalogueDialog } from './MetricCatalogueDialog';
import { percentOrDash, verdict } from './efficiency-text';
import './efficiency.css';
import { Panel } from '../../components/Section';

const INDEX = '__index__';

/** Markets side by side on the index or one metric, ranked with the target line, and how each converged on home since its start. */
export function ComparisonPage() {
  useDocumentTitle('Efficiency comparison');
  const id = useId();
  const view = useEfficiency((s) => s.comparison);
  const error = useEfficiency((s) => s.comparisonError);
  const load = useEfficiency((s) => s.loadComparison);
  const exportComparison = useEfficiency((s) => s.exportComparison);
  const [subject, setSubject] = useState(INDEX);
  const [busy, setBusy] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const metricId = subject === INDEX ? null : subject;

  useEffect(() => {
    void load(metricId);
  }, [metricId, load]);

  const options = useMemo(() => (view ? comparisonChartOptions(view) : null), [view]);

  async function save(format: 'xlsx' | 'pdf') {
    setBusy(true);
    setExportError(null);
    try {
      const name = await exportComparison(format, metricId);
      if (name) useNotice.getState().show(`Saved ${name}.`);
    } catch (err) {
      setExportError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="page comparison-page">
      <header className="page-header">
        <div>
          <h1>Efficiency comparison</h1>
          <p className="page-subtitle">Every market against its home market, on the efficiency index or on one metric.</p>
        </div>
        <div className="page-actions">
          <MetricCatalogueDialog />
          <Button icon={FileDown} disabled={busy || !view} onClick={() => void save('xlsx')}>
            Export XLSX
          </Button>
          <Button icon={FileDown} disabled={busy || !view} onClick={() => void save('pdf')}>
            Export PDF
          </Button>
        </div>
      </header>
      <ErrorAlert message={error ?? exportError} />
      <div className="comparison-controls">
        <div className="field">
          <label htmlFor={`${id}-subject`} className="field-label">
            Compare on
          </label>
          <select id={`${id}-subject`} className="input select" value={subject} onChange={(e) => setSubject(e.target.value)}>
            <option value={INDEX}>Efficiency index (all weighted metrics)</option>
            {(view?.metrics ?? []).map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <EfficiencyHelp />
      {!view || !options ? (
        error ? null : <p className="loading">Loading the comparison…</p>
      ) : (
        <>
          <Panel id="cmp-ranked-title" title={<>{view.title}: markets ranked</>}>
            <Chart
              testId="comparison-ranked"
              label={`${view.title}, markets ranked best first, with the ${view.targetLabel.toLowerCase()} line`}
              option={options.ranked}
              height={Math.max(200, 70 + view.markets.length * 36)}
              table={{
                caption: `${view.title} by market`,
                columns: ['Market', 'Figure', 'Against target', 'Inputs'],
                rows: view.markets.map((m) => ({ key: m.entryId, title: m.figure, cells: [m.entryName, percentOrDash(m.percent), verdict(m.percent, view.target), m.figure] })),
              }}
            />
          </Panel>
          <Panel id="cmp-trend-title" title={<>Converging on home since each entry&rsquo;s start</>}>
            <Chart
              testId="comparison-trend"
              label={`${view.title} per month since each entry started, with the ${view.targetLabel.toLowerCase()} line`}
              option={options.trend}
              table={{
                caption: `${view.title} per month since the entry’s start`,
                columns: ['Market', ...view.trend.xLabels],
                rows: view.trend.series.map((s) => ({
                  key: s.name,
                  cells: [s.name, ...view.trend.xLabels.map((x) => percentOrDash(s.points.find((p) => p.x === x)?.y ?? null))],
                })),
              }}
            />
          </Panel>
        </>
      )}
    </div>
  );
}
