import { useEffect } from 'react';
import { formatCount } from '../../lib/format-date';
import { useReview } from '../../stores/review-store';
import './review.css';

/** The number of items awaiting review, beside the "Review" link (loads the counts, not the queue, when the app starts). */
export function ReviewNavCount() {
  const count = useReview((s) => s.counts?.pending ?? 0);
  const loadCounts = useReview((s) => s.loadCounts);
  useEffect(() => {
    void loadCounts();
  }, [loadCounts]);
  if (count === 0) return null;
  return (
    <>
      <span className="sidebar-count" aria-hidden="true">
        {formatCount(count)}
      </span>
      <span className="visually-hidden"> ({formatCount(count)} waiting)</span>
    </>
  );
}
