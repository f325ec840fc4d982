import { useMemo, useState } from 'react';
import type { Dashboard } from '../../../../shared/portfolio-schema';
import { TIMELINE_ALIGNMENTS } from '../../../../shared/portfolio-schema';
import { multiMarketTimelineOption } from '../../../../shared/charts/portfolio-charts';
import { TIMELINE_ALIGNMENT_LABELS } from '../../../../shared/vocabulary/portfolio';
import { HEALTH_LABELS } from '../../../../shared/vocabulary/portfolio';
import { Chart } from '../../components/Chart';
import { formatDate } from '../../lib/format-date';

/** Every market on one chart, aligned on its day 0 (or on calendar dates), with forecast, target and P80. */
export function MultiMarketTimeline({ d }: { d: Dashboard }) {
  const [alignment, setAlignment] = useState<(typeof TIMELINE_ALIGNMENTS)[number]>('relative');
  const option = useMemo(
    () =>
      multiMarketTimelineOption({
        markets: d.markets.map((r) => ({ name: r.name, startDate: r.startDate, targetDate: r.targetDate, finish: r.readyOn ?? r.forecast, finishIsActual: r.readyOn !== null, p80: r.p80, health: r.health })),
        alignment,
        targetDays: d.targets.readinessDays,
        asOf: d.asOf,
        animation: false,
      }),
    [d, alignment],
  );
  return (
    <section className="panel dashboard-timeline" aria-labelledby="mmt-title">
      <div className="dashboard-section-head">
        <h2 id="mmt-title">Multi-market timeline</h2>
        <div className="segmented" role="group" aria-label="Align markets on">
          {TIMELINE_ALIGNMENTS.map((a) => (
            <button key={a} type="button" className="segmented-button" aria-pressed={alignment === a} onClick={() => setAlignment(a)}>
              {TIMELINE_ALIGNMENT_LABELS[a]}
            </button>
          ))}
        </div>
      </div>
      <p className="muted dashboard-caption">
        Bars run from each start to its forecast (or readiness day), labelled with its health; ◆ the entry’s target, ▲ the risk-adjusted P80.{' '}
        {alignment === 'relative' ? `Dashed line: the portfolio target of ${d.targets.readinessDays} days.` : `Dashed line: today, ${formatDate(d.asOf)}.`}
      </p>
      <Chart
        option={option}
        height={Math.max(160, 80 + d.markets.length * 34)}
        label="Every market's readiness window, forecast, target and P80"
        testId="multi-market-timeline"
        table={{
          caption: 'Markets on the timeline',
          columns: ['Market', 'Start', 'Forecast', 'Target', 'P80', 'Health'],
          rows: d.markets.map((r) => ({
            key: r.entryId,
            cells: [r.name, formatDate(r.startDate), r.readyOn ? `ready ${formatDate(r.readyOn)}` : r.forecast ? formatDate(r.forecast) : 'no forecast yet', formatDate(r.targetDate), r.p80 ? formatDate(r.p80) : '—', HEALTH_LABELS[r.health]],
          })),
        }}
      />
    </section>
  );
}
