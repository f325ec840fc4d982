import type { RiskView } from '../../../../shared/risk-schema';
import { RISK_STATUSES, type RiskStatus } from '../../../../shared/risks/risk-enums';
import { RISK_STATUS_LABELS } from '../../../../shared/vocabulary/risks';

/** Status, changed in place; "Accepted" is reached only through "Accept risk…" and shown, not offered. */
export function RiskStatusCell({ risk, onSave }: { risk: RiskView; onSave(status: RiskStatus): Promise<boolean> }) {
  const offered = RISK_STATUSES.filter((s) => s !== 'accepted' || risk.status === 'accepted');
  return (
    <select className="input select input-inline" aria-label={`Status of ${risk.title}`} value={risk.status} onChange={(e) => void onSave(e.target.value as RiskStatus)}>
      {offered.map((s) => (
        <option key={s} value={s}>
          {RISK_STATUS_LABELS[s]}
        </option>
      ))}
    </select>
  );
}
