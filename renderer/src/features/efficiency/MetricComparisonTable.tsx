import type { EntryEfficiencyView } from '../../../../shared/efficiency/efficiency-schema';
import { DIRECTION_FORMULAS, DIRECTION_LABELS, OUTCOME_LABELS } from '../../../../shared/vocabulary/efficiency';
import { measurementText, percentOrDash, periodLabel } from './efficiency-text';
import { ColumnHeads } from '../../components/ColumnHeads';

/** Per metric: the market's latest value beside home's, and the ratio (its inputs on hover). */
export function MetricComparisonTable({ view }: { view: EntryEfficiencyView }) {
  return (
    <div className="table-scroll">
      <table className="data-table efficiency-metrics">
        <caption className="visually-hidden">Each metric: the market&rsquo;s latest value beside the home market&rsquo;s, and the ratio</caption>
        <ColumnHeads columns={['Metric', 'Direction', 'Weight', 'This market (latest)', 'Home (latest)', 'Ratio to home']} />
        <tbody>
          {view.rows.map((r) => {
            const metric = view.metrics.find((m) => m.id === r.metricId);
            return (
              <tr key={r.metricId}>
                <th scope="row">{metric?.name ?? r.metricId}</th>
                <td>
                  {metric ? DIRECTION_LABELS[metric.direction] : ''}
                  {metric ? <span className="muted"> ({DIRECTION_FORMULAS[metric.direction]})</span> : null}
                </td>
                <td className="figure">{metric?.weight ?? ''}</td>
                <td className="figure">
                  {measurementText(metric, r.latestMarket)}
                  {r.latestMarket ? <span className="muted"> · {periodLabel(r.latestMarket.periodStart, r.latestMarket.periodEnd)}</span> : null}
                </td>
                <td className="figure">
                  {measurementText(metric, r.latestHome)}
                  {r.latestHome ? <span className="muted"> · {periodLabel(r.latestHome.periodStart, r.latestHome.periodEnd)}</span> : null}
                </td>
                <td className="figure">
                  {r.percent === null ? (
                    <span className="muted" title={r.figure}>
                      {r.outcome.kind === 'refused' ? r.outcome.reason : OUTCOME_LABELS[r.outcome.kind]}
                    </span>
                  ) : (
                    <span title={r.figure} tabIndex={0} aria-label={r.figure} className="efficiency-ratio">
                      {percentOrDash(r.percent)}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
