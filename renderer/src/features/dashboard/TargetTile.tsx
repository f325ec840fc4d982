import { useMemo } from 'react';
import type { Tile } from '../../../../shared/domain/portfolio-targets';
import type { SnapshotSummary } from '../../../../shared/portfolio-schema';
import { sparklineOption } from '../../../../shared/charts/portfolio-charts';
import { ChartDrawing } from '../../components/Chart';
import { formatDate } from '../../lib/format-date';
import { tileFigure } from './dashboard-format';

interface TargetTileProps {
  id: string;
  label: string;
  tile: Tile;
  days: boolean;
  markets: number;
  history: SnapshotSummary[];
  pick(s: SnapshotSummary): number | null;
  /** What a market without a figure lacks ("no forecast yet", "no measurements"). */
  none: string;
}

const MAX_NAMES = 4;

/** One target: the portfolio's figure against it, the markets that miss it (worst first) and its trend over the snapshots. */
export function TargetTile({ id, label, tile, days, markets, history, pick, none }: TargetTileProps) {
  const figure = tileFigure(tile.value, days);
  const misses = tile.missing.length > 0;
  const tone = figure === null ? 'none' : misses ? 'miss' : 'meet';
  const option = useMemo(
    () => sparklineOption({ values: [...history.map(pick), tile.value], labels: [...history.map((h) => formatDate(h.takenOn)), 'now'], target: tile.target }),
    [history, pick, tile.value, tile.target],
  );
  return (
    <section className={`target-tile target-tile-${tone}`} aria-labelledby={`${id}-label`}>
      <h2 id={`${id}-label`} className="target-tile-label">
        {label}
      </h2>
      <p className="target-tile-figure" data-testid={`${id}-figure`}>
        {figure ?? <span className="muted">{none}</span>}
      </p>
      <p className="target-tile-target">
        Target {tileFigure(tile.target, days)} · {tile.counted} of {markets} markets with a figure
        {figure !== null ? <span className="visually-hidden">{misses ? ' — missed' : ' — met'}</span> : null}
      </p>
      {history.length > 0 ? (
        <ChartDrawing option={option} height={36} label={`${label} over the last ${history.length} snapshots and now`} className="target-tile-spark" />
      ) : (
        <p className="target-tile-note">The trend starts with the first snapshot.</p>
      )}
      <p className="target-tile-missing" data-testid={`${id}-missing`}>
        {tile.counted === 0
          ? 'No market has a figure yet.'
          : misses
            ? `Missing: ${tile.missing
                .slice(0, MAX_NAMES)
                .map((m) => `${m.name} (${tileFigure(m.value, days)})`)
                .join(', ')}${tile.missing.length > MAX_NAMES ? ` and ${tile.missing.length - MAX_NAMES} more` : ''}`
            : 'Every market with a figure meets the target.'}
      </p>
    </section>
  );
}
