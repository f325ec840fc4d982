import type { Dashboard, SnapshotSummary } from '../../../../shared/portfolio-schema';
import { TARGET_LABELS } from '../../../../shared/vocabulary/portfolio';
import { TargetTile } from './TargetTile';

const pickReadiness = (s: SnapshotSummary) => s.tiles.readiness;
const pickCompliance = (s: SnapshotSummary) => s.tiles.compliance;
const pickEfficiency = (s: SnapshotSummary) => s.tiles.efficiency;
const pickSatisfaction = (s: SnapshotSummary) => s.tiles.satisfaction;

/** The four targets, each with the portfolio's figure, the target and the markets that miss it. */
export function TargetTiles({ d }: { d: Dashboard }) {
  const n = d.markets.length;
  return (
    <div className="target-tiles">
      <TargetTile id="tile-readiness" label={TARGET_LABELS.readinessDays} tile={d.tiles.readiness} days markets={n} history={d.history} pick={pickReadiness} none="No forecast yet" />
      <TargetTile id="tile-compliance" label={TARGET_LABELS.compliancePercent} tile={d.tiles.compliance} days={false} markets={n} history={d.history} pick={pickCompliance} none="Nothing applies yet" />
      <TargetTile id="tile-efficiency" label={TARGET_LABELS.efficiencyPercent} tile={d.tiles.efficiency} days={false} markets={n} history={d.history} pick={pickEfficiency} none="No measurements" />
      <TargetTile id="tile-satisfaction" label={TARGET_LABELS.satisfactionPercent} tile={d.tiles.satisfaction} days={false} markets={n} history={d.history} pick={pickSatisfaction} none="No measurements" />
    </div>
  );
}
