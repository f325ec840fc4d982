import type { Heatmap } from '../../../../shared/risk-schema';
import type { RiskMatrix } from '../../../../shared/risks/matrix-schema';
import { TRAVEL_ARROWS, TRAVEL_LABELS } from '../../../../shared/vocabulary/risks';
import { levelColour, levelLabel } from './risk-text';
import './risk-heatmap.css';

interface RiskHeatMapProps {
  title: string;
  heatmap: Heatmap;
  matrix: RiskMatrix;
  /** Opens a risk (its form, or its entry on the portfolio map). */
  onOpen(riskId: string, entryId: string): void;
  /** Names the entry beside each risk (the portfolio map). */
  entryName?(entryId: string): string | undefined;
}

/**
 * The matrix as a grid, likelihood up the side and impact along the bottom; each cell shows
 * its level (word and colour), and lists its risks as links with their inherent → residual movement.
 */
export function RiskHeatMap({ title, heatmap, matrix, onOpen, entryName }: RiskHeatMapProps) {
  const rows = [...matrix.likelihood].reverse();
  return (
    <figure className="heatmap" aria-label={title}>
      <div className="heatmap-grid" style={{ gridTemplateColumns: `6.5rem repeat(${matrix.impact.length}, minmax(5.5rem, 1fr))` }} role="table" aria-label={`${title}: likelihood by impact`}>
        <div role="row" className="heatmap-row">
          <div role="columnheader" className="heatmap-corner">
            Likelihood ↓ · Impact →
          </div>
          {matrix.impact.map((i) => (
            <div role="columnheader" key={i.value} className="heatmap-axis" title={i.description}>
              {i.value} · {i.label}
            </div>
          ))}
        </div>
        {rows.map((l) => (
          <div role="row" className="heatmap-row" key={l.value}>
            <div role="rowheader" className="heatmap-axis heatmap-axis-side" title={l.description}>
              {l.value} · {l.label}
            </div>
            {matrix.impact.map((i) => {
              const cell = heatmap.cells.find((c) => c.likelihood === l.value && c.impact === i.value)!;
              const colour = levelColour(matrix, cell.level);
              return (
                <div
                  role="cell"
                  key={i.value}
                  className="heatmap-cell"
                  data-likelihood={l.value}
                  data-impact={i.value}
                  style={{ borderColor: colour, background: `${colour}1f` }}
                  aria-label={`Likelihood ${l.value} (${l.label}), impact ${i.value} (${i.label}): ${levelLabel(matrix, cell.level)}, ${cell.count} ${cell.count === 1 ? 'risk' : 'risks'}`}
                >
                  <span className="heatmap-level" style={{ color: colour }}>
                    {levelLabel(matrix, cell.level)}
                    {cell.count ? <span className="heatmap-count"> · {cell.count.toLocaleString('en')}</span> : null}
                  </span>
                  <ul className="heatmap-risks">
                    {cell.risks.map((r) => (
                      <li key={r.id}>
                        <button type="button" className="link-button heatmap-risk" onClick={() => onOpen(r.id, r.entryId)}>
                          {r.title}
                        </button>
                        <span className="heatmap-travel" title={`Inherent L${r.inherent.likelihood}×I${r.inherent.impact} → residual L${r.residual.likelihood}×I${r.residual.impact}: ${TRAVEL_LABELS[r.travel]}`}>
                          {' '}
                          <span aria-hidden="true">{TRAVEL_ARROWS[r.travel]}</span> {r.inherent.likelihood}×{r.inherent.impact} → {r.residual.likelihood}×{r.residual.impact}
                          <span className="visually-hidden"> ({TRAVEL_LABELS[r.travel]} from inherent to residual)</span>
                        </span>
                        {entryName ? <span className="heatmap-entry muted"> · {entryName(r.entryId)}</span> : null}
                      </li>
                    ))}
                  </ul>
                  {cell.count > cell.risks.length ? <p className="heatmap-more muted">and {(cell.count - cell.risks.length).toLocaleString('en')} more</p> : null}
                </div>
              );
            })}
          </div>
        ))}
      </div>
      <figcaption className="heatmap-caption muted">
        {heatmap.total} {heatmap.total === 1 ? 'risk' : 'risks'} placed by their {heatmap.stage} score. Each line shows inherent → residual (likelihood × impact).
      </figcaption>
    </figure>
  );
}
