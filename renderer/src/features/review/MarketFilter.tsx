import { FilterSelect } from '../../components/FilterSelect';
import { formatCount } from '../../lib/format-date';
import { useRouter } from '../../stores/router-store';
import type { MarketCount } from './review-row';
import './review-queue.css';

/**
 * Which market's items to show (with how many wait, on the pending tab); the choice lives in
 * the address (`#/review/<entry id>`). A count below zero means "not counted".
 */
export function MarketFilter({ counts, total, market }: { counts: MarketCount[]; total: number | null; market: string | undefined }) {
  const navigate = useRouter((s) => s.navigate);
  const known = !market || counts.some((c) => c.entryId === market);
  const options = counts.map((c) => ({ value: c.entryId, label: `${c.entryName} — ${c.countryText}${c.count >= 0 ? ` (${formatCount(c.count)})` : ''}` }));
  if (!known) options.push({ value: market, label: total === null ? 'Chosen market' : 'Chosen market (0)' });
  return (
    <FilterSelect
      id="review-market"
      label="Market"
      allLabel={total === null ? 'All markets' : `All markets (${formatCount(total)})`}
      options={options}
      value={market ?? ''}
      onChange={(v) => navigate(v ? { name: 'review', market: v } : { name: 'review' })}
      className="toolbar-field-market"
    />
  );
}
