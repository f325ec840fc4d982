import { FilterSelect } from '../../components/FilterSelect';
import { useRouter } from '../../stores/router-store';
import type { MarketCount } from './review-row';

/** Which market's items to show, each with how many wait; the choice lives in the address (`#/review/<entry id>`). */
export function MarketFilter({ counts, total, market }: { counts: MarketCount[]; total: number; market: string | undefined }) {
  const navigate = useRouter((s) => s.navigate);
  const known = !market || counts.some((c) => c.entryId === market);
  const options = counts.map((c) => ({ value: c.entryId, label: `${c.entryName} — ${c.countryText} (${c.count})` }));
  if (!known) options.push({ value: market, label: 'Chosen market (0)' });
  return (
    <div className="toolbar" role="search" aria-label="Filter the review queue">
      <FilterSelect
        id="review-market"
        label="Market"
        allLabel={`All markets (${total})`}
        options={options}
        value={market ?? ''}
        onChange={(v) => navigate(v ? { name: 'review', market: v } : { name: 'review' })}
        className="toolbar-field-market"
      />
    </div>
  );
}
