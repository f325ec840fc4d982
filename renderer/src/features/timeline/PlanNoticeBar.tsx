import { Info } from 'lucide-react';
import type { ReactNode } from 'react';
import './forecast.css';

/** A calm banner above the chart for something the user should review; the action sits at its end. */
export function PlanNoticeBar({ label, children, action }: { label: string; children: ReactNode; action: ReactNode }) {
  return (
    <div className="plan-notice" role="region" aria-label={label}>
      <Info size={16} aria-hidden="true" className="plan-notice-icon" />
      <p className="plan-notice-text">{children}</p>
      {action}
    </div>
  );
}
