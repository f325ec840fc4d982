import { Scale } from 'lucide-react';
import './badges.css';
import './notices.css';

/** The notice every screen that shows requirements carries. */
export function Disclaimer({ compact = false }: { compact?: boolean }) {
  return (
    <aside className={compact ? 'disclaimer disclaimer-compact' : 'disclaimer'} aria-label="Not legal advice">
      <Scale size={16} aria-hidden="true" className="disclaimer-icon" />
      <p>
        <strong>Planning support, not legal advice.</strong> Check each requirement with counsel; items marked{' '}
        <span className="badge-inline">Unverified</span> have not been checked against their source.
      </p>
    </aside>
  );
}
