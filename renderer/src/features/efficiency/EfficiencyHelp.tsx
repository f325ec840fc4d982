import { INDEX_FORMULA } from '../../../../shared/vocabulary/efficiency';

/** How every figure is computed, so anyone can recompute it by hand. */
export function EfficiencyHelp() {
  return (
    <details className="panel efficiency-help">
      <summary>How these figures are computed</summary>
      <p>{INDEX_FORMULA}</p>
      <p>
        Money values in two currencies are compared with the rate recorded with the market&rsquo;s measurement for that period; the figure then says which rate it used.
        Hover over (or focus) a figure to see its inputs, such as “92 % = home 4 h ÷ market 4.35 h, Jan 2027”. Customer satisfaction is the market&rsquo;s own value, shown against the 90 % target.
      </p>
    </details>
  );
}
