import { useRouter } from '../../stores/router-store';
import type { MarketCount } from './review-row';

/** Which market's items to show, each with how many wait; the choice lives in the address (`#/review/<entry id>`). */
export function MarketFilter({ counts, total, market }: { counts: MarketCount[]; total: number; market: string | undefined }) {
  const navigate = useRouter((s) => s.navigate);
  const known = !market || counts.some((c) => c.entryId === market);
  return (
    <div className="toolbar" role="search" aria-label="Filter the review queue">
      <div className="toolbar-field toolbar-field-market">
        <label htmlFor="review-market" className="toolbar-label">
          Market
        </label>
        <select
          id="review-market"
          className="input select"
          value={market ?? ''}
          onChange={(e) => navigate(e.target.value ? { name: 'review', market: e.target.value } : { name: 'review' })}
        >
          <option value="">All markets ({total})</option>
          {counts.map((c) => (
            <option key={c.entryId} value={c.entryId}>
              {c.entryName} — {c.countryText} ({c.count})
            </option>
          ))}
          {known ? null : <option value={market}>Chosen market (0)</option>}
        </select>
      </div>
    </div>
  );
}
