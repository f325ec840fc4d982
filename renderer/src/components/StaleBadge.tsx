import { RotateCcw } from 'lucide-react';
import './badges.css';

/** "Stale — needs re-review: …": an approval that no longer holds, always with its reason in words. */
export function StaleBadge({ reason }: { reason: string }) {
  const text = /^stale\b/i.test(reason) ? reason : `Stale — needs re-review: ${reason}`;
  return (
    <span className="stale-badge">
      <RotateCcw size={12} aria-hidden="true" className="stale-badge-icon" />
      <span>{text}</span>
    </span>
  );
}
