import { useEffect } from 'react';
import { useRiskPortfolio } from '../../stores/risk-portfolio-store';
import './risks.css';

/** The number of overdue risk reviews across active entries, beside "Risks" in the navigation. */
export function RiskNavCount() {
  const overdue = useRiskPortfolio((s) => s.overdue);
  const loadOverdue = useRiskPortfolio((s) => s.loadOverdue);
  useEffect(() => {
    void loadOverdue();
  }, [loadOverdue]);
  if (!overdue || overdue.total === 0) return null;
  return (
    <>
      <span className="sidebar-count sidebar-count-warn" aria-hidden="true" data-testid="risk-nav-count">
        {overdue.total.toLocaleString('en')}
      </span>
      <span className="visually-hidden"> ({overdue.total} overdue {overdue.total === 1 ? 'review' : 'reviews'})</span>
    </>
  );
}
