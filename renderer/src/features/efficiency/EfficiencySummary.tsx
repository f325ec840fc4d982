import type { EntryEfficiencyView } from '../../../../shared/efficiency/efficiency-schema';
import { percentOrDash, verdict } from './efficiency-text';

/** The index against its target and satisfaction against its own, each with its inputs on hover. */
export function EfficiencySummary({ view }: { view: EntryEfficiencyView }) {
  const weighted = view.metrics.filter((m) => m.weight > 0).length;
  const { index, satisfaction, targets } = view;
  return (
    <section className="panel efficiency-summary" aria-label="Efficiency against the targets">
      <dl className="stats">
        <div>
          <dt>Efficiency index vs home ({view.homeCountry})</dt>
          <dd>
            <span className="figure efficiency-figure" title={index.figure} tabIndex={0} aria-describedby="eff-index-inputs" data-testid="efficiency-index">
              {percentOrDash(index.percent)}
            </span>
            <span className="efficiency-verdict">{verdict(index.percent, targets.index)}</span>
            <span id="eff-index-inputs" className="visually-hidden">
              {index.figure}
            </span>
          </dd>
        </div>
        <div>
          <dt>Metrics in the index</dt>
          <dd>
            <span className="figure">
              {index.used.length} of {weighted}
            </span>
            <span className="efficiency-verdict">{index.missing.length ? `${index.missing.length} without a ratio yet` : 'all weighted metrics'}</span>
          </dd>
        </div>
        <div>
          <dt>Customer satisfaction</dt>
          <dd>
            <span className="figure efficiency-figure" title={satisfaction.figure} tabIndex={0} data-testid="efficiency-satisfaction">
              {percentOrDash(satisfaction.percent)}
            </span>
            <span className="efficiency-verdict">{verdict(satisfaction.percent, targets.satisfaction)}</span>
          </dd>
        </div>
      </dl>
    </section>
  );
}
