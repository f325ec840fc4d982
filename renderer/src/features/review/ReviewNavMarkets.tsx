import { useMemo } from 'react';
import { formatCount, plural } from '../../lib/format-date';
import { useReference } from '../../stores/reference-store';
import { useReview } from '../../stores/review-store';
import { routeHref, useRouter } from '../../stores/router-store';
import { marketCounts } from './review-row';
import './review-nav.css';

const SHOWN = 6;

/** Under "Review" in the navigation: how many items wait in each market, each a link to that market's part of the queue. */
export function ReviewNavMarkets() {
  const pending = useReview((s) => s.counts?.pendingByMarket);
  const countries = useReference((s) => s.countriesByCode);
  const route = useRouter((s) => s.route);
  const navigate = useRouter((s) => s.navigate);
  const counts = useMemo(() => marketCounts(pending ?? [], countries), [pending, countries]);
  if (counts.length === 0) return null;
  const current = route.name === 'review' ? route.market : undefined;
  const hidden = counts.length - SHOWN;

  return (
    <ul className="sidebar-markets" aria-label="Items in review by market">
      {counts.slice(0, SHOWN).map((c) => {
        const target = { name: 'review', market: c.entryId } as const;
        return (
          <li key={c.entryId}>
            <a
              href={routeHref(target)}
              className="sidebar-sublink"
              aria-current={current === c.entryId ? 'true' : undefined}
              title={`${c.entryName} (${c.countryText})`}
              onClick={(e) => {
                e.preventDefault();
                navigate(target);
              }}
            >
              <span className="sidebar-sublink-name">{c.entryName}</span>
              <span className="sidebar-subcount" aria-hidden="true">
                {formatCount(c.count)}
              </span>
              <span className="visually-hidden"> ({plural(c.count, 'item')} in review)</span>
            </a>
          </li>
        );
      })}
      {hidden > 0 ? (
        <li>
          <a
            href={routeHref({ name: 'review' })}
            className="sidebar-sublink sidebar-sublink-more"
            onClick={(e) => {
              e.preventDefault();
              navigate({ name: 'review' });
            }}
          >
            {plural(hidden, 'more market')}
          </a>
        </li>
      ) : null}
    </ul>
  );
}
