import type { Health } from '../../../shared/domain/portfolio-targets';
import { HEALTH_LABELS } from '../../../shared/vocabulary/portfolio';

/** On track / At risk / Late, derived (never typed in): the colour always with its word, the reasons on hover and for screen readers. */
export function HealthBadge({ health, reasons }: { health: Health; reasons: string[] }) {
  const why = reasons.length ? reasons.join('; ') : undefined;
  return (
    <span className={`health health-${health.replace('_', '-')}`} title={why}>
      {HEALTH_LABELS[health]}
      {why ? <span className="visually-hidden">: {why}</span> : null}
    </span>
  );
}
