import { Plus } from 'lucide-react';
import { useEffect, useMemo } from 'react';
import { rankedBarsOption, trendOption } from '../../../../shared/charts/efficiency-charts';
import { entryChartInputs } from '../../../../shared/efficiency/efficiency-chart-inputs';
import { Button } from '../../components/Button';
import { Chart } from '../../components/Chart';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormDialog } from '../../components/FormDialog';
import { useEfficiency } from '../../stores/efficiency-store';
import { EfficiencyHelp } from './EfficiencyHelp';
import { EfficiencySummary } from './EfficiencySummary';
import { ImportMeasurementsButton } from './ImportMeasurementsButton';
import { ImportPreviewDialog } from './ImportPreviewDialog';
import { MeasurementForm } from './MeasurementForm';
import { MeasurementTable } from './MeasurementTable';
import { MetricComparisonTable } from './MetricComparisonTable';
import { percentOrDash, periodLabel } from './efficiency-text';
import './efficiency.css';
import { Panel } from '../../components/Section';

/** An entry against its home market: each metric, the index against 85 %, satisfaction against 90 %, and how they moved. */
export function EfficiencyTab({ entryId }: { entryId: string }) {
  const load = useEfficiency((s) => s.load);
  const view = useEfficiency((s) => (s.entryId === entryId ? s.view : null));
  const error = useEfficiency((s) => (s.entryId === entryId ? s.error : null));
  const importError = useEfficiency((s) => s.importError);

  useEffect(() => {
    void load(entryId);
  }, [entryId, load]);

  const charts = useMemo(() => (view ? entryChartInputs(view) : null), [view]);
  const options = useMemo(
    () => (charts ? { ratios: rankedBarsOption(charts.ratios), index: trendOption(charts.indexTrend), satisfaction: charts.satisfactionTrend ? trendOption(charts.satisfactionTrend) : null } : null),
    [charts],
  );

  if (!view || !charts || !options) return error ? <ErrorAlert message={error} /> : <p className="loading">Loading the efficiency figures…</p>;

  const name = (id: string) => view.metrics.find((m) => m.id === id)?.name ?? id;
  return (
    <div className="efficiency-tab">
      <div className="toolbar efficiency-toolbar">
        <FormDialog trigger={<Button icon={Plus} variant="primary">Record measurement…</Button>} size="medium">
          {(close) => <MeasurementForm entryId={view.entryId} entryName={view.entryName} homeCountry={view.homeCountry} metrics={view.metrics} onDone={close} />}
        </FormDialog>
        <ImportMeasurementsButton entryId={view.entryId} />
      </div>
      <ErrorAlert message={importError} />
      <ImportPreviewDialog />
      <EfficiencySummary view={view} />
      <EfficiencyHelp />
      <Panel id="eff-ratios-title" title="Each metric against home">
        <Chart
          testId="ratio-chart"
          label={`Ratio to home by metric, with the ${view.targets.index} % target line and home at 100 %`}
          option={options.ratios}
          height={Math.max(200, 60 + charts.ratios.bars.length * 34)}
          table={{
            caption: 'Ratio to home by metric',
            columns: ['Metric', 'Ratio to home', 'Inputs'],
            rows: view.rows
              .filter((r) => charts.ratios.bars.some((b) => b.name === name(r.metricId)))
              .map((r) => ({ key: r.metricId, title: r.figure, cells: [name(r.metricId), percentOrDash(r.percent), r.figure] })),
          }}
        />
        <MetricComparisonTable view={view} />
      </Panel>
      <Panel id="eff-trend-title" title="Trend">
        <Chart
          testId="index-trend"
          label={`Efficiency index per period, with the ${view.targets.index} % target line`}
          option={options.index}
          table={{
            caption: 'Efficiency index per period',
            columns: ['Period', 'Index vs home', 'Metrics used'],
            rows: view.indexTrend.map((p) => ({ key: `${p.periodStart}/${p.periodEnd}`, cells: [periodLabel(p.periodStart, p.periodEnd), percentOrDash(p.percent), String(p.used)] })),
          }}
        />
        {options.satisfaction && charts.satisfactionTrend ? (
          <Chart
            testId="satisfaction-trend"
            label={`${charts.satisfactionTrend.title}, with the ${view.targets.satisfaction} % target line`}
            option={options.satisfaction}
            table={{
              caption: charts.satisfactionTrend.title,
              columns: ['Period', 'Satisfaction'],
              rows: view.satisfactionTrend.map((p) => ({ key: `${p.periodStart}/${p.periodEnd}`, cells: [periodLabel(p.periodStart, p.periodEnd), percentOrDash(p.percent)] })),
            }}
          />
        ) : (
          <p className="muted">No customer-satisfaction measurements for this market yet; its trend against the {view.targets.satisfaction} % target appears here once recorded.</p>
        )}
      </Panel>
      <MeasurementTable view={view} />
    </div>
  );
}
